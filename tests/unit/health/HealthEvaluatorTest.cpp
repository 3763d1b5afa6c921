// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthEvaluator.h"
#include "HealthTestUtil.h"
#include "health/HealthSnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace pveha;
using namespace pveha::healthtest;

namespace {

QString reefWith(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root =
        QJsonDocument::fromJson(formatBytes(QStringLiteral("ceph-s-reef18-pve-healthok.json")))
            .object();
    change(root);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void setPath(QJsonObject &root, const QString &group, const QString &key, const QJsonValue &value)
{
    QJsonObject inner = root.value(group).toObject();
    inner.insert(key, value);
    root.insert(group, inner);
}

QJsonObject healthWith(const QString &status, const QString &id, const QString &severity,
                       const QString &message)
{
    QJsonObject check{
        {QStringLiteral("severity"), severity},
        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("message"), message}}}};
    return QJsonObject{{QStringLiteral("status"), status},
                       {QStringLiteral("checks"), QJsonObject{{id, check}}}};
}

const QString s_mdHead = QStringLiteral("Personalities : [raid6] [raid5] [raid4]\n");
const QString s_mdTail = QStringLiteral("\nunused devices: <none>\n");

QString haWith(const QString &lines)
{
    return QStringLiteral("quorum OK\nmaster node-01 (active, Tue Mar  4 10:15:02 2025)\n") + lines;
}

