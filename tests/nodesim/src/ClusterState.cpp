// SPDX-License-Identifier: GPL-3.0-or-later
// (De)serialisation and lookups of the shared cluster state.
#include "State.h"
#include "StateJson.h"

namespace pveha::sim {
using namespace statejson;

namespace {

QJsonObject refTo(const NodeRef &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("root"), r.root},
            {QStringLiteral("publicAddress"), r.publicAddress},
            {QStringLiteral("privateAddress"), r.privateAddress},
            {QStringLiteral("deadSinceMs"), double(r.deadSinceMs)},
            {QStringLiteral("unreachableUntilMs"), double(r.unreachableUntilMs)}};
}

NodeRef refFrom(const QJsonObject &o)
{
    NodeRef r;
    r.name = o.value(QLatin1String("name")).toString();
    r.root = o.value(QLatin1String("root")).toString();
    r.publicAddress = o.value(QLatin1String("publicAddress")).toString();
    r.privateAddress = o.value(QLatin1String("privateAddress")).toString();
    r.deadSinceMs = i64(o.value(QLatin1String("deadSinceMs")));
    r.unreachableUntilMs = i64(o.value(QLatin1String("unreachableUntilMs")));
    return r;
}

QJsonObject osdTo(const CephOsd &x)
{
    return {{QStringLiteral("id"), x.id},
            {QStringLiteral("host"), x.host},
            {QStringLiteral("uuid"), x.uuid},
            {QStringLiteral("size"), double(x.size)},
            {QStringLiteral("dataLv"), x.dataLv},
            {QStringLiteral("dbDevice"), x.dbDevice},
            {QStringLiteral("createdMs"), double(x.createdMs)},
            {QStringLiteral("stoppedMs"), double(x.stoppedMs)}};
}

CephOsd osdFrom(const QJsonObject &o)
{
    CephOsd x;
    x.id = o.value(QLatin1String("id")).toInt();
    x.host = o.value(QLatin1String("host")).toString();
    x.uuid = o.value(QLatin1String("uuid")).toString();
    x.size = i64(o.value(QLatin1String("size")));
    x.dataLv = o.value(QLatin1String("dataLv")).toString();
    x.dbDevice = o.value(QLatin1String("dbDevice")).toString();
    x.createdMs = i64(o.value(QLatin1String("createdMs")));
    x.stoppedMs = i64(o.value(QLatin1String("stoppedMs")));
    return x;
}

QJsonObject poolTo(const CephPool &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("size"), p.size},
            {QStringLiteral("minSize"), p.minSize},
            {QStringLiteral("pgNum"), p.pgNum},
            {QStringLiteral("autoscale"), p.autoscale},
            {QStringLiteral("application"), p.application},
            {QStringLiteral("createdMs"), double(p.createdMs)}};
}

CephPool poolFrom(const QJsonObject &o)
{
    CephPool p;
    p.id = o.value(QLatin1String("id")).toInt();
    p.name = o.value(QLatin1String("name")).toString();
    p.size = o.value(QLatin1String("size")).toInt();
    p.minSize = o.value(QLatin1String("minSize")).toInt();
    p.pgNum = o.value(QLatin1String("pgNum")).toInt();
    p.autoscale = o.value(QLatin1String("autoscale")).toString();
    p.application = o.value(QLatin1String("application")).toString();
    p.createdMs = i64(o.value(QLatin1String("createdMs")));
    return p;
}

QJsonObject storageTo(const Storage &s)
{
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("type"), s.type},
            {QStringLiteral("pool"), s.pool},
            {QStringLiteral("content"), s.content}};
}

Storage storageFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("type")).toString(),
            o.value(QLatin1String("pool")).toString(),
            o.value(QLatin1String("content")).toString()};
}

QJsonObject groupTo(const HaGroup &g)
{
    return {{QStringLiteral("name"), g.name}, {QStringLiteral("nodes"), strs(g.nodes)}};
}

HaGroup groupFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), strs(o.value(QLatin1String("nodes")))};
}

QJsonObject ruleTo(const HaRule &r)
{
    return {{QStringLiteral("type"), r.type},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("resources"), strs(r.resources)},
            {QStringLiteral("nodes"), strs(r.nodes)}};
}

HaRule ruleFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("type")).toString(), o.value(QLatin1String("name")).toString(),
            strs(o.value(QLatin1String("resources"))), strs(o.value(QLatin1String("nodes")))};
}

QJsonObject resTo(const HaResource &r)
{
    return {{QStringLiteral("sid"), r.sid},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("group"), r.group},
            {QStringLiteral("addedMs"), double(r.addedMs)}};
}

HaResource resFrom(const QJsonObject &o)
{
    HaResource r;
    r.sid = o.value(QLatin1String("sid")).toString();
    r.state = o.value(QLatin1String("state")).toString();
    r.group = o.value(QLatin1String("group")).toString();
    r.addedMs = i64(o.value(QLatin1String("addedMs")));
    return r;
}

