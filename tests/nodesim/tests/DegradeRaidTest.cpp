// SPDX-License-Identifier: GPL-3.0-or-later
// A RAID member failing on a deployed node: mdadm's manage mode (--fail, --remove, --add),
// the failDisk/restoreDisk knobs and their command-line options; /proc/mdstat and mdadm
// --detail as mdadm 4.x prints them, read by the product's parser and health evaluator.
#include "HealthProbe.h"
#include "health/MdStat.h"

using namespace simtest;
using namespace pveha;

class DegradeRaidTest : public QObject
{
    Q_OBJECT
    Harness *m_h = nullptr;
    const QString n2 = QStringLiteral("node-02");
    QString m_blocks; ///< a healthy array's size line, "      N blocks … [4/4] [UUUU]"

    QStringList mdstat(const QString &node = QStringLiteral("node-02")) const
    {
        return m_h->must(node, QStringLiteral("cat /proc/mdstat")).split(QLatin1Char('\n'));
    }
    QString sizeLine(const QString &counts, const QString &pattern) const
    {
        return QString(m_blocks).replace(QStringLiteral("[4/4] [UUUU]"),
                                         QStringLiteral("[%1] [%2]").arg(counts, pattern));
    }
    /// The lines of mdadm --detail from "State :" to "Spare Devices", and the device table.
    QString detailPart(const QString &node, const QString &from, const QString &to = {}) const
    {
        const QString d = m_h->must(node, QStringLiteral("mdadm --detail /dev/md0"));
        const qsizetype a = d.indexOf(from);
        const qsizetype b = to.isEmpty() ? d.size() : d.indexOf(to, a);
        return a < 0 || b < 0 ? d : d.mid(a, b - a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_h = new Harness;
        QVERIFY2(m_h->ok(), qPrintable(m_h->error()));
        QVERIFY(m_h->deployAll(8));
        QVERIFY(SimCluster::advanceClock(m_h->dir(), 60)); // the first recovery is over
        m_blocks = mdstat().value(2);
        QVERIFY2(m_blocks.endsWith(QLatin1String(" [4/4] [UUUU]")), qPrintable(m_blocks));
    }
    void cleanupTestCase() { delete m_h; }
    void cleanup()
    {
        for (const QString &node : clusterNodes())
            for (const char *disk : {"sda", "sdb", "sdc", "sdd"})
                QVERIFY(SimCluster::restoreDisk(m_h->dir(), node, QLatin1String(disk)));
        QCOMPARE(mdstat().value(2), m_blocks);
    }

    void failMarksTheMember_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("report");
        QTest::addColumn<QString>("members");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("table");
        const QString sda =
            QStringLiteral("       0       8        0        0      active sync   /dev/sda\n");
        const QString sdc =
            QStringLiteral("       2       8       32        2      active sync   /dev/sdc\n");
        QTest::newRow("implicit manage mode")
            << QStringLiteral("mdadm /dev/md0 --fail /dev/sdb")
            << QStringLiteral("mdadm: set /dev/sdb faulty in /dev/md0\n")
            << QStringLiteral("sdd[4] sdc[2] sdb[1](F) sda[0]") << QStringLiteral("U_UU")
            << sda + QStringLiteral("       -       0        0        1      removed\n") + sdc +
                   QStringLiteral("       4       8       48        3      active sync   /dev/sdd\n"
                                  "\n"
                                  "       1       8       16        -      faulty   /dev/sdb\n");
        QTest::newRow("--manage, kernel name")
            << QStringLiteral("mdadm --manage /dev/md0 -f sdd")
            << QStringLiteral("mdadm: set sdd faulty in /dev/md0\n")
            << QStringLiteral("sdd[4](F) sdc[2] sdb[1] sda[0]") << QStringLiteral("UUU_")
            << sda +
                   QStringLiteral(
                       "       1       8       16        1      active sync   /dev/sdb\n") +
                   sdc +
                   QStringLiteral("       -       0        0        3      removed\n"
                                  "\n"
                                  "       4       8       48        -      faulty   /dev/sdd\n");
    }
    void failMarksTheMember()
    {
        QFETCH(QString, command);
        QFETCH(QString, report);
        QFETCH(QString, members);
        QFETCH(QString, pattern);
        QFETCH(QString, table);
        const Run r = m_h->sh(n2, command);
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.err, report);
        QVERIFY(r.out.isEmpty());
        const QStringList lines = mdstat();
        QCOMPARE(lines.value(1), QStringLiteral("md0 : active raid5 ") + members);
        QCOMPARE(lines.value(2), sizeLine(QStringLiteral("4/3"), pattern));
        QCOMPARE(lines.value(3), QString()); // no recovery: nothing to rebuild onto
        QCOMPARE(detailPart(n2, QStringLiteral("     Total Devices"),
                            QStringLiteral("       Persistence")),
                 QStringLiteral("     Total Devices : 4\n"));
        QCOMPARE(detailPart(n2, QStringLiteral("             State"), QStringLiteral("\n\n")),
                 QStringLiteral("             State : clean, degraded \n    Active Devices : 3\n"
                                "   Working Devices : 3\n    Failed Devices : 1\n"
                                "     Spare Devices : 0"));
        QCOMPARE(detailPart(n2, QStringLiteral("    Number")),
                 QStringLiteral("    Number   Major   Minor   RaidDevice State\n") + table);

