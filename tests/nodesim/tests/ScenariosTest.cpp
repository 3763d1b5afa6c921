// SPDX-License-Identifier: GPL-3.0-or-later
// Every scenario knob: missing or used disks, MTU, PVE version or absence, injected failures
// and delays, dead nodes, an unconfigured private network, ifreload.
#include "SimHarness.h"

#include <QElapsedTimer>

using namespace simtest;

class ScenariosTest : public QObject
{
    Q_OBJECT
    const QString n1 = QStringLiteral("node-01");
    const QString n2 = QStringLiteral("node-02");

private Q_SLOTS:
    void missingDisk()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[1].disks.removeIf(
            [](const SimDiskConfig &d) { return d.name == QLatin1String("sdd"); });
        Harness h(nodes);
        QCOMPARE(h.sh(n2, QStringLiteral("lsblk -J -b -o NAME /dev/sdd")).rc, 32);
        QCOMPARE(json(h.must(n2, QStringLiteral("lsblk -J -b -d -o NAME")))
                     .object()[QStringLiteral("blockdevices")]
                     .toArray()
                     .size(),
                 5);
        const Run r =
            h.sh(n2, QStringLiteral(
                         "apt-get install -y mdadm >/dev/null && mdadm --create /dev/md0 "
                         "--level=5 --raid-devices=4 /dev/sda /dev/sdb /dev/sdc /dev/sdd --run"));
        QCOMPARE(r.rc, 1);
        QVERIFY(r.err.contains(
            QStringLiteral("mdadm: cannot open /dev/sdd: No such file or directory")));
    }
    void diskWithData()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[0].disk(QStringLiteral("sdc"))->content = DiskContent::Ext4;
        nodes[0].disk(QStringLiteral("sdb"))->content = DiskContent::Partitioned;
        Harness h(nodes);
        const QJsonObject sdb =
            json(h.must(n1, QStringLiteral("lsblk -J -b -o NAME,TYPE,FSTYPE /dev/sdb")))
                .object()[QStringLiteral("blockdevices")]
                .toArray()
                .first()
                .toObject();
        QCOMPARE(sdb[QStringLiteral("children")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("fstype")]
                     .toString(),
                 QStringLiteral("ext4"));
        QVERIFY(h.must(n1, QStringLiteral("wipefs -n /dev/sdb")).contains(QStringLiteral("gpt")));
        const QString mdadm =
            QStringLiteral("apt-get install -y mdadm >/dev/null; mdadm --create /dev/md0 --level=5 "
                           "--raid-devices=4 /dev/sda /dev/sd%1 /dev/sd%2 /dev/sdd --run");
        const Run part = h.sh(n1, mdadm.arg(QStringLiteral("b"), QStringLiteral("e")));
        QVERIFY(part.err.contains(QStringLiteral("partition table exists on /dev/sdb")));
        QVERIFY(part.err.contains(QStringLiteral("create aborted")));
        h.must(n1, QStringLiteral("wipefs -a /dev/sdb >/dev/null"));
        const Run fs = h.sh(n1, mdadm.arg(QStringLiteral("b"), QStringLiteral("c")));
        QCOMPARE(fs.rc, 1);
        QVERIFY(
            fs.err.contains(QStringLiteral("/dev/sdc appears to contain an ext2fs file system")));
        QCOMPARE(h.sh(n1, QStringLiteral("pvcreate /dev/sdc")).rc, 5);
    }
    void dbDevicePartitioned()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[0].disk(QStringLiteral("nvme1n1"))->content = DiskContent::Partitioned;
        Harness h(nodes);
        QVERIFY(!h.deployAll(8)); // stops at node-01's ceph-volume
        const Run r = h.sh(
            n1,
            QStringLiteral("ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1"));
        QCOMPARE(r.rc, 1);
        QVERIFY(r.err.contains(QStringLiteral("RuntimeError: Cannot use device (/dev/nvme1n1)")));
        QVERIFY(h.must(n1, QStringLiteral("lsblk -J -o NAME /dev/nvme1n1"))
                    .contains(QStringLiteral("nvme1n1p1")));
        // The partition itself (a filesystem on it) is refused too; an empty LV is accepted.
        QCOMPARE(
            h.sh(n1, QStringLiteral(
                         "ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1p1"))
                .rc,
            1);
    }
    void privateMtu1500()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[2].privateMtu = 1500;
        Harness h(nodes);
        const Run from = h.sh(QStringLiteral("node-03"),
                              QStringLiteral("ping -M do -s 8972 -c 2 -W 1 10.0.0.1"));
        QCOMPARE(from.rc, 1);
        QVERIFY(from.err.contains(QStringLiteral("ping: local error: message too long, mtu=1500")));
        const Run to = h.sh(n1, QStringLiteral("ping -M do -s 8972 -c 2 -W 1 10.0.0.3"));
        QCOMPARE(to.rc, 1);
        QVERIFY(to.err.isEmpty());
        QVERIFY(
            to.out.contains(QStringLiteral("2 packets transmitted, 0 received, 100% packet loss")));
        QCOMPARE(h.sh(n1, QStringLiteral("ping -M do -s 1472 -c 2 -W 1 10.0.0.3")).rc, 0);
        QCOMPARE(h.sh(n1, QStringLiteral("ping -M do -s 8972 -c 2 -W 1 10.0.0.2")).rc, 0);
        QCOMPARE(h.sh(n1, QStringLiteral("cat /sys/class/net/enp1s0f1/mtu")).out,
                 QStringLiteral("9000\n"));
        QCOMPARE(json(h.must(QStringLiteral("node-03"), QStringLiteral("ip -j link show enp1s0f1")))
                     .array()
                     .first()
                     .toObject()[QStringLiteral("mtu")]
                     .toInt(),
                 1500);
        // A switch that drops jumbo frames: silent loss everywhere.
        SimScenario sc;
        sc.switchMtu = 1500;
        Harness sw(SimCluster::defaultNodes(), sc);
        const Run drop = sw.sh(n1, QStringLiteral("ping -M do -s 8972 -c 2 10.0.0.2"));
        QCOMPARE(drop.rc, 1);
        QVERIFY(drop.err.isEmpty());
    }
    void pveAbsent()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[1].pveMajor = 0;
        Harness h(nodes);
        for (const QString &cmd : {QStringLiteral("pveversion"), QStringLiteral("pvecm status"),
                                   QStringLiteral("ha-manager status")}) {
            const Run r = h.sh(n2, cmd);
            QCOMPARE(r.rc, 127);
            QCOMPARE(
                r.err,
                QStringLiteral("sh: 1: %1: not found\n").arg(cmd.section(QLatin1Char(' '), 0, 0)));
        }
        QCOMPARE(h.sh(n2, QStringLiteral("lsblk -J")).rc, 0);
    }
    void injectedFailureAndDelay()
    {
        SimScenario sc;
        sc.failures << SimFailure{
            QStringLiteral("node-02"), QStringLiteral("pvcreate"), QStringLiteral("^/dev/md0$"), 5,
            QStringLiteral("  Cannot use /dev/md0: device is too small (simulated)")};
        sc.delaysMs.insert(QStringLiteral("hostname"), 300);
        Harness h(SimCluster::defaultNodes(), sc);
        const Run r = h.sh(n2, QStringLiteral("pvcreate /dev/md0"));
        QCOMPARE(r.rc, 5);
        QVERIFY(r.err.contains(QStringLiteral("simulated")));
        QVERIFY(h.sh(n1, QStringLiteral("pvcreate /dev/md0"))
                    .err.contains(QStringLiteral("No device found"))); // other node: real behaviour
        QElapsedTimer t;
        t.start();
        h.must(n1, QStringLiteral("hostname"));
        QVERIFY(t.elapsed() >= 300);
        QVERIFY(SimCluster::clearFailures(h.dir()));
        QVERIFY(h.sh(n2, QStringLiteral("pvcreate /dev/md0"))
                    .err.contains(QStringLiteral("No device found")));
        QVERIFY(SimCluster::addFailure(
            h.dir(), SimFailure{QString(), QStringLiteral("ceph"), QString(), 1, QString()}));
        QCOMPARE(h.sh(n1, QStringLiteral("ceph -s")).err,
                 QStringLiteral("ceph: simulated failure\n"));
    }
    void deadNode()
    {
        SimScenario sc;
        sc.deadNodes << QStringLiteral("node-03");
        Harness h(SimCluster::defaultNodes(), sc);
        for (const QString &cmd : {QStringLiteral("hostname"), QStringLiteral("cat /etc/hostname"),
                                   QStringLiteral("lsblk")}) {
            const Run r = h.sh(QStringLiteral("node-03"), cmd);
            QCOMPARE(r.rc, 255);
            QVERIFY(r.err.contains(
                QStringLiteral("ssh: connect to host 203.0.113.13 port 22: No route to host")));
        }
        QCOMPARE(h.sh(n1, QStringLiteral("ping -c 2 -W 1 10.0.0.3")).rc, 1);
        QCOMPARE(h.sh(n1, QStringLiteral("ping -c 2 -W 1 203.0.113.13")).rc, 1);
        QCOMPARE(h.sh(n1, QStringLiteral("ping -c 2 -W 1 203.0.113.12")).rc, 0);
    }
    void privateNetworkNotConfigured()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        for (SimNodeConfig &c : nodes)
            c.privateNetworkConfigured = false;
        Harness h(nodes);
        QCOMPARE(h.sh(n1, QStringLiteral("ip -j link show vmbr1")).rc, 1);
        const QJsonObject nic =
            json(h.must(n1, QStringLiteral("ip -j addr show enp1s0f1"))).array().first().toObject();
        QCOMPARE(nic[QStringLiteral("mtu")].toInt(), 1500);
        QVERIFY(nic[QStringLiteral("addr_info")].toArray().isEmpty());
        const Run r = h.sh(n1, QStringLiteral("ping -M do -s 8972 -c 1 10.0.0.2"));
        QCOMPARE(r.rc, 1); // through the default route: the public side drops it
        QCOMPARE(h.sh(n1,
                      QStringLiteral("pveceph install --repository no-subscription && pveceph init "
                                     "--network 10.0.0.0/24 && pveceph mon create"),
                      "y\n")
                     .rc,
                 255);
        // The network phase: write the procedure's interfaces file, reload, and the mesh works.
        for (int i = 1; i <= 3; ++i) {
            const QString node = QStringLiteral("node-0%1").arg(i);
            const QString stanza =
                QStringLiteral("auto enp1s0f1\niface enp1s0f1 inet manual\n    mtu 9000\n\nauto "
                               "vmbr1\niface vmbr1 inet static\n"
                               "    address 10.0.0.%1/24\n    bridge-ports enp1s0f1\n    "
                               "bridge-stp off\n    bridge-fd 0\n    mtu 9000\n")
                    .arg(i);
            h.must(node,
                   QStringLiteral(
                       "cp /etc/network/interfaces /etc/network/interfaces.bak && "
                       "sed -i '/^iface enp1s0f1 inet manual$/d' /etc/network/interfaces && "
                       "tee -a /etc/network/interfaces >/dev/null && ifreload -a"),
                   stanza.toUtf8());
        }
        const QJsonObject br =
            json(h.must(n1, QStringLiteral("ip -j addr show vmbr1"))).array().first().toObject();
        QCOMPARE(br[QStringLiteral("mtu")].toInt(), 9000);
        QCOMPARE(br[QStringLiteral("addr_info")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("local")]
                     .toString(),
                 QStringLiteral("10.0.0.1"));
        QCOMPARE(h.sh(n1, QStringLiteral("ping -M do -s 8972 -c 3 -W 1 10.0.0.3")).rc, 0);
        // A bridge without an mtu line goes back to 1500 on reload.
        h.must(n2,
               QStringLiteral("sed -i '/^    mtu 9000$/d' /etc/network/interfaces && ifreload -a"));
        QVERIFY(h.sh(n2, QStringLiteral("ping -M do -s 8972 -c 1 10.0.0.1"))
                    .err.contains(QStringLiteral("mtu=1500")));
        QCOMPARE(h.sh(n1, QStringLiteral("ifreload")).rc, 2);
        h.must(n1, QStringLiteral("echo 'garbage line' | tee -a /etc/network/interfaces"));
        QVERIFY(
            h.sh(n1, QStringLiteral("ifreload -a")).err.contains(QStringLiteral("invalid syntax")));
    }
    void ifreloadLosesConnectivity()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[0].ifreloadBreaksNetwork = true;
        SimScenario sc;
        sc.networkRollbackSeconds = 60;
        Harness h(nodes, sc);
        QCOMPARE(h.sh(n1, QStringLiteral("ifreload -a")).rc, 255);
        QCOMPARE(h.sh(n1, QStringLiteral("hostname")).rc, 255);
        QVERIFY(SimCluster::advanceClock(h.dir(), 61));
        QCOMPARE(h.sh(n1, QStringLiteral("hostname")).rc, 0); // the timed rollback brought it back
        QCOMPARE(json(h.must(n1, QStringLiteral("ip -j link show vmbr1")))
                     .array()
                     .first()
                     .toObject()[QStringLiteral("mtu")]
                     .toInt(),
                 9000);
    }
    void timeSync()
    {
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        nodes[1].timeSynced = false;
        Harness h(nodes);
        QVERIFY(h.must(n1, QStringLiteral("chronyc tracking"))
                    .contains(QStringLiteral("Leap status     : Normal")));
        QVERIFY(h.must(n2, QStringLiteral("chronyc tracking"))
                    .contains(QStringLiteral("Not synchronised")));
        QCOMPARE(h.must(n2, QStringLiteral("timedatectl show -p NTPSynchronized --value")),
                 QStringLiteral("no\n"));
        QCOMPARE(h.must(n1, QStringLiteral("timedatectl show -p NTPSynchronized --value")),
                 QStringLiteral("yes\n"));
        QCOMPARE(h.must(n1, QStringLiteral("getent hosts node-01")),
                 QStringLiteral("203.0.113.11    node-01.example.invalid node-01\n"));
        QCOMPARE(h.sh(n1, QStringLiteral("getent hosts node-02")).rc, 2);
        QCOMPARE(h.must(n1, QStringLiteral("systemctl is-active chrony")),
                 QStringLiteral("active\n"));
        QCOMPARE(h.sh(n1, QStringLiteral("systemctl is-active corosync")).rc, 3);
        QCOMPARE(h.sh(n1, QStringLiteral("systemctl restart nosuch")).rc, 5);
    }
};

QTEST_GUILESS_MAIN(ScenariosTest)
#include "ScenariosTest.moc"
