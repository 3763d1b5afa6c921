// SPDX-License-Identifier: GPL-3.0-or-later
// `pve-ha-installer health --spec FILE --json` end to end (issue 7): the real binary against
// three simulated Proxmox nodes behind real sshd daemons on loopback, deployed once by the real
// `deploy`, then degraded with the simulator's knobs or the very commands an admin would type
// (a RAID member failed, an OSD stopped, a monitor stopped) and restored. Each case checks the
// contract's JSON field by field, the exit code, and the reasons the run kept in its journal.

#include "DeployHarness.h"
#include "HealthContract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pveha;
using namespace pveha::test;

class HealthSshTest : public QObject
{
    Q_OBJECT

public:
    bool sshdMissing() const { return m_sshdMissing; }

private:
    DeployHarness m_h;
    QString m_specFile;
    QString m_clusterName;
    QMap<QString, int> m_osdOf; ///< node -> the id of its OSD
    bool m_sshdMissing = false;

    struct Health
    {
        CliRun run;
        QJsonObject doc;    ///< stdout: the contract's document
        QJsonArray reasons; ///< what the run kept in its journal
    };

    Health health()
    {
        Health h;
        h.run = m_h.runCli({QStringLiteral("health"), QStringLiteral("--spec"), m_specFile,
                            QStringLiteral("--json")},
                           120000);
        h.doc = QJsonDocument::fromJson(h.run.out).object();
        QFile journal(m_h.workPath(
            QStringLiteral("state/pve-ha-installer/journals/%1-health.json").arg(m_clusterName)));
        if (journal.open(QIODevice::ReadOnly))
            h.reasons = QJsonDocument::fromJson(journal.readAll())
                            .object()
                            .value(QLatin1String("reasons"))
                            .toArray();
        return h;
    }

    QMap<QString, RaidRow> allClean() const
    {
        QMap<QString, RaidRow> rows;
        for (const sim::SimNodeConfig &c : m_h.configs())
            rows.insert(c.name, RaidRow{});
        return rows;
    }

    /// The reason with this subject (and node, when given), as the journal kept it.
    static QJsonObject reason(const Health &h, const QString &subject, const QString &node = {})
    {
        for (const QJsonValue &v : h.reasons) {
            const QJsonObject r = v.toObject();
            if (r.value(QLatin1String("subject")) == subject &&
                (node.isEmpty() || r.value(QLatin1String("node")) == node))
                return r;
        }
        return {};
    }

    static QString describe(const Health &h)
    {
        return h.run.describe() + QStringLiteral("\n--- reasons ---\n") +
               QString::fromUtf8(QJsonDocument(h.reasons).toJson());
    }

