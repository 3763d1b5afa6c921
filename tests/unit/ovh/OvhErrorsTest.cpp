// SPDX-License-Identifier: GPL-3.0-or-later
// API errors become messages that name the call and say what to do.
#include "ovh/OvhResult.h"

#include <QJsonObject>
#include <QTest>

using namespace pveha;

namespace {

OvhResult httpError(int status, const QByteArray &method, const QString &path,
                    const QString &errorCode, const QString &message)
{
    OvhResult r;
    r.status = OvhResult::Status::HttpError;
    r.httpStatus = status;
    r.method = method;
    r.path = path;
    r.attempts = 1;
    QJsonObject body{{QStringLiteral("message"), message}};
    if (!errorCode.isEmpty())
        body.insert(QStringLiteral("errorCode"), errorCode);
    r.json = body;
    OvhErrors::describe(r);
    return r;
}

const QString rulePath = QStringLiteral("/ip/203.0.113.11%2F32/firewall/203.0.113.11/rule/4");

} // namespace

class OvhErrorsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messages_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<bool>("authFailure");
        QTest::newRow("400 names what was wrong")
            << 400 << QByteArray("POST") << rulePath.chopped(2) << QString()
            << QStringList{QStringLiteral("invalid (400)"), QStringLiteral("server says")} << false;
        QTest::newRow("401 names the keys")
            << 401 << QByteArray("GET") << rulePath << QStringLiteral("INVALID_CREDENTIAL")
            << QStringList{QStringLiteral("consumer key"), QStringLiteral("OVH_CONSUMER_KEY")}
            << true;
        QTest::newRow("403 unknown application key")
            << 403 << QByteArray("GET") << rulePath << QStringLiteral("INVALID_KEY")
            << QStringList{QStringLiteral("OVH_APPLICATION_KEY")} << true;
        QTest::newRow("403 missing access rule names method and path")
            << 403 << QByteArray("DELETE") << rulePath << QStringLiteral("NOT_GRANTED_CALL")
            << QStringList{QStringLiteral("DELETE /ip/*/firewall/*/rule/*"),
                           QStringLiteral(
                               "DELETE /ip/203.0.113.11/32/firewall/203.0.113.11/rule/4")}
            << false;
        QTest::newRow("404 block not on the account")
            << 404 << QByteArray("POST") << QStringLiteral("/ip/203.0.113.11%2F32/firewall")
            << QString()
            << QStringList{QStringLiteral("203.0.113.11/32 is not on this OVHcloud account")}
            << false;
        QTest::newRow("404 rule") << 404 << QByteArray("GET") << rulePath << QString()
                                  << QStringList{QStringLiteral("Rule 4 does not exist")} << false;
        QTest::newRow("409 pending")
            << 409 << QByteArray("POST") << rulePath.chopped(2) << QString()
            << QStringList{QStringLiteral("pending")} << false;
        QTest::newRow("429") << 429 << QByteArray("GET") << rulePath << QString()
                             << QStringList{QStringLiteral("too many requests")} << false;
        QTest::newRow("500") << 500 << QByteArray("GET") << rulePath << QString()
                             << QStringList{QStringLiteral("HTTP 500"),
                                            QStringLiteral("server says")}
                             << false;
    }
    void messages()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QString, errorCode);
        QFETCH(QStringList, mustContain);
        QFETCH(bool, authFailure);
        const OvhResult r =
            httpError(status, method, path, errorCode, QStringLiteral("server says no"));
        for (const QString &part : mustContain)
            QVERIFY2(r.message.contains(part), qPrintable(r.message));
        QCOMPARE(r.isAuthenticationFailure(), authFailure);
        QVERIFY(!r.isUnreachable());
    }
    void timeoutAndNetwork()
    {
        OvhResult r;
        r.status = OvhResult::Status::Timeout;
        r.method = "GET";
        r.path = rulePath;
        r.attempts = 3;
        OvhErrors::describe(r);
        QVERIFY2(r.message.contains(QStringLiteral("did not answer")), qPrintable(r.message));
        QVERIFY(r.isUnreachable());
        r.status = OvhResult::Status::NetworkError;
        r.json = QJsonObject{{QStringLiteral("message"), QStringLiteral("Connection refused")}};
        OvhErrors::describe(r);
        QVERIFY2(r.message.contains(QStringLiteral("Connection refused")), qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(OvhErrorsTest)
#include "OvhErrorsTest.moc"
