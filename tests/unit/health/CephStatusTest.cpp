// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CephStatus.h"
#include "HealthTestUtil.h"
#include "health/CephOsdTree.h"

#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

class CephStatusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reefHealthOk()
    {
        const CephStatus s =
            parseCephStatusJson(formatBytes(QStringLiteral("ceph-s-reef18-pve-healthok.json")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QVERIFY(s.isOk());
        QCOMPARE(s.health, QStringLiteral("HEALTH_OK"));
        QVERIFY(s.checks.isEmpty());
        QCOMPARE(s.monsTotal, 4);
        QCOMPARE(s.monsInQuorum, 4);
        QCOMPARE(s.quorumNames,
                 QStringList({QStringLiteral("pve-fra-001"), QStringLiteral("pve-fra-002"),
                              QStringLiteral("pve-fra-003"), QStringLiteral("pve-fra-004")}));
        QVERIFY(s.monNames.isEmpty());
        QCOMPARE(s.osdsTotal, 16);
        QCOMPARE(s.osdsUp, 16);
        QCOMPARE(s.osdsIn, 16);
        QCOMPARE(s.pgsTotal, 129);
        QCOMPARE(s.pgsByState.size(), 1);
        QCOMPARE(s.pgsByState.value(QStringLiteral("active+clean")), Q_INT64_C(129));
        QCOMPARE(s.bytesTotal, Q_INT64_C(122903710400512));
        QCOMPARE(s.bytesUsed, Q_INT64_C(34639450083328));
        QCOMPARE(s.bytesAvail, Q_INT64_C(88264260317184));
        QVERIFY(!s.legacyLayout);
        QVERIFY(s.monsOutOfQuorum().isEmpty());
    }

    void luminousOldLayout()
    {
        const CephStatus s = parseCephStatusJson(
            formatBytes(QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QVERIFY(!s.isOk());
        QVERIFY(s.legacyLayout);
        QCOMPARE(s.health, QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s.checks.size(), 4);
        QCOMPARE(s.checks.at(0).id, QStringLiteral("OSD_DOWN"));
        QCOMPARE(s.checks.at(0).severity, QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s.checks.at(0).message, QStringLiteral("1 osds down"));
        QCOMPARE(s.checks.at(1).id, QStringLiteral("OSD_HOST_DOWN"));
        QCOMPARE(s.checks.at(1).message, QStringLiteral("1 host (1 osds) down"));
        QCOMPARE(s.checks.at(2).id, QStringLiteral("PG_AVAILABILITY"));
        QCOMPARE(s.checks.at(2).message,
                 QStringLiteral("Reduced data availability: 101 pgs stale"));
        QCOMPARE(s.checks.at(3).id, QStringLiteral("POOL_APP_NOT_ENABLED"));
        QCOMPARE(s.monsTotal, 3);
        QCOMPARE(s.monsInQuorum, 3);
        QCOMPARE(s.monNames,
                 QStringList({QStringLiteral("rook-ceph-mon0"), QStringLiteral("rook-ceph-mon2"),
                              QStringLiteral("rook-ceph-mon1")}));
        QCOMPARE(s.osdsTotal, 2);
        QCOMPARE(s.osdsUp, 1);
        QCOMPARE(s.osdsIn, 2);
        QCOMPARE(s.pgsTotal, 200);
        QCOMPARE(s.pgsByState.value(QStringLiteral("stale+active+clean")), Q_INT64_C(101));
        QCOMPARE(s.pgsByState.value(QStringLiteral("active+clean")), Q_INT64_C(99));
        QCOMPARE(s.bytesTotal, Q_INT64_C(33436786688));
        QCOMPARE(s.bytesUsed, Q_INT64_C(13611479040));
        QCOMPARE(s.bytesAvail, Q_INT64_C(19825307648));
    }

    void plainAfterFirstMon()
    {
        const CephStatus s = parseCephStatusPlain(
            formatText(QStringLiteral("ceph-s-plain-healthwarn-osdcount0-after-first-mon.txt")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QVERIFY(s.approximateBytes);
        QCOMPARE(s.health, QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s.checks.size(), 1);
        QCOMPARE(s.checks.at(0).message, QStringLiteral("OSD count 0 < osd_pool_default_size 3"));
        QCOMPARE(s.checks.at(0).severity, QStringLiteral("HEALTH_WARN"));
        QCOMPARE(s.monsTotal, 1);
        QCOMPARE(s.monsInQuorum, 1);
        QCOMPARE(s.quorumNames, QStringList{QStringLiteral("pve31")});
        QCOMPARE(s.osdsTotal, 0);
        QCOMPARE(s.pgsTotal, 0);
        QVERIFY(s.pgsByState.isEmpty());
        QCOMPARE(s.bytesTotal, Q_INT64_C(0));
    }

    void plainVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("health");
        QTest::addColumn<int>("mons");
        QTest::addColumn<int>("inQuorum");
        QTest::addColumn<int>("osdsUp");
        QTest::addColumn<int>("pgs");
        QTest::addColumn<qint64>("cleanPgs");
        QTest::addColumn<qint64>("bytesTotal");

        QTest::newRow("reef-3-nodes-ok")
            << QStringLiteral(
                   "  cluster:\n    id:     3e11fc83\n    health: HEALTH_OK\n \n  services:\n"
                   "    mon: 3 daemons, quorum pve1,pve2,pve3 (age 2h)\n"
                   "    mgr: pve1(active, since 2h), standbys: pve2, pve3\n"
                   "    osd: 3 osds: 3 up (since 2h), 3 in (since 2h)\n \n  data:\n"
                   "    pools:   2 pools, 33 pgs\n    objects: 1.23k objects, 4.5 GiB\n"
                   "    usage:   13 GiB used, 167 GiB / 180 GiB avail\n"
                   "    pgs:     33 active+clean\n \n")
            << QStringLiteral("HEALTH_OK") << 3 << 3 << 3 << 33 << qint64(33)
            << qint64(180) * 1024 * 1024 * 1024;
        QTest::newRow("mon-out-of-quorum")
            << QStringLiteral("  cluster:\n    id:     x\n    health: HEALTH_WARN\n"
                              "            1/3 mons down, quorum pve1,pve2\n \n  services:\n"
                              "    mon: 3 daemons, quorum pve1,pve2 (age 5m), out of quorum: pve3\n"
                              "    osd: 3 osds: 2 up (since 5m), 3 in (since 2h)\n \n  data:\n"
                              "    pools:   2 pools, 33 pgs\n"
                              "    usage:   3.17GiB used, 26.8GiB / 30GiB avail\n"
                              "    pgs:     12.121% pgs not active\n"
                              "             29 active+clean\n             4  peering\n")
            << QStringLiteral("HEALTH_WARN") << 3 << 2 << 2 << 33 << qint64(29)
            << qint64(30) * 1024 * 1024 * 1024;
    }
    void plainVariants()
    {
        QFETCH(QString, text);
        const CephStatus s = parseCephStatusPlain(text);
        QVERIFY2(s.understood, qPrintable(s.error));
        QTEST(s.health, "health");
        QTEST(s.monsTotal, "mons");
        QTEST(s.monsInQuorum, "inQuorum");
        QTEST(s.osdsUp, "osdsUp");
        QTEST(s.pgsTotal, "pgs");
        QTEST(s.pgsByState.value(QStringLiteral("active+clean")), "cleanPgs");
        QTEST(s.bytesTotal, "bytesTotal");
    }

    void plainOutOfQuorumNames()
    {
        const CephStatus s = parseCephStatusPlain(
            QStringLiteral("  cluster:\n    health: HEALTH_WARN\n  services:\n"
                           "    mon: 3 daemons, quorum a,b (age 5m), out of quorum: c\n"
                           "    osd: 0 osds: 0 up, 0 in\n  data:\n    pools:   0 pools, 0 pgs\n"));
        QVERIFY(s.understood);
        QCOMPARE(s.monsOutOfQuorum(), QStringList{QStringLiteral("c")});
    }

    void jsonVariants_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<QString>("health");
        QTest::addColumn<int>("checks");

        const QByteArray maps =
            R"("monmap":{"num_mons":3},"quorum_names":["a","b","c"],)"
            R"("osdmap":{"num_osds":3,"num_up_osds":3,"num_in_osds":3},)"
            R"("pgmap":{"num_pgs":1,"pgs_by_state":[{"state_name":"active+clean","count":1}]})";
        QTest::newRow("octopus-minimal")
            << QByteArray(R"({"health":{"status":"HEALTH_OK","checks":{}},)" + maps + "}") << true
            << QStringLiteral("HEALTH_OK") << 0;
        QTest::newRow("overall-status-only")
            << QByteArray(
                   R"({"health":{"overall_status":"HEALTH_WARN","summary":[{"severity":"HEALTH_WARN","summary":"clock skew detected on mon.b"}]},)" +
                   maps + "}")
            << true << QStringLiteral("HEALTH_WARN") << 1;
        QTest::newRow("muted-check")
            << QByteArray(
                   R"({"health":{"status":"HEALTH_OK","checks":{"RECENT_CRASH":{"severity":"HEALTH_WARN","summary":{"message":"1 daemons have recently crashed"},"muted":true}}},)" +
                   maps + "}")
            << true << QStringLiteral("HEALTH_OK") << 1;
        QTest::newRow("no-pgs-by-state")
            << QByteArray(
                   R"({"health":{"status":"HEALTH_OK"},"monmap":{"num_mons":1},"quorum":[0],)"
                   R"("osdmap":{"num_osds":0,"num_up_osds":0,"num_in_osds":0},"pgmap":{"num_pgs":0}})")
            << true << QStringLiteral("HEALTH_OK") << 0;
        QTest::newRow("unknown-health")
            << QByteArray(R"({"health":{"status":"HEALTH_GOOD"},)" + maps + "}") << false
            << QString() << 0;
        QTest::newRow("health-is-string")
            << QByteArray(R"({"health":"HEALTH_OK",)" + maps + "}") << false << QString() << 0;
        QTest::newRow("status-is-number")
            << QByteArray(R"({"health":{"status":0},)" + maps + "}") << false << QString() << 0;
        QTest::newRow("checks-array")
            << QByteArray(R"({"health":{"status":"HEALTH_WARN","checks":[]},)" + maps + "}")
            << false << QString() << 0;
        QTest::newRow("check-without-message")
            << QByteArray(
                   R"({"health":{"status":"HEALTH_WARN","checks":{"X":{"severity":"HEALTH_WARN"}}},)" +
                   maps + "}")
            << false << QString() << 0;
        const QByteArray head =
            R"({"health":{"status":"HEALTH_OK"},"monmap":{"num_mons":3},"quorum_names":["a","b","c"],)";
        QTest::newRow("osds-as-strings")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":"3","num_up_osds":"3","num_in_osds":"3"},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("osds-huge")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":1e300,"num_up_osds":3,"num_in_osds":3},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("osds-negative")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":-3,"num_up_osds":3,"num_in_osds":3},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("osds-fraction")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":3.5,"num_up_osds":3,"num_in_osds":3},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("more-up-than-total")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":1,"num_up_osds":3,"num_in_osds":1},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("no-pgmap")
            << QByteArray(head + R"("osdmap":{"num_osds":1,"num_up_osds":1,"num_in_osds":1}})")
            << false << QString() << 0;
        QTest::newRow("pgs-by-state-object")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":1,"num_up_osds":1,"num_in_osds":1},"pgmap":{"num_pgs":1,"pgs_by_state":{}}})")
            << false << QString() << 0;
        QTest::newRow("bytes-string")
            << QByteArray(
                   head +
                   R"("osdmap":{"num_osds":1,"num_up_osds":1,"num_in_osds":1},"pgmap":{"num_pgs":1,"bytes_total":"1"}})")
            << false << QString() << 0;
        QTest::newRow("quorum-names-numbers")
            << QByteArray(
                   R"({"health":{"status":"HEALTH_OK"},"monmap":{"num_mons":3},"quorum_names":[1,2],)"
                   R"("osdmap":{"num_osds":1,"num_up_osds":1,"num_in_osds":1},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("more-quorum-than-mons")
            << QByteArray(
                   R"({"health":{"status":"HEALTH_OK"},"monmap":{"num_mons":1},"quorum_names":["a","b"],)"
                   R"("osdmap":{"num_osds":1,"num_up_osds":1,"num_in_osds":1},"pgmap":{"num_pgs":1}})")
            << false << QString() << 0;
        QTest::newRow("empty") << QByteArray() << false << QString() << 0;
        QTest::newRow("null") << QByteArray("null") << false << QString() << 0;
        QTest::newRow("array") << QByteArray("[]") << false << QString() << 0;
        QTest::newRow("empty-object") << QByteArray("{}") << false << QString() << 0;
        QTest::newRow("error-text")
            << QByteArray(
                   "Error initializing cluster client: ObjectNotFound('RADOS object not found')")
            << false << QString() << 0;
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01\"health\"", 10) << false
                                << QString() << 0;
    }
    void jsonVariants()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, understood);
        const CephStatus s = parseCephStatusJson(json);
        QCOMPARE(s.understood, understood);
        if (!understood) {
            QVERIFY(!s.error.isEmpty());
            QVERIFY(!s.isOk());
            QCOMPARE(s.osdsTotal, 0);
            return;
        }
        QTEST(s.health, "health");
        QTEST(int(s.checks.size()), "checks");
    }

    void osdTreeSample()
    {
        const CephOsdTree tree =
            parseCephOsdTree(formatText(QStringLiteral("ceph-osd-tree-pve-3nodes-9osds.txt")));
        QVERIFY2(tree.understood, qPrintable(tree.error));
        QCOMPARE(tree.hosts, QStringList({QStringLiteral("pve31"), QStringLiteral("pve32"),
                                          QStringLiteral("pve33")}));
        QCOMPARE(tree.osds.size(), 9);
        QCOMPARE(tree.osds.at(3).id, 3);
        QCOMPARE(tree.osds.at(3).host, QStringLiteral("pve32"));
        QCOMPARE(tree.osds.at(4).id, 5);
        QCOMPARE(tree.osds.at(8).id, 8);
        QCOMPARE(tree.osds.at(8).host, QStringLiteral("pve33"));
        QCOMPARE(tree.osds.at(0).deviceClass, QStringLiteral("hdd"));
        QCOMPARE(tree.osds.at(0).weight, 0.01949);
        QCOMPARE(tree.osds.at(0).reweight, 1.0);
        for (const CephOsd &osd : tree.osds)
            QVERIFY(osd.isUp());
    }

    void osdTreeRows_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<QString>("status");
        QTest::newRow("down")
            << QStringLiteral(" 5    hdd  0.01949          osd.5     down         0  1.00000")
            << true << QStringLiteral("down");
        QTest::newRow("no-class") << QStringLiteral(" 5  0.01949  osd.5  up  1.00000  1.00000")
                                  << true << QStringLiteral("up");
        QTest::newRow("destroyed") << QStringLiteral(" 5  hdd  0  osd.5  destroyed  0  1.00000")
                                   << true << QStringLiteral("destroyed");
        QTest::newRow("id-mismatch")
            << QStringLiteral(" 4  hdd  0.01949  osd.5  up  1.00000  1.00000") << false
            << QString();
        QTest::newRow("cut") << QStringLiteral(" 5  hdd  0.01949  osd.5  up  1.000") << false
                             << QString();
    }
    void osdTreeRows()
    {
        QFETCH(QString, row);
        QFETCH(bool, understood);
        const CephOsdTree tree = parseCephOsdTree(
            QStringLiteral(
                "ID  CLASS  WEIGHT   TYPE NAME       STATUS  REWEIGHT  PRI-AFF\n"
                "-1         0.17537  root default\n-7         0.05846      host pve32\n") +
            row + QLatin1Char('\n'));
        QCOMPARE(tree.understood, understood);
        if (!understood) {
            QVERIFY(tree.osds.isEmpty());
            return;
        }
        QCOMPARE(tree.osds.size(), 1);
        QCOMPARE(tree.osds.at(0).id, 5);
        QCOMPARE(tree.osds.at(0).host, QStringLiteral("pve32"));
        QTEST(tree.osds.at(0).status, "status");
    }

    void osdTreeRefused()
    {
        QVERIFY(!parseCephOsdTree(QString()).understood);
        QVERIFY(!parseCephOsdTree(QStringLiteral("Error EACCES: access denied\n")).understood);
        const QString full = formatText(QStringLiteral("ceph-osd-tree-pve-3nodes-9osds.txt"));
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const CephOsdTree tree = parseCephOsdTree(full.left(cut));
            if (cut < 20)
                QVERIFY(!tree.understood);
            QVERIFY(tree.osds.size() <= 9);
        }
    }

    void plainRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank-lines") << QStringLiteral(" \n \n");
        QTest::newRow("timeout") << QStringLiteral(
            "[errno 110] RADOS timed out (error connecting to the cluster)\n");
        QTest::newRow("health-only") << QStringLiteral("  cluster:\n    health: HEALTH_OK\n");
        QTest::newRow("unknown-health") << QStringLiteral(
            "  cluster:\n    health: HEALTH_FINE\n  services:\n    mon: 1 daemons, quorum a\n"
            "    osd: 0 osds: 0 up, 0 in\n  data:\n    pools:   0 pools, 0 pgs\n");
    }
    void plainRefused()
    {
        QFETCH(QString, text);
        const CephStatus s = parseCephStatusPlain(text);
        QVERIFY(!s.understood);
        QVERIFY(!s.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CephStatusTest)
#include "CephStatusTest.moc"