    /// What every degraded case shares: exit status 1, overall "warn", the contract's document
    /// with `raid` as the nodes' arrays, and Ceph's own health word. Check
    /// QTest::currentTestFailed() after it.
    void checkWarn(const Health &h, const QMap<QString, RaidRow> &raid, const QString &cephHealth)
    {
        QVERIFY2(h.run.finished && h.run.exitCode == 1, qPrintable(describe(h)));
        QCOMPARE(h.doc.value(QLatin1String("overall")).toString(), QStringLiteral("warn"));
        const QStringList problems = contractProblems(h.doc, raid);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + describe(h)));
        QCOMPARE(
            h.doc.value(QLatin1String("ceph")).toObject().value(QLatin1String("health")).toString(),
            cephHealth);
    }

    /// Stops a systemd unit of `node` over SSH, as an admin would, then runs health and checks
    /// what a stopped Ceph daemon gives (checkWarn, HEALTH_WARN). Check
    /// QTest::currentTestFailed() after it.
    Health healthWithUnitStopped(const QString &node, const QString &unit)
    {
        const NodeRun stop = m_h.overSsh(nodeIndex(node), QStringLiteral("systemctl stop ") + unit);
        if (!stop.ok()) {
            QTest::qFail(qPrintable(QStringLiteral("systemctl stop %1: %2").arg(unit, stop.err)),
                         __FILE__, __LINE__);
            return {};
        }
        const Health h = health();
        checkWarn(h, allClean(), QStringLiteral("HEALTH_WARN"));
        return h;
    }

    int nodeIndex(const QString &name) const
    {
        for (int i = 0; i < m_h.size(); ++i)
            if (m_h.configs().at(i).name == name)
                return i;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString why = SshdFixture::unavailableReason();
        if (!why.isEmpty()) {
            m_sshdMissing = true;
            QSKIP(qPrintable(QStringLiteral("needs OpenSSH's sshd and ssh-keygen to run simulated "
                                            "nodes on loopback: %1")
                                 .arg(why)));
        }
        // Nodes as OVHcloud delivers them, so the whole procedure runs.
        QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
        for (sim::SimNodeConfig &n : nodes)
            n.privateNetworkConfigured = false;
        QVERIFY2(m_h.start(nodes, {}, 31), qPrintable(m_h.errorString()));
        const ClusterSpec spec = m_h.spec();
        m_clusterName = spec.cluster.name;
        m_specFile = m_h.writeSpec(spec);
        QVERIFY2(!m_specFile.isEmpty(), qPrintable(m_h.errorString()));
        const CliRun deploy = m_h.runCli({QStringLiteral("deploy"), QStringLiteral("--spec"),
                                          m_specFile, QStringLiteral("--yes")});
        QVERIFY2(deploy.finished && deploy.exitCode == 0, qPrintable(deploy.describe()));
        qInfo("deployed over sshd in %lld ms", deploy.elapsedMs);
        // The new arrays' first recovery takes raidSyncSeconds (simulated): let it end, as an
        // admin would before calling the cluster healthy.
        QVERIFY(sim::SimCluster::advanceClock(m_h.simDir(), 60));
        for (int i = 0; i < m_h.size(); ++i) {
            const NodeRun r = m_h.sh(i, QStringLiteral("ceph-volume lvm list --format json"));
            const QStringList ids = QJsonDocument::fromJson(r.out.toUtf8()).object().keys();
            QVERIFY2(r.ok() && ids.size() == 1, qPrintable(r.out + r.err));
            m_osdOf.insert(m_h.configs().at(i).name, ids.first().toInt());
        }
    }

    void cleanup()
    {
        if (m_sshdMissing)
            return;
        for (const QString &node : m_osdOf.keys()) {
            for (const char *disk : {"sda", "sdb", "sdc", "sdd"})
                QVERIFY(sim::SimCluster::restoreDisk(m_h.simDir(), node, QLatin1String(disk)));
            QVERIFY(sim::SimCluster::startOsd(m_h.simDir(), node, m_osdOf.value(node)));
            QVERIFY(sim::SimCluster::startMon(m_h.simDir(), node));
        }
    }

    void freshClusterIsOk()
    {
        const Health h = health();
        QVERIFY2(h.run.finished && h.run.exitCode == 0, qPrintable(describe(h)));
        QCOMPARE(h.doc.value(QLatin1String("overall")).toString(), QStringLiteral("ok"));
        const QStringList problems = contractProblems(h.doc, allClean());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + describe(h)));
        const QJsonObject ceph = h.doc.value(QLatin1String("ceph")).toObject();
        const QJsonObject want{
            {QStringLiteral("health"), QStringLiteral("HEALTH_OK")},
            {QStringLiteral("monsInQuorum"), 3},
            {QStringLiteral("monsTotal"), 3},
            {QStringLiteral("osdsTotal"), 3},
            {QStringLiteral("osdsUp"), 3},
            {QStringLiteral("osdsIn"), 3},
            {QStringLiteral("pgsTotal"), 33}, // .mgr's one and the pool's 32 (autoscaled)
            {QStringLiteral("pgsByState"), QJsonObject{{QStringLiteral("active+clean"), 33}}}};
        for (auto it = want.begin(); it != want.end(); ++it)
            QVERIFY2(ceph.value(it.key()) == it.value(), qPrintable(it.key() + describe(h)));
        QVERIFY(ceph.value(QLatin1String("bytesTotal")).toDouble() > 0);
        QVERIFY2(h.reasons.isEmpty(), qPrintable(describe(h)));
    }

    void failedRaidMember()
    {
        QProcess knob;
        knob.start(DeployHarness::nodesimProgram(),
                   {QStringLiteral("--fail-disk"), m_h.simDir(), QStringLiteral("node-02"),
                    QStringLiteral("/dev/sdb")});
        QVERIFY(knob.waitForFinished(30000));
        QCOMPARE(knob.exitCode(), 0);

        const Health h = health();
        // Degraded with its redundancy gone but its data served: the evaluator's "warn".
        QMap<QString, RaidRow> raid = allClean();
        raid[QStringLiteral("node-02")] =
            RaidRow{QStringLiteral("degraded"), 3, QStringLiteral("U_UU")};
        checkWarn(h, raid, QStringLiteral("HEALTH_OK"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(h.reasons.size(), 1);
        const QJsonObject r = reason(h, QStringLiteral("raid.md0"), QStringLiteral("node-02"));
        QCOMPARE(r.value(QLatin1String("level")).toString(), QStringLiteral("warn"));
        const QString text = r.value(QLatin1String("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("md0")) && text.contains(QStringLiteral("node-02")) &&
                     text.contains(QStringLiteral("[U_UU]")),
                 qPrintable(text));

        // The plain report names it too, under its node.
        const CliRun plain =
            m_h.runCli({QStringLiteral("health"), QStringLiteral("--spec"), m_specFile});
        QCOMPARE(plain.exitCode, 1);
        QVERIFY2(plain.stdoutText().startsWith(QStringLiteral("Overall: WARN\n")),
                 qPrintable(plain.describe()));
        QVERIFY2(plain.stdoutText().contains(QStringLiteral("  - [node-02] ") + text +
                                             QLatin1Char('\n')),
                 qPrintable(plain.describe()));
        QVERIFY2(plain.stdoutText().contains(QStringLiteral("sdb[1](F)")),
                 qPrintable(plain.describe()));
    }

    void osdDown()
    {
        const int id = m_osdOf.value(QStringLiteral("node-03"));
        const QString unit = QStringLiteral("ceph-osd@%1").arg(id);
        const Health h = healthWithUnitStopped(QStringLiteral("node-03"), unit);
        if (QTest::currentTestFailed())
            return;
        const QJsonObject ceph = h.doc.value(QLatin1String("ceph")).toObject();
        QCOMPARE(ceph.value(QLatin1String("osdsTotal")).toInt(), 3);
        QCOMPARE(ceph.value(QLatin1String("osdsUp")).toInt(), 2);
        QCOMPARE(ceph.value(QLatin1String("osdsIn")).toInt(), 3);
        QCOMPARE(ceph.value(QLatin1String("monsInQuorum")).toInt(), 3);
        QCOMPARE(ceph.value(QLatin1String("pgsByState")).toObject(),
                 (QJsonObject{{QStringLiteral("active+undersized"), 32},
                              {QStringLiteral("active+undersized+degraded"), 1}}));

        const QJsonObject down = reason(h, QStringLiteral("ceph.OSD_DOWN"));
        QVERIFY2(
            down.value(QLatin1String("text")).toString().contains(QStringLiteral("1 osds down")),
            qPrintable(describe(h)));
        const QString hint = down.value(QLatin1String("hint")).toString();
        QVERIFY2(hint.contains(QStringLiteral("node-03")) && hint.contains(unit), qPrintable(hint));
        QVERIFY2(!reason(h, QStringLiteral("ceph.OSD_HOST_DOWN")).isEmpty(),
                 qPrintable(describe(h)));
        QVERIFY2(reason(h, QStringLiteral("ceph.PG_DEGRADED"))
                     .value(QLatin1String("text"))
                     .toString()
                     .contains(QStringLiteral("Degraded data redundancy: 2/6 objects degraded "
                                              "(33.333%), 1 pg degraded")),
                 qPrintable(describe(h)));
        for (const QJsonValue &v : h.reasons)
            QCOMPARE(v.toObject().value(QLatin1String("level")).toString(), QStringLiteral("warn"));
    }

    void monOutOfQuorum()
    {
        // node-01's: the health run reads the cluster through node-01 first, whose own ceph
        // client still answers through the two other monitors.
        const Health h =
            healthWithUnitStopped(QStringLiteral("node-01"), QStringLiteral("ceph-mon@node-01"));
        if (QTest::currentTestFailed())
            return;
        const QJsonObject ceph = h.doc.value(QLatin1String("ceph")).toObject();
        QCOMPARE(ceph.value(QLatin1String("monsInQuorum")).toInt(), 2);
        QCOMPARE(ceph.value(QLatin1String("monsTotal")).toInt(), 3);
        QCOMPARE(ceph.value(QLatin1String("osdsUp")).toInt(), 3);
        QCOMPARE(h.reasons.size(), 1);
        const QJsonObject mon = reason(h, QStringLiteral("ceph.MON_DOWN"));
        QCOMPARE(mon.value(QLatin1String("level")).toString(), QStringLiteral("warn"));
        QVERIFY2(mon.value(QLatin1String("text"))
                     .toString()
                     .contains(QStringLiteral("1/3 mons down, quorum node-02,node-03")),
                 qPrintable(describe(h)));
    }

    // Everything at once, then undone with the commands an admin would run; ok again.
    void restoredIsOkAgain()
    {
        const int n3 = nodeIndex(QStringLiteral("node-03"));
        const int id = m_osdOf.value(QStringLiteral("node-03"));
        QVERIFY(sim::SimCluster::failDisk(m_h.simDir(), QStringLiteral("node-03"),
                                          QStringLiteral("sdc")));
        QVERIFY(sim::SimCluster::stopOsd(m_h.simDir(), QStringLiteral("node-03"), id));
        QVERIFY(sim::SimCluster::stopMon(m_h.simDir(), QStringLiteral("node-02")));
        Health h = health();
        QVERIFY2(h.run.exitCode == 1 &&
                     h.doc.value(QLatin1String("overall")) == QLatin1String("warn"),
                 qPrintable(describe(h)));
        for (const char *subject :
             {"raid.md0", "ceph.OSD_DOWN", "ceph.MON_DOWN", "ceph.PG_DEGRADED"})
            QVERIFY2(!reason(h, QLatin1String(subject)).isEmpty(), qPrintable(describe(h)));

        NodeRun r = m_h.overSsh(n3, QStringLiteral("mdadm /dev/md0 --remove /dev/sdc && "
                                                   "mdadm /dev/md0 --add /dev/sdc && "
                                                   "systemctl start ceph-osd@%1")
                                        .arg(id));
        QVERIFY2(r.ok(), qPrintable(r.err));
        r = m_h.overSsh(nodeIndex(QStringLiteral("node-02")),
                        QStringLiteral("systemctl start ceph-mon@node-02"));
        QVERIFY2(r.ok(), qPrintable(r.err));
        h = health();
        QCOMPARE(h.run.exitCode, 1); // the re-added member is still being rebuilt
        QMap<QString, RaidRow> raid = allClean();
        raid[QStringLiteral("node-03")] =
            RaidRow{QStringLiteral("recovery"), 3, QStringLiteral("UU_U")};
        QStringList problems = contractProblems(h.doc, raid);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + describe(h)));
        QCOMPARE(
            h.doc.value(QLatin1String("ceph")).toObject().value(QLatin1String("health")).toString(),
            QStringLiteral("HEALTH_OK"));

        QVERIFY(sim::SimCluster::advanceClock(m_h.simDir(), 31)); // raidSyncSeconds
        h = health();
        QVERIFY2(h.run.exitCode == 0 &&
                     h.doc.value(QLatin1String("overall")) == QLatin1String("ok"),
                 qPrintable(describe(h)));
        problems = contractProblems(h.doc, allClean());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n')) + describe(h)));
        QVERIFY2(h.reasons.isEmpty(), qPrintable(describe(h)));
    }
};

// The test's own main: a missing sshd is reported by QSKIP in initTestCase and turned into
// CTest's "skipped" (exit 77), so the test never passes without having run.
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    HealthSshTest test;
    const int rc = QTest::qExec(&test, argc, argv);
    return test.sshdMissing() ? 77 : rc;
}

#include "HealthSshTest.moc"
