// SPDX-License-Identifier: GPL-3.0-or-later
// Ceph daemons started and stopped with systemctl: a stopped OSD tells the monitors it goes
// down (down at once, out after 600 s, in again when it boots); a stopped monitor leaves the
// quorum and the others hold a new election.
#include "Ceph.h"

namespace pveha::sim {
namespace {

constexpr double kDownOutSeconds = 600; // mon_osd_down_out_interval

QStringList hostedOsds(const Ctx &ctx)
{
    QStringList ids;
    for (const CephOsd &o : ctx.cluster.osds)
        if (o.host == ctx.node.name)
            ids << QString::number(o.id);
    return ids;
}

int startFailed(Ctx &ctx, const QString &unit)
{
    return ctx.fail(QStringLiteral("Job for %1 failed because the control process exited with "
                                   "error code.\nSee \"systemctl status %1\" and \"journalctl -xeu "
                                   "%1\" for details.")
                        .arg(unit));
}

void setActive(Ctx &ctx, const QString &key, bool running)
{
    ctx.node.activeServices.removeAll(key);
    if (running)
        ctx.node.activeServices << key;
    ctx.nodeDirty = true;
}

} // namespace

bool setOsdRunning(ClusterState &c, const QString &node, int id, bool running, qint64 nowMs)
{
    for (CephOsd &o : c.osds) {
        if (o.id != id)
            continue;
        if (o.host != node)
            return false;
        if (running == (o.stoppedMs == 0))
            return true;
        if (running) {
            // mon_osd_auto_mark_auto_out_in: an OSD marked out while down comes back in.
            if (double(nowMs - o.stoppedMs) / 1000.0 * c.timeScale >= kDownOutSeconds)
                c.osdsInChangedMs = nowMs;
            o.stoppedMs = 0;
        } else {
            o.stoppedMs = nowMs;
        }
        c.osdsUpChangedMs = nowMs;
        return true;
    }
    return false;
}

bool setMonRunning(ClusterState &c, const QString &node, bool running, qint64 nowMs)
{
    if (!c.mons.contains(node))
        return false;
    if (running == !c.monsStoppedMs.contains(node))
        return true;
    if (running)
        c.monsStoppedMs.remove(node);
    else
        c.monsStoppedMs.insert(node, nowMs);
    c.quorumChangedMs = nowMs;
    return true;
}

int cephDaemonUnit(Ctx &ctx, const QString &verb, const QString &unit)
{
    bool running = true;
    if (verb == QLatin1String("stop"))
        running = false;
    else if (verb != QLatin1String("start") && verb != QLatin1String("restart") &&
             verb != QLatin1String("reload-or-restart"))
        return 0;
    const QString base = unit.section(QLatin1Char('.'), 0, -2);
    const QString type = unit.section(QLatin1Char('.'), -1);
    QStringList osds;
    bool mon = false;
    if (type == QLatin1String("target")) {
        // ceph-osd.target, ceph-mon.target and ceph.target reach every instance of the node.
        if (base == QLatin1String("ceph-osd") || base == QLatin1String("ceph"))
            osds = hostedOsds(ctx);
        mon = (base == QLatin1String("ceph-mon") || base == QLatin1String("ceph")) &&
              ctx.cluster.mons.contains(ctx.node.name);
    } else if (base.startsWith(QLatin1String("ceph-osd@"))) {
        const QString id = base.mid(9);
        if (!hostedOsds(ctx).contains(id))
            return running ? startFailed(ctx, unit) : 0; // not here: nothing runs to stop
        osds << id;
    } else if (base.startsWith(QLatin1String("ceph-mon@"))) {
        if (base.mid(9) != ctx.node.name || !ctx.cluster.mons.contains(ctx.node.name))
            return running ? startFailed(ctx, unit) : 0;
        mon = true;
    } else {
        return 0;
    }
    for (const QString &id : std::as_const(osds)) {
        setOsdRunning(ctx.cluster, ctx.node.name, id.toInt(), running, ctx.now());
        setActive(ctx, QStringLiteral("ceph-osd@") + id, running);
    }
    if (mon) {
        setMonRunning(ctx.cluster, ctx.node.name, running, ctx.now());
        setActive(ctx, QStringLiteral("ceph-mon@") + ctx.node.name, running);
    }
    ctx.clusterDirty = true;
    return 0;
}

} // namespace pveha::sim
