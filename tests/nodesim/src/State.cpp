// SPDX-License-Identifier: GPL-3.0-or-later
#include "State.h"

#include <QJsonArray>

namespace pveha::sim {
namespace {

QJsonArray strs(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

QStringList strs(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

qint64 i64(const QJsonValue &v)
{
    return static_cast<qint64>(v.toDouble());
}

template<typename T, typename F>
QJsonArray listTo(const QList<T> &l, F f)
{
    QJsonArray a;
    for (const T &x : l)
        a.append(f(x));
    return a;
}

template<typename T, typename F>
QList<T> listFrom(const QJsonValue &v, F f)
{
    QList<T> out;
    for (const QJsonValue &x : v.toArray())
        out << f(x.toObject());
    return out;
}

QJsonObject partTo(const Partition &p)
{
    return {{QStringLiteral("name"), p.name},
            {QStringLiteral("size"), double(p.size)},
            {QStringLiteral("fstype"), p.fstype},
            {QStringLiteral("uuid"), p.uuid},
            {QStringLiteral("mountpoint"), p.mountpoint}};
}

Partition partFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), i64(o.value(QLatin1String("size"))),
            o.value(QLatin1String("fstype")).toString(), o.value(QLatin1String("uuid")).toString(),
            o.value(QLatin1String("mountpoint")).toString()};
}

QJsonObject diskTo(const Disk &d)
{
    return {
        {QStringLiteral("name"), d.name},     {QStringLiteral("size"), double(d.size)},
        {QStringLiteral("rota"), d.rota},     {QStringLiteral("tran"), d.tran},
        {QStringLiteral("model"), d.model},   {QStringLiteral("serial"), d.serial},
        {QStringLiteral("ptable"), d.ptable}, {QStringLiteral("fstype"), d.fstype},
        {QStringLiteral("fsUuid"), d.fsUuid}, {QStringLiteral("parts"), listTo(d.parts, partTo)}};
}

Disk diskFrom(const QJsonObject &o)
{
    Disk d;
    d.name = o.value(QLatin1String("name")).toString();
    d.size = i64(o.value(QLatin1String("size")));
    d.rota = o.value(QLatin1String("rota")).toBool();
    d.tran = o.value(QLatin1String("tran")).toString();
    d.model = o.value(QLatin1String("model")).toString();
    d.serial = o.value(QLatin1String("serial")).toString();
    d.ptable = o.value(QLatin1String("ptable")).toString();
    d.fstype = o.value(QLatin1String("fstype")).toString();
    d.fsUuid = o.value(QLatin1String("fsUuid")).toString();
    d.parts = listFrom<Partition>(o.value(QLatin1String("parts")), partFrom);
    return d;
}

QJsonObject mdTo(const MdArray &m)
{
    return {{QStringLiteral("name"), m.name},
            {QStringLiteral("level"), m.level},
            {QStringLiteral("devices"), strs(m.devices)},
            {QStringLiteral("createdMs"), double(m.createdMs)},
            {QStringLiteral("uuid"), m.uuid},
            {QStringLiteral("perDeviceKiB"), double(m.perDeviceKiB)},
            {QStringLiteral("events"), m.events}};
}

MdArray mdFrom(const QJsonObject &o)
{
    MdArray m;
    m.name = o.value(QLatin1String("name")).toString();
    m.level = o.value(QLatin1String("level")).toInt();
    m.devices = strs(o.value(QLatin1String("devices")));
    m.createdMs = i64(o.value(QLatin1String("createdMs")));
    m.uuid = o.value(QLatin1String("uuid")).toString();
    m.perDeviceKiB = i64(o.value(QLatin1String("perDeviceKiB")));
    m.events = o.value(QLatin1String("events")).toInt();
    return m;
}

QJsonObject pvTo(const Pv &p)
{
    return {{QStringLiteral("device"), p.device},
            {QStringLiteral("vg"), p.vg},
            {QStringLiteral("size"), double(p.size)},
            {QStringLiteral("uuid"), p.uuid}};
}

Pv pvFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("device")).toString(), o.value(QLatin1String("vg")).toString(),
            i64(o.value(QLatin1String("size"))), o.value(QLatin1String("uuid")).toString()};
}

QJsonObject vgTo(const Vg &v)
{
    return {{QStringLiteral("name"), v.name}, {QStringLiteral("uuid"), v.uuid}};
}

Vg vgFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("name")).toString(), o.value(QLatin1String("uuid")).toString()};
}

QJsonObject lvTo(const Lv &l)
{
    return {{QStringLiteral("vg"), l.vg},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("size"), double(l.size)},
            {QStringLiteral("kname"), l.kname},
            {QStringLiteral("fstype"), l.fstype},
            {QStringLiteral("mountpoint"), l.mountpoint},
            {QStringLiteral("uuid"), l.uuid},
            {QStringLiteral("tags"), strs(l.tags)}};
}

Lv lvFrom(const QJsonObject &o)
{
    Lv l;
    l.vg = o.value(QLatin1String("vg")).toString();
    l.name = o.value(QLatin1String("name")).toString();
    l.size = i64(o.value(QLatin1String("size")));
    l.kname = o.value(QLatin1String("kname")).toString();
    l.fstype = o.value(QLatin1String("fstype")).toString();
    l.mountpoint = o.value(QLatin1String("mountpoint")).toString();
    l.uuid = o.value(QLatin1String("uuid")).toString();
    l.tags = strs(o.value(QLatin1String("tags")));
    return l;
}

