// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/NodeEvaluator.h"

#include "spec/ClusterSpec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pveha {
namespace {

Finding unreadable(const char *id, const QString &what, const QString &error)
{
    return NodeEvaluator::finding(
        id, CheckStatus::Fail,
        NodeEvaluator::tr("The output of %1 could not be read (%2).").arg(what, error));
}

QString describeDisk(const BlockDevice &d)
{
    QString text = d.path() + QStringLiteral(" (") + NodeEvaluator::decimalSize(d.size);
    if (!d.model.isEmpty())
        text += QStringLiteral(", ") + d.model;
    return text + QLatin1Char(')');
}

} // namespace

Finding NodeEvaluator::finding(const char *id, CheckStatus status, const QString &message)
{
    Finding f;
    f.id = QLatin1String(id);
    f.status = status;
    f.message = message;
    return f;
}

QString NodeEvaluator::decimalSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1'000'000'000'000LL)
        return locale.toString(double(bytes) / 1e12, 'f', 1) + QStringLiteral(" TB");
    return locale.toString(double(bytes) / 1e9, 'f', 0) + QStringLiteral(" GB");
}

QString NodeEvaluator::clusterName(const QString &corosyncConf)
{
    static const QRegularExpression re(QStringLiteral("^\\s*cluster_name\\s*:\\s*(\\S+)"),
                                       QRegularExpression::MultilineOption);
    return re.match(corosyncConf).captured(1);
}

Finding NodeEvaluator::pveVersion(const PveVersion &version, int exitCode, const QString &output)
{
    if (!version.found) {
        Finding f = finding(
            "pve.version", CheckStatus::Fail,
            exitCode == 127
                ? tr("Proxmox VE is not installed on this node (pveversion was not found). Install "
                     "Proxmox VE 8 or 9 from OVHcloud's templates first.")
                : tr("Proxmox VE could not be detected: pveversion did not print a pve-manager "
                     "version."));
        f.details = output;
        return f;
    }
    Finding f = finding(
        "pve.version", version.isSupported() ? CheckStatus::Pass : CheckStatus::Warn,
        version.isSupported()
            ? tr("Proxmox VE %1.").arg(version.toString())
            : tr("Proxmox VE %1 is not a version this tool was made for (8 or 9): the commands may "
                 "differ. Upgrade the node or proceed with care.")
                  .arg(version.toString()));
    f.observed = version.toString();
    f.expected = QStringLiteral("8.x or 9.x");
    return f;
}

Finding NodeEvaluator::osDisk(const BlockDeviceList &disks, const ClusterSpec &spec)
{
    if (!disks.ok)
        return unreadable("disk.os", QStringLiteral("lsblk"), disks.error);
    const QString wanted = spec.storage.osDisk;
    const BlockDevice *disk = disks.find(wanted);
    const BlockDevice *root = disks.rootDisk();
    Finding f;
    if (!disk) {
        f = finding("disk.os", CheckStatus::Fail,
                    tr("%1 does not exist on this node.").arg(wanted));
    } else if (!root) {
        f = finding(
            "disk.os", CheckStatus::Fail,
            tr("No disk holds the root filesystem in lsblk's output, so the OS disk cannot be "
               "confirmed."));
    } else if (root != disk) {
        f = finding("disk.os", CheckStatus::Fail,
                    tr("The root filesystem is on %1, not on %2: correct storage.osDisk before "
                       "anything is erased.")
                        .arg(root->path(), wanted));
    } else {
        f = finding(
            "disk.os", CheckStatus::Pass,
            tr("%1 holds the root filesystem; it will not be touched.").arg(describeDisk(*disk)));
    }
    f.observed = root ? root->path() : QString();
    f.expected = wanted;
    return f;
}

