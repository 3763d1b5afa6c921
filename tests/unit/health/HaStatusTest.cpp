// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HaStatus.h"
#include "HealthTestUtil.h"

#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

class HaStatusTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void docsSample()
    {
        const HaStatus s =
            parseHaManagerStatus(formatText(QStringLiteral("ha-manager-status-docs-2.txt")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QVERIFY(s.quorate);
        QVERIFY(s.hasMaster);
        QCOMPARE(s.masterNode, QStringLiteral("elsa"));
        QCOMPARE(s.masterStatus, QStringLiteral("active"));
        QCOMPARE(s.masterTimestamp, QStringLiteral("Mon Nov 21 07:23:29 2016"));
        QVERIFY(!s.masterDead());
        QCOMPARE(s.lrms.size(), 1);
        QCOMPARE(s.lrms.at(0).node, QStringLiteral("elsa"));
        QCOMPARE(s.lrms.at(0).status, QStringLiteral("active"));
        QCOMPARE(s.lrms.at(0).timestamp, QStringLiteral("Mon Nov 21 07:23:22 2016"));
        QCOMPARE(s.services.size(), 3);
        QCOMPARE(s.services.at(0).sid, QStringLiteral("ct:100"));
        QCOMPARE(s.services.at(0).node, QStringLiteral("elsa"));
        QCOMPARE(s.services.at(0).state, QStringLiteral("stopped"));
        QCOMPARE(s.services.at(1).sid, QStringLiteral("ct:102"));
        QCOMPARE(s.services.at(1).state, QStringLiteral("started"));
        QCOMPARE(s.services.at(2).sid, QStringLiteral("vm:501"));
        QCOMPARE(s.services.at(2).state, QStringLiteral("started"));
    }

    void derivedPve8()
    {
        const HaStatus s = parseHaManagerStatus(
            formatText(QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt")));
        QVERIFY2(s.understood, qPrintable(s.error));
        QCOMPARE(s.masterNode, QStringLiteral("pve1"));
        QCOMPARE(s.masterTimestamp, QStringLiteral("Tue Mar  4 10:15:02 2025"));
        QCOMPARE(s.lrms.size(), 3);
        QCOMPARE(s.lrms.at(2).node, QStringLiteral("pve3"));
        QCOMPARE(s.lrms.at(2).status, QStringLiteral("idle"));
        QCOMPARE(s.services.size(), 3);
        QCOMPARE(s.services.at(0).sid, QStringLiteral("ct:200"));
        QCOMPARE(s.services.at(0).node, QStringLiteral("pve2"));
        QCOMPARE(s.services.at(1).sid, QStringLiteral("vm:100"));
        QCOMPARE(s.services.at(1).node, QStringLiteral("pve1"));
        QCOMPARE(s.services.at(1).state, QStringLiteral("started"));
        QCOMPARE(s.services.at(2).sid, QStringLiteral("vm:101"));
    }

    void lines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quorate");
        QTest::addColumn<QString>("masterStatus");
        QTest::addColumn<QString>("lrmStatus");
        QTest::addColumn<bool>("lrmDead");
        QTest::addColumn<QString>("serviceNode");
        QTest::addColumn<QString>("serviceState");

        const QString q = QStringLiteral("quorum OK\n");
        QTest::newRow("lrm-dead")
            << q + QStringLiteral("master pve1 (active, Tue Mar  4 10:15:02 2025)\n"
                                  "lrm pve2 (old timestamp - dead?, Tue Mar  4 10:11:02 2025)\n"
                                  "service vm:100 (pve2, fence)\n")
            << true << QStringLiteral("active") << QStringLiteral("old timestamp - dead?") << true
            << QStringLiteral("pve2") << QStringLiteral("fence");
        QTest::newRow("pve9-crs-and-request-start")
            << q + QStringLiteral(
                       "master pve1 (active, Tue Aug  5 10:15:02 2025) - static load CRS\n"
                       "lrm pve1 (wait_for_agent_lock, Tue Aug  5 10:15:05 2025)\n"
                       "service vm:100 (pve1, request_start)\n")
            << true << QStringLiteral("active") << QStringLiteral("wait_for_agent_lock") << false
            << QStringLiteral("pve1") << QStringLiteral("request_start");
        QTest::newRow("no-quorum-maintenance")
            << QStringLiteral("quorum No quorum on node 'pve3'!\n"
                              "master pve1 (old timestamp - dead?, Tue Mar  4 10:15:02 2025)\n"
                              "lrm pve3 (maintenance mode, Tue Mar  4 10:15:05 2025)\n"
                              "service vm:100 (---, clearing error flag)\n")
            << false << QStringLiteral("old timestamp - dead?")
            << QStringLiteral("maintenance mode") << false << QStringLiteral("---")
            << QStringLiteral("clearing error flag");
        QTest::newRow("unreadable-lrm")
            << q + QStringLiteral("master pve1 (idle, Tue Mar  4 10:15:02 2025)\nlrm pve2 (unable "
                                  "to read lrm status)\n"
                                  "service ct:101 (pve2, not found)\n")
            << true << QStringLiteral("idle") << QStringLiteral("unable to read lrm status")
            << false << QStringLiteral("pve2") << QStringLiteral("not found");
        QTest::newRow("trailing-spaces-and-blank")
            << QStringLiteral("quorum OK   \n\nmaster pve1 (active, Tue Mar  4 10:15:02 2025)  \n"
                              "lrm pve1 (active, Tue Mar  4 10:15:05 2025)\r\nservice vm:100 "
                              "(pve1, error)   \n\n")
            << true << QStringLiteral("active") << QStringLiteral("active") << false
            << QStringLiteral("pve1") << QStringLiteral("error");
    }
    void lines()
    {
        QFETCH(QString, text);
        const HaStatus s = parseHaManagerStatus(text);
        QVERIFY2(s.understood, qPrintable(s.error));
        QTEST(s.quorate, "quorate");
        QTEST(s.masterStatus, "masterStatus");
        QCOMPARE(s.lrms.size(), 1);
        QTEST(s.lrms.at(0).status, "lrmStatus");
        QTEST(s.lrms.at(0).dead, "lrmDead");
        QCOMPARE(s.services.size(), 1);
        QTEST(s.services.at(0).node, "serviceNode");
        QTEST(s.services.at(0).state, "serviceState");
    }

    void masterExtraAndDrift()
    {
        const HaStatus s = parseHaManagerStatus(QStringLiteral(
            "quorum OK\nmaster pve1 (active, Tue Aug  5 10:15:02 2025) - static load CRS\n"
            "lrm pve2 (detected time drift!, Tue Aug  5 10:16:02 2025)\n"));
        QVERIFY(s.understood);
        QCOMPARE(s.masterExtra, QStringLiteral("static load CRS"));
        QVERIFY(s.lrms.at(0).timeDrift);
    }

    void quorumOnly()
    {
        const HaStatus s = parseHaManagerStatus(QStringLiteral("quorum OK\n"));
        QVERIFY(s.understood);
        QVERIFY(s.quorate);
        QVERIFY(!s.hasMaster);
        QVERIFY(s.services.isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("simulator-log")
            << formatText(QStringLiteral("ha-sim-log-node-fail-fence-recovery1.txt"));
        QTest::newRow("no-quorum-line")
            << QStringLiteral("master pve1 (active, Tue Mar  4 10:15:02 2025)\n");
        QTest::newRow("strange-quorum") << QStringLiteral("quorum maybe\n");
        QTest::newRow("cut-service") << QStringLiteral("quorum OK\nservice vm:100 (pve1, sta");
        QTest::newRow("cut-master") << QStringLiteral("quorum OK\nmaster pve1 (active, Tue Mar  4");
        QTest::newRow("two-masters")
            << QStringLiteral("quorum OK\nmaster a (active, Tue Mar  4 10:15:02 2025)\n"
                              "master b (active, Tue Mar  4 10:15:02 2025)\n");
        QTest::newRow("unknown-line") << QStringLiteral("quorum OK\nfull cluster state:\n{\n");
        QTest::newRow("ipcc-error")
            << QStringLiteral("ipcc_send_rec[1] failed: Connection refused\n");
    }
    void refused()
    {
        QFETCH(QString, text);
        const HaStatus s = parseHaManagerStatus(text);
        QVERIFY(!s.understood);
        QVERIFY(!s.error.isEmpty());
        QVERIFY(!s.quorate);
        QVERIFY(s.services.isEmpty());
    }
};

QTEST_GUILESS_MAIN(HaStatusTest)
#include "HaStatusTest.moc"
