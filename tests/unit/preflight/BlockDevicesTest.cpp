// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/BlockDevices.h"

#include <QFile>
#include <QTest>

using namespace pveha;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class BlockDevicesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void realSampleTyped()
    {
        // util-linux 2.38 (numbers, booleans, null), captured on a Debian 12 VM.
        const BlockDeviceList list = BlockDevices::parseLsblkJson(fixture(
            QStringLiteral("formats/lsblk-J-b-util-linux-2.38.1-LOCAL-CAPTURE-virtio.json")));
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.devices.size(), 2);
        const BlockDevice *vda = list.find(QStringLiteral("/dev/vda"));
        QVERIFY(vda);
        QCOMPARE(vda->size, 274877906944LL);
        QVERIFY(vda->rotational);
        QVERIFY(vda->transport.isEmpty());
        QCOMPARE(list.rootDisk(), vda);
        const DiskUse use = BlockDevices::diskUse(*vda);
        QVERIFY(!use.empty);
        QVERIFY(use.holdsRoot);
        QVERIFY(BlockDevices::diskUse(*list.find(QStringLiteral("zram0"))).empty);
    }
    void realSampleAllStrings()
    {
        // util-linux 2.31 prints every value as a string, names as full paths (-p).
        const BlockDeviceList list = BlockDevices::parseLsblkJson(
            fixture(QStringLiteral("formats/lsblk-JO-util-linux-2.31-ubuntu18-all-strings.json")));
        QVERIFY2(list.ok, qPrintable(list.error));
        const BlockDevice *sda = list.find(QStringLiteral("/dev/sda"));
        QVERIFY(sda);
        QCOMPARE(sda->path(), QStringLiteral("/dev/sda"));
        QCOMPARE(sda->size, 407379968LL);
        QVERIFY(sda->rotational);
        QCOMPARE(sda->model, QStringLiteral("Virtual Disk")); // trailing blanks cut
    }
    void proxmoxNode()
    {
        const BlockDeviceList list = BlockDevices::parseLsblkJson(
            fixture(QStringLiteral("preflight/lsblk-pve-node-typed.json")));
        QVERIFY2(list.ok, qPrintable(list.error));
        const BlockDevice *root = list.rootDisk();
        QVERIFY(root);
        QCOMPARE(root->path(), QStringLiteral("/dev/nvme0n1")); // through a partition and LVM
        const BlockDevice *db = list.find(QStringLiteral("/dev/nvme1n1"));
        QVERIFY(db && db->isNvme());
        QVERIFY(!db->rotational);
        QVERIFY(BlockDevices::diskUse(*db).empty);
        QVERIFY(BlockDevices::diskUse(*list.find(QStringLiteral("/dev/sda"))).empty);
        QVERIFY(list.find(QStringLiteral("pve-root")));
        QVERIFY(!list.find(QStringLiteral("/dev/sde")));
    }
    void diskUseReasons_data()
    {
        QTest::addColumn<QString>("disk");
        QTest::addColumn<QString>("reason");
        QTest::newRow("filesystem") << QStringLiteral("/dev/sdb") << QStringLiteral("ext4");
        QTest::newRow("partition") << QStringLiteral("/dev/sdc") << QStringLiteral("1 partition");
        QTest::newRow("md member")
            << QStringLiteral("/dev/sdd") << QStringLiteral("md RAID signature");
        QTest::newRow("md array") << QStringLiteral("/dev/sdd") << QStringLiteral("/dev/md127");
        QTest::newRow("root disk")
            << QStringLiteral("/dev/nvme0n1") << QStringLiteral("root filesystem");
    }
    void diskUseReasons()
    {
        QFETCH(QString, disk);
        QFETCH(QString, reason);
        const BlockDeviceList list = BlockDevices::parseLsblkJson(
            fixture(QStringLiteral("preflight/lsblk-pve-node-typed.json")));
        const BlockDevice *d = list.find(disk);
        QVERIFY(d);
        const DiskUse use = BlockDevices::diskUse(*d);
        QVERIFY(!use.empty);
        QVERIFY2(use.reasons.join(QLatin1Char('|')).contains(reason),
                 qPrintable(use.reasons.join(QLatin1Char('|'))));
    }
    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("lsblk: unknown column: PKNAME");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no list") << QByteArray("{\"blockdevices\": {}}");
        QTest::newRow("entry not object") << QByteArray("{\"blockdevices\": [42]}");
        QTest::newRow("no name") << QByteArray(
            "{\"blockdevices\": [{\"type\":\"disk\",\"size\":1}]}");
        QTest::newRow("size as text") << QByteArray(
            "{\"blockdevices\": [{\"name\":\"sda\",\"type\":\"disk\",\"size\":\"6T\"}]}");
        QTest::newRow("negative size")
            << QByteArray("{\"blockdevices\": [{\"name\":\"sda\",\"type\":\"disk\",\"size\":-1}]}");
        QTest::newRow("rota garbage")
            << QByteArray("{\"blockdevices\": "
                          "[{\"name\":\"sda\",\"type\":\"disk\",\"size\":1,\"rota\":\"yes\"}]}");
        QTest::newRow("children not list")
            << QByteArray("{\"blockdevices\": "
                          "[{\"name\":\"sda\",\"type\":\"disk\",\"size\":1,\"children\":{}}]}");
    }
    void malformed()
    {
        QFETCH(QByteArray, json);
        const BlockDeviceList list = BlockDevices::parseLsblkJson(json);
        QVERIFY(!list.ok);
        QVERIFY(!list.error.isEmpty());
        QVERIFY(list.devices.isEmpty());
    }
    void truncatedNeverCrashesNorPasses()
    {
        const QByteArray full = fixture(QStringLiteral("preflight/lsblk-pve-node-typed.json"));
        for (int cut = 0; cut < full.size() - 8; cut += 7) {
            const BlockDeviceList list = BlockDevices::parseLsblkJson(full.left(cut));
            QVERIFY2(!list.ok, qPrintable(QString::number(cut)));
        }
    }
};

QTEST_GUILESS_MAIN(BlockDevicesTest)
#include "BlockDevicesTest.moc"
