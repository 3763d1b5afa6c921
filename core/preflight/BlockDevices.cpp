// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/BlockDevices.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace pveha {
namespace {

/// A text field: a string, or null/absent (→ empty). Trailing blanks of old lsblk are cut.
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

/// A number printed as a number (new lsblk) or as a string (old lsblk). False when neither.
bool number(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 9.0e18)
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok && n >= 0)
            *out = n;
        return ok && n >= 0;
    }
    return false;
}

/// A boolean printed as true/false (new) or "1"/"0" (old).
bool boolean(const QJsonValue &v, bool *out)
{
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    if (v.isString() &&
        (v.toString() == QLatin1String("1") || v.toString() == QLatin1String("0"))) {
        *out = v.toString() == QLatin1String("1");
        return true;
    }
    if (v.isDouble()) {
        *out = v.toDouble() != 0;
        return true;
    }
    return false;
}

bool parseDevice(const QJsonValue &value, BlockDevice *device, QString *error, int depth)
{
    if (depth > 16 || !value.isObject()) {
        *error = BlockDevices::tr("a device entry is not an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    device->name = text(o, "name");
    device->kname = text(o, "kname");
    device->type = text(o, "type");
    if (device->name.isEmpty() || device->type.isEmpty()) {
        *error = BlockDevices::tr("a device has no name or no type");
        return false;
    }
    if (!number(o.value(QLatin1String("size")), &device->size)) {
        *error =
            BlockDevices::tr("the size of %1 is not a number of bytes (was lsblk run with -b?)")
                .arg(device->name);
        return false;
    }
    if (o.contains(QLatin1String("rota")) &&
        !boolean(o.value(QLatin1String("rota")), &device->rotational)) {
        *error = BlockDevices::tr("the ROTA value of %1 is not a boolean").arg(device->name);
        return false;
    }
    device->transport = text(o, "tran");
    device->model = text(o, "model");
    device->serial = text(o, "serial");
    device->fstype = text(o, "fstype");
    device->pkname = text(o, "pkname");
    const QJsonValue single = o.value(QLatin1String("mountpoint"));
    if (single.isString() && !single.toString().isEmpty())
        device->mountpoints << single.toString();
    const QJsonValue many = o.value(QLatin1String("mountpoints"));
    if (many.isArray())
        for (const QJsonValue &m : many.toArray())
            if (m.isString() && !m.toString().isEmpty() &&
                !device->mountpoints.contains(m.toString()))
                device->mountpoints << m.toString();
    const QJsonValue children = o.value(QLatin1String("children"));
    if (!children.isUndefined() && !children.isNull()) {
        if (!children.isArray()) {
            *error = BlockDevices::tr("the children of %1 are not a list").arg(device->name);
            return false;
        }
        for (const QJsonValue &c : children.toArray()) {
            BlockDevice child;
            if (!parseDevice(c, &child, error, depth + 1))
                return false;
            device->children << child;
        }
    }
    return true;
}

bool anyDescendant(const BlockDevice &d, const std::function<bool(const BlockDevice &)> &pred)
{
    for (const BlockDevice &c : d.children)
        if (pred(c) || anyDescendant(c, pred))
            return true;
    return false;
}

const BlockDevice *findIn(const QList<BlockDevice> &list, const QString &key)
{
    for (const BlockDevice &d : list) {
        if (d.path() == key || d.name == key || d.kname == key)
            return &d;
        if (const BlockDevice *found = findIn(d.children, key))
            return found;
    }
    return nullptr;
}

} // namespace

QString BlockDevice::path() const
{
    return name.startsWith(QLatin1String("/dev/")) ? name : QStringLiteral("/dev/") + name;
}

bool BlockDevice::isNvme() const
{
    return transport == QLatin1String("nvme") || name.startsWith(QLatin1String("nvme")) ||
           name.startsWith(QLatin1String("/dev/nvme"));
}

QString BlockDevices::lsblkCommand()
{
    return QStringLiteral(
        "lsblk -J -b -o NAME,KNAME,TYPE,SIZE,ROTA,TRAN,MODEL,SERIAL,MOUNTPOINT,FSTYPE,PKNAME");
}

BlockDeviceList BlockDevices::parseLsblkJson(const QByteArray &json)
{
    BlockDeviceList result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = BlockDevices::tr("lsblk printed something that is not JSON (%1)")
                           .arg(parseError.errorString());
        return result;
    }
    const QJsonValue devices = doc.object().value(QLatin1String("blockdevices"));
    if (!doc.isObject() || !devices.isArray()) {
        result.error = BlockDevices::tr("lsblk's JSON has no \"blockdevices\" list");
        return result;
    }
    for (const QJsonValue &v : devices.toArray()) {
        BlockDevice device;
        if (!parseDevice(v, &device, &result.error, 0)) {
            result.devices.clear();
            return result;
        }
        result.devices << device;
    }
    result.ok = true;
    return result;
}

const BlockDevice *BlockDeviceList::find(const QString &pathOrName) const
{
    return findIn(devices, pathOrName);
}

const BlockDevice *BlockDeviceList::rootDisk() const
{
    for (const BlockDevice &d : devices) {
        const auto isRoot = [](const BlockDevice &x) {
            return x.mountpoints.contains(QStringLiteral("/"));
        };
        if (isRoot(d) || anyDescendant(d, isRoot))
            return &d;
    }
    return nullptr;
}

DiskUse BlockDevices::diskUse(const BlockDevice &disk)
{
    DiskUse use;
    const auto isRoot = [](const BlockDevice &x) {
        return x.mountpoints.contains(QStringLiteral("/"));
    };
    use.holdsRoot = isRoot(disk) || anyDescendant(disk, isRoot);
    if (use.holdsRoot)
        use.reasons << BlockDevices::tr("it holds the root filesystem");
    if (!disk.fstype.isEmpty()) {
        if (disk.fstype == QLatin1String("linux_raid_member"))
            use.reasons << BlockDevices::tr("it carries an md RAID signature (linux_raid_member)");
        else if (disk.fstype == QLatin1String("LVM2_member"))
            use.reasons << BlockDevices::tr("it is an LVM physical volume (LVM2_member)");
        else
            use.reasons << BlockDevices::tr("it holds a signature: %1").arg(disk.fstype);
    }
    int partitions = 0;
    for (const BlockDevice &c : disk.children)
        if (c.type == QLatin1String("part"))
            ++partitions;
    if (partitions > 0)
        use.reasons << QCoreApplication::translate("pveha::BlockDevices", "it has %n partition(s)",
                                                   nullptr, partitions);
    if (!disk.mountpoints.isEmpty() && !use.holdsRoot)
        use.reasons << BlockDevices::tr("it is mounted on %1")
                           .arg(disk.mountpoints.join(QStringLiteral(", ")));
    for (const BlockDevice &c : disk.children) {
        if (c.type.startsWith(QLatin1String("raid")))
            use.reasons << BlockDevices::tr("it is a member of the md array %1").arg(c.path());
        else if (c.type == QLatin1String("lvm"))
            use.reasons << BlockDevices::tr("it is used by the LVM volume %1").arg(c.name);
    }
    use.empty = use.reasons.isEmpty();
    return use;
}

} // namespace pveha