        const MdStat parsed = parseMdstat(lines.join(QLatin1Char('\n')));
        QVERIFY2(parsed.understood, qPrintable(parsed.error));
        const MdArray &md = parsed.arrays.value(0);
        QCOMPARE(md.contractState(), QStringLiteral("degraded"));
        QCOMPARE(md.contractMembers(), 4);
        QCOMPARE(md.contractMembersUp(), 3);
        QCOMPARE(md.pattern, pattern);
        QCOMPARE(md.failedCount(), 1);
        QVERIFY(!md.progressPercent());
        // The other nodes' arrays are untouched.
        QCOMPARE(mdstat(QStringLiteral("node-01")).value(2), m_blocks);
    }

    void secondFailureIsRefused()
    {
        m_h->must(n2, QStringLiteral("mdadm /dev/md0 --fail /dev/sdb"));
        const Run r = m_h->sh(n2, QStringLiteral("mdadm /dev/md0 --fail /dev/sdc"));
        QCOMPARE(r.rc, 1);
        QCOMPARE(
            r.err,
            QStringLiteral("mdadm: Cannot remove /dev/sdc from /dev/md0, array will be failed.\n"));
        QCOMPARE(mdstat().value(2), sizeLine(QStringLiteral("4/3"), QStringLiteral("U_UU")));
        QVERIFY(!SimCluster::failDisk(m_h->dir(), n2, QStringLiteral("sdc")));
        // Failing the same member again changes nothing, as md accepts it.
        QCOMPARE(m_h->sh(n2, QStringLiteral("mdadm /dev/md0 --fail /dev/sdb")).rc, 0);
        QCOMPARE(mdstat().value(1),
                 QStringLiteral("md0 : active raid5 sdd[4] sdc[2] sdb[1](F) sda[0]"));
    }

    void removeFailedByKeyword()
    {
        m_h->must(n2, QStringLiteral("mdadm /dev/md0 -f /dev/sdc"));
        const Run r = m_h->sh(n2, QStringLiteral("mdadm /dev/md0 -r failed"));
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.err,
                 QStringLiteral("mdadm: hot removed 8:32 from /dev/md0\n")); // as mdadm names it
        QCOMPARE(mdstat().value(1), QStringLiteral("md0 : active raid5 sdd[4] sdb[1] sda[0]"));
        QCOMPARE(m_h->sh(n2, QStringLiteral("mdadm /dev/md0 -r failed")).err, QString());
    }

    void errorsInMdadmWords_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("rc");
        QTest::addColumn<QString>("err");
        QTest::newRow("remove a working member")
            << QStringLiteral("mdadm /dev/md0 --remove /dev/sda") << 1
            << QStringLiteral("mdadm: hot remove failed for /dev/sda: Device or resource busy\n");
        QTest::newRow("add a member still held")
            << QStringLiteral("mdadm /dev/md0 --add /dev/sda") << 1
            << QStringLiteral("mdadm: Cannot open /dev/sda: Device or resource busy\n");
        QTest::newRow("fail a disk outside the array")
            << QStringLiteral("mdadm /dev/md0 --fail /dev/nvme1n1") << 1
            << QStringLiteral(
                   "mdadm: set device faulty failed for /dev/nvme1n1:  No such device\n");
        QTest::newRow("no such array")
            << QStringLiteral("mdadm /dev/md1 --fail /dev/sda") << 1
            << QStringLiteral("mdadm: error opening /dev/md1: No such file or directory\n");
        QTest::newRow("no action")
            << QStringLiteral("mdadm --manage /dev/md0 /dev/sda") << 2
            << QStringLiteral("mdadm: No action given for /dev/sda in --manage mode\n");
    }
    void errorsInMdadmWords()
    {
        QFETCH(QString, command);
        QFETCH(int, rc);
        QFETCH(QString, err);
        const Run r = m_h->sh(n2, command);
        QCOMPARE(r.rc, rc);
        QCOMPARE(r.err, err);
        QCOMPARE(mdstat().value(2), m_blocks);
    }

    void knobsAndTheirOptions()
    {
        QVERIFY(SimCluster::failDisk(m_h->dir(), n2, QStringLiteral("/dev/sdc")));
        QCOMPARE(mdstat().value(1),
                 QStringLiteral("md0 : active raid5 sdd[4] sdc[2](F) sdb[1] sda[0]"));
        QCOMPARE(mdstat().value(2), sizeLine(QStringLiteral("4/3"), QStringLiteral("UU_U")));
        QVERIFY(SimCluster::restoreDisk(m_h->dir(), n2, QStringLiteral("sdc")));
        QCOMPARE(mdstat().value(2), m_blocks);
        QVERIFY(!SimCluster::failDisk(m_h->dir(), n2, QStringLiteral("nvme1n1")));
        QVERIFY(
            !SimCluster::failDisk(m_h->dir(), QStringLiteral("node-09"), QStringLiteral("sdb")));

        QString err;
        QCOMPARE(
            nodesimProgram({QStringLiteral("--fail-disk"), m_h->dir(), n2, QStringLiteral("sdd")}),
            0);
        QCOMPARE(mdstat().value(2), sizeLine(QStringLiteral("4/3"), QStringLiteral("UUU_")));
        QCOMPARE(nodesimProgram(
                     {QStringLiteral("--fail-disk"), m_h->dir(), n2, QStringLiteral("sda")}, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("--fail-disk refused")), qPrintable(err));
        QCOMPARE(nodesimProgram({QStringLiteral("--restore-disk"), m_h->dir(), n2,
                                 QStringLiteral("/dev/sdd")}),
                 0);
        QCOMPARE(mdstat().value(2), m_blocks);
    }

    void healthOfADegradedArray()
    {
        HealthSnapshot s = healthOf(*m_h);
        QVERIFY2(s.overall() == HealthLevel::Ok, qPrintable(describe(s)));
        QVERIFY(SimCluster::failDisk(m_h->dir(), n2, QStringLiteral("sdb")));
        s = healthOf(*m_h);
        QVERIFY2(s.overall() == HealthLevel::Warn, qPrintable(describe(s)));
        QCOMPARE(s.verdict.reasons.size(), 1);
        const HealthReason *r = reason(s, QStringLiteral("raid.md0"), n2);
        QVERIFY2(r, qPrintable(describe(s)));
        QCOMPARE(r->level, HealthLevel::Warn);
        QVERIFY2(r->text.contains(QStringLiteral("md0")) && r->text.contains(n2) &&
                     r->text.contains(QStringLiteral("[U_UU]")),
                 qPrintable(r->text));
        QVERIFY(r->hint.contains(QStringLiteral("mdadm --detail /dev/md0")));
        QVERIFY(s.ceph.isOk()); // Ceph does not notice: the RAID 5 still serves the OSD
    }

    // Last: the re-added member stays first in /proc/mdstat, as the kernel lists it.
    void removeThenReAddRecovers()
    {
        m_h->must(n2, QStringLiteral("mdadm /dev/md0 --fail /dev/sdb"));
        Run r = m_h->sh(n2, QStringLiteral("mdadm /dev/md0 --remove /dev/sdb"));
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.err, QStringLiteral("mdadm: hot removed /dev/sdb from /dev/md0\n"));
        QCOMPARE(mdstat().value(1), QStringLiteral("md0 : active raid5 sdd[4] sdc[2] sda[0]"));
        QCOMPARE(mdstat().value(2), sizeLine(QStringLiteral("4/3"), QStringLiteral("U_UU")));
        QCOMPARE(detailPart(n2, QStringLiteral("     Total Devices"),
                            QStringLiteral("       Persistence")),
                 QStringLiteral("     Total Devices : 3\n"));
        QVERIFY(detailPart(n2, QStringLiteral("    Failed Devices"))
                    .startsWith(QStringLiteral("    Failed Devices : 0\n")));
        QVERIFY(detailPart(n2, QStringLiteral("    Number"))
                    .endsWith(QStringLiteral("       4       8       48        3      active sync  "
                                             " /dev/sdd\n")));
        // md no longer holds it, its superblock is still there.
        QVERIFY(!m_h->must(n2, QStringLiteral("lsblk -n -o NAME /dev/sdb"))
                     .contains(QStringLiteral("md0")));
        QCOMPARE(m_h->must(n2, QStringLiteral("blkid -o value -s TYPE /dev/sdb")),
                 QStringLiteral("linux_raid_member\n"));

        r = m_h->sh(n2, QStringLiteral("mdadm --manage /dev/md0 --add /dev/sdb"));
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.err, QStringLiteral("mdadm: re-added /dev/sdb\n"));
        QStringList lines = mdstat();
        QCOMPARE(lines.value(1), QStringLiteral("md0 : active raid5 sdb[1] sdd[4] sdc[2] sda[0]"));
        QCOMPARE(lines.value(2), sizeLine(QStringLiteral("4/3"), QStringLiteral("U_UU")));
        QVERIFY2(lines.value(3).contains(QRegularExpression(QStringLiteral(
                     "^      \\[[=]*>[.]*\\]  recovery = [ \\d]\\d\\.\\d% \\(\\d+/\\d+\\) "
                     "finish=\\d+\\.\\dmin speed=\\d+K/sec$"))),
                 qPrintable(lines.value(3)));
        QVERIFY(
            detailPart(n2, QStringLiteral("             State"))
                .startsWith(QStringLiteral("             State : clean, degraded, recovering \n")));
        QVERIFY(detailPart(n2, QStringLiteral("    Number"))
                    .contains(QStringLiteral("       1       8       16        1      spare "
                                             "rebuilding   /dev/sdb\n")));
        QVERIFY(m_h->must(n2, QStringLiteral("mdadm --detail --scan"))
                    .contains(QStringLiteral(" spares=1 ")));
        MdStat parsed = parseMdstat(lines.join(QLatin1Char('\n')));
        QVERIFY2(parsed.understood, qPrintable(parsed.error));
        QCOMPARE(parsed.arrays.value(0).contractState(), QStringLiteral("recovery"));
        QVERIFY(parsed.arrays.value(0).progressPercent());

        QVERIFY(SimCluster::advanceClock(m_h->dir(), 31));
        lines = mdstat();
        QCOMPARE(lines.value(2), m_blocks);
        QCOMPARE(lines.value(3), QString());
        parsed = parseMdstat(lines.join(QLatin1Char('\n')));
        QCOMPARE(parsed.arrays.value(0).contractState(), QStringLiteral("clean"));
    }
};

QTEST_GUILESS_MAIN(DegradeRaidTest)
#include "DegradeRaidTest.moc"
