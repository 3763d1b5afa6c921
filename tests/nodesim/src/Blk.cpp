// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blk.h"
#include "Util.h"

namespace pveha::sim {

QString dmName(const QString &vg, const QString &lv)
{
    QString a = vg, b = lv;
    return a.replace(QLatin1Char('-'), QStringLiteral("--")) + QLatin1Char('-') +
           b.replace(QLatin1Char('-'), QStringLiteral("--"));
}

qint64 mdArrayBytes(const MdArray &m)
{
    const int dataDisks = m.level == 5   ? int(m.devices.size()) - 1
                          : m.level == 6 ? int(m.devices.size()) - 2
                          : m.level == 1 ? 1
                                         : int(m.devices.size());
    return m.perDeviceKiB * 1024 * dataDisks;
}

namespace {

QString majMinFor(const NodeState &node, const QString &name)
{
    if (name.startsWith(QLatin1String("sd")) && name.size() >= 3) {
        const int idx = name[2].unicode() - 'a';
        const int part = name.mid(3).toInt();
        return QStringLiteral("8:%1").arg(idx * 16 + part);
    }
    if (name.startsWith(QLatin1String("nvme"))) {
        int i = 0;
        for (const Disk &d : node.disks) {
            if (d.name == name)
                return QStringLiteral("259:%1").arg(i);
            ++i;
            for (const Partition &p : d.parts) {
                if (p.name == name)
                    return QStringLiteral("259:%1").arg(i);
                ++i;
            }
        }
    }
    if (name.startsWith(QLatin1String("md")))
        return QStringLiteral("9:%1").arg(name.mid(2).toInt());
    if (name.startsWith(QLatin1String("dm-")))
        return QStringLiteral("252:%1").arg(name.mid(3).toInt());
    return QStringLiteral("0:0");
}

QList<BlockDev> lvChildren(const NodeState &node, const QString &pvDevice,
                           const QString &parentKname, bool rota)
{
    QList<BlockDev> out;
    const Pv *pv = node.pv(pvDevice);
    if (!pv || pv->vg.isEmpty())
        return out;
    for (const Lv &l : node.lvs) {
        if (l.vg != pv->vg)
            continue;
        BlockDev b;
        b.name = dmName(l.vg, l.name);
        b.kname = l.kname;
        b.type = QStringLiteral("lvm");
        b.majMin = majMinFor(node, l.kname);
        b.size = l.size;
        b.rota = rota;
        b.mountpoint = l.mountpoint;
        b.fstype = l.fstype;
        b.uuid = l.fstype.isEmpty() ? QString() : seededUuid(l.uuid + QStringLiteral("fs"));
        b.pkname = parentKname;
        b.devPath = QStringLiteral("/dev/mapper/") + b.name;
        out << b;
    }
    return out;
}

QString pvFstype(const NodeState &node, const QString &dev, const QString &fallback)
{
    return node.pv(dev) ? QStringLiteral("LVM2_member") : fallback;
}

} // namespace

QList<BlockDev> blockTree(const NodeState &node)
{
    QList<BlockDev> out;
    for (const Disk &d : node.disks) {
        const QString path = QStringLiteral("/dev/") + d.name;
        BlockDev b;
        b.name = b.kname = d.name;
        b.type = QStringLiteral("disk");
        b.majMin = majMinFor(node, d.name);
        b.size = d.size;
        b.rota = d.rota;
        b.tran = d.tran;
        b.model = d.model;
        b.serial = d.serial;
        b.pttype = d.ptable;
        b.ptuuid = d.ptable.isEmpty() ? QString() : seededUuid(d.serial + QStringLiteral("pt"));
        b.devPath = path;
        b.fstype = pvFstype(node, path, d.fstype);
        b.uuid = d.fsUuid;
        const MdArray *member = nullptr;
        for (const MdArray &m : node.arrays)
            if (m.devices.contains(path))
                member = &m;
        if (member) {
            b.fstype = QStringLiteral("linux_raid_member");
            b.uuid = member->uuid;
            b.label = node.name + QStringLiteral(":") + member->name.mid(2);
        }
        for (const Partition &p : d.parts) {
            BlockDev c;
            c.name = c.kname = p.name;
            c.type = QStringLiteral("part");
            c.majMin = majMinFor(node, p.name);
            c.size = p.size;
            c.rota = d.rota;
            c.mountpoint = p.mountpoint;
            c.devPath = QStringLiteral("/dev/") + p.name;
            c.fstype = pvFstype(node, c.devPath, p.fstype);
            c.uuid = p.uuid;
            if (const Pv *pv = node.pv(c.devPath))
                c.uuid = pv->uuid;
            c.pkname = d.name;
            c.children = lvChildren(node, c.devPath, c.kname, d.rota);
            b.children << c;
        }
        // A hot-removed member keeps its superblock but md no longer holds it.
        if (member && !member->removed.contains(path)) {
            BlockDev m;
            m.name = m.kname = member->name;
            m.type = QStringLiteral("raid%1").arg(member->level);
            m.majMin = majMinFor(node, m.name);
            m.size = mdArrayBytes(*member);
            m.rota = d.rota;
            m.devPath = QStringLiteral("/dev/") + m.name;
            m.fstype = pvFstype(node, m.devPath, QString());
            if (const Pv *pv = node.pv(m.devPath))
                m.uuid = pv->uuid;
            m.pkname = d.name;
            m.children = lvChildren(node, m.devPath, m.kname, d.rota);
            b.children << m;
        }
        if (const Pv *pv = node.pv(path))
            b.uuid = pv->uuid;
        b.children += lvChildren(node, path, b.kname, d.rota);
        out << b;
    }
    return out;
}

namespace {

bool findIn(const QList<BlockDev> &list, const QString &name, BlockDev *out)
{
    for (const BlockDev &b : list) {
        if (b.name == name || b.kname == name || b.devPath == name) {
            *out = b;
            return true;
        }
        if (findIn(b.children, name, out))
            return true;
    }
    return false;
}

} // namespace

bool findBlock(const NodeState &node, const QString &spec, BlockDev *out)
{
    QString s = spec;
    if (s.startsWith(QLatin1String("/dev/mapper/")))
        s = s.mid(12);
    else if (s.startsWith(QLatin1String("/dev/")))
        s = s.mid(5);
    const QStringList vgLv = s.split(QLatin1Char('/'));
    if (vgLv.size() == 2)
        s = dmName(vgLv[0], vgLv[1]);
    return findIn(blockTree(node), s, out);
}

QList<Signature> signatures(const NodeState &node, const BlockDev &dev)
{
    QList<Signature> sigs;
    if (dev.type == QLatin1String("disk")) {
        const Disk *d = node.disk(dev.name);
        if (d && d->ptable == QLatin1String("gpt")) {
            sigs << Signature{
                0x200, QStringLiteral("gpt"), dev.ptuuid, {}, "45 46 49 20 50 41 52 54"};
            sigs << Signature{
                d->size - 512, QStringLiteral("gpt"), dev.ptuuid, {}, "45 46 49 20 50 41 52 54"};
            sigs << Signature{0x1fe, QStringLiteral("PMBR"), QString(), {}, "55 aa"};
        }
    }
    const QString t = dev.fstype;
    if (t == QLatin1String("ext4"))
        sigs << Signature{0x438, t, dev.uuid, dev.label, "53 ef"};
    else if (t == QLatin1String("vfat"))
        sigs << Signature{0x52, t, dev.uuid, dev.label, "46 41 54 33 32"}
             << Signature{0x0, t, dev.uuid, dev.label, "eb 3c 90"}
             << Signature{0x1fe, t, dev.uuid, dev.label, "55 aa"};
    else if (t == QLatin1String("linux_raid_member"))
        sigs << Signature{0x1000, t, dev.uuid, dev.label, "fc 4e 2b a9"};
    else if (t == QLatin1String("LVM2_member"))
        sigs << Signature{0x218, t, dev.uuid, dev.label, "4c 56 4d 32 20 30 30 31"};
    else if (t == QLatin1String("swap"))
        sigs << Signature{0xff6, t, dev.uuid, dev.label, "53 57 41 50 53 50 41 43 45 32"};
    else if (t == QLatin1String("ceph_bluestore"))
        sigs << Signature{0x0, t, dev.uuid, dev.label,
                          "62 6c 75 65 73 74 6f 72 65 20 62 6c 6f 63 6b 20 64 65 76 69 63 65"};
    else if (!t.isEmpty())
        sigs << Signature{0x0, t, dev.uuid, dev.label, "00"};
    return sigs;
}

QString busyReason(const NodeState &node, const BlockDev &dev)
{
    if (!dev.mountpoint.isEmpty())
        return QStringLiteral("mounted");
    for (const BlockDev &c : dev.children) {
        if (c.type.startsWith(QLatin1String("raid")) || c.type == QLatin1String("lvm"))
            return QStringLiteral("held");
        if (!busyReason(node, c).isEmpty())
            return QStringLiteral("held");
    }
    return QString();
}

bool isEmptyDevice(const NodeState &node, const BlockDev &dev)
{
    return dev.children.isEmpty() && signatures(node, dev).isEmpty() && dev.mountpoint.isEmpty();
}

} // namespace pveha::sim
