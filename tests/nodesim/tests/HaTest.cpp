// SPDX-License-Identifier: GPL-3.0-or-later
// The crash test: echo c | tee /proc/sysrq-trigger kills a node; the survivors' ha-manager
// status walks through the real sequence (old timestamp - dead?, fence, recovery, started
// elsewhere) on the compressed clock.
#include "SimHarness.h"

using namespace simtest;

class HaTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void crashSequence_data()
    {
        QTest::addColumn<int>("pve");
        QTest::newRow("pve8") << 8;
        QTest::newRow("pve9") << 9;
    }
    void crashSequence()
    {
        QFETCH(int, pve);
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        for (SimNodeConfig &c : nodes)
            c.pveMajor = pve;
        Harness h(nodes);
        QVERIFY(h.deployAll(pve));
        const QString n1 = QStringLiteral("node-01"), n2 = QStringLiteral("node-02");
        const Run crash = h.sh(n1, QStringLiteral("echo c | tee /proc/sysrq-trigger"));
        QCOMPARE(crash.rc, 255);
        // The dead node is unreachable, like an SSH connection to it.
        const Run dead = h.sh(n1, QStringLiteral("hostname"));
        QCOMPARE(dead.rc, 255);
        QVERIFY(dead.err.contains(
            QStringLiteral("ssh: connect to host 203.0.113.11 port 22: No route to host")));
        const auto status = [&] { return h.must(n2, QStringLiteral("ha-manager status")); };
        QVERIFY(status().contains(QStringLiteral("service vm:100 (node-01, started)")));
        QVERIFY(SimCluster::advanceClock(h.dir(), 11));
        QVERIFY(status().contains(
            QRegularExpression(QStringLiteral("lrm node-01 \\(old timestamp - dead\\?, \\w{3} "
                                              "\\w{3} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\)"))));
        QVERIFY(status().contains(QStringLiteral("service vm:100 (node-01, started)")));
        QVERIFY(SimCluster::advanceClock(h.dir(), 30));
        QVERIFY(status().contains(QStringLiteral("service vm:100 (node-01, fence)")));
        QVERIFY(SimCluster::advanceClock(h.dir(), 80));
        QVERIFY(status().contains(QStringLiteral("service vm:100 (node-01, recovery)")));
        QVERIFY(SimCluster::advanceClock(h.dir(), 10));
        const QString final = status();
        QVERIFY2(final.contains(QStringLiteral("service vm:100 (node-02, started)")),
                 qPrintable(final));
        QVERIFY(final.startsWith(QStringLiteral("quorum OK\nmaster node-02 (active, ")));
        QVERIFY(h.must(n2, QStringLiteral("qm list")).contains(QStringLiteral("test-ha")));
        QCOMPARE(h.sh(QStringLiteral("node-03"), QStringLiteral("qm status 100")).rc, 2);
        // The rest of the cluster sees the failure too.
        const QJsonObject s = json(h.must(n2, QStringLiteral("ceph -s --format json"))).object();
        QCOMPARE(s[QStringLiteral("health")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s[QStringLiteral("osdmap")].toObject()[QStringLiteral("num_up_osds")].toInt(), 2);
        QCOMPARE(s[QStringLiteral("quorum_names")].toArray().size(), 2);
        const QString pvecm = h.must(n2, QStringLiteral("pvecm status"));
        QVERIFY(pvecm.contains(QStringLiteral("Quorate:          Yes")));
        QVERIFY(pvecm.contains(QStringLiteral("Total votes:      2")));
        QVERIFY(h.sh(n2, QStringLiteral("ping -c 1 -W 1 10.0.0.1")).rc == 1);
        // Revived, the node comes back; the guest stays where HA put it.
        QVERIFY(SimCluster::revive(h.dir(), n1));
        QCOMPARE(h.must(n1, QStringLiteral("hostname")), QStringLiteral("node-01\n"));
        QVERIFY(h.must(n1, QStringLiteral("ha-manager status"))
                    .contains(QStringLiteral("service vm:100 (node-02, started)")));
        QVERIFY(h.must(n1, QStringLiteral("ceph -s")).contains(QStringLiteral("HEALTH_OK")));
    }
    void timeScaleCompressesTheSequence()
    {
        SimScenario sc;
        sc.timeScale = 200; // 130 simulated seconds in 0.65 s
        Harness h(SimCluster::defaultNodes(), sc);
        QVERIFY(h.deployAll(8));
        QCOMPARE(
            h.sh(QStringLiteral("node-01"), QStringLiteral("echo c | tee /proc/sysrq-trigger")).rc,
            255);
        QTest::qWait(800);
        QVERIFY(h.must(QStringLiteral("node-03"), QStringLiteral("ha-manager status"))
                    .contains(QStringLiteral("service vm:100 (node-02, started)")));
    }
    void groupLimitsTheRecoveryNodes()
    {
        Harness h;
        QVERIFY(h.deployAll(8));
        QVERIFY(SimCluster::crash(h.dir(), QStringLiteral("node-01")));
        // Restrict the group to node-01 and node-03: recovery must go to node-03.
        const QString groups =
            h.node(QStringLiteral("node-02")).cluster + QStringLiteral("/cluster.json");
        QFile f(groups);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        QJsonArray g = o[QStringLiteral("haGroups")].toArray();
        QJsonObject g0 = g[0].toObject();
        g0[QStringLiteral("nodes")] =
            QJsonArray{QStringLiteral("node-01"), QStringLiteral("node-03")};
        g[0] = g0;
        o[QStringLiteral("haGroups")] = g;
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(o).toJson());
        f.close();
        QVERIFY(SimCluster::advanceClock(h.dir(), 200));
        QVERIFY(h.must(QStringLiteral("node-02"), QStringLiteral("ha-manager status"))
                    .contains(QStringLiteral("service vm:100 (node-03, started)")));
    }
    void pve9RejectsGroups()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[0].pveMajor = 9;
        Harness h(nodes);
        const QString n1 = QStringLiteral("node-01");
        const Run g =
            h.sh(n1, QStringLiteral("ha-manager groupadd Cluster-Prod --nodes node-01,node-02"));
        QCOMPARE(g.rc, 255);
        QVERIFY(g.err.contains(QStringLiteral("ha groups have been migrated to rules")));
        const Run a =
            h.sh(n1, QStringLiteral("ha-manager add vm:100 --group Cluster-Prod --state started"));
        QVERIFY(a.err.contains(QStringLiteral("invalid parameter 'group'")));
        QVERIFY(h.sh(n1, QStringLiteral(
                             "ha-manager rules add node-affinity Cluster-Prod --nodes node-01"))
                    .err.contains(QStringLiteral("resources")));
        QVERIFY(h.sh(n1, QStringLiteral("ha-manager rules add node-affinity Cluster-Prod "
                                        "--resources vm:100 --nodes node-01"))
                    .err.contains(QStringLiteral("not configured as HA resource")));
        h.must(n1, QStringLiteral("ha-manager add vm:100 --state started"));
        h.must(n1, QStringLiteral("ha-manager rules add node-affinity Cluster-Prod --resources "
                                  "vm:100 --nodes node-01,node-02"));
        QVERIFY(h.sh(n1, QStringLiteral("ha-manager add vm:101"))
                    .err.contains(QStringLiteral("does not exist")));
        // PVE 8 has no rules command.
        QVERIFY(h.sh(QStringLiteral("node-02"), QStringLiteral("ha-manager rules list"))
                    .err.contains(QStringLiteral("unknown command 'ha-manager rules'")));
    }
};

QTEST_GUILESS_MAIN(HaTest)
#include "HaTest.moc"
