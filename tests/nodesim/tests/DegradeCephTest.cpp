// SPDX-License-Identifier: GPL-3.0-or-later
// Ceph daemons stopped on a deployed cluster (systemctl stop ceph-osd@N / ceph-mon@NODE, and
// the stopOsd/stopMon knobs): ceph -s (JSON and plain), ceph health, ceph osd tree as Reef
// words them (PGs undersized with size 3 / min_size 2 on three hosts, objects degraded, an OSD
// out after 600 s), read by the product's parsers and health evaluator.
#include "HealthProbe.h"
#include "health/CephOsdTree.h"
#include "health/CephStatus.h"

using namespace simtest;
using namespace pveha;

class DegradeCephTest : public QObject
{
    Q_OBJECT
    Harness *m_h = nullptr;
    const QString n1 = QStringLiteral("node-01");
    const QString n2 = QStringLiteral("node-02");
    const QString n3 = QStringLiteral("node-03");
    QMap<QString, int> m_osdOf; ///< node -> its OSD's id

    QJsonObject statusJson(const QString &node) const
    {
        return json(m_h->must(node, QStringLiteral("ceph -s --format json"))).object();
    }
    CephStatus status(const QString &node = QStringLiteral("node-01")) const
    {
        return parseCephStatusJson(
            m_h->must(node, QStringLiteral("ceph -s --format json")).toUtf8());
    }
    /// The value at a slash-separated path, "health/checks/OSD_DOWN/summary/count".
    static QJsonValue at(const QJsonObject &o, const QString &path)
    {
        QJsonValue v = o;
        for (const QString &key : path.split(QLatin1Char('/')))
            v = v.toObject().value(key);
        return v;
    }
    static QStringList checkIds(const CephStatus &s)
    {
        QStringList ids;
        for (const CephHealthCheck &c : s.checks)
            ids << c.id;
        return ids;
    }
    static QString message(const CephStatus &s, const QString &id)
    {
        for (const CephHealthCheck &c : s.checks)
            if (c.id == id)
                return c.message;
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = new Harness;
        QVERIFY2(m_h->ok(), qPrintable(m_h->error()));
        QVERIFY(m_h->deployAll(8));
        QVERIFY(SimCluster::advanceClock(m_h->dir(), 60));
        const CephOsdTree tree = parseCephOsdTree(m_h->must(n1, QStringLiteral("ceph osd tree")));
        QVERIFY2(tree.understood, qPrintable(tree.error));
        for (const CephOsd &o : tree.osds)
            m_osdOf.insert(o.host, o.id);
        QCOMPARE(m_osdOf.keys(), clusterNodes());
    }
    void cleanupTestCase() { delete m_h; }
    void cleanup()
    {
        for (const QString &node : clusterNodes()) {
            QVERIFY(SimCluster::startOsd(m_h->dir(), node, m_osdOf.value(node)));
            QVERIFY(SimCluster::startMon(m_h->dir(), node));
        }
        QCOMPARE(m_h->must(n1, QStringLiteral("ceph health")), QStringLiteral("HEALTH_OK\n"));
    }

