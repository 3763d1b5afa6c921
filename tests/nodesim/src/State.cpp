// SPDX-License-Identifier: GPL-3.0-or-later
#include "State.h"

#include "StateJson.h"

#include <QJsonArray>

namespace pveha::sim {
using namespace statejson;
namespace {

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
            {QStringLiteral("events"), m.events},
            {QStringLiteral("faulty"), strs(m.faulty)},
            {QStringLiteral("removed"), strs(m.removed)},
            {QStringLiteral("rebuilding"), m.rebuilding},
            {QStringLiteral("rebuildStartMs"), double(m.rebuildStartMs)},
            {QStringLiteral("readded"), strs(m.readded)}};
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
    m.faulty = strs(o.value(QLatin1String("faulty")));
    m.removed = strs(o.value(QLatin1String("removed")));
    m.rebuilding = o.value(QLatin1String("rebuilding")).toString();
    m.rebuildStartMs = i64(o.value(QLatin1String("rebuildStartMs")));
    m.readded = strs(o.value(QLatin1String("readded")));
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
    QJsonArray timerArray;
    for (const SimTimerState &t : timers)
        timerArray.append(
            QJsonObject{{QStringLiteral("unit"), t.unit},
                        {QStringLiteral("fireAtMs"), double(t.fireAtMs)},
                        {QStringLiteral("command"), QJsonArray::fromStringList(t.command)}});
    o[QStringLiteral("timers")] = timerArray;
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
    for (const QJsonValue &v : o.value(QLatin1String("timers")).toArray()) {
        const QJsonObject t = v.toObject();
        n.timers << SimTimerState{t.value(QLatin1String("unit")).toString(),
                                  i64(t.value(QLatin1String("fireAtMs"))),
                                  strs(t.value(QLatin1String("command")))};
    }
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

} // namespace pveha::sim
