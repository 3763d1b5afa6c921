// SPDX-License-Identifier: GPL-3.0-or-later
// Every parser against cut, garbled and random inputs: never a crash, never "understood" when the
// essential part is missing, never a value that differs from the full output's.
#include "HealthTestUtil.h"
#include "health/CephStatus.h"
#include "health/HaStatus.h"
#include "health/MdStat.h"
#include "health/PveStorage.h"
#include "health/PvecmStatus.h"

#include <QRandomGenerator>
#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

namespace {

bool sameArray(const MdArray &a, const MdArray &b)
{
    return a.name == b.name && a.active == b.active && a.level == b.level &&
           a.members.size() == b.members.size() && a.blocks == b.blocks &&
           a.raidDisks == b.raidDisks && a.disksUp == b.disksUp && a.pattern == b.pattern &&
           a.syncAction == b.syncAction && a.pendingReason == b.pendingReason &&
           a.contractState() == b.contractState();
}

QByteArray randomBytes(QRandomGenerator &rng, int size)
{
    QByteArray bytes(size, '\0');
    for (char &c : bytes)
        c = static_cast<char>(rng.bounded(256));
    return bytes;
}

} // namespace

class ParserRobustnessTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cephJsonCuts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("reef") << QStringLiteral("ceph-s-reef18-pve-healthok.json");
        QTest::newRow("luminous") << QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json");
    }
    void cephJsonCuts()
    {
        QFETCH(QString, file);
        const QByteArray full = formatBytes(file).trimmed();
        QVERIFY(parseCephStatusJson(full).understood);
        for (int cut = 0; cut < full.size(); ++cut) {
            const CephStatus s = parseCephStatusJson(full.left(cut));
            QVERIFY2(!s.understood,
                     qPrintable(QStringLiteral("understood when cut at %1").arg(cut)));
            QVERIFY(!s.error.isEmpty());
        }
    }

    void cephPlainCuts()
    {
        const QString full =
            formatText(QStringLiteral("ceph-s-plain-healthwarn-osdcount0-after-first-mon.txt"));
        const qsizetype essential = full.indexOf(QStringLiteral("0 pgs")) + 5;
        for (qsizetype cut = 0; cut <= full.size(); ++cut) {
            const CephStatus s = parseCephStatusPlain(full.left(cut));
            QVERIFY(!s.isOk());
            if (cut < essential)
                QVERIFY2(!s.understood,
                         qPrintable(QStringLiteral("understood when cut at %1").arg(cut)));
            else
                QVERIFY(s.understood);
        }
    }

    void mdstatCuts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("clean") << QStringLiteral("mdstat-raid5-4disk-clean.txt");
        QTest::newRow("degraded") << QStringLiteral("mdstat-raid5-4disk-degraded.txt");
        QTest::newRow("multi") << QStringLiteral("mdstat-procfs-multi.txt");
    }
    void mdstatCuts()
    {
        QFETCH(QString, file);
        const QString full = formatText(file);
        const MdStat whole = parseMdstat(full);
        QVERIFY(whole.understood);
        const qsizetype essential = full.indexOf(QStringLiteral("unused devices:")) + 15;
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const MdStat s = parseMdstat(full.left(cut));
            if (cut < essential) {
                QVERIFY2(!s.understood,
                         qPrintable(QStringLiteral("understood when cut at %1").arg(cut)));
                QVERIFY(s.arrays.isEmpty());
                continue;
            }
            QVERIFY(s.understood);
            QCOMPARE(s.arrays.size(), whole.arrays.size());
            for (qsizetype i = 0; i < s.arrays.size(); ++i)
                QVERIFY(sameArray(s.arrays.at(i), whole.arrays.at(i)));
        }
    }

    void haCuts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("docs") << QStringLiteral("ha-manager-status-docs-2.txt");
        QTest::newRow("derived") << QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt");
    }
    void haCuts()
    {
        QFETCH(QString, file);
        const QString full = formatText(file);
        const HaStatus whole = parseHaManagerStatus(full);
        QVERIFY(whole.understood);
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const HaStatus s = parseHaManagerStatus(full.left(cut));
            if (cut < 9) { // "quorum OK"
                QVERIFY(!s.understood);
                continue;
            }
            if (!s.understood)
                continue;
            // Whatever was read is exactly what the full output says (a prefix of it).
            QVERIFY(s.services.size() <= whole.services.size());
            for (qsizetype i = 0; i < s.services.size(); ++i) {
                QCOMPARE(s.services.at(i).sid, whole.services.at(i).sid);
                QCOMPARE(s.services.at(i).node, whole.services.at(i).node);
                QCOMPARE(s.services.at(i).state, whole.services.at(i).state);
            }
            for (qsizetype i = 0; i < s.lrms.size(); ++i)
                QCOMPARE(s.lrms.at(i).status, whole.lrms.at(i).status);
            if (s.hasMaster)
                QCOMPARE(s.masterTimestamp, whole.masterTimestamp);
        }
    }

    void pvesmCuts()
    {
        const QString full = formatText(QStringLiteral("pvesm-status-lvm-nfs.txt"));
        QString error;
        const QList<PveStorage> whole = parsePvesmStatus(full, &error);
        QCOMPARE(whole.size(), 3);
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const QList<PveStorage> part = parsePvesmStatus(full.left(cut), &error);
            QVERIFY(part.size() <= whole.size());
            for (qsizetype i = 0; i < part.size(); ++i) {
                QCOMPARE(part.at(i).name, whole.at(i).name);
                QCOMPARE(part.at(i).totalBytes, whole.at(i).totalBytes);
                QCOMPARE(part.at(i).usedBytes, whole.at(i).usedBytes);
                QCOMPARE(part.at(i).availableBytes, whole.at(i).availableBytes);
                QCOMPARE(part.at(i).usedPercent, whole.at(i).usedPercent);
            }
        }
    }

    void pvecmCuts()
    {
        const QString full = formatText(QStringLiteral("pvecm-status-4nodes-quorate.txt"));
        const qsizetype essential = full.indexOf(QStringLiteral("0x00000004"));
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const PvecmStatus s = parsePvecmStatus(full.left(cut));
            if (cut <= essential)
                QVERIFY2(!s.understood,
                         qPrintable(QStringLiteral("understood when cut at %1").arg(cut)));
            else if (s.understood)
                QCOMPARE(s.members.size(), 4);
        }
        const QString nodes = formatText(QStringLiteral("pvecm-nodes.txt"));
        for (qsizetype cut = 0; cut < nodes.size(); ++cut)
            QVERIFY(parsePvecmNodes(nodes.left(cut)).size() <= 4);
    }

    void randomGarbage()
    {
        QRandomGenerator rng(20250304);
        for (int round = 0; round < 300; ++round) {
            const QByteArray bytes = randomBytes(rng, rng.bounded(1, 2048));
            const QString text = QString::fromLatin1(bytes);
            QVERIFY(!parseCephStatusJson(bytes).understood);
            QVERIFY(!parseCephStatusPlain(text).understood);
            QVERIFY(!parseMdstat(text).understood);
            QVERIFY(!parseHaManagerStatus(text).understood);
            QString error;
            QVERIFY(parsePvesmStatus(text, &error).isEmpty());
            QVERIFY(!error.isEmpty());
            QVERIFY(!parsePvecmStatus(text).understood);
        }
    }

    /// Samples with bytes flipped at random places: whatever comes out, no crash and no
    /// HEALTH_OK verdict on JSON that no longer parses.
    void flippedBytes_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = {
            QStringLiteral("ceph-s-reef18-pve-healthok.json"),
            QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json"),
            QStringLiteral("ceph-s-plain-healthwarn-osdcount0-after-first-mon.txt"),
            QStringLiteral("mdstat-procfs-multi.txt"),
            QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt"),
            QStringLiteral("pvesm-status-lvm-nfs.txt"),
            QStringLiteral("pvecm-status-4nodes-quorate.txt")};
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void flippedBytes()
    {
        QFETCH(QString, file);
        const QByteArray full = formatBytes(file);
        QRandomGenerator rng(7);
        for (int round = 0; round < 200; ++round) {
            QByteArray bytes = full;
            for (int flips = 0; flips < 3; ++flips)
                bytes[rng.bounded(bytes.size())] = static_cast<char>(rng.bounded(256));
            const QString text = QString::fromUtf8(bytes);
            (void)parseCephStatusJson(bytes);
            (void)parseCephStatusPlain(text);
            const MdStat md = parseMdstat(text);
            for (const MdArray &array : md.arrays) {
                (void)array.contractState();
                QVERIFY(array.progressPercent().value_or(0) <= 100.0);
            }
            (void)parseHaManagerStatus(text);
            (void)parsePvesmStatus(text);
            (void)parsePvecmStatus(text);
            (void)parsePvecmNodes(text);
        }
    }
};

QTEST_GUILESS_MAIN(ParserRobustnessTest)
#include "ParserRobustnessTest.moc"
