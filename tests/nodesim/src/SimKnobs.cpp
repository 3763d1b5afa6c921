// SPDX-License-Identifier: GPL-3.0-or-later
// The knobs that degrade a deployed simulated cluster the way hardware and admins do: a disk
// of an md array failing, an OSD or a monitor daemon stopped, and the way back. Each takes the
// cluster lock, changes the node's and the cluster's state as the simulated tools would
// (mdadm --fail, systemctl stop ceph-osd@N …) and saves both (saveJsonFile).
#include "Ceph.h"
#include "NodeSim.h"
#include "Raid.h"
#include "Tools.h"

#include <QDir>
#include <QFileInfo>

namespace pveha::sim {
namespace {

/// Loads the cluster's and `node`'s state under the cluster lock, applies `change` and saves
/// what it marked dirty. False when the node is unknown or `change` refuses.
bool withNode(const QString &dirIn, const QString &node, const std::function<bool(Ctx &)> &change)
{
    Ctx ctx;
    ctx.clusterDir =
        QDir::cleanPath(QFileInfo(dirIn).absoluteFilePath()) + QStringLiteral("/cluster");
    ClusterLock lock(ctx.clusterDir);
    if (!lock.locked())
        return false;
    QJsonObject cluster, state;
    if (!loadJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), &cluster))
        return false;
    ctx.cluster = ClusterState::fromJson(cluster);
    const NodeRef *ref = ctx.cluster.node(node);
    if (!ref || !loadJsonFile(ref->root + QStringLiteral("/state.json"), &state))
        return false;
    ctx.root = ref->root;
    ctx.node = NodeState::fromJson(state);
    if (!change(ctx))
        return false;
    bool ok = true;
    if (ctx.clusterDirty)
        ok = saveJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), ctx.cluster.toJson());
    if (ctx.nodeDirty)
        ok = saveJsonFile(ctx.root + QStringLiteral("/state.json"), ctx.node.toJson()) && ok;
    return ok;
}

bool osdRunning(const QString &dir, const QString &node, int id, bool running)
{
    return withNode(dir, node, [&](Ctx &ctx) {
        if (!setOsdRunning(ctx.cluster, node, id, running, ctx.now()))
            return false;
        const QString unit = QStringLiteral("ceph-osd@%1").arg(id);
        ctx.node.activeServices.removeAll(unit);
        if (running)
            ctx.node.activeServices << unit;
        ctx.clusterDirty = ctx.nodeDirty = true;
        return true;
    });
}

bool monRunning(const QString &dir, const QString &node, bool running)
{
    return withNode(dir, node, [&](Ctx &ctx) {
        if (!setMonRunning(ctx.cluster, node, running, ctx.now()))
            return false;
        const QString unit = QStringLiteral("ceph-mon@") + node;
        ctx.node.activeServices.removeAll(unit);
        if (running)
            ctx.node.activeServices << unit;
        ctx.clusterDirty = ctx.nodeDirty = true;
        return true;
    });
}

} // namespace

bool SimCluster::failDisk(const QString &dir, const QString &node, const QString &device)
{
    return withNode(dir, node, [&](Ctx &ctx) {
        MdArray *m = mdArrayOf(ctx.node, device);
        QString done;
        if (!m || !mdFail(ctx, *m, device, &done).isEmpty())
            return false;
        ctx.nodeDirty = true;
        return true;
    });
}

bool SimCluster::restoreDisk(const QString &dir, const QString &node, const QString &device)
{
    return withNode(dir, node, [&](Ctx &ctx) {
        MdArray *m = mdArrayOf(ctx.node, device);
        if (!m || !mdRestore(*m, device))
            return false;
        ctx.nodeDirty = true;
        return true;
    });
}

bool SimCluster::stopOsd(const QString &dir, const QString &node, int id)
{
    return osdRunning(dir, node, id, false);
}

bool SimCluster::startOsd(const QString &dir, const QString &node, int id)
{
    return osdRunning(dir, node, id, true);
}

bool SimCluster::stopMon(const QString &dir, const QString &node)
{
    return monRunning(dir, node, false);
}

bool SimCluster::startMon(const QString &dir, const QString &node)
{
    return monRunning(dir, node, true);
}

} // namespace pveha::sim
