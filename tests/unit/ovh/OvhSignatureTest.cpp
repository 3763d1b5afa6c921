// SPDX-License-Identifier: GPL-3.0-or-later
// The request signature on OVHcloud's published vectors, and the exact bytes that get signed.
#include "ovh/OvhSignature.h"
#include "ovh/OvhClient.h"
#include "ovh/OvhCredentials.h"
#include "spec/EdgeRules.h"

#include <QJsonObject>
#include <QTest>

using namespace pveha;

class OvhSignatureTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("GET, empty body")
            << QByteArray("GET") << QByteArray()
            << QByteArray("$1$e9556054b6309771395efa467c22e627407461ad");
        QTest::newRow("POST, JSON body")
            << QByteArray("POST") << QByteArray(R"({"a":"b","c":"d"})")
            << QByteArray("$1$ec2fb5c7a81f64723c77d2e5b609ae6f58a84fc1");
    }
    void publishedVectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, expected);
        QCOMPARE(OvhSignature::sign(QStringLiteral("9ufkBmLaTQ9nz5yMUlg79taH0GNnzDjk"),
                                    QStringLiteral("5mBuy6SUQcRw2ZUxg0cG68BoDKpED4KY"), method,
                                    QStringLiteral("https://eu.api.ovh.com/1.0/auth"), body,
                                    1457018875),
                 expected);
    }
    void compactBodyOfThePublishedVector()
    {
        const QJsonObject o{{QStringLiteral("a"), QStringLiteral("b")},
                            {QStringLiteral("c"), QStringLiteral("d")}};
        QCOMPARE(OvhPath::compactJson(o), QByteArray(R"({"a":"b","c":"d"})"));
        QCOMPARE(OvhPath::compactJson(QJsonValue::Undefined), QByteArray());
        QCOMPARE(OvhPath::compactJson(QJsonValue(true)), QByteArray("true"));
    }
    void ipBlockIsEscaped()
    {
        QCOMPARE(OvhPath::segment(QStringLiteral("203.0.113.11/32")),
                 QStringLiteral("203.0.113.11%2F32"));
        QCOMPARE(OvhPath::segment(QStringLiteral("203.0.113.11")), QStringLiteral("203.0.113.11"));
        QCOMPARE(OvhPath::readable(QStringLiteral("/ip/203.0.113.11%2F32/firewall")),
                 QStringLiteral("/ip/203.0.113.11/32/firewall"));
    }
    void accessPatterns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("rule") << QStringLiteral(
                                     "/ip/203.0.113.11%2F32/firewall/203.0.113.11/rule/3")
                              << QStringLiteral("/ip/*/firewall/*/rule/*");
        QTest::newRow("rules") << QStringLiteral("/ip/203.0.113.11%2F32/firewall/203.0.113.11/rule")
                               << QStringLiteral("/ip/*/firewall/*/rule");
        QTest::newRow("block") << QStringLiteral("/ip/203.0.113.11%2F32/firewall")
                               << QStringLiteral("/ip/*/firewall");
        QTest::newRow("list") << QStringLiteral("/ip") << QStringLiteral("/ip");
    }
    void accessPatterns()
    {
        QFETCH(QString, path);
        QFETCH(QString, pattern);
        // On the escaped path: the block's "/" is part of the value, not a separator.
        QCOMPARE(OvhPath::accessPattern(path), pattern);
    }
    void ruleBodiesAreCompactJson_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QByteArray>("body");
        // The example cluster's node-01 (deriveEdgeRules is tested in tests/unit/spec).
        QTest::newRow("GUI") << 0
                             << QByteArray(
                                    R"({"action":"permit","destinationPort":8006,)"
                                    R"("protocol":"tcp","sequence":0,"source":"0.0.0.0/0"})");
        QTest::newRow("admin SSH")
            << 1
            << QByteArray(R"({"action":"permit","destinationPort":22,"protocol":"tcp",)"
                          R"("sequence":1,"source":"198.51.100.7/32"})");
        QTest::newRow("other node")
            << 3
            << QByteArray(
                   R"({"action":"permit","protocol":"ipv4","sequence":3,"source":"203.0.113.12/32"})");
        QTest::newRow("established")
            << 5
            << QByteArray(
                   R"({"action":"permit","protocol":"tcp","sequence":5,"source":"0.0.0.0/0",)"
                   R"("tcpOption":{"fragments":false,"option":"established"}})");
        QTest::newRow("deny") << 6
                              << QByteArray(R"({"action":"deny","protocol":"ipv4","sequence":19,)"
                                            R"("source":"0.0.0.0/0"})");
    }
    void ruleBodiesAreCompactJson()
    {
        QFETCH(int, index);
        QFETCH(QByteArray, body);
        const QList<EdgeRule> rules = deriveEdgeRules(ClusterSpec::example(), 0);
        QCOMPARE(rules.size(), 7);
        QCOMPARE(OvhPath::compactJson(rules.at(index).toApiJson()), body);
    }
    void endpoints()
    {
        QCOMPARE(OvhEndpoint::baseUrl(QStringLiteral("ovh-eu")),
                 QStringLiteral("https://eu.api.ovh.com/1.0"));
        QCOMPARE(OvhEndpoint::baseUrl(QStringLiteral("ovh-ca")),
                 QStringLiteral("https://ca.api.ovh.com/1.0"));
        QCOMPARE(OvhEndpoint::baseUrl(QStringLiteral("ovh-us")),
                 QStringLiteral("https://api.us.ovhcloud.com/1.0"));
        QCOMPARE(OvhEndpoint::baseUrl(QStringLiteral("http://127.0.0.1:8080/1.0/")),
                 QStringLiteral("http://127.0.0.1:8080/1.0"));
        QVERIFY(OvhEndpoint::baseUrl(QStringLiteral("ovh-xx")).isEmpty());
        QVERIFY(OvhEndpoint::baseUrl(QStringLiteral("ftp://example.invalid/1.0")).isEmpty());
    }
    void credentialsFromEnvironment()
    {
        qputenv("OVH_APPLICATION_KEY", "ak-123456");
        qunsetenv("OVH_APPLICATION_SECRET");
        qputenv("OVH_CONSUMER_KEY", " ck-123456 ");
        const OvhCredentials c = OvhCredentials::fromEnvironment();
        QCOMPARE(c.consumerKey, QStringLiteral("ck-123456"));
        QVERIFY(!c.isComplete());
        QCOMPARE(c.missingVariables(), QStringList{QStringLiteral("OVH_APPLICATION_SECRET")});
    }
    void accessRulesAreOnlyTheFirewalls()
    {
        const QJsonArray rules = OvhClient::firewallAccessRules();
        QCOMPARE(rules.size(), 9);
        for (const QJsonValue &v : rules) {
            const QString path = v.toObject().value(QStringLiteral("path")).toString();
            QVERIFY2(path == QLatin1String("/ip") ||
                         path.startsWith(QLatin1String("/ip/*/firewall")),
                     qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(OvhSignatureTest)
#include "OvhSignatureTest.moc"