Finding NodeEvaluator::dbDevice(const BlockDeviceList &disks, const ClusterSpec &spec)
{
    if (!disks.ok)
        return unreadable("disk.db", QStringLiteral("lsblk"), disks.error);
    const QString wanted = spec.storage.dbDevice;
    const BlockDevice *disk = disks.find(wanted);
    Finding f;
    if (!disk) {
        f = finding("disk.db", CheckStatus::Fail,
                    tr("%1 does not exist on this node.").arg(wanted));
    } else if (!disk->isNvme()) {
        f = finding(
            "disk.db", CheckStatus::Fail,
            tr("%1 is not an NVMe device (transport: %2): the DB/WAL belongs on a fast NVMe.")
                .arg(wanted, disk->transport.isEmpty() ? tr("unknown") : disk->transport));
    } else if (const DiskUse use = BlockDevices::diskUse(*disk); !use.empty) {
        f = finding(
            "disk.db", CheckStatus::Fail,
            tr("%1 is not empty: %2. It would be erased; wipe it yourself if its data is not "
               "needed.")
                .arg(wanted, use.reasons.join(QStringLiteral("; "))));
    } else {
        f = finding("disk.db", CheckStatus::Pass,
                    tr("%1 is an empty NVMe device.").arg(describeDisk(*disk)));
    }
    f.observed = disk ? QJsonValue(double(disk->size)) : QJsonValue();
    f.expected = QStringLiteral("empty NVMe");
    return f;
}

Finding NodeEvaluator::raidDisks(const BlockDeviceList &disks, const ClusterSpec &spec)
{
    if (!disks.ok)
        return unreadable("disk.raid", QStringLiteral("lsblk"), disks.error);
    const QStringList wanted = spec.storage.raidDevices;
    QStringList missing, used, notRotational;
    QList<qint64> sizes;
    int emptyCount = 0;
    for (const QString &path : wanted) {
        const BlockDevice *disk = disks.find(path);
        if (!disk) {
            missing << path;
            continue;
        }
        const DiskUse use = BlockDevices::diskUse(*disk);
        if (!use.empty) {
            used << tr("%1: %2").arg(path, use.reasons.join(QStringLiteral(", ")));
            continue;
        }
        ++emptyCount;
        sizes << disk->size;
        if (!disk->rotational)
            notRotational << path;
    }
    Finding f;
    if (!missing.isEmpty() || !used.isEmpty()) {
        QStringList parts;
        if (!missing.isEmpty())
            parts << tr("missing: %1").arg(missing.join(QStringLiteral(", ")));
        if (!used.isEmpty())
            parts << tr("not empty (would be erased): %1").arg(used.join(QStringLiteral("; ")));
        f = finding("disk.raid", CheckStatus::Fail,
                    tr("%1 of %2 RAID disks are present and empty; %3.")
                        .arg(emptyCount)
                        .arg(wanted.size())
                        .arg(parts.join(QStringLiteral("; "))));
    } else {
        const qint64 smallest = sizes.isEmpty() ? 0 : *std::min_element(sizes.begin(), sizes.end());
        const qint64 largest = sizes.isEmpty() ? 0 : *std::max_element(sizes.begin(), sizes.end());
        QStringList warnings;
        if (largest > smallest)
            warnings << tr("the disks differ in size (%1 to %2): the array uses the smallest on "
                           "every disk")
                            .arg(decimalSize(smallest), decimalSize(largest));
        if (!notRotational.isEmpty())
            warnings << tr("%1 are not rotational disks, which this design expects")
                            .arg(notRotational.join(QStringLiteral(", ")));
        const QString base =
            tr("%n empty HDD(s) of %1", nullptr, int(sizes.size())).arg(decimalSize(smallest));
        f = finding("disk.raid", warnings.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn,
                    warnings.isEmpty()
                        ? base
                        : base + QStringLiteral("; ") + warnings.join(QStringLiteral("; ")));
    }
    f.observed = emptyCount;
    f.expected = int(wanted.size());
    return f;
}

Finding NodeEvaluator::interface(const NetInterfaceList &interfaces, const ClusterSpec &spec)
{
    if (!interfaces.ok)
        return unreadable("net.interface", QStringLiteral("ip -j addr"), interfaces.error);
    const QString name = spec.network.privateInterface;
    const NetInterface *iface = interfaces.find(name);
    Finding f;
    if (!iface) {
        QStringList names;
        for (const NetInterface &i : interfaces.interfaces)
            if (i.name != QLatin1String("lo"))
                names << i.name;
        f = finding("net.interface", CheckStatus::Fail,
                    tr("The interface %1 does not exist on this node (it has: %2). Correct "
                       "network.privateInterface.")
                        .arg(name, names.join(QStringLiteral(", "))));
        f.expected = name;
        return f;
    }
    f.observed = iface->mtu;
    f.expected = spec.network.mtu;
    if (!iface->hasCarrier()) {
        f.id = QStringLiteral("net.interface");
        f.status = CheckStatus::Warn;
        f.message = tr("%1 exists but has no link (no carrier): check that the server is in the "
                       "vRack and the port is enabled.")
                        .arg(name);
        return f;
    }
    f.id = QStringLiteral("net.interface");
    f.status = CheckStatus::Pass;
    f.message = iface->mtu >= spec.network.mtu
                    ? tr("%1 is up with MTU %2.").arg(name).arg(iface->mtu)
                    : tr("%1 is up with MTU %2 now; the network phase sets %3.")
                          .arg(name)
                          .arg(iface->mtu)
                          .arg(spec.network.mtu);
    return f;
}

