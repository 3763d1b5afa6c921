// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace pveha {

/// Remembers the secrets of this run (passwords, passphrases, API secrets) so that every text
/// bound for a log, a journal or a report can be scrubbed of them. Secrets live in memory only.
class Redactor
{
public:
    static Redactor &instance();
    /// Registers a secret; values shorter than 4 characters are ignored (they would mask noise).
    void addSecret(const QString &secret);
    void clear();
    [[nodiscard]] QString redact(const QString &text) const;
    static QString mask() { return QStringLiteral("********"); }

private:
    mutable QMutex m_mutex;
    QStringList m_secrets;
};

} // namespace pveha
