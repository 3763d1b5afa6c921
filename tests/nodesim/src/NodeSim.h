// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Public API of the Proxmox node simulator (library pveha_nodesim, Qt Core only).
// A simulated cluster is a directory: one state root per node plus a shared cluster
// directory. Commands reach it through "shims" (symlinks named after tools pointing at the
// pve-nodesim program) with NODESIM_ROOT / NODESIM_CLUSTER in the environment, or in-process
// through SimCluster::run().
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pveha::sim {

/// What a disk holds when the node is seeded.
enum class DiskContent {
    Empty,       // no partition table, no signature
    OsInstall,   // Proxmox VE install: BIOS boot, ESP, LVM PV (VG pve: swap, root, data)
    Ext4,        // an ext4 filesystem on the whole disk
    Partitioned, // a GPT table with one ext4 partition
};

struct SimDiskConfig
{
    QString name; // sda, nvme1n1
    qint64 sizeBytes = 0;
    bool rotational = false;
    QString transport; // nvme, sata
    QString model;
    QString serial;
    DiskContent content = DiskContent::Empty;
};

struct SimNodeConfig
{
    QString name;
    QString publicAddress;
    QString privateAddress;
    int privatePrefix = 24;
    QString publicInterface = QStringLiteral("enp1s0f0");
    QString privateInterface = QStringLiteral("enp1s0f1");
    QString bridge = QStringLiteral("vmbr1");
    QString domain = QStringLiteral("example.invalid");
    int pveMajor = 8; // 8, 9, or 0 = Proxmox VE absent
    int privateMtu = 9000;
    bool privateNetworkConfigured = true; // false: no bridge, no private address yet
    bool timeSynced = true;
    bool ifreloadBreaksNetwork = false; // ifreload makes the node unreachable until rollback
    QString rootPassword = QStringLiteral("sim-root-password");
    QStringList extraPackages; // e.g. "mdadm" preinstalled
    QList<SimDiskConfig> disks;

    /// Node i (1-based) of the example spec: node-0i, 203.0.113.1i, 10.0.0.i, default disks.
    static SimNodeConfig standard(int index);
    /// nvme0n1 (OS), nvme1n1 (512 GB empty NVMe), sda..sdd (6 TB empty SATA HDDs).
    static QList<SimDiskConfig> standardDisks(int index);
    SimDiskConfig *disk(const QString &name);
};

struct SimFailure
{
    QString node; // empty: every node
    QString tool;
    QString argsPattern; // regular expression on the arguments joined by single spaces
    int exitCode = 1;
    QString stderrText;
};

struct SimScenario
{
    double timeScale = 1.0;   // simulated seconds per real second
    int raidSyncSeconds = 30; // simulated time for a new RAID 5 to finish recovery
    int pgPeeringSeconds = 0; // simulated time before new PGs are active+clean
    int networkRollbackSeconds = 60;
    int switchMtu = 9000; // the vRack's largest frame
    int haLrmDeadAfter = 10, haFenceAfter = 40, haRecoveryAfter = 120, haStartedAfter = 130;
    QList<SimFailure> failures;
    QMap<QString, int> delaysMs; // tool -> artificial delay ("*": every tool)
    QStringList deadNodes;       // crashed from the start
    bool withTestVm = true;      // VM 100 "test-ha" on the first node
};

struct SimNode
{
    QString name;
    QString root;    // NODESIM_ROOT
    QString cluster; // NODESIM_CLUSTER
    /// The environment for a command on this node: NODESIM_* and PATH=shimDir:/usr/bin:/bin.
    QProcessEnvironment environment(const QString &shimDir) const;
};

struct SimResult
{
    int exitCode = 0;
    QByteArray out;
    QByteArray err;
};

class SimCluster
{
public:
    /// node-01..03 of contract/cluster.example.json.
    static QList<SimNodeConfig> defaultNodes();
    /// Lays out dir/cluster and dir/nodes/NAME (wiping what was there). Empty list on error.
    static QList<SimNode> create(const QString &dir, const QList<SimNodeConfig> &nodes,
                                 const SimScenario &scenario = {}, QString *error = nullptr);
    static QList<SimNode> nodes(const QString &dir);
    /// Creates DIR/<tool> -> program symlinks for every simulated tool.
    static bool installShims(const QString &shimDir, const QString &program,
                             QString *error = nullptr);
    static QStringList toolNames();
    static bool isToolName(const QString &name);
    /// Runs one tool in-process (no shell) on a node.
    static SimResult run(const SimNode &node, const QString &tool, const QStringList &args,
                         const QByteArray &stdinData = {});
    // Control knobs for tests and demos (take the lock, change the cluster state).
    static bool crash(const QString &dir, const QString &node);
    static bool revive(const QString &dir, const QString &node);
    static bool advanceClock(const QString &dir, double simulatedSeconds);
    static bool setTimeScale(const QString &dir, double scale);
    static bool addFailure(const QString &dir, const SimFailure &failure);
    static bool clearFailures(const QString &dir);
    static bool setDelay(const QString &dir, const QString &tool, int ms);
    // A deployed cluster degraded, and back (SimKnobs.cpp). False when the node has no such
    // disk, OSD or monitor, or when the change would fail the array.
    /// The md member `device` (sdb or /dev/sdb) fails, as `mdadm /dev/md0 --fail` marks it.
    static bool failDisk(const QString &dir, const QString &node, const QString &device);
    /// A failed or removed member back in sync at once (the slow way: mdadm --remove, --add).
    static bool restoreDisk(const QString &dir, const QString &node, const QString &device);
    /// osd.ID's daemon on `node` stopped or started, as `systemctl stop ceph-osd@ID` does.
    static bool stopOsd(const QString &dir, const QString &node, int id);
    static bool startOsd(const QString &dir, const QString &node, int id);
    /// The monitor of `node` stopped or started (`systemctl stop ceph-mon@NODE`).
    static bool stopMon(const QString &dir, const QString &node);
    static bool startMon(const QString &dir, const QString &node);
};

/// Multi-call entry: dispatches on basename(argv[0]), or argv[1] when called as pve-nodesim;
/// `pve-nodesim --install-shims DIR`. Reads NODESIM_ROOT/NODESIM_CLUSTER from the environment.
int multiCallMain(int argc, char **argv);
/// `pve-nodesim --serve SOCKET`: runs the calls pve-nodesim-shim hands over, each in a fork of
/// this process (src/Serve.cpp). Returns only on failure.
int serveMain(const QString &socketPath);

} // namespace pveha::sim