    void osdStoppedWithSystemctl()
    {
        const QString unit = QStringLiteral("ceph-osd@%1").arg(m_osdOf.value(n2));
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl stop ") + unit).rc, 0);
        const Run active = m_h->sh(n2, QStringLiteral("systemctl is-active ") + unit);
        QCOMPARE(active.rc, 3);
        QCOMPARE(active.out, QStringLiteral("inactive\n"));

        const CephStatus s = status();
        QVERIFY2(s.understood, qPrintable(s.error));
        QCOMPARE(s.health, QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s.osdsTotal, 3);
        QCOMPARE(s.osdsUp, 2);
        QCOMPARE(s.osdsIn, 3);
        QCOMPARE(checkIds(s),
                 QStringList({QStringLiteral("OSD_DOWN"), QStringLiteral("OSD_HOST_DOWN"),
                              QStringLiteral("PG_DEGRADED")}));
        QCOMPARE(message(s, QStringLiteral("OSD_DOWN")), QStringLiteral("1 osds down"));
        QCOMPARE(message(s, QStringLiteral("OSD_HOST_DOWN")),
                 QStringLiteral("1 host (1 osds) down"));
        // At once only the PG holding objects counts; "undersized" waits for the stuck threshold.
        QCOMPARE(message(s, QStringLiteral("PG_DEGRADED")),
                 QStringLiteral(
                     "Degraded data redundancy: 2/6 objects degraded (33.333%), 1 pg degraded"));
        QCOMPARE(s.pgsTotal, 33);
        QCOMPARE(s.pgsByState,
                 (QMap<QString, qint64>{{QStringLiteral("active+undersized"), 32},
                                        {QStringLiteral("active+undersized+degraded"), 1}}));
        // Reef's layout: the summary carries a count; pgmap the recovery summary.
        const QJsonObject raw = statusJson(n1);
        const QJsonObject pgmap = raw.value(QLatin1String("pgmap")).toObject();
        QCOMPARE(pgmap.value(QLatin1String("degraded_objects")).toInt(), 2);
        QCOMPARE(pgmap.value(QLatin1String("degraded_total")).toInt(), 6);
        QVERIFY(qAbs(pgmap.value(QLatin1String("degraded_ratio")).toDouble() - 1.0 / 3) < 1e-9);
        QCOMPARE(at(raw, QStringLiteral("pgmap/pgs_by_state"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("state_name"))
                     .toString(),
                 QStringLiteral("active+undersized")); // the largest count first
        QCOMPARE(at(raw, QStringLiteral("health/checks/OSD_DOWN/summary/count")).toInt(), 1);

        const QString plain = m_h->must(n3, QStringLiteral("ceph -s"));
        QVERIFY2(
            plain.contains(QStringLiteral(
                "    health: HEALTH_WARN\n            1 osds down\n            1 host (1 osds) "
                "down\n            Degraded data redundancy: 2/6 objects degraded (33.333%), 1 "
                "pg degraded\n \n")),
            qPrintable(plain));
        QVERIFY2(plain.contains(QRegularExpression(QStringLiteral(
                     "\n    osd: 3 osds: 2 up \\(since \\d+s\\), 3 in \\(since \\d+s\\)\n"))),
                 qPrintable(plain));
        QVERIFY2(plain.endsWith(QStringLiteral("    pgs:     2/6 objects degraded (33.333%)\n"
                                               "             32 active+undersized\n"
                                               "             1  active+undersized+degraded\n \n")),
                 qPrintable(plain));
        const CephStatus fromPlain = parseCephStatusPlain(plain);
        QVERIFY2(fromPlain.understood, qPrintable(fromPlain.error));
        QCOMPARE(fromPlain.osdsUp, 2);
        QCOMPARE(fromPlain.pgsByState, s.pgsByState);

        QCOMPARE(m_h->must(n1, QStringLiteral("ceph health")),
                 QStringLiteral("HEALTH_WARN 1 osds down; 1 host (1 osds) down; Degraded data "
                                "redundancy: 2/6 objects degraded (33.333%), 1 pg degraded\n"));
        const QJsonObject health =
            json(m_h->must(n1, QStringLiteral("ceph health --format json"))).object();
        QCOMPARE(health.value(QLatin1String("checks")).toObject().keys(), checkIds(s));

        const QString treeText = m_h->must(n1, QStringLiteral("ceph osd tree"));
        QVERIFY2(
            treeText.contains(QRegularExpression(
                QStringLiteral("\n %1    hdd  \\d+\\.\\d{5}          osd\\.%1 +down   1\\.00000  "
                               "1\\.00000\n")
                    .arg(m_osdOf.value(n2)))),
            qPrintable(treeText));
        const CephOsdTree tree = parseCephOsdTree(treeText);
        QVERIFY(tree.understood);
        for (const CephOsd &o : tree.osds)
            QCOMPARE(o.isUp(), o.host != n2);

        const HealthSnapshot snap = healthOf(*m_h);
        QVERIFY2(snap.overall() == HealthLevel::Warn, qPrintable(describe(snap)));
        const HealthReason *down = reason(snap, QStringLiteral("ceph.OSD_DOWN"));
        QVERIFY2(down && down->text.contains(QStringLiteral("1 osds down")),
                 qPrintable(describe(snap)));
        QVERIFY2(down->hint.contains(n2) && down->hint.contains(unit), qPrintable(down->hint));
        QVERIFY2(reason(snap, QStringLiteral("ceph.PG_DEGRADED")), qPrintable(describe(snap)));
        QVERIFY2(!reason(snap, QStringLiteral("ceph.osds.down")), qPrintable(describe(snap)));
    }

    void undersizedAfterAMinuteOutAfterTen()
    {
        const int id = m_osdOf.value(n2);
        QVERIFY(SimCluster::stopOsd(m_h->dir(), n2, id));
        QVERIFY(SimCluster::advanceClock(m_h->dir(), 61)); // mon_pg_stuck_threshold
        CephStatus s = status();
        QCOMPARE(message(s, QStringLiteral("PG_DEGRADED")),
                 QStringLiteral("Degraded data redundancy: 2/6 objects degraded (33.333%), 1 pg "
                                "degraded, 33 pgs undersized"));
        QCOMPARE(
            at(statusJson(n1), QStringLiteral("health/checks/PG_DEGRADED/summary/count")).toInt(),
            34);

        QVERIFY(SimCluster::advanceClock(m_h->dir(), 540)); // mon_osd_down_out_interval
        s = status();
        QCOMPARE(s.osdsUp, 2);
        QCOMPARE(s.osdsIn, 2);
        QCOMPARE(checkIds(s), QStringList{QStringLiteral("PG_DEGRADED")}); // out: no more "down"
        QVERIFY(m_h->must(n1, QStringLiteral("ceph osd tree"))
                    .contains(QRegularExpression(
                        QStringLiteral("osd\\.%1 +down +0  1\\.00000\n").arg(id))));
        const HealthSnapshot snap = healthOf(*m_h);
        QVERIFY2(reason(snap, QStringLiteral("ceph.osds.out")) &&
                     reason(snap, QStringLiteral("ceph.osds.down")),
                 qPrintable(describe(snap)));

        // Booted again, it is marked in again.
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl start ceph-osd@%1").arg(id)).rc, 0);
        s = status();
        QCOMPARE(s.health, QStringLiteral("HEALTH_OK"));
        QCOMPARE(s.osdsIn, 3);
        QVERIFY(m_h->must(n1, QStringLiteral("ceph -s"))
                    .contains(QRegularExpression(
                        QStringLiteral("3 up \\(since \\d+s\\), 3 in \\(since \\d+s\\)"))));
    }

    void knobsAndForeignUnits()
    {
        const int id = m_osdOf.value(n2);
        QVERIFY(!SimCluster::stopOsd(m_h->dir(), n1, id)); // not node-01's
        QVERIFY(!SimCluster::stopMon(m_h->dir(), QStringLiteral("node-09")));
        QString err;
        QCOMPARE(
            nodesimProgram({QStringLiteral("--stop-osd"), m_h->dir(), n2, QString::number(id)}), 0);
        QCOMPARE(status().osdsUp, 2);
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl is-active ceph-osd@%1").arg(id)).rc, 3);
        QCOMPARE(
            nodesimProgram({QStringLiteral("--start-osd"), m_h->dir(), n2, QString::number(id)}),
            0);
        QCOMPARE(status().osdsUp, 3);
        QCOMPARE(nodesimProgram({QStringLiteral("--stop-osd"), m_h->dir(), n1, QString::number(id)},
                                &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("--stop-osd refused")), qPrintable(err));
        QCOMPARE(nodesimProgram({QStringLiteral("--stop-mon"), m_h->dir(), n3}), 0);
        QCOMPARE(status().monsInQuorum, 2);
        QCOMPARE(nodesimProgram({QStringLiteral("--start-mon"), m_h->dir(), n3}), 0);
        QCOMPARE(status().monsInQuorum, 3);

        // A daemon this node does not host: stopping it changes nothing, starting it fails.
        const QString foreign = QStringLiteral("ceph-osd@%1").arg(m_osdOf.value(n1));
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl stop ") + foreign).rc, 0);
        QCOMPARE(status().osdsUp, 3);
        const Run start = m_h->sh(n2, QStringLiteral("systemctl start ") + foreign);
        QCOMPARE(start.rc, 1);
        QCOMPARE(start.err, QStringLiteral("Job for %1.service failed because the control process "
                                           "exited with error code.\nSee \"systemctl status "
                                           "%1.service\" and \"journalctl -xeu %1.service\" for "
                                           "details.\n")
                                .arg(foreign));
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl stop ceph-mon@node-01")).rc, 0);
        QCOMPARE(status().monsInQuorum, 3);
    }

    void monStopped()
    {
        QCOMPARE(m_h->sh(n3, QStringLiteral("systemctl stop ceph-mon@node-03")).rc, 0);
        // Its own node still reaches the cluster through the other monitors.
        const CephStatus s = status(n3);
        QVERIFY2(s.understood, qPrintable(s.error));
        QCOMPARE(s.quorumNames, QStringList({n1, n2}));
        QCOMPARE(s.monsInQuorum, 2);
        QCOMPARE(s.monsTotal, 3);
        QCOMPARE(checkIds(s), QStringList{QStringLiteral("MON_DOWN")});
        QCOMPARE(message(s, QStringLiteral("MON_DOWN")),
                 QStringLiteral("1/3 mons down, quorum node-01,node-02"));
        QCOMPARE(at(statusJson(n3), QStringLiteral("election_epoch")).toInt() % 2,
                 0); // even: a quorum is formed
        const QString plain = m_h->must(n3, QStringLiteral("ceph -s"));
        QVERIFY2(plain.contains(QRegularExpression(QStringLiteral(
                     "\n    mon: 3 daemons, quorum node-01,node-02 \\(age \\d+s\\), out of quorum: "
                     "node-03\n"))),
                 qPrintable(plain));
        const CephStatus fromPlain = parseCephStatusPlain(plain);
        QVERIFY2(fromPlain.understood, qPrintable(fromPlain.error));
        QCOMPARE(fromPlain.monsOutOfQuorum(), QStringList{n3});
        QCOMPARE(m_h->must(n1, QStringLiteral("ceph health")),
                 QStringLiteral("HEALTH_WARN 1/3 mons down, quorum node-01,node-02\n"));
        QCOMPARE(m_h->sh(n3, QStringLiteral("systemctl is-active ceph-mon@node-03")).rc, 3);

        HealthSnapshot snap = healthOf(*m_h);
        QVERIFY2(snap.overall() == HealthLevel::Warn, qPrintable(describe(snap)));
        const HealthReason *mon = reason(snap, QStringLiteral("ceph.MON_DOWN"));
        QVERIFY2(mon && mon->text.contains(QStringLiteral("1/3 mons down, quorum node-01,node-02")),
                 qPrintable(describe(snap)));
        QVERIFY2(!reason(snap, QStringLiteral("ceph.mons")), qPrintable(describe(snap)));

        // A second monitor gone: no quorum, every ceph client times out.
        QVERIFY(SimCluster::stopMon(m_h->dir(), n2));
        const Run lost = m_h->sh(n1, QStringLiteral("ceph -s --format json"));
        QCOMPARE(lost.rc, 1);
        QVERIFY(lost.err.contains(QStringLiteral("RADOS timed out")));
        snap = healthOf(*m_h);
        QVERIFY2(snap.overall() == HealthLevel::Error &&
                     reason(snap, QStringLiteral("ceph.unreadable")),
                 qPrintable(describe(snap)));
        QCOMPARE(m_h->sh(n2, QStringLiteral("systemctl start ceph-mon@node-02")).rc, 0);
        QCOMPARE(status().monsInQuorum, 2);
    }
};

QTEST_GUILESS_MAIN(DegradeCephTest)
#include "DegradeCephTest.moc"