QJsonObject vmTo(const Vm &v)
{
    return {{QStringLiteral("vmid"), v.vmid},   {QStringLiteral("name"), v.name},
            {QStringLiteral("node"), v.node},   {QStringLiteral("status"), v.status},
            {QStringLiteral("memMb"), v.memMb}, {QStringLiteral("diskGb"), v.diskGb}};
}

Vm vmFrom(const QJsonObject &o)
{
    Vm v;
    v.vmid = o.value(QLatin1String("vmid")).toInt();
    v.name = o.value(QLatin1String("name")).toString();
    v.node = o.value(QLatin1String("node")).toString();
    v.status = o.value(QLatin1String("status")).toString();
    v.memMb = o.value(QLatin1String("memMb")).toInt();
    v.diskGb = o.value(QLatin1String("diskGb")).toDouble();
    return v;
}

QJsonObject failTo(const FailRule &f)
{
    return {{QStringLiteral("node"), f.node},
            {QStringLiteral("tool"), f.tool},
            {QStringLiteral("argsPattern"), f.argsPattern},
            {QStringLiteral("exitCode"), f.exitCode},
            {QStringLiteral("stderr"), f.stderrText}};
}

FailRule failFrom(const QJsonObject &o)
{
    FailRule f;
    f.node = o.value(QLatin1String("node")).toString();
    f.tool = o.value(QLatin1String("tool")).toString();
    f.argsPattern = o.value(QLatin1String("argsPattern")).toString();
    f.exitCode = o.value(QLatin1String("exitCode")).toInt(1);
    f.stderrText = o.value(QLatin1String("stderr")).toString();
    return f;
}

} // namespace

QJsonObject ClusterState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("nodes")] = listTo(nodes, refTo);
    o[QStringLiteral("timeScale")] = timeScale;
    o[QStringLiteral("clockOffsetMs")] = double(clockOffsetMs);
    o[QStringLiteral("raidSyncSeconds")] = raidSyncSeconds;
    o[QStringLiteral("pgPeeringSeconds")] = pgPeeringSeconds;
    o[QStringLiteral("networkRollbackSeconds")] = networkRollbackSeconds;
    o[QStringLiteral("switchMtu")] = switchMtu;
    o[QStringLiteral("haTimings")] =
        QJsonObject{{QStringLiteral("lrmDeadAfter"), ha.lrmDeadAfter},
                    {QStringLiteral("fenceAfter"), ha.fenceAfter},
                    {QStringLiteral("recoveryAfter"), ha.recoveryAfter},
                    {QStringLiteral("startedAfter"), ha.startedAfter}};
    QJsonObject delays;
    for (auto it = delaysMs.cbegin(); it != delaysMs.cend(); ++it)
        delays[it.key()] = it.value();
    o[QStringLiteral("delaysMs")] = delays;
    o[QStringLiteral("failRules")] = listTo(failRules, failTo);
    o[QStringLiteral("clusterName")] = clusterName;
    o[QStringLiteral("configVersion")] = configVersion;
    o[QStringLiteral("members")] = strs(members);
    o[QStringLiteral("fsid")] = fsid;
    o[QStringLiteral("cephNetwork")] = cephNetwork;
    o[QStringLiteral("cephClusterNetwork")] = cephClusterNetwork;
    o[QStringLiteral("cephInitMs")] = double(cephInitMs);
    o[QStringLiteral("mons")] = strs(mons);
    o[QStringLiteral("mgrs")] = strs(mgrs);
    QJsonObject monTimes;
    for (auto it = monCreatedMs.cbegin(); it != monCreatedMs.cend(); ++it)
        monTimes[it.key()] = double(it.value());
    o[QStringLiteral("monCreatedMs")] = monTimes;
    QJsonObject monsStopped;
    for (auto it = monsStoppedMs.cbegin(); it != monsStoppedMs.cend(); ++it)
        monsStopped[it.key()] = double(it.value());
    o[QStringLiteral("monsStoppedMs")] = monsStopped;
    o[QStringLiteral("quorumChangedMs")] = double(quorumChangedMs);
    o[QStringLiteral("osdsUpChangedMs")] = double(osdsUpChangedMs);
    o[QStringLiteral("osdsInChangedMs")] = double(osdsInChangedMs);
    o[QStringLiteral("osds")] = listTo(osds, osdTo);
    o[QStringLiteral("pools")] = listTo(pools, poolTo);
    o[QStringLiteral("bootstrapOsdKey")] = bootstrapOsdKey;
    o[QStringLiteral("adminKey")] = adminKey;
    o[QStringLiteral("storages")] = listTo(storages, storageTo);
    o[QStringLiteral("haGroups")] = listTo(haGroups, groupTo);
    o[QStringLiteral("haRules")] = listTo(haRules, ruleTo);
    o[QStringLiteral("haResources")] = listTo(haResources, resTo);
    o[QStringLiteral("vms")] = listTo(vms, vmTo);
    return o;
}

