// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/Capacity.h"

#include <QLocale>
#include <QTest>

using namespace pveha;

class CapacityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void dataDisks_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("disks");
        QTest::addColumn<int>("data");
        QTest::newRow("raid5 x4") << 5 << 4 << 3;
        QTest::newRow("raid5 x3") << 5 << 3 << 2;
        QTest::newRow("raid5 x2 impossible") << 5 << 2 << 0;
        QTest::newRow("raid6 x4") << 6 << 4 << 2;
        QTest::newRow("raid6 x3 impossible") << 6 << 3 << 0;
        QTest::newRow("raid1 x2") << 1 << 2 << 1;
        QTest::newRow("raid10 x4") << 10 << 4 << 2;
        QTest::newRow("raid10 x5 impossible") << 10 << 5 << 0;
        QTest::newRow("raid0 unsupported") << 0 << 4 << 0;
    }
    void dataDisks()
    {
        QFETCH(int, level);
        QFETCH(int, disks);
        QFETCH(int, data);
        QCOMPARE(Capacity::dataDisks(level, disks), data);
    }

    void seedCluster()
    {
        // Procedure §2: 3 nodes, 4 × 6 TB HDD in RAID 5, replication ×3.
        const Capacity c = Capacity::compute(3, 4, 6'000'000'000'000LL, 5, 3);
        QCOMPARE(c.disksTotal, 72'000'000'000'000LL);
        QCOMPARE(c.afterRaid, 54'000'000'000'000LL);
        QCOMPARE(c.usable, 18'000'000'000'000LL);
        QCOMPARE(Capacity::formatBytes(c.afterRaid), QStringLiteral("49.1 TiB (54.0 TB)"));
        QCOMPARE(Capacity::formatBytes(c.usable), QStringLiteral("16.4 TiB (18.0 TB)"));
        QCOMPARE(Capacity::formatBytes(512'110'190'592LL), QStringLiteral("476.9 GiB (512.1 GB)"));
    }
    void frenchFormatting()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(Capacity::formatBytes(54'000'000'000'000LL), QStringLiteral("49,1 TiB (54,0 TB)"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(CapacityTest)
#include "CapacityTest.moc"