Finding NodeEvaluator::hostname(const QString &hostname, const QString &expected)
{
    const QString shortName = hostname.trimmed().section(QLatin1Char('.'), 0, 0);
    Finding f =
        shortName.compare(expected, Qt::CaseInsensitive) == 0
            ? finding("host.name", CheckStatus::Pass, tr("The hostname is %1.").arg(shortName))
            : finding("host.name", CheckStatus::Fail,
                      tr("The node calls itself \"%1\", not \"%2\": Proxmox names the node "
                         "after its hostname, which cannot "
                         "change once it is in a cluster. Fix the spec or the hostname first.")
                          .arg(shortName, expected));
    f.observed = shortName;
    f.expected = expected;
    return f;
}

Finding NodeEvaluator::timeSync(const TimeSync &sync, const QString &output)
{
    Finding f;
    if (!sync.understood)
        f = finding(
            "time.sync", CheckStatus::Warn,
            tr("Whether the clock is synchronised could not be read; Ceph needs the clocks in "
               "step."));
    else if (sync.synchronised)
        f = finding("time.sync", CheckStatus::Pass,
                    tr("The clock is synchronised (%1).").arg(sync.source));
    else
        f = finding("time.sync", CheckStatus::Warn,
                    tr("The clock is not synchronised (%1): Ceph reports clock skew beyond 0.05 s. "
                       "Enable chrony or "
                       "systemd-timesyncd.")
                        .arg(sync.source));
    f.details = output;
    return f;
}

Finding NodeEvaluator::rootSpace(const QString &dfOutput)
{
    // `df -P -B1 /`: a header, then "device size used available capacity mountpoint" in bytes
    // (a one-column `--output=avail` form is read too).
    const QStringList lines = dfOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    bool ok = false;
    qint64 avail = 0;
    if (lines.size() >= 2) {
        const QStringList fields = lines.last().simplified().split(QLatin1Char(' '));
        if (fields.size() >= 6)
            avail = fields.at(3).toLongLong(&ok);
        else if (fields.size() == 1)
            avail = fields.at(0).toLongLong(&ok);
    }
    if (!ok || avail < 0)
        return finding("disk.rootspace", CheckStatus::Warn,
                       tr("The free space on / could not be read."));
    const qint64 gib = 1024LL * 1024 * 1024;
    Finding f =
        avail < gib       ? finding("disk.rootspace", CheckStatus::Fail,
                                    tr("Only %1 free on /: the Ceph packages need at least 1 GiB.")
                                        .arg(decimalSize(avail)))
        : avail < 4 * gib ? finding("disk.rootspace", CheckStatus::Warn,
                                    tr("%1 free on /: tight for the Ceph packages and logs (4 "
                                       "GiB or more is comfortable).")
                                        .arg(decimalSize(avail)))
                          : finding("disk.rootspace", CheckStatus::Pass,
                                    tr("%1 free on /.").arg(decimalSize(avail)));
    f.observed = double(avail);
    return f;
}

Finding NodeEvaluator::existingCluster(const QString &corosyncConf, const ClusterSpec &spec)
{
    const QString name = clusterName(corosyncConf);
    if (name.isEmpty())
        return finding("cluster.none", CheckStatus::Pass, tr("The node is not in a cluster yet."));
    Finding f =
        name == spec.cluster.name
            ? finding("cluster.none", CheckStatus::Pass,
                      tr("The node is already in the cluster %1: a deployment is being resumed.")
                          .arg(name))
            : finding(
                  "cluster.none", CheckStatus::Fail,
                  tr("The node already belongs to another cluster, %1: it cannot join %2. Remove "
                     "it from that cluster first.")
                      .arg(name, spec.cluster.name));
    f.observed = name;
    f.expected = spec.cluster.name;
    return f;
}

} // namespace pveha
