// SPDX-License-Identifier: GPL-3.0-or-later
// The whole procedure on three simulated nodes, then the state the health checks read, then
// idempotency: creating what exists fails with the real tool's error.
#include "SimHarness.h"

using namespace simtest;

class ProcedureTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullProcedurePve8()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QVERIFY(h.deployAll(8));
        const QString n1 = QStringLiteral("node-01");
        const QJsonObject s = json(h.must(n1, QStringLiteral("ceph -s --format json"))).object();
        QCOMPARE(s[QStringLiteral("health")].toObject()[QStringLiteral("status")].toString(),
                 QStringLiteral("HEALTH_OK"));
        QCOMPARE(s[QStringLiteral("monmap")].toObject()[QStringLiteral("num_mons")].toInt(), 3);
        QCOMPARE(s[QStringLiteral("quorum_names")].toArray().size(), 3);
        const QJsonObject osd = s[QStringLiteral("osdmap")].toObject();
        QCOMPARE(osd[QStringLiteral("num_osds")].toInt(), 3);
        QCOMPARE(osd[QStringLiteral("num_up_osds")].toInt(), 3);
        QCOMPARE(osd[QStringLiteral("num_in_osds")].toInt(), 3);
        const QJsonObject pg = s[QStringLiteral("pgmap")].toObject();
        QCOMPARE(pg[QStringLiteral("num_pools")].toInt(), 2);
        QCOMPARE(pg[QStringLiteral("pgs_by_state")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("state_name")]
                     .toString(),
                 QStringLiteral("active+clean"));
        QVERIFY(pg[QStringLiteral("bytes_total")].toDouble() > 50e12);
        QVERIFY(
            h.must(n1, QStringLiteral("ceph -s")).contains(QStringLiteral("health: HEALTH_OK")));
        const QString pvecm = h.must(QStringLiteral("node-02"), QStringLiteral("pvecm status"));
        QVERIFY(pvecm.contains(QStringLiteral("Quorate:          Yes")));
        QVERIFY(pvecm.contains(QStringLiteral("Nodes:            3")));
        QVERIFY(pvecm.contains(QStringLiteral("10.0.0.2 (local)")));
        const QString pvesm = h.must(QStringLiteral("node-03"), QStringLiteral("pvesm status"));
        QVERIFY(pvesm.contains(
            QRegularExpression(QStringLiteral("\\nStockage-HA +rbd +active +\\d+"))));
        const QString ha = h.must(QStringLiteral("node-02"), QStringLiteral("ha-manager status"));
        QVERIFY(ha.startsWith(QStringLiteral("quorum OK\nmaster node-01 (active, ")));
        QVERIFY(ha.contains(QStringLiteral("service vm:100 (node-01, started)")));
        QVERIFY(h.must(n1, QStringLiteral("qm status 100"))
                    .contains(QStringLiteral("status: running")));
        // The RAID is rebuilding at first, clean after raidSyncSeconds.
        QVERIFY(h.must(n1, QStringLiteral("cat /proc/mdstat"))
                    .contains(QStringLiteral("[4/3] [UUU_]")));
        QVERIFY(h.must(n1, QStringLiteral("mdadm --detail --scan"))
                    .contains(QStringLiteral(" spares=1 ")));
        QVERIFY(SimCluster::advanceClock(h.dir(), 31));
        const QString mdstat = h.must(n1, QStringLiteral("cat /proc/mdstat"));
        QVERIFY(mdstat.contains(QStringLiteral("[4/4] [UUUU]")));
        QVERIFY(!mdstat.contains(QStringLiteral("recovery")));
        QVERIFY(h.must(n1, QStringLiteral("mdadm --detail /dev/md0"))
                    .contains(QStringLiteral("State : clean \n")));
        QVERIFY(h.must(n1, QStringLiteral("cat /etc/mdadm/mdadm.conf"))
                    .contains(QStringLiteral("ARRAY /dev/md0 metadata=1.2")));
        // lsblk shows the stack: sda -> md0 -> ceph--raid-osd, nvme1n1 -> ceph db LV.
        const QJsonArray devs =
            json(h.must(n1, QStringLiteral("lsblk -J -b -o NAME,TYPE,FSTYPE /dev/sda")))
                .object()[QStringLiteral("blockdevices")]
                .toArray();
        const QJsonObject sda = devs.first().toObject();
        QCOMPARE(sda[QStringLiteral("fstype")].toString(), QStringLiteral("linux_raid_member"));
        const QJsonObject md0 = sda[QStringLiteral("children")].toArray().first().toObject();
        QCOMPARE(md0[QStringLiteral("type")].toString(), QStringLiteral("raid5"));
        QCOMPARE(md0[QStringLiteral("children")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("name")]
                     .toString(),
                 QStringLiteral("ceph--raid-osd"));
        QVERIFY(h.must(n1, QStringLiteral("lvs --noheadings -o lv_tags ceph-raid/osd"))
                    .contains(QStringLiteral("ceph.osd_id=0")));
        QVERIFY(h.must(n1, QStringLiteral("ceph-volume lvm list"))
                    .contains(QStringLiteral("====== osd.0 =======")));
        QCOMPARE(
            json(h.must(n1, QStringLiteral("ceph-volume lvm list --format json"))).object().keys(),
            QStringList{QStringLiteral("0")});
        QVERIFY(
            h.must(n1, QStringLiteral("ceph osd tree")).contains(QStringLiteral("host node-03")));
    }
    void fullProcedurePve9()
    {
        SimScenario sc;
        QList<SimNodeConfig> nodes = SimCluster::defaultNodes();
        for (SimNodeConfig &c : nodes)
            c.pveMajor = 9;
        Harness h(nodes, sc);
        QVERIFY(h.deployAll(9));
        QVERIFY(h.must(QStringLiteral("node-01"), QStringLiteral("ha-manager rules config"))
                    .contains(QStringLiteral("node-affinity: Cluster-Prod")));
        QVERIFY(h.must(QStringLiteral("node-01"), QStringLiteral("ceph --version"))
                    .contains(QStringLiteral("squid")));
        QVERIFY(h.must(QStringLiteral("node-01"), QStringLiteral("ha-manager status"))
                    .contains(QStringLiteral("service vm:100 (node-01, started)")));
    }
    void creatingWhatExistsFails()
    {
        Harness h;
        QVERIFY(h.deployAll(8));
        const QString n1 = QStringLiteral("node-01");
        struct Case
        {
            QString node, cmd, error;
            int rc;
        };
        const QList<Case> cases = {
            {n1, QStringLiteral("pvecm create cluster-pve-ha --link0 10.0.0.1"),
             QStringLiteral("cluster config '/etc/pve/corosync.conf' already exists"), 255},
            {QStringLiteral("node-02"),
             QStringLiteral("echo sim-root-password | pvecm add 203.0.113.11 --link0 10.0.0.2 "
                            "--fingerprint %1")
                 .arg(h.fingerprint(n1)),
             QStringLiteral("Check if node may join a cluster failed!"), 255},
            {n1, QStringLiteral("pveceph mon create"),
             QStringLiteral("monitor 'node-01' already exists"), 255},
            {QStringLiteral("node-02"), QStringLiteral("pveceph mgr create"),
             QStringLiteral(
                 "ceph manager directory '/var/lib/ceph/mgr/ceph-node-02' already exists"),
             255},
            {n1,
             QStringLiteral("mdadm --create /dev/md0 --level=5 --raid-devices=4 /dev/sda /dev/sdb "
                            "/dev/sdc /dev/sdd --run"),
             QStringLiteral("Device or resource busy"), 1},
            {n1, QStringLiteral("pvcreate /dev/md0"),
             QStringLiteral("of volume group \"ceph-raid\" without -ff"), 5},
            {n1, QStringLiteral("vgcreate ceph-raid /dev/md0"),
             QStringLiteral("A volume group called ceph-raid already exists."), 5},
            {n1, QStringLiteral("lvcreate -l 100%FREE -n osd ceph-raid"),
             QStringLiteral("Logical Volume \"osd\" already exists in volume group \"ceph-raid\""),
             5},
            {n1,
             QStringLiteral("ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1"),
             QStringLiteral("already prepared"), 1},
            {n1,
             QStringLiteral("pveceph pool create Stockage-HA --size 3 --min_size 2 "
                            "--pg_autoscale_mode on --add_storages 1"),
             QStringLiteral("pool 'Stockage-HA' already exists"), 255},
            {n1, QStringLiteral("ha-manager groupadd Cluster-Prod --nodes node-01"),
             QStringLiteral("ha group 'Cluster-Prod' already defined"), 255},
            {n1, QStringLiteral("ha-manager add vm:100 --group Cluster-Prod --state started"),
             QStringLiteral("resource ID 'vm:100' already defined"), 255},
            {n1, QStringLiteral("wipefs -a /dev/sda"), QStringLiteral("Device or resource busy"),
             1},
        };
        for (const Case &c : cases) {
            const Run r = h.sh(c.node, c.cmd);
            QVERIFY2(r.rc == c.rc,
                     qPrintable(QStringLiteral("%1 -> %2 (%3)").arg(c.cmd).arg(r.rc).arg(r.err)));
            QVERIFY2(QString(r.err + r.out).contains(c.error),
                     qPrintable(c.cmd + QStringLiteral(": ") + r.err));
        }
        // And the plan's idempotent form passes: the check says "already done".
        QCOMPARE(h.sh(n1, QStringLiteral("mdadm --detail --scan | grep -q \"$(mdadm --detail "
                                         "--scan | sed 's/.*UUID=//')\" /etc/mdadm/mdadm.conf"))
                     .rc,
                 0);
        QCOMPARE(h.sh(n1, QStringLiteral("pveceph init --network 10.0.0.0/24")).rc, 0);
        QCOMPARE(h.sh(n1, QStringLiteral("apt-get install -y mdadm"))
                     .out.contains(QStringLiteral("already the newest version")),
                 true);
    }
    void failuresBeforePrerequisites()
    {
        Harness h;
        const QString n1 = QStringLiteral("node-01");
        QCOMPARE(h.sh(n1, QStringLiteral("mdadm --detail --scan")).rc,
                 127); // mdadm is not installed on a fresh PVE
        QCOMPARE(h.sh(n1, QStringLiteral("ceph -s")).rc, 127);
        QCOMPARE(h.sh(n1, QStringLiteral("pvecm status")).rc, 2);
        QVERIFY(h.sh(n1, QStringLiteral("pveceph init --network 10.0.0.0/24"))
                    .err.contains(QStringLiteral("binary not installed")));
        // Default repository is enterprise: fails without a subscription.
        QCOMPARE(h.sh(n1, QStringLiteral("pveceph install")).rc, 255);
        // apt-get without -y refuses packages that pull dependencies (stdin is not a terminal).
        QCOMPARE(h.sh(n1, QStringLiteral("pveceph install --repository no-subscription")).rc, 255);
        QCOMPARE(h.sh(n1, QStringLiteral("pveceph install --repository no-subscription"), "y\n").rc,
                 0);
        QVERIFY(h.sh(n1, QStringLiteral("pveceph mon create"))
                    .err.contains(QStringLiteral("not initialized")));
        QCOMPARE(h.sh(n1, QStringLiteral("ceph -s")).rc, 1);
        h.must(n1, QStringLiteral("pveceph init --network 10.0.0.0/24"));
        // No bootstrap keyring yet: ceph-volume cannot get an OSD id.
        h.must(n1,
               QStringLiteral("pveceph mon create && apt-get install -y mdadm && mdadm --create "
                              "/dev/md0 -l5 -n4 /dev/sda /dev/sdb /dev/sdc /dev/sdd --run && "
                              "pvcreate /dev/md0 && vgcreate ceph-raid /dev/md0 && lvcreate -l "
                              "100%FREE -n osd ceph-raid"));
        const Run cv = h.sh(
            n1,
            QStringLiteral("ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1"));
        QCOMPARE(cv.rc, 1);
        QVERIFY(cv.err.contains(QStringLiteral("Unable to create a new OSD id")));
        // pvecm add needs the password and refuses without --fingerprint.
        const QString fp = h.fingerprint(n1);
        h.must(n1, QStringLiteral("pvecm create cluster-pve-ha --link0 10.0.0.1"));
        QVERIFY(
            h.sh(QStringLiteral("node-02"),
                 QStringLiteral("pvecm add 203.0.113.11 --link0 10.0.0.2 --fingerprint %1").arg(fp),
                 "wrong\n")
                .err.contains(QStringLiteral("401 authentication failure")));
        QVERIFY(h.sh(QStringLiteral("node-02"),
                     QStringLiteral("pvecm add 203.0.113.11 --link0 10.0.0.2"),
                     "sim-root-password\n")
                    .out.contains(
                        QStringLiteral("Are you sure you want to continue connecting (yes/no)?")));
        QVERIFY(
            h.sh(QStringLiteral("node-02"),
                 QStringLiteral("pvecm add 203.0.113.11 --link0 10.0.0.9 --fingerprint %1").arg(fp),
                 "sim-root-password\n")
                .err.contains(
                    QStringLiteral("cannot use IP '10.0.0.9', not found on local node!")));
        QCOMPARE(
            h.sh(QStringLiteral("node-02"),
                 QStringLiteral("pvecm add 203.0.113.11 --link0 10.0.0.2 --fingerprint %1").arg(fp),
                 "sim-root-password\n")
                .rc,
            0);
        QVERIFY(h.must(QStringLiteral("node-02"),
                       QStringLiteral("pvesh get /cluster/config/join --output-format json"))
                    .contains(fp));
    }
};

QTEST_GUILESS_MAIN(ProcedureTest)
#include "ProcedureTest.moc"
