// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/OvhCredentials.h"

#include "common/Redactor.h"

#include <QUrl>

namespace pveha {

OvhCredentials OvhCredentials::fromEnvironment()
{
    OvhCredentials c;
    c.applicationKey = qEnvironmentVariable(applicationKeyVariable).trimmed();
    c.applicationSecret = qEnvironmentVariable(applicationSecretVariable).trimmed();
    c.consumerKey = qEnvironmentVariable(consumerKeyVariable).trimmed();
    return c;
}

bool OvhCredentials::isComplete() const
{
    return missingVariables().isEmpty();
}

QStringList OvhCredentials::missingVariables() const
{
    QStringList out;
    if (applicationKey.isEmpty())
        out << QLatin1String(applicationKeyVariable);
    if (applicationSecret.isEmpty())
        out << QLatin1String(applicationSecretVariable);
    if (consumerKey.isEmpty())
        out << QLatin1String(consumerKeyVariable);
    return out;
}

void OvhCredentials::registerSecrets() const
{
    Redactor::instance().addSecret(applicationSecret);
    Redactor::instance().addSecret(consumerKey);
}

QString OvhEndpoint::baseUrl(const QString &endpoint)
{
    if (endpoint == QLatin1String("ovh-eu"))
        return QStringLiteral("https://eu.api.ovh.com/1.0");
    if (endpoint == QLatin1String("ovh-ca"))
        return QStringLiteral("https://ca.api.ovh.com/1.0");
    if (endpoint == QLatin1String("ovh-us"))
        return QStringLiteral("https://api.us.ovhcloud.com/1.0");
    const QUrl url(endpoint, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    // Plain HTTP would send the keys in clear: only to this machine (tests, a local proxy).
    const QString host = url.host();
    const bool loopback = host == QLatin1String("localhost") || host == QLatin1String("::1") ||
                          host.startsWith(QLatin1String("127."));
    if (url.scheme() != QLatin1String("https") &&
        !(url.scheme() == QLatin1String("http") && loopback))
        return QString();
    QString base = endpoint;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

bool OvhEndpoint::isPublicName(const QString &endpoint)
{
    return endpoint == QLatin1String("ovh-eu") || endpoint == QLatin1String("ovh-ca") ||
           endpoint == QLatin1String("ovh-us");
}

} // namespace pveha
