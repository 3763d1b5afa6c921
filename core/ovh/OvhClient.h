// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/OvhCredentials.h"
#include "ovh/OvhResult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

class QNetworkReply;

namespace pveha {

/// How hard the client tries before it gives up on one call. Every bound is finite so that a
/// run always ends; tests shrink them.
struct OvhRetryPolicy
{
    int maxAttempts = 4;           ///< per call, the first one included (429, 5xx, GET timeouts)
    int backoffMs = 1000;          ///< wait before the 2nd attempt after a 5xx; doubles each time
    int maxRetryAfterSeconds = 60; ///< a longer Retry-After is not waited for
    int timeoutMs = 30000;         ///< QNetworkRequest transfer timeout of one attempt
};

/// What `POST /auth/credential` answered: the page where the admin validates the new consumer
/// key, and the key itself (a secret: registered with the Redactor at once).
struct OvhConsumerKeyRequest
{
    QString validationUrl;
    QString consumerKey;
    QString state;
};

/// Asynchronous client of the OVHcloud API on QNetworkAccessManager.
///
/// It measures the server's clock once (`GET /auth/time`) and signs every call with server
/// time, so a laptop whose clock is off still gets in. Calls are retried where that is safe
/// and bounded by OvhRetryPolicy; the result always carries a translated message. Headers are
/// never logged, and the secret and consumer key are registered with the Redactor.
class OvhClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const OvhResult &)>;

    /// `baseUrl` as OvhEndpoint::baseUrl() gives it, e.g. https://eu.api.ovh.com/1.0.
    OvhClient(const QString &baseUrl, const OvhCredentials &credentials, QObject *parent = nullptr);
    ~OvhClient() override;

    void setRetryPolicy(const OvhRetryPolicy &policy) { m_policy = policy; }
    [[nodiscard]] const OvhRetryPolicy &retryPolicy() const { return m_policy; }
    [[nodiscard]] QString baseUrl() const { return m_baseUrl; }

    /// Sends a signed call. `path` starts with "/" and has its variable segments escaped with
    /// OvhPath::segment(); `body` is sent as compact JSON (undefined = no body). `done` is
    /// always called once, later, from the event loop.
    void send(const QByteArray &method, const QString &path, const QJsonValue &body, Callback done);
    /// The same, waiting in a local event loop: for the command line, never the GUI thread.
    [[nodiscard]] OvhResult call(const QByteArray &method, const QString &path,
                                 const QJsonValue &body = QJsonValue(QJsonValue::Undefined));

    /// Asks for a new consumer key limited to firewallAccessRules(); the admin validates it at
    /// the returned URL, which then redirects to `redirection`.
    void
    requestConsumerKey(const QString &redirection,
                       std::function<void(const OvhResult &, const OvhConsumerKeyRequest &)> done);
    /// Exactly the access rules the firewall sync needs, as `POST /auth/credential` takes them.
    [[nodiscard]] static QJsonArray firewallAccessRules();

    /// Server time minus local time, in seconds (0 until measured).
    [[nodiscard]] qint64 timeOffset() const { return m_timeOffset; }
    [[nodiscard]] bool timeKnown() const { return m_timeKnown; }

private:
    struct Call;
    void start(const std::shared_ptr<Call> &call);
    void dispatch(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void finish(const std::shared_ptr<Call> &call, OvhResult result);
    void retryLater(const std::shared_ptr<Call> &call, int delayMs);
    void measureTime();

    QNetworkAccessManager m_network;
    QString m_baseUrl;
    OvhCredentials m_credentials;
    OvhRetryPolicy m_policy;
    qint64 m_timeOffset = 0;
    bool m_timeKnown = false;
    bool m_timeRequested = false;
    QList<std::shared_ptr<Call>> m_waitingForTime;
};

} // namespace pveha
