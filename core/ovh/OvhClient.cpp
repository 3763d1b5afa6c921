// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/OvhClient.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "ovh/OvhSignature.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace pveha {

struct OvhClient::Call
{
    QByteArray method;
    QString path;
    QByteArray body;
    bool authenticated = true;
    int attempts = 0;
    int retryAfterSeconds = -1;
    QElapsedTimer clock;
    Callback done;
};

namespace {

/// The API answers bare scalars too (`GET /auth/time` gives a number), which QJsonDocument
/// does not read on its own: wrap the body in an array.
bool parseBody(const QByteArray &data, QJsonValue &out)
{
    if (data.trimmed().isEmpty()) {
        out = QJsonValue(QJsonValue::Null);
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + data + ']', &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return false;
    out = doc.array().at(0);
    return true;
}

/// Retry-After is either seconds or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qMax(0, seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

} // namespace

OvhClient::OvhClient(const QString &baseUrl, const OvhCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_credentials(credentials)
{
    m_credentials.registerSecrets();
}

OvhClient::~OvhClient() = default;

void OvhClient::send(const QByteArray &method, const QString &path, const QJsonValue &body,
                     Callback done)
{
    auto call = std::make_shared<Call>();
    call->method = method.toUpper();
    call->path = path;
    call->body = OvhPath::compactJson(body);
    call->done = std::move(done);
    call->clock.start();
    if (m_timeKnown) {
        start(call);
        return;
    }
    m_waitingForTime.append(call);
    measureTime();
}

OvhResult OvhClient::call(const QByteArray &method, const QString &path, const QJsonValue &body)
{
    OvhResult out;
    bool finished = false;
    QEventLoop loop;
    send(method, path, body, [&](const OvhResult &result) {
        out = result;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return out;
}

void OvhClient::measureTime()
{
    if (m_timeRequested)
        return;
    m_timeRequested = true;
    auto call = std::make_shared<Call>();
    call->method = "GET";
    call->path = QStringLiteral("/auth/time");
    call->authenticated = false;
    call->clock.start();
    call->done = [this](const OvhResult &result) {
        m_timeRequested = false;
        const QList<std::shared_ptr<Call>> waiting = std::exchange(m_waitingForTime, {});
        if (result.ok() && result.json.isDouble()) {
            m_timeOffset = qint64(result.json.toDouble()) - QDateTime::currentSecsSinceEpoch();
            m_timeKnown = true;
            qCInfo(lcOvh, "server clock offset: %lld s", static_cast<long long>(m_timeOffset));
            for (const auto &c : waiting)
                start(c);
            return;
        }
        OvhResult failed = result;
        if (failed.ok()) {
            failed.status = OvhResult::Status::BadResponse;
            OvhErrors::describe(failed);
        }
        for (const auto &c : waiting)
            c->done(failed);
    };
    start(call);
}

void OvhClient::start(const std::shared_ptr<Call> &call)
{
    dispatch(call);
}

void OvhClient::dispatch(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    const QString url = m_baseUrl + call->path;
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(m_policy.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Ovh-Application", m_credentials.applicationKey.toUtf8());
    if (!call->body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (call->authenticated) {
        const qint64 timestamp = QDateTime::currentSecsSinceEpoch() + m_timeOffset;
        request.setRawHeader("X-Ovh-Consumer", m_credentials.consumerKey.toUtf8());
        request.setRawHeader("X-Ovh-Timestamp", QByteArray::number(timestamp));
        request.setRawHeader("X-Ovh-Signature",
                             OvhSignature::sign(m_credentials.applicationSecret,
                                                m_credentials.consumerKey, call->method, url,
                                                call->body, timestamp));
    }
    qCDebug(lcOvh, "%s %s (attempt %d)", call->method.constData(), qUtf8Printable(call->path),
            call->attempts);
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->method, call->body);
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { onFinished(call, reply); });
}

void OvhClient::retryLater(const std::shared_ptr<Call> &call, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, call] { dispatch(call); });
}

void OvhClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    OvhResult result;
    result.method = call->method;
    result.path = call->path;
    result.attempts = call->attempts;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool canRetry = call->attempts < m_policy.maxAttempts;
    const int backoff = m_policy.backoffMs * (1 << qMin(call->attempts - 1, 10));

    if (result.httpStatus == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        const bool timedOut =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        result.status = timedOut ? OvhResult::Status::Timeout : OvhResult::Status::NetworkError;
        result.json = QJsonObject{{QStringLiteral("message"), reply->errorString()}};
        // Only a GET is repeated after a timeout: another call may have reached the server.
        if (timedOut && call->method == "GET" && canRetry) {
            qCWarning(lcOvh, "%s %s timed out; trying again", call->method.constData(),
                      qUtf8Printable(call->path));
            retryLater(call, backoff);
            return;
        }
        finish(call, result);
        return;
    }

    const QByteArray data = reply->readAll();
    const bool parsed = parseBody(data, result.json);
    if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.status = parsed ? OvhResult::Status::Ok : OvhResult::Status::BadResponse;
        finish(call, result);
        return;
    }
    result.status = OvhResult::Status::HttpError;
    if (!parsed)
        result.json = QJsonObject{{QStringLiteral("message"), QString::fromUtf8(data.left(200))}};

