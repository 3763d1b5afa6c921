// SPDX-License-Identifier: GPL-3.0-or-later
// Rules as GET …/rule/{sequence} answers them: ports and tcpOption as text.
#include "ovh/RemoteEdgeRule.h"

#include <QJsonDocument>
#include <QTest>

using namespace pveha;

namespace {

RemoteEdgeRule parse(const QByteArray &json)
{
    return RemoteEdgeRule::fromApiJson(QJsonDocument::fromJson(json).object());
}

} // namespace

class RemoteEdgeRuleTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("state");
        QTest::newRow("ssh, eq text port")
            << QByteArray(
                   R"({"sequence":1,"action":"permit","protocol":"tcp",)"
                   R"("source":"198.51.100.7/32","destinationPort":"eq 22","sourcePort":null,)"
                   R"("tcpOption":null,"fragments":false,"state":"ok",)"
                   R"("destination":"203.0.113.11/32","rule":"permit tcp 198.51.100.7/32 eq 22"})")
            << QStringLiteral("1 permit tcp 198.51.100.7/32 dport 22") << QStringLiteral("ok");
        QTest::newRow("integer port, bare address")
            << QByteArray(
                   R"({"sequence":0,"action":"permit","protocol":"tcp","source":"0.0.0.0/0",)"
                   R"("destinationPort":8006,"state":"creationPending"})")
            << QStringLiteral("0 permit tcp 0.0.0.0/0 dport 8006")
            << QStringLiteral("creationPending");
        QTest::newRow("established as text, any source")
            << QByteArray(R"({"sequence":5,"action":"permit","protocol":"tcp","source":"any",)"
                          R"("destinationPort":null,"tcpOption":"established","state":"ok"})")
            << QStringLiteral("5 permit tcp 0.0.0.0/0 established") << QStringLiteral("ok");
        QTest::newRow("established as object")
            << QByteArray(
                   R"({"sequence":5,"action":"permit","protocol":"tcp","source":"0.0.0.0/0",)"
                   R"("tcpOption":{"option":"established","fragments":false}})")
            << QStringLiteral("5 permit tcp 0.0.0.0/0 established") << QString();
        QTest::newRow("other node, bare address means /32")
            << QByteArray(R"({"sequence":3,"action":"permit","protocol":"ipv4",)"
                          R"("source":"203.0.113.12","destinationPort":"","state":"ok"})")
            << QStringLiteral("3 permit ipv4 203.0.113.12/32") << QStringLiteral("ok");
        QTest::newRow("plain text port")
            << QByteArray(R"({"sequence":7,"action":"deny","protocol":"udp","source":"0.0.0.0/0",)"
                          R"("sourcePort":"53","state":"removalPending"})")
            << QStringLiteral("7 deny udp 0.0.0.0/0 sport 53") << QStringLiteral("removalPending");
    }
    void textForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, summary);
        QFETCH(QString, state);
        const RemoteEdgeRule r = parse(json);
        QVERIFY2(r.understood, qPrintable(r.text));
        QCOMPARE(r.rule.summary(), summary);
        QCOMPARE(r.state, state);
    }
    void notUnderstood_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("port range") << QByteArray(
            R"({"sequence":2,"action":"permit","protocol":"tcp","source":"0.0.0.0/0","destinationPort":"range 1000 2000"})");
        QTest::newRow("syn option") << QByteArray(
            R"({"sequence":2,"action":"permit","protocol":"tcp","source":"0.0.0.0/0","tcpOption":"syn"})");
        QTest::newRow("fragments") << QByteArray(
            R"({"sequence":2,"action":"permit","protocol":"tcp","source":"0.0.0.0/0","fragments":true})");
        QTest::newRow("bad source") << QByteArray(
            R"({"sequence":2,"action":"permit","protocol":"tcp","source":"example.org"})");
    }
    void notUnderstood()
    {
        QFETCH(QByteArray, json);
        const RemoteEdgeRule r = parse(json);
        QVERIFY(!r.understood);
        QVERIFY(r.text.contains(QStringLiteral("not understood")));
        QVERIFY(r.toReportJson().contains(QStringLiteral("notUnderstood")));
    }
};

QTEST_GUILESS_MAIN(RemoteEdgeRuleTest)
#include "RemoteEdgeRuleTest.moc"
