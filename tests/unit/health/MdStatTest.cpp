// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/MdStat.h"
#include "HealthTestUtil.h"

#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

namespace {

const MdArray *find(const MdStat &stat, const QString &name)
{
    for (const MdArray &array : stat.arrays) {
        if (array.name == name)
            return &array;
    }
    return nullptr;
}

} // namespace

class MdStatTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clean()
    {
        const MdStat stat = parseMdstat(formatText(QStringLiteral("mdstat-raid5-4disk-clean.txt")));
        QVERIFY2(stat.understood, qPrintable(stat.error));
        QCOMPARE(stat.personalities,
                 QStringList({QStringLiteral("raid6"), QStringLiteral("raid5"),
                              QStringLiteral("raid4"), QStringLiteral("linear"),
                              QStringLiteral("multipath"), QStringLiteral("raid0"),
                              QStringLiteral("raid1"), QStringLiteral("raid10")}));
        QVERIFY(stat.unusedDevices.isEmpty());
        QCOMPARE(stat.arrays.size(), 1);
        const MdArray &md0 = stat.arrays.at(0);
        QCOMPARE(md0.name, QStringLiteral("md0"));
        QVERIFY(md0.active);
        QCOMPARE(md0.level, QStringLiteral("raid5"));
        QCOMPARE(md0.members.size(), 4);
        QCOMPARE(md0.members.at(0).device, QStringLiteral("sdd1"));
        QCOMPARE(md0.members.at(0).index, 4);
        QCOMPARE(md0.members.at(3).device, QStringLiteral("sdb1"));
        QCOMPARE(md0.members.at(3).index, 1);
        QCOMPARE(md0.blocks, Q_INT64_C(2929890816));
        QCOMPARE(md0.raidDisks, 4);
        QCOMPARE(md0.disksUp, 4);
        QCOMPARE(md0.pattern, QStringLiteral("UUUU"));
        QCOMPARE(md0.contractState(), QStringLiteral("clean"));
        QVERIFY(!md0.progressPercent());
        QCOMPARE(md0.redundancy(), 1);
        QVERIFY(!md0.failedBeyondRedundancy());
    }

    void degraded()
    {
        const MdStat stat =
            parseMdstat(formatText(QStringLiteral("mdstat-raid5-4disk-degraded.txt")));
        QVERIFY2(stat.understood, qPrintable(stat.error));
        QCOMPARE(stat.arrays.size(), 1);
        const MdArray &md0 = stat.arrays.at(0);
        QCOMPARE(md0.members.size(), 3);
        QCOMPARE(md0.raidDisks, 4);
        QCOMPARE(md0.disksUp, 3);
        QCOMPARE(md0.pattern, QStringLiteral("UUU_"));
        QCOMPARE(md0.missingCount(), 1);
        QCOMPARE(md0.contractState(), QStringLiteral("degraded"));
        QCOMPARE(md0.contractMembers(), 4);
        QCOMPARE(md0.contractMembersUp(), 3);
        QVERIFY(!md0.progressPercent());
        QVERIFY(!md0.failedBeyondRedundancy());
    }

    void multi_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("active");
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("spares");
        QTest::addColumn<int>("raidDisks");
        QTest::addColumn<int>("disksUp");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("state");
        QTest::addColumn<double>("progress"); // -1: null
        QTest::addColumn<int>("action");
        QTest::addColumn<double>("percent");
        QTest::addColumn<QString>("pending");

        const int none = int(MdSyncAction::None);
        auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name) << QString::fromLatin1(name);
        };
        auto s = [](const char *text) { return QString::fromLatin1(text); };
        row("md3") << true << s("raid6") << 10 << 0 << 2 << 8 << 8 << s("UUUUUUUU") << s("clean")
                   << -1.0 << none << -1.0 << s("");
        row("md127") << true << s("raid1") << 2 << 0 << 0 << 2 << 2 << s("UU") << s("clean") << -1.0
                     << none << -1.0 << s("");
        row("md0") << true << s("raid1") << 2 << 0 << 0 << 2 << 2 << s("UU") << s("clean") << -1.0
                   << none << -1.0 << s("");
        row("md4") << false << s("raid1") << 2 << 1 << 1 << 2 << 2 << s("UU") << s("inactive")
                   << -1.0 << none << -1.0 << s("");
        row("md6") << true << s("raid1") << 3 << 1 << 1 << 2 << 1 << s("U_") << s("recovery") << 8.5
                   << int(MdSyncAction::Recovery) << 8.5 << s("");
        row("md8") << true << s("raid1") << 4 << 0 << 2 << 2 << 2 << s("UU") << s("resync") << 8.5
                   << int(MdSyncAction::Resync) << 8.5 << s("");
        row("md201") << true << s("raid1") << 2 << 0 << 0 << 2 << 2 << s("UU") << s("clean") << -1.0
                     << int(MdSyncAction::Check) << 5.7 << s("");
        row("md7") << true << s("raid6") << 4 << 1 << 0 << 4 << 3 << s("U_UU") << s("degraded")
                   << -1.0 << none << -1.0 << s("");
        row("md9") << true << s("raid1") << 7 << 2 << 1 << 4 << 4 << s("UUUU") << s("resync")
                   << -1.0 << none << -1.0 << s("DELAYED");
        row("md10") << true << s("raid0") << 2 << 0 << 0 << -1 << -1 << s("") << s("clean") << -1.0
                    << none << -1.0 << s("");
        row("md11") << true << s("raid1") << 5 << 1 << 2 << 2 << 2 << s("UU") << s("resync") << -1.0
                    << none << -1.0 << s("PENDING");
        row("md12") << true << s("raid0") << 2 << 0 << 0 << -1 << -1 << s("") << s("clean") << -1.0
                    << none << -1.0 << s("");
        row("md126") << true << s("raid0") << 2 << 0 << 0 << -1 << -1 << s("") << s("clean") << -1.0
                     << none << -1.0 << s("");
        row("md219") << false << s("") << 3 << 0 << 3 << -1 << -1 << s("") << s("inactive") << -1.0
                     << none << -1.0 << s("");
        row("md00") << true << s("raid0") << 1 << 0 << 0 << -1 << -1 << s("") << s("clean") << -1.0
                    << none << -1.0 << s("");
        row("md120") << true << s("linear") << 2 << 0 << 0 << -1 << -1 << s("") << s("clean")
                     << -1.0 << none << -1.0 << s("");
        row("md101") << true << s("raid0") << 3 << 0 << 0 << -1 << -1 << s("") << s("clean") << -1.0
                     << none << -1.0 << s("");
        row("md42") << true << s("raid5") << 3 << 0 << 1 << 3 << 2 << s("UU_") << s("degraded")
                    << -1.0 << int(MdSyncAction::Reshape) << 56.1 << s("");
    }
    void multi()
    {
        static const MdStat stat =
            parseMdstat(formatText(QStringLiteral("mdstat-procfs-multi.txt")));
        QVERIFY2(stat.understood, qPrintable(stat.error));
        QCOMPARE(stat.arrays.size(), 18);
        QFETCH(QString, name);
        const MdArray *array = find(stat, name);
        QVERIFY(array);
        QTEST(array->active, "active");
        QTEST(array->level, "level");
        QTEST(int(array->members.size()), "members");
        QTEST(array->failedCount(), "failed");
        QTEST(array->spareCount(), "spares");
        QTEST(array->raidDisks, "raidDisks");
        QTEST(array->disksUp, "disksUp");
        QTEST(array->pattern, "pattern");
        QTEST(array->contractState(), "state");
        QFETCH(double, progress);
        if (progress < 0)
            QVERIFY(!array->progressPercent());
        else
            QCOMPARE(array->progressPercent().value_or(-1), progress);
        QTEST(int(array->syncAction), "action");
        QTEST(array->syncPercent, "percent");
        QTEST(array->pendingReason, "pending");
    }

    void multiDetails()
    {
        const MdStat stat = parseMdstat(formatText(QStringLiteral("mdstat-procfs-multi.txt")));
        QVERIFY(stat.understood);
        QCOMPARE(stat.personalities.size(), 8);
        const MdArray *md6 = find(stat, QStringLiteral("md6"));
        QVERIFY(md6);
        QCOMPARE(md6->syncPosition, Q_INT64_C(16775552));
        QCOMPARE(md6->syncTotal, Q_INT64_C(195310144));
        QCOMPARE(md6->finishMinutes, 17.0);
        QCOMPARE(md6->speedKiBps, Q_INT64_C(259783));
        QVERIFY(md6->members.at(0).failed);
        QCOMPARE(md6->members.at(0).device, QStringLiteral("sdb2"));
        QVERIFY(md6->members.at(1).spare);
        const MdArray *md11 = find(stat, QStringLiteral("md11"));
        QVERIFY(md11 && md11->autoReadOnly && !md11->readOnly);
        const MdArray *md101 = find(stat, QStringLiteral("md101"));
        QVERIFY(md101 && md101->readOnly && !md101->autoReadOnly);
        const MdArray *md42 = find(stat, QStringLiteral("md42"));
        QVERIFY(md42);
        QCOMPARE(md42->finishMinutes, 1868.1);
        QCOMPARE(md42->speedKiBps, Q_INT64_C(7640));
        QCOMPARE(md42->redundancy(), 1);
        QVERIFY(!md42->failedBeyondRedundancy());
        const MdArray *md126 = find(stat, QStringLiteral("md126"));
        QCOMPARE(md126->blocks, Q_INT64_C(1855870976));
        QCOMPARE(md126->contractMembers(), 2);
        QCOMPARE(md126->contractMembersUp(), 2);
    }

    void states_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("state");
        QTest::addColumn<double>("progress");
        QTest::addColumn<bool>("beyond");

        const QString head = QStringLiteral("Personalities : [raid6] [raid5] [raid4]\n");
        const QString tail = QStringLiteral("\nunused devices: <none>\n");
        QTest::newRow("new-raid5-recovery")
            << head +
                   QStringLiteral(
                       "md0 : active raid5 sdd[4] sdc[2] sdb[1] sda[0]\n"
                       "      17580810240 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/3] "
                       "[UUU_]\n"
                       "      [==>..................]  recovery = 12.6% (738847744/5860270080) "
                       "finish=503.4min speed=169541K/sec\n"
                       "      bitmap: 0/44 pages [0KB], 65536KB chunk\n") +
                   tail
            << QStringLiteral("recovery") << 12.6 << false;
        QTest::newRow("raid5-two-missing")
            << head +
                   QStringLiteral("md0 : active raid5 sdb1[1] sda1[0]\n"
                                  "      2929890816 blocks super 1.2 level 5, 512k chunk, "
                                  "algorithm 2 [4/2] [UU__]\n") +
                   tail
            << QStringLiteral("degraded") << -1.0 << true;
        QTest::newRow("raid0-failed-member")
            << head +
                   QStringLiteral(
                       "md1 : active raid0 sdb1[1](F) sda1[0]\n      100 blocks 64k chunks\n") +
                   tail
            << QStringLiteral("degraded") << -1.0 << true;
        QTest::newRow("resync-just-started")
            << head +
                   QStringLiteral(
                       "md0 : active raid1 sdb1[1] sda1[0]\n      100 blocks [2/2] [UU]\n"
                       "      [>....................]  resync =  0.0% (0/100) finish=10.0min "
                       "speed=1K/sec\n") +
                   tail
            << QStringLiteral("resync") << 0.0 << false;
        QTest::newRow("no-arrays") << QStringLiteral("Personalities : \nunused devices: <none>\n")
                                   << QString() << -1.0 << false;
        QTest::newRow("crlf-and-trailing-spaces")
            << QStringLiteral(
                   "Personalities : [raid5]   \r\nmd0 : active raid5 sdc1[2] sdb1[1] sda1[0]  \r\n"
                   "      200 blocks super 1.2 level 5, 512k chunk, algorithm 2 [3/3] [UUU]   "
                   "\r\n\r\n"
                   "unused devices: <none>  \r\n")
            << QStringLiteral("clean") << -1.0 << false;
    }
    void states()
    {
        QFETCH(QString, text);
        const MdStat stat = parseMdstat(text);
        QVERIFY2(stat.understood, qPrintable(stat.error));
        QFETCH(QString, state);
        if (state.isEmpty()) {
            QVERIFY(stat.arrays.isEmpty());
            return;
        }
        QCOMPARE(stat.arrays.size(), 1);
        const MdArray &array = stat.arrays.at(0);
        QCOMPARE(array.contractState(), state);
        QFETCH(double, progress);
        QCOMPARE(array.progressPercent().value_or(-1), progress);
        QTEST(array.failedBeyondRedundancy(), "beyond");
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("no-such-file")
            << QStringLiteral("cat: /proc/mdstat: No such file or directory\n");
        QTest::newRow("no-unused-line")
            << QStringLiteral("Personalities : [raid5]\nmd0 : active raid5 sda[0] sdb[1] sdc[2]\n"
                              "      200 blocks [3/3] [UUU]\n");
        QTest::newRow("no-personalities") << QStringLiteral(
            "md0 : active raid5 sda[0]\n      200 blocks [3/3] [UUU]\nunused devices: <none>\n");
        QTest::newRow("pattern-mismatch")
            << QStringLiteral("Personalities : [raid5]\nmd0 : active raid5 sda[0] sdb[1] sdc[2]\n"
                              "      200 blocks [3/3] [UU_]\nunused devices: <none>\n");
        QTest::newRow("pattern-length")
            << QStringLiteral("Personalities : [raid5]\nmd0 : active raid5 sda[0]\n"
                              "      200 blocks [3/3] [UUUU]\nunused devices: <none>\n");
        QTest::newRow("bad-member")
            << QStringLiteral("Personalities : [raid5]\nmd0 : active raid5 sda sdb[1]\n"
                              "      200 blocks [2/2] [UU]\nunused devices: <none>\n");
        QTest::newRow("unknown-state") << QStringLiteral(
            "Personalities : [raid5]\nmd0 : resyncing raid5 sda[0]\n      200 blocks\n"
            "unused devices: <none>\n");
        QTest::newRow("huge-blocks") << QStringLiteral(
            "Personalities : [raid1]\nmd0 : active raid1 sda[0]\n"
            "      99999999999999999999999 blocks [1/1] [U]\nunused devices: <none>\n");
        QTest::newRow("percent-over-100")
            << QStringLiteral("Personalities : [raid1]\nmd0 : active raid1 sda[0] sdb[1]\n      "
                              "100 blocks [2/2] [UU]\n"
                              "      [==>..]  resync = 612.0% (0/100) finish=1.0min "
                              "speed=1K/sec\nunused devices: <none>\n");
        QTest::newRow("no-size-line")
            << QStringLiteral("Personalities : [raid1]\nmd0 : active raid1 sda[0] sdb[1]\n\nunused "
                              "devices: <none>\n");
        QTest::newRow("detail-before-array") << QStringLiteral(
            "Personalities : [raid1]\n      100 blocks\nunused devices: <none>\n");
        QTest::newRow("text-after-end") << QStringLiteral(
            "Personalities : [raid1]\nunused devices: <none>\nmd0 : active raid1 sda[0]\n");
    }
    void refused()
    {
        QFETCH(QString, text);
        const MdStat stat = parseMdstat(text);
        QVERIFY(!stat.understood);
        QVERIFY(!stat.error.isEmpty());
        QVERIFY(stat.arrays.isEmpty());
    }
};

QTEST_GUILESS_MAIN(MdStatTest)
#include "MdStatTest.moc"
