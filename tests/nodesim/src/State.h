// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The simulated world. Node state lives in $NODESIM_ROOT/state.json, cluster-wide state in
// $NODESIM_CLUSTER/cluster.json; both are plain JSON so a test can read (or tweak) them.
// Everything time-dependent (RAID rebuild, HA fencing) is stored as event timestamps and
// computed when read: there is no daemon.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pveha::sim {

struct Partition
{
    QString name;
    qint64 size = 0;
    QString fstype; // "", "vfat", "ext4", "LVM2_member" is derived from LVM state instead
    QString uuid;
    QString mountpoint;
};

struct Disk
{
    QString name;
    qint64 size = 0;
    bool rota = false;
    QString tran;
    QString model;
    QString serial;
    QString ptable; // "" or "gpt"
    QString fstype; // a filesystem directly on the disk ("" = none)
    QString fsUuid;
    QList<Partition> parts;
};

struct MdArray
{
    QString name; // md0
    int level = 5;
    QStringList devices; // /dev/sda ...
    qint64 createdMs = 0;
    QString uuid; // mdadm form aaaaaaaa:bbbbbbbb:cccccccc:dddddddd
    qint64 perDeviceKiB = 0;
    int events = 0;
    // Degraded states (mdadm --fail/--remove/--add): `devices` keeps every role slot in order;
    // a member listed in `faulty` is still attached, marked (F), its slot empty; one in `removed`
    // was hot-removed (its slot shows as removed). `rebuilding` is a re-added member recovering
    // since rebuildStartMs; `readded` lists re-added members, newest first (the kernel lists a
    // newly bound member first in /proc/mdstat).
    QStringList faulty;
    QStringList removed;
    QString rebuilding;
    qint64 rebuildStartMs = 0;
    QStringList readded;
};

struct Pv
{
    QString device;
    QString vg;
    qint64 size = 0;
    QString uuid;
};

struct Vg
{
    QString name;
    QString uuid;
};

struct Lv
{
    QString vg;
    QString name;
    qint64 size = 0;
    QString kname; // dm-N
    QString fstype;
    QString mountpoint;
    QString uuid;
    QStringList tags;
};

struct Iface
{
    QString name;
    QString kind; // loopback, ether, bridge
    int ifindex = 0;
    int mtu = 1500;
    bool up = true;
    QString mac;
    QStringList addrs; // CIDR
    QString master;
    QString gateway;
};

/// A transient timer started by `systemd-run --on-active=N --unit=U CMD…`. The simulator has no
/// daemon: a due timer fires on the node's next command, running CMD through the simulated
/// shell, as systemd would have done at that time.
struct SimTimerState
{
    QString unit;
    qint64 fireAtMs = 0; ///< in Ctx::now() time
    QStringList command;
};

struct NodeState
{
    QString name;
    QString publicAddress;
    QString privateAddress;
    QString privateInterface;
    QString domain;
    int pveMajor = 8;
    QString rootPassword;
    QString certFingerprint;
    bool timeSynced = true;
    QString cephRelease; // "" until pveceph install
    QList<Disk> disks;
    QList<MdArray> arrays;
    QList<Pv> pvs;
    QList<Vg> vgs;
    QList<Lv> lvs;
    QList<Iface> ifaces;
    QStringList packages;
    QStringList activeServices;
    int nextDm = 0;
    qint64 initramfsMs = 0;
    bool ifreloadBreaksNetwork = false;
    QList<SimTimerState> timers;

    QJsonObject toJson() const;
    static NodeState fromJson(const QJsonObject &o);
    Disk *disk(const QString &name);
    const Disk *disk(const QString &name) const;
    Iface *iface(const QString &name);
    const Iface *iface(const QString &name) const;
    const MdArray *array(const QString &name) const;
    const Vg *vg(const QString &name) const;
    Lv *lv(const QString &vg, const QString &name);
    const Pv *pv(const QString &device) const;
    bool hasPackage(const QString &p) const { return packages.contains(p); }
};

struct NodeRef
{
    QString name;
    QString root;
    QString publicAddress;
    QString privateAddress;
    qint64 deadSinceMs = 0;        // crashed (HA fences it)
    qint64 unreachableUntilMs = 0; // lost network after ifreload (comes back: timed rollback)
};

struct CephOsd
{
    int id = 0;
    QString host;
    QString uuid;
    qint64 size = 0;
    QString dataLv; // vg/lv
    QString dbDevice;
    qint64 createdMs = 0;
    qint64 stoppedMs = 0; ///< its daemon was stopped (systemctl stop ceph-osd@N): down since
};

struct CephPool
{
    int id = 0;
    QString name;
    int size = 3;
    int minSize = 2;
    int pgNum = 128;
    QString autoscale = QStringLiteral("on");
    QString application = QStringLiteral("rbd");
    qint64 createdMs = 0;
};

struct Storage
{
    QString name;
    QString type;
    QString pool;
    QString content;
};

struct HaGroup
{
    QString name;
    QStringList nodes;
};

struct HaRule
{
    QString type;
    QString name;
    QStringList resources;
    QStringList nodes;
};

struct HaResource
{
    QString sid;
    QString state = QStringLiteral("started");
    QString group;
    qint64 addedMs = 0;
};

struct Vm
{
    int vmid = 0;
    QString name;
    QString node;
    QString status = QStringLiteral("running");
    int memMb = 2048;
    double diskGb = 32;
};

struct FailRule
{
    QString node; // empty: any node
    QString tool;
    QString argsPattern; // regular expression matched against the arguments joined by spaces
    int exitCode = 1;
    QString stderrText;
};

struct HaTimings
{
    int lrmDeadAfter = 10;   // lrm shows "old timestamp - dead?"
    int fenceAfter = 40;     // service state "fence"
    int recoveryAfter = 120; // fenced (watchdog + lock expiry): "recovery"
    int startedAfter = 130;  // "started" on the recovery node
};

struct ClusterState
{
    QList<NodeRef> nodes;
    double timeScale = 1.0;
    qint64 clockOffsetMs = 0;
    int raidSyncSeconds = 30;
    int pgPeeringSeconds = 0;
    int networkRollbackSeconds = 60;
    int switchMtu = 9000;
    HaTimings ha;
    QMap<QString, int> delaysMs; // tool -> ms ("*" for every tool)
    QList<FailRule> failRules;

    QString clusterName;
    int configVersion = 0;
    QStringList members;

    QString fsid;
    QString cephNetwork;
    QString cephClusterNetwork;
    qint64 cephInitMs = 0;
    QStringList mons;
    QStringList mgrs;
    QMap<QString, qint64> monCreatedMs;
    QMap<QString, qint64> monsStoppedMs; ///< mon daemons stopped (systemctl stop ceph-mon@NODE)
    qint64 quorumChangedMs = 0;          ///< last election caused by a mon stopped or started
    qint64 osdsUpChangedMs = 0;          ///< last OSD daemon stopped or started
    qint64 osdsInChangedMs = 0;          ///< last OSD marked in again after it was out
    QList<CephOsd> osds;
    QList<CephPool> pools;
    QString bootstrapOsdKey;
    QString adminKey;

    QList<Storage> storages;
    QList<HaGroup> haGroups;
    QList<HaRule> haRules;
    QList<HaResource> haResources;
    QList<Vm> vms;

    QJsonObject toJson() const;
    static ClusterState fromJson(const QJsonObject &o);
    NodeRef *node(const QString &name);
    const NodeRef *node(const QString &name) const;
    Vm *vm(int vmid);
    const Vm *vm(int vmid) const;
    const CephPool *pool(const QString &name) const;
};

} // namespace pveha::sim
