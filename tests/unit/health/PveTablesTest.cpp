// SPDX-License-Identifier: GPL-3.0-or-later
// pvesm status, pvecm status and pvecm nodes.
#include "HealthTestUtil.h"
#include "health/PveStorage.h"
#include "health/PvecmStatus.h"

#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

class PveTablesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pvesmSample_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("totalKiB");
        QTest::addColumn<qint64>("usedKiB");
        QTest::addColumn<qint64>("availKiB");
        QTest::addColumn<double>("percent");
        QTest::newRow("local") << 0 << QStringLiteral("local") << QStringLiteral("dir")
                               << Q_INT64_C(98497780) << Q_INT64_C(5509280) << Q_INT64_C(87938952)
                               << 5.59;
        QTest::newRow("local-lvm")
            << 1 << QStringLiteral("local-lvm") << QStringLiteral("lvmthin") << Q_INT64_C(364797952)
            << Q_INT64_C(28454240) << Q_INT64_C(336343711) << 7.80;
        QTest::newRow("qnap") << 2 << QStringLiteral("qnap") << QStringLiteral("nfs")
                              << Q_INT64_C(519107072) << Q_INT64_C(111853056)
                              << Q_INT64_C(406713344) << 21.55;
    }
    void pvesmSample()
    {
        QString error;
        const QList<PveStorage> list =
            parsePvesmStatus(formatText(QStringLiteral("pvesm-status-lvm-nfs.txt")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 3);
        QFETCH(int, row);
        const PveStorage &s = list.at(row);
        QTEST(s.name, "name");
        QTEST(s.type, "type");
        QCOMPARE(s.status, QStringLiteral("active"));
        QFETCH(qint64, totalKiB);
        QFETCH(qint64, usedKiB);
        QFETCH(qint64, availKiB);
        QCOMPARE(s.totalBytes, totalKiB * 1024);
        QCOMPARE(s.usedBytes, usedKiB * 1024);
        QCOMPARE(s.availableBytes, availKiB * 1024);
        QTEST(s.usedPercent, "percent");
    }

    void pvesmStatuses()
    {
        QString error;
        const QList<PveStorage> list =
            parsePvesmStatus(QStringLiteral("Name             Type     Status           Total      "
                                            "      Used       Available        %\n"
                                            "Stockage-HA       rbd     active      1000000000      "
                                            "  20000000       980000000    2.00%\n"
                                            "backup            nfs   inactive               0      "
                                            "         0               0    0.00%\n"
                                            "old               dir   disabled               0      "
                                            "         0               0      N/A\n"
                                            "weird             dir    pending               0      "
                                            "         0               0    0.00%\n"),
                             &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(0).status, QStringLiteral("active"));
        QCOMPARE(list.at(0).totalBytes, Q_INT64_C(1024000000000));
        QCOMPARE(list.at(1).status, QStringLiteral("inactive"));
        QCOMPARE(list.at(2).status, QStringLiteral("disabled"));
        QCOMPARE(list.at(2).usedPercent, -1.0);
        QCOMPARE(list.at(3).status, QStringLiteral("unknown"));
    }

    void pvesmHeaderOnly()
    {
        QString error = QStringLiteral("stale");
        const auto list = parsePvesmStatus(
            QStringLiteral("Name Type Status Total (KiB) Used (KiB) Available (KiB) %\n"), &error);
        QVERIFY(list.isEmpty());
        QVERIFY(error.isEmpty());
    }

    void pvesmRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString header = QStringLiteral("Name Type Status Total Used Available %\n");
        QTest::newRow("empty") << QString();
        QTest::newRow("no-header") << QStringLiteral("local dir active 1 1 1 1.00%\n");
        QTest::newRow("cut-row") << header +
                                        QStringLiteral("local dir active 98497780 5509280 879");
        QTest::newRow("cut-percent")
            << header + QStringLiteral("local dir active 98497780 5509280 87938952 5.5");
        QTest::newRow("negative") << header + QStringLiteral("local dir active -1 0 0 0.00%\n");
        QTest::newRow("huge") << header + QStringLiteral(
                                              "local dir active 99999999999999999 0 0 0.00%\n");
        QTest::newRow("stderr-mixed") << header + QStringLiteral("storage 'qnap' is not online\n");
        QTest::newRow("error") << QStringLiteral("ipcc_send_rec[1] failed: Connection refused\n");
    }
    void pvesmRefused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(parsePvesmStatus(text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void pvecmStatusSample()
    {
        const PvecmStatus s =
            parsePvecmStatus(formatText(QStringLiteral("pvecm-status-4nodes-quorate.txt")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QCOMPARE(s.clusterName, QStringLiteral("prod-central"));
        QCOMPARE(s.configVersion, 3);
        QCOMPARE(s.transport, QStringLiteral("knet"));
        QCOMPARE(s.nodes, 4);
        QVERIFY(s.quorate);
        QCOMPARE(s.expectedVotes, 4);
        QCOMPARE(s.highestExpected, 4);
        QCOMPARE(s.totalVotes, 4);
        QCOMPARE(s.quorum, 3);
        QCOMPARE(s.flags, QStringLiteral("Quorate"));
        QCOMPARE(s.members.size(), 4);
        QCOMPARE(s.members.at(0).nodeId, Q_INT64_C(1));
        QCOMPARE(s.members.at(0).name, QStringLiteral("192.168.15.91"));
        QVERIFY(!s.members.at(0).local);
        QCOMPARE(s.members.at(1).nodeId, Q_INT64_C(2));
        QVERIFY(s.members.at(1).local);
        QCOMPARE(s.members.at(3).name, QStringLiteral("192.168.15.94"));
        QCOMPARE(s.members.at(3).votes, 1);
    }

    void pvecmNotQuorate()
    {
        const PvecmStatus s = parsePvecmStatus(QStringLiteral(
            "Cluster information\n-------------------\nName:             c1\nConfig Version:   "
            "3\n\n"
            "Quorum information\n------------------\nNodes:            1\nQuorate:          No\n\n"
            "Votequorum information\n----------------------\nExpected votes:   3\nHighest "
            "expected: 3\n"
            "Total votes:      1\nQuorum:           2 Activity blocked\nFlags:            \n\n"
            "Membership information\n----------------------\n    Nodeid      Votes Name\n"
            "0x00000001          1 10.0.0.1 (local)\n"));
        QVERIFY2(s.understood, qPrintable(s.error));
        QVERIFY(!s.quorate);
        QCOMPARE(s.quorum, 2);
        QCOMPARE(s.totalVotes, 1);
        QCOMPARE(s.members.size(), 1);
        QVERIFY(s.members.at(0).local);
    }

    void pvecmQdevice()
    {
        const PvecmStatus s = parsePvecmStatus(
            QStringLiteral("Quorum information\nNodes:            2\nQuorate:          Yes\n"
                           "Votequorum information\nExpected votes:   3\nTotal votes:      "
                           "3\nQuorum:           2\n"
                           "Flags:            Quorate Qdevice\n\nMembership information\n"
                           "    Nodeid      Votes    Qdevice Name\n"
                           "0x00000001          1    A,V,NMW 10.0.0.1 (local)\n"
                           "0x00000002          1    A,V,NMW 10.0.0.2\n"
                           "0x00000000          1            Qdevice\n"));
        QVERIFY2(s.understood, qPrintable(s.error));
        QCOMPARE(s.members.size(), 2);
        QCOMPARE(s.members.at(1).name, QStringLiteral("10.0.0.2"));
    }

    void pvecmRefused_data()
    {
        QTest::addColumn<QString>("text");
        const QString full = formatText(QStringLiteral("pvecm-status-4nodes-quorate.txt"));
        QTest::newRow("empty") << QString();
        QTest::newRow("not-in-cluster") << QStringLiteral(
            "Error: Corosync config '/etc/pve/corosync.conf' does not exist - is this node part "
            "of a cluster?\n");
        QTest::newRow("members-cut") << full.left(full.indexOf(QStringLiteral("0x00000003")));
        QTest::newRow("no-membership") << full.left(full.indexOf(QStringLiteral("Membership")));
        QTest::newRow("bad-row") << full.left(full.indexOf(QStringLiteral("0x00000004"))) +
                                        QStringLiteral("garbage\n");
        QTest::newRow("quorate-maybe") << QString(full).replace(
            QStringLiteral("Quorate:          Yes"), QStringLiteral("Quorate:          Maybe"));
    }
    void pvecmRefused()
    {
        QFETCH(QString, text);
        const PvecmStatus s = parsePvecmStatus(text);
        QVERIFY(!s.understood);
        QVERIFY(!s.quorate);
        QVERIFY(!s.error.isEmpty());
    }

    void pvecmNodes()
    {
        QString error;
        const QList<PvecmMember> members =
            parsePvecmNodes(formatText(QStringLiteral("pvecm-nodes.txt")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(members.size(), 4);
        QCOMPARE(members.at(0).name, QStringLiteral("hp1"));
        QCOMPARE(members.at(0).nodeId, Q_INT64_C(1));
        QCOMPARE(members.at(1).name, QStringLiteral("hp2"));
        QVERIFY(members.at(1).local);
        QCOMPARE(members.at(3).name, QStringLiteral("hp4"));
        QCOMPARE(members.at(3).votes, 1);
    }

    void pvecmNodesRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no-title") << QStringLiteral("1 1 hp1\n");
        QTest::newRow("garbage-row")
            << QStringLiteral("Membership information\n    Nodeid      Votes Name\nxx yy\n");
    }
    void pvecmNodesRefused()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(parsePvecmNodes(text, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PveTablesTest)
#include "PveTablesTest.moc"
