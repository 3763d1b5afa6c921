// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/NodeEvaluator.h"

#include "spec/ClusterSpec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pveha {
namespace {

Finding make(const char *id, CheckStatus status, const QString &message)
{
    Finding f;
    f.id = QLatin1String(id);
    f.status = status;
    f.message = message;
    return f;
}

Finding unreadable(const char *id, const QString &what, const QString &error)
{
    return make(id, CheckStatus::Fail,
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
        Finding f = make(
            "pve.version", CheckStatus::Fail,
            exitCode == 127
                ? tr("Proxmox VE is not installed on this node (pveversion was not found). Install "
                     "Proxmox VE 8 or 9 from OVHcloud's templates first.")
                : tr("Proxmox VE could not be detected: pveversion did not print a pve-manager "
                     "version."));
        f.details = output;
        return f;
    }
    Finding f = make(
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
        f = make("disk.os", CheckStatus::Fail, tr("%1 does not exist on this node.").arg(wanted));
    } else if (!root) {
        f = make("disk.os", CheckStatus::Fail,
                 tr("No disk holds the root filesystem in lsblk's output, so the OS disk cannot be "
                    "confirmed."));
    } else if (root != disk) {
        f = make("disk.os", CheckStatus::Fail,
                 tr("The root filesystem is on %1, not on %2: correct storage.osDisk before "
                    "anything is erased.")
                     .arg(root->path(), wanted));
    } else {
        f = make(
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
        f = make("disk.db", CheckStatus::Fail, tr("%1 does not exist on this node.").arg(wanted));
    } else if (!disk->isNvme()) {
        f = make("disk.db", CheckStatus::Fail,
                 tr("%1 is not an NVMe device (transport: %2): the DB/WAL belongs on a fast NVMe.")
                     .arg(wanted, disk->transport.isEmpty() ? tr("unknown") : disk->transport));
    } else if (const DiskUse use = BlockDevices::diskUse(*disk); !use.empty) {
        f = make("disk.db", CheckStatus::Fail,
                 tr("%1 is not empty: %2. It would be erased; wipe it yourself if its data is not "
                    "needed.")
                     .arg(wanted, use.reasons.join(QStringLiteral("; "))));
    } else {
        f = make("disk.db", CheckStatus::Pass,
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
        f = make("disk.raid", CheckStatus::Fail,
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
        f = make("disk.raid", warnings.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn,
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
        f = make("net.interface", CheckStatus::Fail,
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
    Finding f = shortName.compare(expected, Qt::CaseInsensitive) == 0
                    ? make("host.name", CheckStatus::Pass, tr("The hostname is %1.").arg(shortName))
                    : make("host.name", CheckStatus::Fail,
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
        f = make("time.sync", CheckStatus::Warn,
                 tr("Whether the clock is synchronised could not be read; Ceph needs the clocks in "
                    "step."));
    else if (sync.synchronised)
        f = make("time.sync", CheckStatus::Pass,
                 tr("The clock is synchronised (%1).").arg(sync.source));
    else
        f = make("time.sync", CheckStatus::Warn,
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
        return make("disk.rootspace", CheckStatus::Warn,
                    tr("The free space on / could not be read."));
    const qint64 gib = 1024LL * 1024 * 1024;
    Finding f = avail < gib       ? make("disk.rootspace", CheckStatus::Fail,
                                         tr("Only %1 free on /: the Ceph packages need at least 1 GiB.")
                                             .arg(decimalSize(avail)))
                : avail < 4 * gib ? make("disk.rootspace", CheckStatus::Warn,
                                         tr("%1 free on /: tight for the Ceph packages and logs (4 "
                                            "GiB or more is comfortable).")
                                             .arg(decimalSize(avail)))
                                  : make("disk.rootspace", CheckStatus::Pass,
                                         tr("%1 free on /.").arg(decimalSize(avail)));
    f.observed = double(avail);
    return f;
}

Finding NodeEvaluator::existingCluster(const QString &corosyncConf, const ClusterSpec &spec)
{
    const QString name = clusterName(corosyncConf);
    if (name.isEmpty())
        return make("cluster.none", CheckStatus::Pass, tr("The node is not in a cluster yet."));
    Finding f =
        name == spec.cluster.name
            ? make("cluster.none", CheckStatus::Pass,
                   tr("The node is already in the cluster %1: a deployment is being resumed.")
                       .arg(name))
            : make("cluster.none", CheckStatus::Fail,
                   tr("The node already belongs to another cluster, %1: it cannot join %2. Remove "
                      "it from that cluster first.")
                       .arg(name, spec.cluster.name));
    f.observed = name;
    f.expected = spec.cluster.name;
    return f;
}

Finding NodeEvaluator::nameResolution(const QString &hostsFile, const ClusterSpec &spec,
                                      int nodeIndex)
{
    QStringList missing;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        if (i == nodeIndex)
            continue;
        const NodeSpec &peer = spec.nodes.at(i);
        const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(.*\\s)?%2(\\s|$)")
                                          .arg(QRegularExpression::escape(peer.privateAddress),
                                               QRegularExpression::escape(peer.name)),
                                      QRegularExpression::MultilineOption |
                                          QRegularExpression::CaseInsensitiveOption);
        if (!line.match(hostsFile).hasMatch())
            missing << peer.name;
    }
    return missing.isEmpty() ? make("host.resolve", CheckStatus::Pass,
                                    tr("/etc/hosts maps every other node to its private address."))
                             : make("host.resolve", CheckStatus::Pass,
                                    tr("/etc/hosts does not map %1 to the private addresses yet: "
                                       "the network phase writes these entries.")
                                        .arg(missing.join(QStringLiteral(", "))));
}

Finding NodeEvaluator::repositories(const QString &output, int exitCode)
{
    static const QRegularExpression answered(QStringLiteral("^(Hit|Get|Ign):\\d+ "),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression failed(
        QStringLiteral("^(Err:\\d+ .*|E: .*|W: Failed to fetch .*)$"),
        QRegularExpression::MultilineOption);
    int sources = 0;
    for (auto it = answered.globalMatch(output); it.hasNext(); it.next())
        ++sources;
    QStringList errors;
    for (auto it = failed.globalMatch(output); it.hasNext();)
        errors << it.next().captured(1).trimmed();
    const bool enterpriseRefused =
        output.contains(QLatin1String("enterprise.proxmox.com")) &&
        (output.contains(QLatin1String("401")) || output.contains(QLatin1String("Unauthorized")));
    Finding f;
    if (exitCode == 0 && errors.isEmpty() && sources > 0)
        f = make("repo.reach", CheckStatus::Pass,
                 tr("The package repositories answer (sources checked: %1).").arg(sources));
    else if (sources == 0)
        f = make("repo.reach", CheckStatus::Fail,
                 tr("No package repository could be reached, so Ceph could not be installed: check "
                    "the node's DNS "
                    "and outgoing HTTP (the Edge firewall needs its rule for TCP established)."));
    else if (enterpriseRefused)
        f = make("repo.reach", CheckStatus::Warn,
                 tr("The Proxmox enterprise repository refuses this node (no subscription key). "
                    "Ceph comes from the "
                    "no-subscription repository; disable the enterprise entries in "
                    "/etc/apt/sources.list.d/ to keep "
                    "apt quiet."));
    else
        f = make("repo.reach", CheckStatus::Warn,
                 tr("Some package repositories did not answer: %1")
                     .arg(errors.mid(0, 3).join(QStringLiteral("; "))));
    f.observed = sources;
    f.details = output;
    return f;
}

MeshEntry NodeEvaluator::meshEntry(const QString &from, const QString &to, int mtu,
                                   const PingResult &ping)
{
    MeshEntry e;
    e.from = from;
    e.to = to;
    e.mtu = mtu;
    using O = PingResult::Outcome;
    switch (ping.outcome) {
    case O::Passed:
        e.status = CheckStatus::Pass;
        e.message =
            tr("%1 bytes pass without fragmentation (%2 ms).").arg(mtu).arg(ping.averageRttMs);
        break;
    case O::PartialLoss:
        e.status = CheckStatus::Warn;
        e.message = tr("%1 bytes pass, but %2 of %3 probes were lost: the link is lossy.")
                        .arg(mtu)
                        .arg(ping.transmitted - ping.received)
                        .arg(ping.transmitted);
        break;
    case O::LocalMtuTooSmall:
        e.status = CheckStatus::Fail;
        e.message =
            tr("Local MTU too small: %1 cannot send %2-byte packets (its interface MTU is %3).")
                .arg(from)
                .arg(mtu)
                .arg(ping.reportedMtu);
        break;
    case O::FragmentationNeeded:
        e.status = CheckStatus::Fail;
        e.message = tr("Fragmentation needed: a hop between %1 and %2 only carries %3 bytes.")
                        .arg(from, to)
                        .arg(ping.reportedMtu);
        break;
    case O::SilentLoss:
        e.status = CheckStatus::Fail;
        e.message = tr("Silent loss: no %1-byte packet came back from %2 and nothing said why; a "
                       "switch or the peer's "
                       "interface drops jumbo frames (or the peer is down).")
                        .arg(mtu)
                        .arg(to);
        break;
    case O::Unreachable:
        e.status = CheckStatus::Fail;
        e.message = tr("%1 is unreachable from %2 on the private network.").arg(to, from);
        break;
    case O::NotUnderstood:
        e.status = CheckStatus::Fail;
        e.message =
            tr("The ping from %1 to %2 printed something that could not be read.").arg(from, to);
        break;
    }
    return e;
}

} // namespace pveha
