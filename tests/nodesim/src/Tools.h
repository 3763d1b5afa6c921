// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every simulated tool: int tool(Ctx &) returning the exit status.
#include "Context.h"

namespace pveha::sim {

enum ToolFlag {
    Locked = 1,    // runs under the cluster lock with state load/save
    NeedsPve = 2,  // "not found" when Proxmox VE is absent
    StdinLine = 4, // one line of stdin is read (with a timeout) before the lock is taken
    Refuse = 8,    // present only so a plan can never reach the real tool
};

struct ToolInfo
{
    const char *name;
    int (*fn)(Ctx &);
    int flags;
    const char *package; // package that provides it (nullptr: always present)
};

const QList<ToolInfo> &toolTable();
const ToolInfo *findTool(const QString &name);
int dispatch(const QString &tool, const QStringList &args, const QString &root,
             const QString &clusterDir, const StdinReader &reader, QByteArray *out,
             QByteArray *err);
/// Takes the cluster lock, reloads the cluster state, applies change, saves (for tools that
/// run unlocked, e.g. tee writing /proc/sysrq-trigger).
bool mutateCluster(Ctx &ctx, const std::function<void(ClusterState &)> &change);

// Files and text (FsTools.cpp, TextTools.cpp, SedTool.cpp)
int toolCat(Ctx &);
int toolTee(Ctx &);
int toolMkdir(Ctx &);
int toolCp(Ctx &);
int toolMv(Ctx &);
int toolRm(Ctx &);
int toolLs(Ctx &);
int toolTouch(Ctx &);
int toolChmod(Ctx &);
int toolChown(Ctx &);
int toolLn(Ctx &);
int toolMktemp(Ctx &);
int toolGrep(Ctx &);
int toolSed(Ctx &);
int toolHead(Ctx &);
int toolTail(Ctx &);
int toolWc(Ctx &);
int toolRefuse(Ctx &);
// System (SystemTools.cpp)
int toolHostname(Ctx &);
int toolDate(Ctx &);
int toolDf(Ctx &);
int toolSystemctl(Ctx &);
int toolAptGet(Ctx &);
int toolChronyc(Ctx &);
int toolTimedatectl(Ctx &);
int toolGetent(Ctx &);
int toolSystemdRun(Ctx &);
int toolOpenssl(Ctx &);
int toolUpdateInitramfs(Ctx &);
// Disks (DiskTools.cpp)
int toolLsblk(Ctx &);
int toolWipefs(Ctx &);
int toolBlkid(Ctx &);
// Network (NetTools.cpp, PingTool.cpp)
int toolIp(Ctx &);
int toolPing(Ctx &);
int toolIfreload(Ctx &);
// Proxmox cluster (ClusterTools.cpp)
int toolPveversion(Ctx &);
int toolPvecm(Ctx &);
int toolPvesh(Ctx &);
int toolPvesm(Ctx &);
int toolQm(Ctx &);
// Ceph (CephTools.cpp, CephStatus.cpp, CephVolume.cpp)
int toolPveceph(Ctx &);
int toolCeph(Ctx &);
int toolCephVolume(Ctx &);
// RAID and LVM (RaidTools.cpp, LvmTools.cpp)
int toolMdadm(Ctx &);
int toolPvcreate(Ctx &);
int toolVgcreate(Ctx &);
int toolLvcreate(Ctx &);
int toolPvs(Ctx &);
int toolVgs(Ctx &);
int toolLvs(Ctx &);
// HA (HaTools.cpp)
int toolHaManager(Ctx &);

// Shared renderers used by virtual files and several tools
QString renderMdstat(const Ctx &ctx);
QString renderStorageCfg(const Ctx &ctx);
QString renderCephConf(const ClusterState &c);

} // namespace pveha::sim

namespace pveha::sim {
/// Commits what the HA manager decided by now (recovered services move for good) — used
/// before a crashed node is revived.
void materializeHa(ClusterState &c, qint64 nowMs);
QString mdadmDefaultConf();
struct HaService
{
    QString sid;
    QString node;
    QString state;
};
struct HaView
{
    QString master;
    QStringList members;
    QMap<QString, QString> lrm;    // node -> "active" / "idle" / "old timestamp - dead?"
    QMap<QString, qint64> lrmTime; // node -> last timestamp
    QList<HaService> services;
    bool quorate = true;
};
/// What the HA manager shows at this moment, computed from the crash timestamps.
HaView computeHa(const ClusterState &c, const QString &localNode, qint64 nowMs);
/// Where a guest runs now (it moves when HA recovered it).
QString guestNode(const ClusterState &c, int vmid, qint64 nowMs);
/// The cert (DER bytes) and fingerprint of a node's simulated pve-ssl.pem.
QString fingerprintOfPem(const QByteArray &pem);
} // namespace pveha::sim
