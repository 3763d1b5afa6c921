// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace pveha {

/// OVHcloud's request signature (FACTS.md): "$1$" + lower-case hex SHA-1 of
/// AS+"+"+CK+"+"+METHOD+"+"+FULL_URL+"+"+BODY+"+"+TIMESTAMP. The URL and body must be exactly
/// what goes on the wire, which is why the client builds both once and signs those bytes.
class OvhSignature
{
public:
    [[nodiscard]] static QByteArray sign(const QString &applicationSecret,
                                         const QString &consumerKey, const QByteArray &method,
                                         const QString &fullUrl, const QByteArray &body,
                                         qint64 timestamp);
};

/// Helpers to build API paths and bodies the way the server reads them.
class OvhPath
{
public:
    /// One path segment, percent-encoded: "203.0.113.11/32" becomes "203.0.113.11%2F32".
    [[nodiscard]] static QString segment(const QString &value);
    /// The path with its segments decoded, for messages ("/ip/203.0.113.11/32/firewall").
    [[nodiscard]] static QString readable(const QString &path);
    /// The access-rule pattern a consumer key needs for the escaped `path`: the variable
    /// parts become "*" ("/ip/*/firewall/*/rule/*").
    [[nodiscard]] static QString accessPattern(const QString &path);
    /// Compact JSON bytes (no spaces, no newline): what is sent and what is signed.
    [[nodiscard]] static QByteArray compactJson(const QJsonValue &value);
};

} // namespace pveha