    if (result.httpStatus == 429) {
        const int wait = retryAfterSeconds(reply);
        call->retryAfterSeconds = wait;
        result.retryAfterSeconds = wait;
        if (canRetry && wait <= m_policy.maxRetryAfterSeconds) {
            qCWarning(lcOvh, "%s %s: too many requests, retrying in %d s", call->method.constData(),
                      qUtf8Printable(call->path), qMax(wait, 0));
            retryLater(call, wait >= 0 ? wait * 1000 : backoff);
            return;
        }
    } else if (result.httpStatus >= 500 && canRetry) {
        qCWarning(lcOvh, "%s %s: HTTP %d, retrying in %d ms", call->method.constData(),
                  qUtf8Printable(call->path), result.httpStatus, backoff);
        retryLater(call, backoff);
        return;
    }
    finish(call, result);
}

void OvhClient::finish(const std::shared_ptr<Call> &call, OvhResult result)
{
    OvhErrors::describe(result);
    if (result.ok()) {
        qCInfo(lcOvh, "%s %s: %d (%lld ms)", call->method.constData(),
               qUtf8Printable(OvhPath::readable(call->path)), result.httpStatus,
               static_cast<long long>(call->clock.elapsed()));
    } else {
        // The caller decides whether this is an error (a 404 often just means "not there
        // yet") and reports it with its context.
        qCInfo(lcOvh, "%s", qUtf8Printable(result.message));
    }
    call->done(result);
}

QJsonArray OvhClient::firewallAccessRules()
{
    QJsonArray rules{QJsonObject{{QStringLiteral("method"), QStringLiteral("GET")},
                                 {QStringLiteral("path"), QStringLiteral("/ip")}}};
    for (const char *path : {"/ip/*/firewall", "/ip/*/firewall/*"}) {
        for (const char *method : {"GET", "POST", "PUT", "DELETE"}) {
            rules.append(QJsonObject{{QStringLiteral("method"), QLatin1String(method)},
                                     {QStringLiteral("path"), QLatin1String(path)}});
        }
    }
    return rules;
}

void OvhClient::requestConsumerKey(
    const QString &redirection,
    std::function<void(const OvhResult &, const OvhConsumerKeyRequest &)> done)
{
    auto call = std::make_shared<Call>();
    call->method = "POST";
    call->path = QStringLiteral("/auth/credential");
    call->authenticated = false;
    call->body =
        OvhPath::compactJson(QJsonObject{{QStringLiteral("accessRules"), firewallAccessRules()},
                                         {QStringLiteral("redirection"), redirection}});
    call->clock.start();
    call->done = [done = std::move(done)](const OvhResult &result) {
        OvhConsumerKeyRequest out;
        const QJsonObject o = result.json.toObject();
        out.validationUrl = o.value(QStringLiteral("validationUrl")).toString();
        out.consumerKey = o.value(QStringLiteral("consumerKey")).toString();
        out.state = o.value(QStringLiteral("state")).toString();
        Redactor::instance().addSecret(out.consumerKey);
        done(result, out);
    };
    start(call);
}

} // namespace pveha
