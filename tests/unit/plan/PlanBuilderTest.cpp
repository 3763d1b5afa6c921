// SPDX-License-Identifier: GPL-3.0-or-later
// The plan's invariants: every step can tell whether it is done, scripts never redirect into
// files (the same plan must run on a real node and on the simulator), spec values are quoted,
// the procedure's commands come in its order, and PVE 9 gets rules instead of groups.
#include "plan/PlanBuilder.h"
#include "spec/ClusterSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace pveha;

class PlanBuilderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStepIsCheckable()
    {
        const Plan plan = PlanBuilder::build(ClusterSpec::example());
        QCOMPARE(plan.phases.size(), 7);
        QStringList ids;
        for (const Phase &p : plan.phases)
            ids << p.id;
        QCOMPARE(ids, Plan::phaseIds());
        QSet<QString> seen;
        for (const Phase &phase : plan.phases) {
            QVERIFY2(!phase.steps.isEmpty(), qPrintable(phase.id));
            for (const Step &s : phase.steps) {
                QVERIFY2(!s.check.trimmed().isEmpty(), qPrintable(s.id));
                QVERIFY2(!s.run.trimmed().isEmpty(), qPrintable(s.id));
                QVERIFY2(!s.title.isEmpty(), qPrintable(s.id));
                QCOMPARE(s.phase, phase.id);
                QVERIFY2(ClusterSpec::example().nodeIndex(s.node) >= 0, qPrintable(s.node));
                const QString key = s.node + QLatin1Char('/') + s.id;
                QVERIFY2(!seen.contains(key), qPrintable(key));
                seen.insert(key);
            }
        }
        QCOMPARE(plan.stepCount(), seen.size());
    }

    void noRedirectionIntoFiles()
    {
        // Writes go through tee/cp/sed -i; only /dev/null and file descriptors may be targets.
        static const QRegularExpression redirect(
            QStringLiteral(">>|>\\s*(?!/dev/null|&\\d)[^\\s&]"));
        for (const int pve : {8, 9}) {
            const Plan plan = PlanBuilder::build(ClusterSpec::example(), PlanFacts{pve});
            for (const Phase &phase : plan.phases)
                for (const Step &s : phase.steps)
                    for (const QString &script : {s.check, s.run}) {
                        // ignore '>' inside quoted strings such as 'cp a b && ifreload -a' (no '>')
                        const QRegularExpressionMatch m = redirect.match(script);
                        QVERIFY2(!m.hasMatch(), qPrintable(s.id + QStringLiteral(": ") + script));
                    }
        }
    }

    void procedureCommandsInOrder()
    {
        const QString text = QString::fromUtf8(
            QJsonDocument(PlanBuilder::build(ClusterSpec::example()).toContractJson()).toJson());
        const QStringList expected = {
            QStringLiteral("    mtu 9000"),
            QStringLiteral("pvecm create cluster-pve-ha --link0 10.0.0.1"),
            QStringLiteral("pvecm add 10.0.0.1 --link0 10.0.0.2 --fingerprint"),
            QStringLiteral("pvecm add 10.0.0.1 --link0 10.0.0.3 --fingerprint"),
            QStringLiteral("pveceph install --repository no-subscription"),
            QStringLiteral("pveceph init --network 10.0.0.0/24 --cluster-network 10.0.0.0/24"),
            QStringLiteral("pveceph mon create"),
            QStringLiteral("mdadm --create /dev/md0 --level=5 --raid-devices=4 /dev/sda /dev/sdb "
                           "/dev/sdc /dev/sdd --run"),
            QStringLiteral("update-initramfs -u"),
            QStringLiteral("ceph auth get client.bootstrap-osd"),
            QStringLiteral("pvcreate /dev/md0"),
            QStringLiteral("vgcreate ceph-raid /dev/md0"),
            QStringLiteral("lvcreate -l 100%FREE -n osd ceph-raid"),
            QStringLiteral("ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1"),
            QStringLiteral("pveceph pool create Stockage-HA --size 3 --min_size 2 "
                           "--pg_autoscale_mode on --add_storages 1"),
            QStringLiteral("ha-manager groupadd Cluster-Prod --nodes node-01,node-02,node-03"),
            QStringLiteral("ha-manager add vm:100 --group Cluster-Prod --state started"),
        };
        const QString plain = PlanBuilder::build(ClusterSpec::example()).toText();
        qsizetype at = 0;
        for (const QString &command : expected) {
            const qsizetype found = plain.indexOf(command, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("missing or out of order: ") + command));
            at = found;
        }
        QVERIFY(text.contains(QStringLiteral("\"destructive\": true")));
    }

    void pve9UsesRules()
    {
        const QString plain = PlanBuilder::build(ClusterSpec::example(), PlanFacts{9}).toText();
        QVERIFY(!plain.contains(QStringLiteral("groupadd")));
        QVERIFY(!plain.contains(QStringLiteral("--group")));
        QVERIFY(plain.contains(QStringLiteral("ha-manager add vm:100 --state started")));
        QVERIFY(
            plain.contains(QStringLiteral("ha-manager rules add node-affinity Cluster-Prod "
                                          "--resources vm:100 --nodes node-01,node-02,node-03")));
        QVERIFY(plain.indexOf(QStringLiteral("ha-manager add vm:100")) <
                plain.indexOf(QStringLiteral("rules add")));
    }

    void destructiveStepsListTheirDisks()
    {
        const Plan plan = PlanBuilder::build(ClusterSpec::example());
        int destructive = 0;
        for (const Phase &phase : plan.phases)
            for (const Step &s : phase.steps)
                if (s.destructive) {
                    ++destructive;
                    QVERIFY(!s.erases.isEmpty());
                    QVERIFY2(s.run.contains(QStringLiteral("wipefs -n")),
                             qPrintable(s.id)); // re-checked on the node
                    QVERIFY(
                        !s.erases.contains(QStringLiteral("/dev/nvme0n1"))); // never the OS disk
                }
        QCOMPARE(destructive, 6); // raid.create and osd.create on three nodes
    }

    void joinsOneAtATimeWithSecretOnStdin()
    {
        const Plan plan = PlanBuilder::build(ClusterSpec::example());
        const Step *join = plan.find(QStringLiteral("node-02"), QStringLiteral("cluster.join"));
        QVERIFY(join);
        QVERIFY(!join->parallel);
        QCOMPARE(join->secret, Step::Secret::RootPassword);
        QCOMPARE(join->inputs.size(), 1);
        QCOMPARE(join->inputs.first().node, QStringLiteral("node-01"));
        QVERIFY(!join->run.contains(QStringLiteral("password")));
        const QRegularExpression fp(join->inputs.first().pattern);
        QVERIFY(fp.match(QStringLiteral("sha256 "
                                        "Fingerprint=8F:C6:37:1E:52:AA:66:85:19:4E:7F:B6:57:67:47:"
                                        "41:78:F5:32:70:B8:D9:FE:27:9A:7D:80:38:08:39:3F:D1"))
                    .hasMatch());
        QVERIFY(!fp.match(QStringLiteral("Fingerprint=8F:C6; reboot")).hasMatch());
    }

    void valuesAreQuoted()
    {
        ClusterSpec spec = ClusterSpec::example();
        spec.nodes[1].name = QStringLiteral("node-b");
        spec.ha.nodes = spec.nodeNames();
        const Plan plan = PlanBuilder::build(spec);
        const QString text = plan.toText();
        // A host line carries a space: it must arrive as one quoted word.
        QVERIFY2(text.contains(QStringLiteral("'10.0.0.2 node-b'")), qPrintable(text.left(400)));
        QVERIFY(plan.find(QStringLiteral("node-b"), QStringLiteral("cluster.join")));
    }

    void sliceFromAndOnly()
    {
        const Plan plan = PlanBuilder::build(ClusterSpec::example());
        QCOMPARE(plan.slice(QStringLiteral("osd"), {}).phases.size(), 3);
        QCOMPARE(plan.slice(QStringLiteral("osd"), {}).phases.first().id, QStringLiteral("osd"));
        QCOMPARE(plan.slice({}, QStringLiteral("raid")).phases.size(), 1);
        QCOMPARE(plan.slice({}, {}).phases.size(), 7);
        QVERIFY(plan.toScript(QStringLiteral("node-03"))
                    .contains(QStringLiteral("pvecm add 10.0.0.1 --link0 10.0.0.3")));
        QVERIFY(!plan.toScript(QStringLiteral("node-03")).contains(QStringLiteral("pvecm create")));
    }
};

QTEST_GUILESS_MAIN(PlanBuilderTest)
#include "PlanBuilderTest.moc"
