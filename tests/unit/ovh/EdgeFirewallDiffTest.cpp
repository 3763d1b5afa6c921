// SPDX-License-Identifier: GPL-3.0-or-later
// The difference between the rules on the server and the wanted set, and the lock-out guard.
#include "ovh/EdgeFirewallDiff.h"
#include "ovh/EdgeFirewallSync.h"
#include "spec/ClusterSpec.h"
#include "spec/Ipv4Cidr.h"

#include <QTest>

using namespace pveha;

namespace {

QList<RemoteEdgeRule> onServer(const QList<EdgeRule> &rules)
{
    QList<RemoteEdgeRule> out;
    for (const EdgeRule &r : rules) {
        RemoteEdgeRule remote;
        remote.rule = r;
        remote.rule.comment.clear(); // the server never has our comments
        remote.state = QStringLiteral("ok");
        out << remote;
    }
    return out;
}

QList<int> sequences(const QList<EdgeRule> &rules)
{
    QList<int> out;
    for (const EdgeRule &r : rules)
        out << r.sequence;
    return out;
}

QList<int> sequences(const QList<RemoteEdgeRule> &rules)
{
    QList<int> out;
    for (const RemoteEdgeRule &r : rules)
        out << r.rule.sequence;
    return out;
}

EdgeRule rule(int sequence, const char *action, const char *protocol, const char *source,
              std::optional<int> port = {}, bool established = false)
{
    return EdgeRule{sequence,
                    QLatin1String(action),
                    QLatin1String(protocol),
                    QLatin1String(source),
                    port,
                    {},
                    established,
                    QString()};
}

const QStringList admins{QStringLiteral("198.51.100.7/32")};
const QStringList everyone{QStringLiteral("0.0.0.0/0")};

} // namespace

class EdgeFirewallDiffTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameRulesAreUnchanged()
    {
        const QList<EdgeRule> wanted = deriveEdgeRules(ClusterSpec::example(), 0);
        const EdgeFirewallDiff d = EdgeFirewallDiff::compute(onServer(wanted), wanted);
        QVERIFY(d.isEmpty());
        QCOMPARE(d.unchanged.size(), wanted.size());
    }
    void emptyServerCreatesEverything()
    {
        const QList<EdgeRule> wanted = deriveEdgeRules(ClusterSpec::example(), 0);
        const EdgeFirewallDiff d = EdgeFirewallDiff::compute({}, wanted);
        QCOMPARE(sequences(d.toCreate), (QList<int>{0, 1, 2, 3, 4, 5, 19}));
        QVERIFY(d.toDelete.isEmpty());
    }
    void changedAdminSourceIsDeletedAndCreated()
    {
        const QList<EdgeRule> wanted = deriveEdgeRules(ClusterSpec::example(), 0);
        QList<RemoteEdgeRule> current = onServer(wanted);
        current[2].rule.source = QStringLiteral("198.51.100.99/32"); // someone edited rule 2
        const EdgeFirewallDiff d = EdgeFirewallDiff::compute(current, wanted);
        QCOMPARE(sequences(d.toDelete), QList<int>{2});
        QCOMPARE(sequences(d.toCreate), QList<int>{2});
        QCOMPARE(d.toCreate.first().source, QStringLiteral("198.51.100.8/32"));
        QCOMPARE(d.unchanged.size(), wanted.size() - 1);
        QCOMPARE(d.lines(),
                 (QStringList{QStringLiteral("- 2 permit tcp 198.51.100.99/32 dport 22"),
                              QStringLiteral("+ 2 permit tcp 198.51.100.8/32 dport 22")}));
    }
    void extraRuleOnServerIsDeleted()
    {
        const QList<EdgeRule> wanted = deriveEdgeRules(ClusterSpec::example(), 0);
        QList<RemoteEdgeRule> current = onServer(wanted);
        current << onServer({rule(10, "permit", "udp", "0.0.0.0/0", 53)});
        const EdgeFirewallDiff d = EdgeFirewallDiff::compute(current, wanted);
        QCOMPARE(sequences(d.toDelete), QList<int>{10});
        QVERIFY(d.toCreate.isEmpty());
    }
    void pendingRemovalOrUnknownFormIsReplaced()
    {
        const QList<EdgeRule> wanted{rule(0, "permit", "tcp", "0.0.0.0/0", 8006),
                                     rule(1, "permit", "tcp", "198.51.100.7/32", 22)};
        QList<RemoteEdgeRule> current = onServer(wanted);
        current[0].state = QStringLiteral("removalPending");
        current[1].understood = false;
        const EdgeFirewallDiff d = EdgeFirewallDiff::compute(current, wanted);
        QCOMPARE(sequences(d.toDelete), (QList<int>{0, 1}));
        QCOMPARE(sequences(d.toCreate), (QList<int>{0, 1}));
    }
    void derivedExampleIsSafe()
    {
        const ClusterSpec spec = ClusterSpec::example();
        QCOMPARE(EdgeFirewallSync::safetyProblems(spec), QStringList());
    }
    void lockOut_data()
    {
        QTest::addColumn<QList<EdgeRule>>("rules");
        QTest::addColumn<QStringList>("adminSources");
        QTest::addColumn<QStringList>("guiSources");
        QTest::addColumn<QString>("problem");
        const EdgeRule deny = rule(19, "deny", "ipv4", "0.0.0.0/0");
        const EdgeRule ssh = rule(1, "permit", "tcp", "198.51.100.7/32", 22);
        const EdgeRule gui = rule(0, "permit", "tcp", "0.0.0.0/0", 8006);
        QTest::newRow("no admin source") << QList<EdgeRule>{gui, deny} << QStringList() << everyone
                                         << QStringLiteral("No admin source");
        QTest::newRow("admin permit missing")
            << QList<EdgeRule>{gui, deny} << admins << everyone << QStringLiteral("rule 19 drops");
        QTest::newRow("deny before the admin permit")
            << QList<EdgeRule>{rule(0, "deny", "tcp", "198.51.100.0/24", 22), ssh, gui, deny}
            << admins << everyone << QStringLiteral("rule 0 drops");
        QTest::newRow("admin range only partly permitted")
            << QList<EdgeRule>{ssh, gui, deny} << QStringList{QStringLiteral("198.51.100.0/24")}
            << everyone << QStringLiteral("rule 19 drops");
        QTest::newRow("established permit does not open SSH")
            << QList<EdgeRule>{gui, rule(5, "permit", "tcp", "0.0.0.0/0", {}, true), deny} << admins
            << everyone << QStringLiteral("rule 19 drops");
        QTest::newRow("GUI denied by an extra rule")
            << QList<EdgeRule>{rule(0, "deny", "tcp", "0.0.0.0/0", 8006), ssh, gui, deny} << admins
            << everyone << QStringLiteral("the Proxmox GUI");
        QTest::newRow("fine") << QList<EdgeRule>{gui, ssh, deny} << admins << everyone << QString();
        QTest::newRow("no final deny is fine")
            << QList<EdgeRule>{gui} << admins << everyone << QString();
        QTest::newRow("ipv4 permit of a wider range")
            << QList<EdgeRule>{rule(0, "permit", "ipv4", "198.51.0.0/16"), deny} << admins
            << QStringList() << QString();
    }
    void lockOut()
    {
        QFETCH(QList<EdgeRule>, rules);
        QFETCH(QStringList, adminSources);
        QFETCH(QStringList, guiSources);
        QFETCH(QString, problem);
        const QStringList problems = EdgeFirewallSafety::check(rules, adminSources, guiSources, 22);
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.join(QLatin1Char('\n')).contains(problem),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }
    void specWithoutAdminsIsRefusedBeforeAnyCall()
    {
        ClusterSpec spec = ClusterSpec::example();
        spec.firewall.adminSources.clear();
        const QStringList problems = EdgeFirewallSync::safetyProblems(spec);
        QCOMPARE(problems.size(), 1); // said once, not once per node
        QVERIFY(problems.first().contains(QStringLiteral("firewall.adminSources")));
    }
    void extraRuleThatLocksOutIsRefused()
    {
        ClusterSpec spec = ClusterSpec::example();
        FirewallRuleSpec extra;
        extra.sequence = 0;
        extra.action = QStringLiteral("deny");
        extra.protocol = QStringLiteral("tcp");
        extra.source = QStringLiteral("0.0.0.0/0");
        extra.destinationPort = 22;
        spec.firewall.extraRules << extra;
        const QStringList problems = EdgeFirewallSync::safetyProblems(spec);
        QCOMPARE(problems.size(), 6); // two admins on each of three nodes
        QVERIFY(problems.first().startsWith(QStringLiteral("node-01: 198.51.100.7/32")));
    }
};

QTEST_GUILESS_MAIN(EdgeFirewallDiffTest)
#include "EdgeFirewallDiffTest.moc"