QJsonObject ifTo(const Iface &i)
{
    return {{QStringLiteral("name"), i.name},
            {QStringLiteral("kind"), i.kind},
            {QStringLiteral("ifindex"), i.ifindex},
            {QStringLiteral("mtu"), i.mtu},
            {QStringLiteral("up"), i.up},
            {QStringLiteral("mac"), i.mac},
            {QStringLiteral("addrs"), strs(i.addrs)},
            {QStringLiteral("master"), i.master},
            {QStringLiteral("gateway"), i.gateway}};
}

Iface ifFrom(const QJsonObject &o)
{
    Iface i;
    i.name = o.value(QLatin1String("name")).toString();
    i.kind = o.value(QLatin1String("kind")).toString();
    i.ifindex = o.value(QLatin1String("ifindex")).toInt();
    i.mtu = o.value(QLatin1String("mtu")).toInt(1500);
    i.up = o.value(QLatin1String("up")).toBool(true);
    i.mac = o.value(QLatin1String("mac")).toString();
    i.addrs = strs(o.value(QLatin1String("addrs")));
    i.master = o.value(QLatin1String("master")).toString();
    i.gateway = o.value(QLatin1String("gateway")).toString();
    return i;
}

} // namespace

QJsonObject NodeState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("publicAddress")] = publicAddress;
    o[QStringLiteral("privateAddress")] = privateAddress;
    o[QStringLiteral("privateInterface")] = privateInterface;
    o[QStringLiteral("domain")] = domain;
    o[QStringLiteral("pveMajor")] = pveMajor;
    o[QStringLiteral("rootPassword")] = rootPassword;
    o[QStringLiteral("certFingerprint")] = certFingerprint;
    o[QStringLiteral("timeSynced")] = timeSynced;
    o[QStringLiteral("cephRelease")] = cephRelease;
    o[QStringLiteral("disks")] = listTo(disks, diskTo);
    o[QStringLiteral("arrays")] = listTo(arrays, mdTo);
    o[QStringLiteral("pvs")] = listTo(pvs, pvTo);
    o[QStringLiteral("vgs")] = listTo(vgs, vgTo);
    o[QStringLiteral("lvs")] = listTo(lvs, lvTo);
    o[QStringLiteral("ifaces")] = listTo(ifaces, ifTo);
    o[QStringLiteral("packages")] = strs(packages);
    o[QStringLiteral("activeServices")] = strs(activeServices);
    o[QStringLiteral("nextDm")] = nextDm;
    o[QStringLiteral("initramfsMs")] = double(initramfsMs);
    o[QStringLiteral("ifreloadBreaksNetwork")] = ifreloadBreaksNetwork;
    return o;
}

NodeState NodeState::fromJson(const QJsonObject &o)
{
    NodeState n;
    n.name = o.value(QLatin1String("name")).toString();
    n.publicAddress = o.value(QLatin1String("publicAddress")).toString();
    n.privateAddress = o.value(QLatin1String("privateAddress")).toString();
    n.privateInterface = o.value(QLatin1String("privateInterface")).toString();
    n.domain = o.value(QLatin1String("domain")).toString();
    n.pveMajor = o.value(QLatin1String("pveMajor")).toInt();
    n.rootPassword = o.value(QLatin1String("rootPassword")).toString();
    n.certFingerprint = o.value(QLatin1String("certFingerprint")).toString();
    n.timeSynced = o.value(QLatin1String("timeSynced")).toBool(true);
    n.cephRelease = o.value(QLatin1String("cephRelease")).toString();
    n.disks = listFrom<Disk>(o.value(QLatin1String("disks")), diskFrom);
    n.arrays = listFrom<MdArray>(o.value(QLatin1String("arrays")), mdFrom);
    n.pvs = listFrom<Pv>(o.value(QLatin1String("pvs")), pvFrom);
    n.vgs = listFrom<Vg>(o.value(QLatin1String("vgs")), vgFrom);
    n.lvs = listFrom<Lv>(o.value(QLatin1String("lvs")), lvFrom);
    n.ifaces = listFrom<Iface>(o.value(QLatin1String("ifaces")), ifFrom);
    n.packages = strs(o.value(QLatin1String("packages")));
    n.activeServices = strs(o.value(QLatin1String("activeServices")));
    n.nextDm = o.value(QLatin1String("nextDm")).toInt();
    n.initramfsMs = i64(o.value(QLatin1String("initramfsMs")));
    n.ifreloadBreaksNetwork = o.value(QLatin1String("ifreloadBreaksNetwork")).toBool();
    return n;
}

Disk *NodeState::disk(const QString &n)
{
    for (Disk &d : disks)
        if (d.name == n)
            return &d;
    return nullptr;
}

const Disk *NodeState::disk(const QString &n) const
{
    return const_cast<NodeState *>(this)->disk(n);
}

Iface *NodeState::iface(const QString &n)
{
    for (Iface &i : ifaces)
        if (i.name == n)
            return &i;
    return nullptr;
}

const Iface *NodeState::iface(const QString &n) const
{
    return const_cast<NodeState *>(this)->iface(n);
}

const MdArray *NodeState::array(const QString &n) const
{
    for (const MdArray &m : arrays)
        if (m.name == n)
            return &m;
    return nullptr;
}

const Vg *NodeState::vg(const QString &n) const
{
    for (const Vg &v : vgs)
        if (v.name == n)
            return &v;
    return nullptr;
}

Lv *NodeState::lv(const QString &vgName, const QString &n)
{
    for (Lv &l : lvs)
        if (l.vg == vgName && l.name == n)
            return &l;
    return nullptr;
}

const Pv *NodeState::pv(const QString &device) const
{
    for (const Pv &p : pvs)
        if (p.device == device)
            return &p;
    return nullptr;
}

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
            {QStringLiteral("createdMs"), double(x.createdMs)}};
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
