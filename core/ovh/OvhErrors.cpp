// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/OvhResult.h"

#include "ovh/OvhSignature.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace pveha {

bool OvhResult::isAuthenticationFailure() const
{
    if (status != Status::HttpError)
        return false;
    if (httpStatus == 401)
        return true;
    return httpStatus == 403 && errorCode != QLatin1String("NOT_GRANTED_CALL") &&
           errorCode != QLatin1String("FORBIDDEN");
}

QString OvhErrors::callText(const OvhResult &result)
{
    return QString::fromLatin1(result.method) + QLatin1Char(' ') + OvhPath::readable(result.path);
}

QString OvhErrors::notFound(const OvhResult &result)
{
    const QString path = OvhPath::readable(result.path);
    static const QRegularExpression rule(QStringLiteral("^/ip/(.+)/firewall/([^/]+)/rule/(\\d+)$"));
    static const QRegularExpression onFirewall(QStringLiteral("^/ip/(.+)/firewall/([^/]+)$"));
    static const QRegularExpression block(QStringLiteral("^/ip/(.+)/firewall(/rule)?$"));
    QRegularExpressionMatch m = rule.match(path);
    if (m.hasMatch()) {
        return tr("Rule %1 does not exist on the Edge firewall of %2 (%3 answered 404).")
            .arg(m.captured(3), m.captured(2), callText(result));
    }
    m = onFirewall.match(path);
    if (m.hasMatch()) {
        return tr("%1 is not on the Edge firewall yet (%2 answered 404).")
            .arg(m.captured(2), callText(result));
    }
    m = block.match(path);
    if (m.hasMatch()) {
        return tr("The IP block %1 is not on this OVHcloud account, or the consumer key cannot "
                  "see it (%2 answered 404). Check the node's public address and that the keys "
                  "belong to the account that owns the server.")
            .arg(m.captured(1), callText(result));
    }
    return tr("%1 was not found (404): %2").arg(callText(result), result.serverMessage);
}

QString OvhErrors::accessDenied(const OvhResult &result)
{
    const QString &code = result.errorCode;
    if (code == QLatin1String("INVALID_KEY")) {
        return tr("The OVHcloud API does not know the application key (%1 answered %2: %3). "
                  "Check the application key (OVH_APPLICATION_KEY on the command line) and that "
                  "it was created on the same endpoint (ovh-eu, ovh-ca or ovh-us).")
            .arg(callText(result))
            .arg(result.httpStatus)
            .arg(result.serverMessage);
    }
    if (code == QLatin1String("INVALID_CREDENTIAL") || code == QLatin1String("NOT_CREDENTIAL")) {
        return tr("The OVHcloud API refused the consumer key (%1 answered %2: %3). It may have "
                  "expired, been revoked or never been validated: request a new one (\"Request "
                  "a consumer key…\" in the wizard, OVH_CONSUMER_KEY on the command line).")
            .arg(callText(result))
            .arg(result.httpStatus)
            .arg(result.serverMessage);
    }
    if (code == QLatin1String("NOT_GRANTED_CALL") || result.httpStatus == 403) {
        return tr("The consumer key is not allowed to call %1 (%2: %3). Create a consumer key "
                  "whose access rules include %4 %5.")
            .arg(callText(result))
            .arg(result.httpStatus)
            .arg(result.serverMessage, QString::fromLatin1(result.method),
                 OvhPath::accessPattern(result.path));
    }
    return tr("The OVHcloud API did not accept the credentials for %1 (401: %2). Check the "
              "application key and secret (OVH_APPLICATION_KEY and OVH_APPLICATION_SECRET on the "
              "command line), and that the consumer key (OVH_CONSUMER_KEY) is valid and not "
              "expired.")
        .arg(callText(result), result.serverMessage);
}

void OvhErrors::describe(OvhResult &result)
{
    const QJsonObject body = result.json.toObject();
    result.serverMessage = body.value(QStringLiteral("message")).toString();
    result.errorCode = body.value(QStringLiteral("errorCode")).toString();
    if (result.errorCode.isEmpty())
        result.errorCode = body.value(QStringLiteral("class")).toString();
    if (result.serverMessage.isEmpty())
        result.serverMessage = tr("no explanation given");

    switch (result.status) {
    case OvhResult::Status::Ok:
        result.message.clear();
        return;
    case OvhResult::Status::Timeout:
        result.message =
            tr("The OVHcloud API did not answer %1 in time (%n attempt(s)); it may be slow or "
               "unreachable from here.",
               nullptr, result.attempts)
                .arg(callText(result));
        return;
    case OvhResult::Status::NetworkError:
        result.message = tr("The OVHcloud API could not be reached for %1: %2")
                             .arg(callText(result), result.serverMessage);
        return;
    case OvhResult::Status::BadResponse:
        result.message = tr("The OVHcloud API answered %1 with something that is not JSON.")
                             .arg(callText(result));
        return;
    case OvhResult::Status::HttpError:
        break;
    }

    const int status = result.httpStatus;
    if (status == 400) {
        if (result.errorCode == QLatin1String("QUERY_TIME_OUT")) {
            result.message = tr("The OVHcloud API rejected the request's timestamp (%1: %2); "
                                "the clock offset will be measured again on the next run.")
                                 .arg(callText(result), result.serverMessage);
        } else {
            result.message = tr("The OVHcloud API refused %1 as invalid (400): %2")
                                 .arg(callText(result), result.serverMessage);
        }
    } else if (status == 401 || status == 403) {
        result.message = accessDenied(result);
    } else if (status == 404) {
        result.message = notFound(result);
    } else if (status == 409) {
        result.message = tr("%1 conflicts with the current state (409): %2. The object already "
                            "exists or an operation on it is still pending; run the command "
                            "again in a minute.")
                             .arg(callText(result), result.serverMessage);
    } else if (status == 429 && result.retryAfterSeconds > 0) {
        result.message =
            tr("The OVHcloud API refused %1 because of too many requests and asks to wait %2 "
               "seconds (429, %n attempt(s)); run the command again after that.",
               nullptr, result.attempts)
                .arg(callText(result))
                .arg(result.retryAfterSeconds);
    } else if (status == 429) {
        result.message =
            tr("The OVHcloud API kept refusing %1 because of too many requests (429, %n "
               "attempt(s)); wait a few minutes and run the command again.",
               nullptr, result.attempts)
                .arg(callText(result));
    } else if (status >= 500) {
        result.message = tr("The OVHcloud API failed on %1 with HTTP %2 (%n attempt(s)): %3",
                            nullptr, result.attempts)
                             .arg(callText(result))
                             .arg(status)
                             .arg(result.serverMessage);
    } else {
        result.message = tr("The OVHcloud API answered %1 with HTTP %2: %3")
                             .arg(callText(result))
                             .arg(status)
                             .arg(result.serverMessage);
    }
}

} // namespace pveha
