// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/PveVersion.h"

#include <QFile>
#include <QTest>

using namespace pveha;

namespace {
QString fixture(const QString &name)
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}
} // namespace

class PveVersionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versions_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("supported");
        QTest::newRow("pve9 -v sample")
            << fixture(QStringLiteral("formats/pveversion-v-pve9.1.txt")) << true
            << QStringLiteral("9.1.1") << true;
        QTest::newRow("pve8 short") << fixture(QStringLiteral("preflight/pveversion-pve8.txt"))
                                    << true << QStringLiteral("8.2.4") << true;
        QTest::newRow("pve7")
            << QStringLiteral("pve-manager/7.4-3/9002ab8a (running kernel: 5.15.102-1-pve)\n")
            << true << QStringLiteral("7.4.0") << false;
        QTest::newRow("absent") << QStringLiteral("sh: 1: pveversion: not found\n") << false
                                << QString() << false;
        QTest::newRow("empty") << QString() << false << QString() << false;
        QTest::newRow("other package only")
            << QStringLiteral("proxmox-ve: 9.1.0 (running kernel: 6.17.2-2-pve)\n") << false
            << QString() << false;
    }
    void versions()
    {
        QFETCH(QString, output);
        QFETCH(bool, found);
        QFETCH(QString, version);
        QFETCH(bool, supported);
        const PveVersion v = PveVersion::parse(output);
        QCOMPARE(v.found, found);
        QCOMPARE(v.toString(), version);
        QCOMPARE(v.isSupported(), supported);
    }
    void timeSync_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<bool>("synced");
        QTest::newRow("timedatectl yes")
            << QStringLiteral("Timezone=Europe/Paris\nNTP=yes\nNTPSynchronized=yes\n") << true
            << true;
        QTest::newRow("timedatectl no")
            << QStringLiteral("NTP=no\nNTPSynchronized=no\n") << true << false;
        QTest::newRow("chrony synced")
            << fixture(QStringLiteral("preflight/chronyc-tracking-synced.txt")) << true << true;
        QTest::newRow("chrony unsynced")
            << fixture(QStringLiteral("preflight/chronyc-tracking-unsynced.txt")) << true << false;
        QTest::newRow("chrony skewed")
            << QStringLiteral("System time     : 0.120000000 seconds fast of NTP time\nLeap status "
                              "    : Normal\n")
            << true << false;
        QTest::newRow("garbage") << QStringLiteral("506 Cannot talk to daemon\n") << false << false;
    }
    void timeSync()
    {
        QFETCH(QString, output);
        QFETCH(bool, understood);
        QFETCH(bool, synced);
        const TimeSync t = TimeSync::parse(output);
        QCOMPARE(t.understood, understood);
        QCOMPARE(t.synchronised, synced);
    }
};

QTEST_GUILESS_MAIN(PveVersionTest)
#include "PveVersionTest.moc"
