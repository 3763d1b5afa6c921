// SPDX-License-Identifier: GPL-3.0-or-later
// The preflight's decisions, on real outputs and a Proxmox-like node: what passes, what
// fails and what the message names. Nothing unreadable ever passes.
#include "preflight/NodeEvaluator.h"
#include "spec/ClusterSpec.h"

#include <QFile>
#include <QLocale>
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
BlockDeviceList node()
{
    return BlockDevices::parseLsblkJson(
        fixture(QStringLiteral("preflight/lsblk-pve-node-typed.json")));
}
} // namespace

class NodeEvaluatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void osDisk()
    {
        ClusterSpec spec = ClusterSpec::example();
        Finding f = NodeEvaluator::osDisk(node(), spec);
        QCOMPARE(f.status, CheckStatus::Pass);
        QCOMPARE(f.id, QStringLiteral("disk.os"));
        spec.storage.osDisk = QStringLiteral("/dev/nvme1n1");
        f = NodeEvaluator::osDisk(node(), spec);
        QCOMPARE(f.status, CheckStatus::Fail);
        QVERIFY2(f.message.contains(QStringLiteral("/dev/nvme0n1")), qPrintable(f.message));
        spec.storage.osDisk = QStringLiteral("/dev/nvme9n1");
        QCOMPARE(NodeEvaluator::osDisk(node(), spec).status, CheckStatus::Fail);
        QCOMPARE(NodeEvaluator::osDisk(BlockDevices::parseLsblkJson("garbage"), spec).status,
                 CheckStatus::Fail);
    }

    void dbDevice()
    {
        ClusterSpec spec = ClusterSpec::example();
        QCOMPARE(NodeEvaluator::dbDevice(node(), spec).status, CheckStatus::Pass);
        spec.storage.dbDevice = QStringLiteral("/dev/sda"); // a SATA HDD
        Finding f = NodeEvaluator::dbDevice(node(), spec);
        QCOMPARE(f.status, CheckStatus::Fail);
        QVERIFY2(f.message.contains(QStringLiteral("NVMe")), qPrintable(f.message));
        spec.storage.dbDevice = QStringLiteral("/dev/nvme0n1"); // the OS disk
        f = NodeEvaluator::dbDevice(node(), spec);
        QCOMPARE(f.status, CheckStatus::Fail);
        QVERIFY2(f.message.contains(QStringLiteral("root filesystem")), qPrintable(f.message));
    }

    void raidDisks_data()
    {
        QTest::addColumn<QStringList>("disks");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("observed");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("all empty") << QStringList{QStringLiteral("/dev/sda")}
                                   << int(CheckStatus::Pass) << 1 << QStringLiteral("6.0 TB");
        QTest::newRow("filesystem named")
            << QStringList{QStringLiteral("/dev/sda"), QStringLiteral("/dev/sdb")}
            << int(CheckStatus::Fail) << 1
            << QStringLiteral("/dev/sdb: it holds a signature: ext4");
        QTest::newRow("partition named")
            << QStringList{QStringLiteral("/dev/sdc")} << int(CheckStatus::Fail) << 0
            << QStringLiteral("/dev/sdc: it has 1 partition");
        QTest::newRow("md member named") << QStringList{QStringLiteral("/dev/sdd")}
                                         << int(CheckStatus::Fail) << 0 << QStringLiteral("md127");
        QTest::newRow("missing named")
            << QStringList{QStringLiteral("/dev/sda"), QStringLiteral("/dev/sde")}
            << int(CheckStatus::Fail) << 1 << QStringLiteral("missing: /dev/sde");
        QTest::newRow("not rotational warns")
            << QStringList{QStringLiteral("/dev/sda"), QStringLiteral("/dev/nvme1n1")}
            << int(CheckStatus::Warn) << 2 << QStringLiteral("not rotational");
    }
    void raidDisks()
    {
        QFETCH(QStringList, disks);
        QFETCH(int, status);
        QFETCH(int, observed);
        QFETCH(QString, messagePart);
        ClusterSpec spec = ClusterSpec::example();
        spec.storage.raidDevices = disks;
        const Finding f = NodeEvaluator::raidDisks(node(), spec);
        QCOMPARE(int(f.status), status);
        QCOMPARE(f.observed.toInt(), observed);
        QCOMPARE(f.expected.toInt(), int(disks.size()));
        QVERIFY2(f.message.contains(messagePart), qPrintable(f.message));
    }

    void interface()
    {
        ClusterSpec spec = ClusterSpec::example();
        spec.network.privateInterface = QStringLiteral("eth0");
        const NetInterfaceList links =
            NetInterfaces::parseIpJson(fixture(QStringLiteral("formats/ip-j-link-show.json")));
        Finding f = NodeEvaluator::interface(links, spec);
        QCOMPARE(f.status, CheckStatus::Pass);
        QCOMPARE(f.observed.toInt(), 1500);
        QVERIFY(f.message.contains(QStringLiteral("9000")));
        spec.network.privateInterface = QStringLiteral("wlan0");
        QCOMPARE(NodeEvaluator::interface(links, spec).status, CheckStatus::Warn); // no carrier
        spec.network.privateInterface = QStringLiteral("enp1s0f1");
        f = NodeEvaluator::interface(links, spec);
        QCOMPARE(f.status, CheckStatus::Fail);
        QVERIFY2(f.message.contains(QStringLiteral("eth0")),
                 qPrintable(f.message)); // lists what exists
    }

    void pveVersion()
    {
        QCOMPARE(NodeEvaluator::pveVersion(PveVersion::parse(QString::fromUtf8(fixture(
                                               QStringLiteral("formats/pveversion-v-pve9.1.txt")))),
                                           0, {})
                     .status,
                 CheckStatus::Pass);
        const Finding absent = NodeEvaluator::pveVersion(
            PveVersion::parse(QStringLiteral("sh: 1: pveversion: not found")), 127, {});
        QCOMPARE(absent.status, CheckStatus::Fail);
        QVERIFY(absent.message.contains(QStringLiteral("not installed")));
        QCOMPARE(NodeEvaluator::pveVersion(
                     PveVersion::parse(QStringLiteral("pve-manager/7.4-3/9002ab8a")), 0, {})
                     .status,
                 CheckStatus::Warn);
    }

    void hostnameAndCluster()
    {
        QCOMPARE(NodeEvaluator::hostname(QStringLiteral("node-01.example.invalid\n"),
                                         QStringLiteral("node-01"))
                     .status,
                 CheckStatus::Pass);
        QCOMPARE(NodeEvaluator::hostname(QStringLiteral("ns3012345\n"), QStringLiteral("node-01"))
                     .status,
                 CheckStatus::Fail);
        const ClusterSpec spec = ClusterSpec::example();
        QCOMPARE(NodeEvaluator::existingCluster(QString(), spec).status, CheckStatus::Pass);
        QCOMPARE(NodeEvaluator::existingCluster(
                     QStringLiteral("totem {\n  cluster_name: cluster-pve-ha\n}\n"), spec)
                     .status,
                 CheckStatus::Pass);
        const Finding other = NodeEvaluator::existingCluster(
            QStringLiteral("totem {\n  cluster_name: legacy\n}\n"), spec);
        QCOMPARE(other.status, CheckStatus::Fail);
        QVERIFY(other.message.contains(QStringLiteral("legacy")));
    }

    void rootSpace_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("status");
        QTest::newRow("posix plenty")
            << QStringLiteral("Filesystem 1-blocks Used Available Capacity Mounted "
                              "on\n/dev/mapper/pve-root 100000000000 5000000000 95000000000 5% /\n")
            << int(CheckStatus::Pass);
        QTest::newRow("posix tight")
            << QStringLiteral(
                   "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/mapper/pve-root "
                   "100000000000 97000000000 3000000000 97% /\n")
            << int(CheckStatus::Warn);
        QTest::newRow("posix full")
            << QStringLiteral(
                   "Filesystem 1-blocks Used Available Capacity Mounted on\n/dev/mapper/pve-root "
                   "100000000000 99500000000 500000000 100% /\n")
            << int(CheckStatus::Fail);
        QTest::newRow("one column")
            << QStringLiteral("  Avail\n82946646016\n") << int(CheckStatus::Pass);
        QTest::newRow("error") << QStringLiteral("df: invalid option\n") << int(CheckStatus::Warn);
        QTest::newRow("text in number")
            << QStringLiteral("h\n/dev/x 1 2 lots 3% /\n") << int(CheckStatus::Warn);
    }
    void rootSpace()
    {
        QFETCH(QString, output);
        QFETCH(int, status);
        QCOMPARE(int(NodeEvaluator::rootSpace(output).status), status);
    }

    void mesh()
    {
        const auto entry = [](const char *file, int exitCode) {
            return NodeEvaluator::meshEntry(
                QStringLiteral("node-01"), QStringLiteral("node-02"), 9000,
                PingResult::parse(QString::fromUtf8(fixture(QString::fromLatin1(file))), exitCode));
        };
        QCOMPARE(entry("formats/ping-M-do-8972-success.txt", 0).status, CheckStatus::Pass);
        const MeshEntry local = entry("formats/ping-M-do-local-mtu-too-small.txt", 1);
        QCOMPARE(local.status, CheckStatus::Fail);
        QVERIFY(local.message.startsWith(QStringLiteral("Local MTU too small")));
        QVERIFY(entry("preflight/ping-frag-needed.txt", 1)
                    .message.startsWith(QStringLiteral("Fragmentation needed")));
        QVERIFY(entry("formats/ping-M-do-silent-loss-iputils20221126-LOCAL-CAPTURE.txt", 1)
                    .message.startsWith(QStringLiteral("Silent loss")));
        QCOMPARE(NodeEvaluator::meshEntry(QStringLiteral("a"), QStringLiteral("b"), 9000,
                                          PingResult::parse(QString(), 0))
                     .status,
                 CheckStatus::Fail);
    }

    void repositories_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        const QString hits = QStringLiteral(
            "Hit:1 http://deb.debian.org/debian bookworm InRelease\n"
            "Get:2 http://download.proxmox.com/debian/ceph-reef bookworm InRelease [2,994 B]\n"
            "Reading package lists...\n");
        QTest::newRow("all answer")
            << hits << 0 << int(CheckStatus::Pass) << QStringLiteral("sources checked: 2");
        QTest::newRow("enterprise 401")
            << hits + QStringLiteral("Err:3 https://enterprise.proxmox.com/debian/pve bookworm "
                                     "InRelease\n  401  Unauthorized [IP: 203.0.113.1 443]\n"
                                     "E: Failed to fetch "
                                     "https://enterprise.proxmox.com/debian/pve/dists/bookworm/"
                                     "InRelease  401  Unauthorized\n")
            << 100 << int(CheckStatus::Warn) << QStringLiteral("enterprise repository");
        QTest::newRow("one mirror down")
            << hits +
                   QStringLiteral("Err:3 http://security.debian.org bookworm-security InRelease\n  "
                                  "Temporary failure resolving 'security.debian.org'\n")
            << 0 << int(CheckStatus::Warn) << QStringLiteral("security.debian.org");
        QTest::newRow("nothing answers")
            << QStringLiteral("Err:1 http://deb.debian.org/debian bookworm InRelease\n  Temporary "
                              "failure resolving 'deb.debian.org'\n"
                              "W: Some index files failed to download.\n")
            << 0 << int(CheckStatus::Fail) << QStringLiteral("TCP established");
        QTest::newRow("not apt at all") << QStringLiteral("sh: 1: apt-get: not found\n") << 127
                                        << int(CheckStatus::Fail) << QStringLiteral("DNS");
    }
    void repositories()
    {
        QFETCH(QString, output);
        QFETCH(int, exitCode);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        const Finding f = NodeEvaluator::repositories(output, exitCode);
        QCOMPARE(f.id, QStringLiteral("repo.reach"));
        QCOMPARE(int(f.status), status);
        QVERIFY2(f.message.contains(messagePart), qPrintable(f.message));
    }

    void hosts()
    {
        const ClusterSpec spec = ClusterSpec::example();
        const Finding none = NodeEvaluator::nameResolution(
            QStringLiteral("127.0.0.1 localhost\n203.0.113.11 node-01.example.invalid node-01\n"),
            spec, 0);
        QVERIFY(none.message.contains(QStringLiteral("node-02, node-03")));
        const Finding all = NodeEvaluator::nameResolution(
            QStringLiteral("10.0.0.2 node-02\n10.0.0.3 node-03.priv node-03\n"), spec, 0);
        QVERIFY2(all.message.contains(QStringLiteral("maps every other node")),
                 qPrintable(all.message));
    }
};

QTEST_GUILESS_MAIN(NodeEvaluatorTest)
#include "NodeEvaluatorTest.moc"
