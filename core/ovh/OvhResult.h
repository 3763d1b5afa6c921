// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace pveha {

/// The outcome of one API call, after retries. `message` is for people (translated, names the
/// call and what to do); the raw fields are for logs and for the caller's decisions.
struct [[nodiscard]] OvhResult
{
    enum class Status {
        Ok,           ///< 2xx with a JSON (or empty) body
        HttpError,    ///< the server answered with an error status
        Timeout,      ///< no complete answer within the transfer timeout
        NetworkError, ///< no HTTP answer at all (refused, DNS, TLS …)
        BadResponse,  ///< 2xx but the body is not JSON
    };
    Status status = Status::Ok;
    int httpStatus = 0;
    QByteArray method;
    QString path;          ///< as sent (escaped), without the base URL
    QJsonValue json;       ///< the decoded body, also for errors
    QString errorCode;     ///< the API's "errorCode" (or "class") when it gave one
    QString serverMessage; ///< the API's "message", as given
    QString message;       ///< translated explanation; empty when ok
    int attempts = 0;
    int retryAfterSeconds = -1; ///< from the last 429's Retry-After, -1 when absent

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    [[nodiscard]] bool isNotFound() const
    {
        return status == Status::HttpError && httpStatus == 404;
    }
    /// No HTTP answer: the API could not be reached at all.
    [[nodiscard]] bool isUnreachable() const
    {
        return status == Status::NetworkError || status == Status::Timeout;
    }
    /// The API refused the keys themselves (not just one call): nothing else can work.
    [[nodiscard]] bool isAuthenticationFailure() const;
};

/// Turns an API error into a message that says what went wrong and what to do about it.
class OvhErrors
{
    Q_DECLARE_TR_FUNCTIONS(pveha::OvhErrors)
public:
    /// Fills errorCode, serverMessage and message of `result` from its status and body.
    static void describe(OvhResult &result);
    /// "GET /ip/203.0.113.11/32/firewall": the call, readable, for messages.
    [[nodiscard]] static QString callText(const OvhResult &result);

private:
    static QString notFound(const OvhResult &result);
    static QString accessDenied(const OvhResult &result);
};

} // namespace pveha
