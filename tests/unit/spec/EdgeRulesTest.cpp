// SPDX-License-Identifier: GPL-3.0-or-later
// The per-node Edge Network Firewall rule sets derived from the spec (procedure §3).
#include "spec/EdgeRules.h"
#include "spec/ClusterSpec.h"

#include "SpecTestUtil.h"

#include <QTest>

using namespace pveha;

namespace {

/// Rules as compact lines, e.g. "0 permit tcp 0.0.0.0/0 dport 8006", for readable diffs.
QStringList summaries(const QList<EdgeRule> &rules)
{
    QStringList out;
    for (const EdgeRule &r : rules)
        out << r.summary();
    return out;
}

ClusterSpec load(const QStringList &mutations)
{
    const SpecLoadResult r = ClusterSpec::loadJson(spectest::mutated(mutations));
    if (!r.ok())
        qWarning("%s", qPrintable(r.describe()));
    return r.spec;
}

QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'));
}

} // namespace

class EdgeRulesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleNodeOne()
    {
        const QList<EdgeRule> rules = deriveEdgeRules(ClusterSpec::example(), 0);
        const QList<EdgeRule> expected{
            {0,
             QStringLiteral("permit"),
             QStringLiteral("tcp"),
             QStringLiteral("0.0.0.0/0"),
             8006,
             {},
             false,
             QStringLiteral("Proxmox GUI")},
            {1,
             QStringLiteral("permit"),
             QStringLiteral("tcp"),
             QStringLiteral("198.51.100.7/32"),
             22,
             {},
             false,
             QStringLiteral("Admin SSH")},
            {2,
             QStringLiteral("permit"),
             QStringLiteral("tcp"),
             QStringLiteral("198.51.100.8/32"),
             22,
             {},
             false,
             QStringLiteral("Admin SSH")},
            {3,
             QStringLiteral("permit"),
             QStringLiteral("ipv4"),
             QStringLiteral("203.0.113.12/32"),
             {},
             {},
             false,
             QStringLiteral("Node node-02")},
            {4,
             QStringLiteral("permit"),
             QStringLiteral("ipv4"),
             QStringLiteral("203.0.113.13/32"),
             {},
             {},
             false,
             QStringLiteral("Node node-03")},
            {5,
             QStringLiteral("permit"),
             QStringLiteral("tcp"),
             QStringLiteral("0.0.0.0/0"),
             {},
             {},
             true,
             QStringLiteral("Replies to the nodes' own connections")},
            {19,
             QStringLiteral("deny"),
             QStringLiteral("ipv4"),
             QStringLiteral("0.0.0.0/0"),
             {},
             {},
             false,
             QStringLiteral("Drop everything else")},
        };
        QCOMPARE(summaries(rules), summaries(expected));
        QCOMPARE(rules, expected);
    }

    void exampleEveryNode_data()
    {
        QTest::addColumn<int>("node");
        QTest::addColumn<QStringList>("expected");
        const char *head =
            "0 permit tcp 0.0.0.0/0 dport 8006|1 permit tcp 198.51.100.7/32 dport 22|"
            "2 permit tcp 198.51.100.8/32 dport 22|";
        const char *tail = "|5 permit tcp 0.0.0.0/0 established|19 deny ipv4 0.0.0.0/0";
        QTest::newRow("node-01") << 0
                                 << lines(QByteArray(head) +
                                          "3 permit ipv4 203.0.113.12/32|"
                                          "4 permit ipv4 203.0.113.13/32" +
                                          tail);
        QTest::newRow("node-02") << 1
                                 << lines(QByteArray(head) +
                                          "3 permit ipv4 203.0.113.11/32|"
                                          "4 permit ipv4 203.0.113.13/32" +
                                          tail);
        QTest::newRow("node-03") << 2
                                 << lines(QByteArray(head) +
                                          "3 permit ipv4 203.0.113.11/32|"
                                          "4 permit ipv4 203.0.113.12/32" +
                                          tail);
    }

    void exampleEveryNode()
    {
        QFETCH(int, node);
        QFETCH(QStringList, expected);
        QCOMPARE(summaries(deriveEdgeRules(ClusterSpec::example(), node)), expected);
    }

    void variants_data()
    {
        QTest::addColumn<QStringList>("mutations");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("no tcp established")
            << QStringList{QStringLiteral("firewall.allowTcpEstablished=false")}
            << lines("0 permit tcp 0.0.0.0/0 dport 8006|1 permit tcp 198.51.100.7/32 dport 22|"
                     "2 permit tcp 198.51.100.8/32 dport 22|3 permit ipv4 203.0.113.12/32|"
                     "4 permit ipv4 203.0.113.13/32|19 deny ipv4 0.0.0.0/0");
        QTest::newRow("no inter-node")
            << QStringList{QStringLiteral("firewall.allowInterNode=false")}
            << lines("0 permit tcp 0.0.0.0/0 dport 8006|1 permit tcp 198.51.100.7/32 dport 22|"
                     "2 permit tcp 198.51.100.8/32 dport 22|3 permit tcp 0.0.0.0/0 established|"
                     "19 deny ipv4 0.0.0.0/0");
        QTest::newRow("extra rules take their sequences, automatic rules skip them")
            << QStringList{QStringLiteral(
                   R"(firewall.extraRules=[{"sequence":1,"action":"permit","protocol":"udp","source":"192.0.2.0/24","destinationPort":161,"sourcePort":1161},{"sequence":3,"action":"deny","protocol":"icmp","source":"0.0.0.0/0"},{"sequence":18,"action":"permit","protocol":"gre","source":"192.0.2.9/32"}])")}
            << lines("0 permit tcp 0.0.0.0/0 dport 8006|1 permit udp 192.0.2.0/24 sport 1161 dport "
                     "161|"
                     "2 permit tcp 198.51.100.7/32 dport 22|3 deny icmp 0.0.0.0/0|"
                     "4 permit tcp 198.51.100.8/32 dport 22|5 permit ipv4 203.0.113.12/32|"
                     "6 permit ipv4 203.0.113.13/32|7 permit tcp 0.0.0.0/0 established|"
                     "18 permit gre 192.0.2.9/32|19 deny ipv4 0.0.0.0/0");
        QTest::newRow("ssh on another port")
            << QStringList{QStringLiteral("nodes[0].sshPort=2222"),
                           QStringLiteral("firewall.guiSources=[]"),
                           QStringLiteral("firewall.adminSources=[\"198.51.100.7/32\"]")}
            << lines("0 permit tcp 198.51.100.7/32 dport 2222|1 permit ipv4 203.0.113.12/32|"
                     "2 permit ipv4 203.0.113.13/32|3 permit tcp 0.0.0.0/0 established|"
                     "19 deny ipv4 0.0.0.0/0");
        QTest::newRow("two gui sources")
            << QStringList{QStringLiteral(
                               R"(firewall.guiSources=["192.0.2.0/24","198.51.100.0/24"])"),
                           QStringLiteral("firewall.allowInterNode=false"),
                           QStringLiteral("firewall.allowTcpEstablished=false")}
            << lines("0 permit tcp 192.0.2.0/24 dport 8006|1 permit tcp 198.51.100.0/24 dport 8006|"
                     "2 permit tcp 198.51.100.7/32 dport 22|3 permit tcp 198.51.100.8/32 dport 22|"
                     "19 deny ipv4 0.0.0.0/0");
    }

    void variants()
    {
        QFETCH(QStringList, mutations);
        QFETCH(QStringList, expected);
        const ClusterSpec spec = load(mutations);
        QVERIFY(spec.validate().isEmpty());
        const QList<EdgeRule> rules = deriveEdgeRules(spec, 0);
        QCOMPARE(summaries(rules), expected);
        QSet<int> sequences;
        for (const EdgeRule &r : rules)
            sequences.insert(r.sequence);
        QCOMPARE(sequences.size(), rules.size()); // never two rules on one sequence
    }

    void countsRulesThatDoNotFit()
    {
        QStringList admins;
        for (int i = 1; i <= 17; ++i)
            admins << QStringLiteral("\"198.51.100.%1/32\"").arg(i);
        const ClusterSpec spec = load({QStringLiteral("firewall.adminSources=[") +
                                       admins.join(QLatin1Char(',')) + QLatin1Char(']')});
        const EdgeRules::Derivation d = EdgeRules::derive(spec, 1);
        QCOMPARE(d.needed, 1 + 17 + 2 + 1 + 1);
        QCOMPARE(d.rules.size(), EdgeRules::maxRules); // 0–18 filled, then the deny at 19
        QCOMPARE(d.rules.last().sequence, 19);
        QCOMPARE(d.rules.last().action, QStringLiteral("deny"));
        QVERIFY(deriveEdgeRules(spec, 5).isEmpty()); // no such node
    }

    void apiJson()
    {
        const QList<EdgeRule> rules = deriveEdgeRules(ClusterSpec::example(), 0);
        const auto json = [](const EdgeRule &r) {
            return QString::fromUtf8(QJsonDocument(r.toApiJson()).toJson(QJsonDocument::Compact));
        };
        QCOMPARE(
            json(rules[0]),
            QStringLiteral(
                R"({"action":"permit","destinationPort":8006,"protocol":"tcp","sequence":0,"source":"0.0.0.0/0"})"));
        QCOMPARE(
            json(rules[3]),
            QStringLiteral(
                R"({"action":"permit","protocol":"ipv4","sequence":3,"source":"203.0.113.12/32"})"));
        QCOMPARE(
            json(rules[5]),
            QStringLiteral(
                R"({"action":"permit","protocol":"tcp","sequence":5,"source":"0.0.0.0/0","tcpOption":{"fragments":false,"option":"established"}})"));
        QCOMPARE(json(rules[6]),
                 QStringLiteral(
                     R"({"action":"deny","protocol":"ipv4","sequence":19,"source":"0.0.0.0/0"})"));
        const EdgeRule ports{7,
                             QStringLiteral("permit"),
                             QStringLiteral("udp"),
                             QStringLiteral("192.0.2.0/24"),
                             161,
                             1161,
                             false,
                             QStringLiteral("never sent")};
        QCOMPARE(
            json(ports),
            QStringLiteral(
                R"({"action":"permit","destinationPort":161,"protocol":"udp","sequence":7,"source":"192.0.2.0/24","sourcePort":1161})"));
    }
};

QTEST_GUILESS_MAIN(EdgeRulesTest)
#include "EdgeRulesTest.moc"