ClusterState ClusterState::fromJson(const QJsonObject &o)
{
    ClusterState c;
    c.nodes = listFrom<NodeRef>(o.value(QLatin1String("nodes")), refFrom);
    c.timeScale = o.value(QLatin1String("timeScale")).toDouble(1.0);
    if (c.timeScale <= 0)
        c.timeScale = 1.0;
    c.clockOffsetMs = i64(o.value(QLatin1String("clockOffsetMs")));
    c.raidSyncSeconds = o.value(QLatin1String("raidSyncSeconds")).toInt(30);
    c.pgPeeringSeconds = o.value(QLatin1String("pgPeeringSeconds")).toInt(0);
    c.networkRollbackSeconds = o.value(QLatin1String("networkRollbackSeconds")).toInt(60);
    c.switchMtu = o.value(QLatin1String("switchMtu")).toInt(9000);
    const QJsonObject h = o.value(QLatin1String("haTimings")).toObject();
    c.ha.lrmDeadAfter = h.value(QLatin1String("lrmDeadAfter")).toInt(c.ha.lrmDeadAfter);
    c.ha.fenceAfter = h.value(QLatin1String("fenceAfter")).toInt(c.ha.fenceAfter);
    c.ha.recoveryAfter = h.value(QLatin1String("recoveryAfter")).toInt(c.ha.recoveryAfter);
    c.ha.startedAfter = h.value(QLatin1String("startedAfter")).toInt(c.ha.startedAfter);
    const QJsonObject delays = o.value(QLatin1String("delaysMs")).toObject();
    for (auto it = delays.begin(); it != delays.end(); ++it)
        c.delaysMs.insert(it.key(), it.value().toInt());
    c.failRules = listFrom<FailRule>(o.value(QLatin1String("failRules")), failFrom);
    c.clusterName = o.value(QLatin1String("clusterName")).toString();
    c.configVersion = o.value(QLatin1String("configVersion")).toInt();
    c.members = strs(o.value(QLatin1String("members")));
    c.fsid = o.value(QLatin1String("fsid")).toString();
    c.cephNetwork = o.value(QLatin1String("cephNetwork")).toString();
    c.cephClusterNetwork = o.value(QLatin1String("cephClusterNetwork")).toString();
    c.cephInitMs = i64(o.value(QLatin1String("cephInitMs")));
    c.mons = strs(o.value(QLatin1String("mons")));
    c.mgrs = strs(o.value(QLatin1String("mgrs")));
    const QJsonObject monTimes = o.value(QLatin1String("monCreatedMs")).toObject();
    for (auto it = monTimes.begin(); it != monTimes.end(); ++it)
        c.monCreatedMs.insert(it.key(), i64(it.value()));
    const QJsonObject monsStopped = o.value(QLatin1String("monsStoppedMs")).toObject();
    for (auto it = monsStopped.begin(); it != monsStopped.end(); ++it)
        c.monsStoppedMs.insert(it.key(), i64(it.value()));
    c.quorumChangedMs = i64(o.value(QLatin1String("quorumChangedMs")));
    c.osdsUpChangedMs = i64(o.value(QLatin1String("osdsUpChangedMs")));
    c.osdsInChangedMs = i64(o.value(QLatin1String("osdsInChangedMs")));
    c.osds = listFrom<CephOsd>(o.value(QLatin1String("osds")), osdFrom);
    c.pools = listFrom<CephPool>(o.value(QLatin1String("pools")), poolFrom);
    c.bootstrapOsdKey = o.value(QLatin1String("bootstrapOsdKey")).toString();
    c.adminKey = o.value(QLatin1String("adminKey")).toString();
    c.storages = listFrom<Storage>(o.value(QLatin1String("storages")), storageFrom);
    c.haGroups = listFrom<HaGroup>(o.value(QLatin1String("haGroups")), groupFrom);
    c.haRules = listFrom<HaRule>(o.value(QLatin1String("haRules")), ruleFrom);
    c.haResources = listFrom<HaResource>(o.value(QLatin1String("haResources")), resFrom);
    c.vms = listFrom<Vm>(o.value(QLatin1String("vms")), vmFrom);
    return c;
}

NodeRef *ClusterState::node(const QString &n)
{
    for (NodeRef &r : nodes)
        if (r.name == n)
            return &r;
    return nullptr;
}

const NodeRef *ClusterState::node(const QString &n) const
{
    return const_cast<ClusterState *>(this)->node(n);
}

Vm *ClusterState::vm(int vmid)
{
    for (Vm &v : vms)
        if (v.vmid == vmid)
            return &v;
    return nullptr;
}

const Vm *ClusterState::vm(int vmid) const
{
    return const_cast<ClusterState *>(this)->vm(vmid);
}

const CephPool *ClusterState::pool(const QString &n) const
{
    for (const CephPool &p : pools)
        if (p.name == n)
            return &p;
    return nullptr;
}

} // namespace pveha::sim