/// Builds the outputs of a scenario: a healthy three-node cluster with one thing changed.
QList<NodeOutputs> buildScenario(const QString &name)
{
    QList<NodeOutputs> nodes = healthyCluster();
    NodeOutputs &n1 = nodes[0];
    NodeOutputs &n2 = nodes[1];
    NodeOutputs &n3 = nodes[2];
    auto allCeph = [&nodes](const QString &json) {
        for (NodeOutputs &node : nodes)
            node.cephJson = collected(json);
    };
    auto allHa = [&nodes](const QString &text) {
        for (NodeOutputs &node : nodes)
            node.haStatus = collected(text);
    };
    if (name == QLatin1String("raid-degraded")) {
        n2.mdstat = collected(formatText(QStringLiteral("mdstat-raid5-4disk-degraded.txt")));
    } else if (name == QLatin1String("raid-recovery")) {
        n3.mdstat = collected(
            s_mdHead +
            QStringLiteral(
                "md0 : active raid5 sdd[4] sdc[2] sdb[1] sda[0]\n"
                "      17580810240 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/3] [UUU_]\n"
                "      [==>..................]  recovery = 12.6% (738847744/5860270080) "
                "finish=503.4min speed=169541K/sec\n") +
            s_mdTail);
    } else if (name == QLatin1String("raid-inactive")) {
        n1.mdstat = collected(
            s_mdHead + QStringLiteral("md0 : inactive sdb[1](S) sda[0](S)\n      100 blocks\n") +
            s_mdTail);
    } else if (name == QLatin1String("raid-lost-two")) {
        n1.mdstat =
            collected(s_mdHead +
                      QStringLiteral("md0 : active raid5 sdb1[1] sda1[0]\n"
                                     "      2929890816 blocks super 1.2 level 5, 512k chunk, "
                                     "algorithm 2 [4/2] [UU__]\n") +
                      s_mdTail);
    } else if (name == QLatin1String("raid-resync-delayed")) {
        n2.mdstat = collected(
            s_mdHead +
            QStringLiteral(
                "md0 : active raid5 sdd[3] sdc[2] sdb[1] sda[0]\n"
                "      300 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/4] [UUUU]\n"
                "      resync=DELAYED\n") +
            s_mdTail);
    } else if (name == QLatin1String("osd-down-luminous")) {
        allCeph(formatText(QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json")));
    } else if (name == QLatin1String("osd-down-with-tree")) {
        allCeph(formatText(QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json")));
        n1.osdTree = collected(
            formatText(QStringLiteral("ceph-osd-tree-pve-3nodes-9osds.txt"))
                .replace(QStringLiteral("osd.5       up"), QStringLiteral("osd.5     down")));
    } else if (name == QLatin1String("osd-down-counts")) {
        allCeph(reefWith([](QJsonObject &r) {
            setPath(r, QStringLiteral("osdmap"), QStringLiteral("num_up_osds"), 15);
        }));
    } else if (name == QLatin1String("osd-out")) {
        allCeph(reefWith([](QJsonObject &r) {
            setPath(r, QStringLiteral("osdmap"), QStringLiteral("num_in_osds"), 14);
        }));
    } else if (name == QLatin1String("mon-out-of-quorum")) {
        allCeph(reefWith([](QJsonObject &r) {
            r.insert(QStringLiteral("quorum_names"),
                     QJsonArray{QStringLiteral("pve-fra-001"), QStringLiteral("pve-fra-002"),
                                QStringLiteral("pve-fra-003")});
        }));
    } else if (name == QLatin1String("mons-below-majority")) {
        allCeph(reefWith([](QJsonObject &r) {
            r.insert(QStringLiteral("quorum_names"),
                     QJsonArray{QStringLiteral("pve-fra-001"), QStringLiteral("pve-fra-002")});
        }));
    } else if (name == QLatin1String("health-err")) {
        allCeph(reefWith([](QJsonObject &r) {
            r.insert(QStringLiteral("health"),
                     healthWith(QStringLiteral("HEALTH_ERR"), QStringLiteral("OSD_FULL"),
                                QStringLiteral("HEALTH_ERR"), QStringLiteral("1 full osd(s)")));
        }));
    } else if (name == QLatin1String("pg-inactive") || name == QLatin1String("pg-peering")) {
        const QString message = name == QLatin1String("pg-inactive")
                                    ? QStringLiteral("Reduced data availability: 33 pgs inactive")
                                    : QStringLiteral("Reduced data availability: 1 pg peering");
        allCeph(reefWith([&message](QJsonObject &r) {
            r.insert(QStringLiteral("health"),
                     healthWith(QStringLiteral("HEALTH_WARN"), QStringLiteral("PG_AVAILABILITY"),
                                QStringLiteral("HEALTH_WARN"), message));
        }));
    } else if (name == QLatin1String("clock-skew")) {
        allCeph(reefWith([](QJsonObject &r) {
            r.insert(QStringLiteral("health"),
                     healthWith(QStringLiteral("HEALTH_WARN"), QStringLiteral("MON_CLOCK_SKEW"),
                                QStringLiteral("HEALTH_WARN"),
                                QStringLiteral("clock skew detected on mon.pve-fra-002")));
        }));
    } else if (name == QLatin1String("pg-degraded")) {
        allCeph(reefWith([](QJsonObject &r) {
            r.insert(QStringLiteral("health"),
                     healthWith(QStringLiteral("HEALTH_WARN"), QStringLiteral("PG_DEGRADED"),
                                QStringLiteral("HEALTH_WARN"),
                                QStringLiteral(
                                    "Degraded data redundancy: 12/36 objects degraded (33.333%)")));
        }));
    } else if (name == QLatin1String("ceph-unreadable-everywhere")) {
        allCeph(QStringLiteral("[errno 110] RADOS timed out (error connecting to the cluster)"));
    } else if (name == QLatin1String("ceph-unreadable-one-node")) {
        n2.cephJson = collected(QStringLiteral("{\"health\": {\"status\": \"HEALTH_OK\""));
    } else if (name == QLatin1String("ceph-plain-fallback")) {
        allCeph(QStringLiteral("not json"));
        for (NodeOutputs &node : nodes)
            node.cephPlain = collected(formatText(
                QStringLiteral("ceph-s-plain-healthwarn-osdcount0-after-first-mon.txt")));
    } else if (name == QLatin1String("mdstat-unreadable")) {
        n3.mdstat = collected(QStringLiteral("\x01\x02garbage"));
    } else if (name == QLatin1String("mdstat-not-collected")) {
        n1.mdstat = CommandOutput();
    } else if (name == QLatin1String("command-failed")) {
        n2.pvesmStatus = collected(QString(), 255);
        n2.pvesmStatus.errorText = QStringLiteral("ipcc_send_rec[1] failed: Connection refused\n");
    } else if (name == QLatin1String("unreachable")) {
        n3.reachable = false;
        n3.unreachableReason = QStringLiteral("connection timed out");
    } else if (name == QLatin1String("ha-error")) {
        allHa(haWith(QStringLiteral("service vm:100 (node-02, error)\n")));
    } else if (name == QLatin1String("ha-fence")) {
        allHa(haWith(QStringLiteral("service vm:100 (node-02, fence)\n")));
    } else if (name == QLatin1String("ha-recovery")) {
        allHa(haWith(QStringLiteral("service vm:100 (node-02, recovery)\n")));
    } else if (name == QLatin1String("lrm-dead")) {
        allHa(haWith(
            QStringLiteral("lrm node-02 (old timestamp - dead?, Tue Mar  4 10:11:02 2025)\n")));
    } else if (name == QLatin1String("no-quorum")) {
        allHa(QStringLiteral("quorum No quorum on node 'x'!\n"));
    } else if (name == QLatin1String("one-node-no-quorum")) {
        n3.haStatus = collected(QStringLiteral("quorum No quorum on node 'node-03'!\n"));
    } else if (name == QLatin1String("ha-unreadable-everywhere")) {
        allHa(QStringLiteral("ipcc_send_rec[1] failed: Connection refused\n"));
    } else if (name == QLatin1String("storage-inactive")) {
        n1.pvesmStatus = collected(QStringLiteral("Name Type Status Total Used Available %\n"
                                                  "Stockage-HA rbd inactive 0 0 0 0.00%\n"));
    } else if (name == QLatin1String("votes-missing")) {
        n1.pvecmStatus =
            collected(QStringLiteral("Quorum information\nNodes:            2\nQuorate:          "
                                     "Yes\nVotequorum information\n"
                                     "Expected votes:   3\nTotal votes:      2\nQuorum:           "
                                     "2\nMembership information\n"
                                     "    Nodeid      Votes Name\n0x00000001          1 10.0.0.1 "
                                     "(local)\n0x00000002          1 10.0.0.2\n"));
    }
    return nodes;
}

const HealthReason *findReason(const HealthVerdict &verdict, const QString &subject,
                               const QString &node)
{
    for (const HealthReason &reason : verdict.reasons) {
        if (reason.subject == subject && reason.node == node)
            return &reason;
    }
    return nullptr;
}

QString describe(const HealthVerdict &verdict)
{
    QStringList out;
    for (const HealthReason &r : verdict.reasons)
        out.append(HealthSnapshot::levelName(r.level) + QLatin1Char(' ') + r.subject +
                   QLatin1Char('@') + r.node + QStringLiteral(": ") + r.text);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class HealthEvaluatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyIsOk()
    {
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(healthyCluster());
        QVERIFY2(snapshot.verdict.reasons.isEmpty(), qPrintable(describe(snapshot.verdict)));
        QCOMPARE(snapshot.overall(), HealthLevel::Ok);
        QCOMPARE(snapshot.cephNode, QStringLiteral("node-01"));
        QCOMPARE(snapshot.haNode, QStringLiteral("node-01"));
        QCOMPARE(snapshot.nodes.size(), 3);
        QVERIFY(snapshot.nodes.at(2).mdstat.understood);
    }

    void noNodesIsError()
    {
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs({});
        QCOMPARE(snapshot.overall(), HealthLevel::Error);
        QVERIFY(!snapshot.verdict.reasons.isEmpty());
    }

    void scenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("overall");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");

        const int warn = int(HealthLevel::Warn);
        const int error = int(HealthLevel::Error);
        auto row = [](const char *name, int overall, const char *subject, const char *node,
                      const char *text, const char *hint) {
            QTest::newRow(name) << QString::fromLatin1(name) << overall
                                << QString::fromLatin1(subject) << QString::fromLatin1(node)
                                << QString::fromUtf8(text) << QString::fromLatin1(hint);
        };
        row("raid-degraded", warn, "raid.md0", "node-02", "3 of its 4 disks work [UUU_]",
            "mdadm --detail /dev/md0");
        row("raid-recovery", warn, "raid.md0", "node-03", "12.6% done, about 503 minutes left",
            "wait");
        row("raid-inactive", error, "raid.md0", "node-01", "inactive", "mdadm --assemble --scan");
        row("raid-lost-two", error, "raid.md0", "node-01", "lost 2 of its 4 disks",
            "mdadm --detail");
        row("raid-resync-delayed", warn, "raid.md0", "node-02",
            "waits to resynchronise its disks (DELAYED)", "wait");
        // The sample also says "101 pgs stale": those PGs serve no I/O, so the verdict is error.
        row("osd-down-luminous", error, "ceph.OSD_DOWN", "", "HEALTH_WARN: 1 osds down",
            "ceph-osd@N");
        row("osd-down-with-tree", error, "ceph.OSD_DOWN", "", "1 osds down",
            "On pve32, look at systemctl status ceph-osd@5");
        row("osd-down-counts", warn, "ceph.osds.down", "", "Ceph OSDs down: 1 of 16",
            "ceph osd tree");
        row("osd-out", warn, "ceph.osds.out", "", "Ceph OSDs out of the cluster: 2 of 16",
            "ceph osd in");
        row("mon-out-of-quorum", warn, "ceph.mons", "", "3 of the 4 Ceph monitors are in quorum",
            "ceph-mon@");
        row("mons-below-majority", error, "ceph.mons", "", "Only 2 of the 4 Ceph monitors",
            "ceph-mon@");
        row("health-err", error, "ceph.OSD_FULL", "", "HEALTH_ERR: 1 full osd(s)", "add capacity");
        // Inactive PGs serve no I/O: the guests on the pool hang, whatever Ceph's severity says.
        row("pg-inactive", error, "ceph.PG_AVAILABILITY", "", "33 pgs inactive", "ceph osd tree");
        row("pg-peering", warn, "ceph.PG_AVAILABILITY", "", "1 pg peering", "recovery");
        row("clock-skew", warn, "ceph.MON_CLOCK_SKEW", "", "clock skew detected", "chrony");
        row("pg-degraded", warn, "ceph.PG_DEGRADED", "", "Degraded data redundancy", "recovery");
        row("ceph-unreadable-everywhere", error, "ceph.unreadable", "",
            "could not be read on any node", "ceph -s");
        row("ceph-unreadable-one-node", warn, "output.ceph", "node-02",
            "The output of ceph -s on node-02 could not be read", "");
        row("ceph-plain-fallback", warn, "ceph.summary", "",
            "OSD count 0 < osd_pool_default_size 3", "");
        row("mdstat-unreadable", warn, "output.mdstat", "node-03",
            "The output of cat /proc/mdstat on node-03 could not be read", "");
        row("mdstat-not-collected", warn, "output.mdstat", "node-01", "the command was not run",
            "");
        row("command-failed", warn, "output.pvesm", "node-02",
            "exit code 255 (ipcc_send_rec[1] failed", "");
        row("unreachable", error, "node.unreachable", "node-03",
            "node-03 could not be reached: connection timed out", "SSH");
        row("ha-error", error, "ha.vm:100", "node-02", "error state on node-02",
            "--state disabled");
        row("ha-fence", warn, "ha.vm:100", "node-02", "waits for its node node-02 to be fenced",
            "watchdog");
        row("ha-recovery", warn, "ha.vm:100", "node-02", "being recovered", "");
        row("lrm-dead", warn, "ha.lrm", "node-02", "more than 30 seconds", "pve-ha-lrm");
        row("no-quorum", error, "cluster.quorum", "", "no quorum", "corosync-cfgtool -s");
        row("one-node-no-quorum", warn, "cluster.quorum", "node-03",
            "node-03 has lost the cluster's quorum", "pvecm status");
        row("ha-unreadable-everywhere", error, "ha.unreadable", "", "could not be read on any node",
            "pve-ha-crm");
        row("storage-inactive", warn, "storage.Stockage-HA", "node-01",
            "Stockage-HA (rbd) is inactive on node-01", "pvesm status");
        row("votes-missing", warn, "cluster.votes", "", "Only 2 of the 3 expected cluster votes",
            "");
    }
    void scenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(int, overall);
        QFETCH(QString, subject);
        QFETCH(QString, node);
        QFETCH(QString, text);
        QFETCH(QString, hint);
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(buildScenario(scenario));
        const HealthVerdict verdict = HealthEvaluator::evaluate(snapshot);
        QCOMPARE(verdict.overall, snapshot.verdict.overall); // pure: same input, same verdict
        QVERIFY2(int(verdict.overall) == overall, qPrintable(describe(verdict)));
        const HealthReason *reason = findReason(verdict, subject, node);
        QVERIFY2(reason, qPrintable(describe(verdict)));
        QVERIFY2(reason->text.contains(text), qPrintable(reason->text));
        QVERIFY2(reason->hint.contains(hint), qPrintable(reason->hint));
        if (!hint.isEmpty())
            QVERIFY(!reason->hint.isEmpty());
    }

    void luminousReasonsAreEveryCheck()
    {
        QList<NodeOutputs> nodes = buildScenario(QStringLiteral("osd-down-luminous"));
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(nodes);
        QStringList subjects;
        for (const HealthReason &r : snapshot.verdict.reasons)
            subjects.append(r.subject);
        // The four checks, and no duplicate derived "OSDs down" reason next to OSD_DOWN.
        QCOMPARE(subjects,
                 QStringList({QStringLiteral("ceph.OSD_DOWN"), QStringLiteral("ceph.OSD_HOST_DOWN"),
                              QStringLiteral("ceph.PG_AVAILABILITY"),
                              QStringLiteral("ceph.POOL_APP_NOT_ENABLED")}));
    }

    void mutedCheckIgnored()
    {
        QList<NodeOutputs> nodes = healthyCluster();
        const QString json = reefWith([](QJsonObject &r) {
            QJsonObject health = healthWith(
                QStringLiteral("HEALTH_OK"), QStringLiteral("RECENT_CRASH"),
                QStringLiteral("HEALTH_WARN"), QStringLiteral("1 daemons have recently crashed"));
            QJsonObject checks = health.value(QStringLiteral("checks")).toObject();
            QJsonObject check = checks.value(QStringLiteral("RECENT_CRASH")).toObject();
            check.insert(QStringLiteral("muted"), true);
            checks.insert(QStringLiteral("RECENT_CRASH"), check);
            health.insert(QStringLiteral("checks"), checks);
            r.insert(QStringLiteral("health"), health);
        });
        for (NodeOutputs &node : nodes)
            node.cephJson = collected(json);
        QCOMPARE(HealthSnapshot::fromOutputs(nodes).overall(), HealthLevel::Ok);
    }

    /// Whatever part of a node's outputs is garbage, the verdict is never ok.
    void neverOkOnUnreadable_data()
    {
        QTest::addColumn<int>("part");
        for (int part = 0; part < 4; ++part)
            QTest::newRow(qPrintable(QString::number(part))) << part;
    }
    void neverOkOnUnreadable()
    {
        QFETCH(int, part);
        const QStringList garbage = {QString(), QString::fromLatin1("\xff\xfe"),
                                     QStringLiteral("OK"), QStringLiteral("HEALTH_OK\n")};
        for (const QString &text : garbage) {
            QList<NodeOutputs> nodes = healthyCluster();
            CommandOutput *outputs[] = {&nodes[1].cephJson, &nodes[1].mdstat, &nodes[1].haStatus,
                                        &nodes[1].pvesmStatus};
            *outputs[part] = collected(text);
            const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(nodes);
            QVERIFY2(snapshot.overall() != HealthLevel::Ok, qPrintable(text));
            QVERIFY(findReason(snapshot.verdict, QStringLiteral("output.ceph"),
                               QStringLiteral("node-02")) ||
                    findReason(snapshot.verdict, QStringLiteral("output.mdstat"),
                               QStringLiteral("node-02")) ||
                    findReason(snapshot.verdict, QStringLiteral("output.ha"),
                               QStringLiteral("node-02")) ||
                    findReason(snapshot.verdict, QStringLiteral("output.pvesm"),
                               QStringLiteral("node-02")));
        }
    }

    void haViewPrefersQuorateNode()
    {
        QList<NodeOutputs> nodes = healthyCluster();
        nodes[0].haStatus = collected(QStringLiteral("quorum No quorum on node 'node-01'!\n"));
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(nodes);
        QCOMPARE(snapshot.haNode, QStringLiteral("node-02"));
        QVERIFY(snapshot.ha.quorate);
        QCOMPARE(snapshot.overall(), HealthLevel::Warn);
    }

    void cephHints_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("skew") << QStringLiteral("MON_CLOCK_SKEW") << QString()
                              << QStringLiteral("chrony");
        QTest::newRow("legacy-skew") << QString() << QStringLiteral("Clock skew detected on mon.b")
                                     << QStringLiteral("chrony");
        QTest::newRow("osd-host-down")
            << QStringLiteral("OSD_HOST_DOWN") << QString() << QStringLiteral("ceph-osd@");
        QTest::newRow("too-few") << QStringLiteral("TOO_FEW_OSDS") << QString()
                                 << QStringLiteral("deploy --only osd");
        QTest::newRow("nearfull") << QStringLiteral("OSD_NEARFULL") << QString()
                                  << QStringLiteral("capacity");
        QTest::newRow("unknown") << QStringLiteral("SOMETHING_NEW") << QString() << QString();
    }
    void cephHints()
    {
        QFETCH(QString, id);
        QFETCH(QString, message);
        QFETCH(QString, fragment);
        const QString hint =
            HealthEvaluator::cephCheckHint({id, QStringLiteral("HEALTH_WARN"), message, false});
        if (fragment.isEmpty())
            QVERIFY(hint.isEmpty());
        else
            QVERIFY2(hint.contains(fragment), qPrintable(hint));
    }
};

QTEST_GUILESS_MAIN(HealthEvaluatorTest)
#include "HealthEvaluatorTest.moc"
