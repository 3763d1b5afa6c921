// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pveha {

/// The three OVHcloud API keys. They live in memory only: this type has no JSON form on
/// purpose, and registerSecrets() makes the logs mask the secret and the consumer key.
struct OvhCredentials
{
    QString applicationKey;
    QString applicationSecret;
    QString consumerKey;

    static constexpr const char *applicationKeyVariable = "OVH_APPLICATION_KEY";
    static constexpr const char *applicationSecretVariable = "OVH_APPLICATION_SECRET";
    static constexpr const char *consumerKeyVariable = "OVH_CONSUMER_KEY";

    /// Reads OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY.
    [[nodiscard]] static OvhCredentials fromEnvironment();
    /// True when all three keys are set.
    [[nodiscard]] bool isComplete() const;
    /// The environment variable names of the keys that are missing, in the order above.
    [[nodiscard]] QStringList missingVariables() const;
    /// Registers the application secret and the consumer key with the Redactor.
    void registerSecrets() const;
};

/// Where the API lives: `ovh-eu`, `ovh-ca`, `ovh-us` (FACTS.md) or a base URL as given
/// (tests use http://127.0.0.1:PORT/1.0).
class OvhEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(pveha::OvhEndpoint)
public:
    /// The base URL without a trailing slash, or an empty string when `endpoint` is neither a
    /// known name nor an http(s) URL.
    [[nodiscard]] static QString baseUrl(const QString &endpoint);
    /// True for the names of OVHcloud's public endpoints (never contacted by tests or --demo).
    [[nodiscard]] static bool isPublicName(const QString &endpoint);
};

} // namespace pveha
