// SPDX-License-Identifier: GPL-3.0-or-later
// SpecValidator, second part: the disks (storage), Ceph and HA sections.
#include "spec/SpecValidator.h"

#include "spec/Ipv4Cidr.h"
#include "spec/Validators.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pveha {

using namespace validators;

void SpecValidator::checkDevice(const QString &path, const QString &value, const QString &example)
{
    if (!isDevicePath(value)) {
        add(path, tr("%1 is not a valid device path (expected /dev/ followed by letters, digits, "
                     "'/', '_', '.' or '-', such as %2).")
                      .arg(quotedValue(value), example));
    }
}

void SpecValidator::checkStorage()
{
    const StoragePart &st = m_spec.storage;
    checkDevice(QStringLiteral("storage.osDisk"), st.osDisk, QStringLiteral("/dev/nvme0n1"));
    checkDevice(QStringLiteral("storage.dbDevice"), st.dbDevice, QStringLiteral("/dev/nvme1n1"));
    for (qsizetype i = 0; i < st.raidDevices.size(); ++i) {
        checkDevice(at(QStringLiteral("storage.raidDevices"), i), st.raidDevices.at(i),
                    QStringLiteral("/dev/sda"));
    }
    static const QRegularExpression mdRe(
        QStringLiteral("\\A/dev/md(?:[0-9]+|/[A-Za-z0-9_.-]+)\\z"));
    if (!mdRe.match(st.mdDevice).hasMatch() || !isDevicePath(st.mdDevice)) {
        add(QStringLiteral("storage.mdDevice"),
            tr("%1 is not an md device path (expected /dev/md followed by a number, such as "
               "/dev/md0).")
                .arg(quotedValue(st.mdDevice)));
    }

    // Each device has exactly one role: the OS disk is never touched, the DB device and the
    // RAID members are wiped. A device listed twice would be destroyed by mistake.
    QHash<QString, QString> roles;
    const auto claim = [&](const QString &path, const QString &device) {
        if (device.isEmpty())
            return;
        if (roles.contains(device)) {
            add(path, tr("%1 is already used as %2 (each device may have only one role; the OS "
                         "disk is never touched).")
                          .arg(quotedValue(device), roles.value(device)));
        } else {
            roles.insert(device, path);
        }
    };
    claim(QStringLiteral("storage.osDisk"), st.osDisk);
    claim(QStringLiteral("storage.dbDevice"), st.dbDevice);
    for (qsizetype i = 0; i < st.raidDevices.size(); ++i)
        claim(at(QStringLiteral("storage.raidDevices"), i), st.raidDevices.at(i));
    claim(QStringLiteral("storage.mdDevice"), st.mdDevice);

    const int count = int(st.raidDevices.size());
    int minimum = 0;
    switch (st.raidLevel) {
    case 1:
        minimum = 2;
        break;
    case 5:
        minimum = 3;
        break;
    case 6:
    case 10:
        minimum = 4;
        break;
    default:
        add(QStringLiteral("storage.raidLevel"),
            tr("%1 is not a supported RAID level (expected 1, 5, 6 or 10; the procedure uses 5).")
                .arg(st.raidLevel));
    }
    if (minimum > 0 && count < minimum) {
        add(QStringLiteral("storage.raidDevices"),
            tr("RAID %1 needs at least %2 disks, but %3 are listed (add disks or choose another "
               "RAID level).")
                .arg(st.raidLevel)
                .arg(minimum)
                .arg(count));
    } else if (st.raidLevel == 10 && count % 2 != 0) {
        add(QStringLiteral("storage.raidDevices"),
            tr("RAID 10 needs an even number of disks, but %1 are listed (add or remove one "
               "disk).")
                .arg(count));
    }

    const QString lvmRule = tr("letters, digits, '_', '.', '+' or '-', not starting with '-'");
    if (!isLvmVolumeGroupName(st.volumeGroup)) {
        add(QStringLiteral("storage.volumeGroup"),
            tr("%1 is not a valid LVM volume group name (expected %2, such as ceph-raid).")
                .arg(quotedValue(st.volumeGroup), lvmRule));
    }
    if (!isLvmLogicalVolumeName(st.logicalVolume)) {
        add(QStringLiteral("storage.logicalVolume"),
            tr("%1 is not a valid LVM logical volume name (expected %2, and none of the names "
               "LVM reserves such as snapshot* or *_rimage; for example osd).")
                .arg(quotedValue(st.logicalVolume), lvmRule));
    }
}

void SpecValidator::checkCeph()
{
    const CephPart &ceph = m_spec.ceph;
    const bool cidrOk = Ipv4Cidr::parse(m_spec.network.cidr).has_value();
    const auto checkNetwork = [&](const QString &path, const QString &value) {
        if (value == m_spec.network.cidr && !cidrOk)
            return; // the same bad value is already reported at network.cidr
        QList<SpecProblem> found;
        checkCidr(found, path, value, QStringLiteral("10.0.0.0/24"));
        m_problems += found;
        const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(value);
        if (!found.isEmpty() || !cidr)
            return;
        for (const NodeSpec &n : m_spec.nodes) {
            const std::optional<quint32> priv = parseIpv4(n.privateAddress);
            if (priv && !cidr->contains(*priv)) {
                add(path,
                    tr("%1 does not contain the private address %2 of node %3, so Ceph "
                       "could not use it (expected the private network, such as %4).")
                        .arg(quotedValue(value), n.privateAddress, n.name, m_spec.network.cidr));
                return;
            }
        }
    };
    checkNetwork(QStringLiteral("ceph.publicNetwork"), ceph.publicNetwork);
    checkNetwork(QStringLiteral("ceph.clusterNetwork"), ceph.clusterNetwork);

    const PoolPart &pool = ceph.pool;
    if (!isProxmoxStorageId(pool.name)) {
        add(QStringLiteral("ceph.pool.name"),
            tr("%1 is not a valid Proxmox storage id (expected a letter, then letters, digits, "
               "'-', '_' or '.', ending with a letter or digit, such as Stockage-HA).")
                .arg(quotedValue(pool.name)));
    }
    const int nodeCount = int(m_spec.nodes.size());
    if (pool.size < 1) {
        add(QStringLiteral("ceph.pool.size"),
            tr("%1 is not a valid replica count (expected 1 to the number of nodes, usually 3).")
                .arg(pool.size));
    } else if (pool.size > nodeCount) {
        add(QStringLiteral("ceph.pool.size"),
            tr("%1 replicas need as many nodes, but the spec lists %n node(s) (expected a size of "
               "at most the number of nodes).",
               nullptr, nodeCount)
                .arg(pool.size));
    }
    if (pool.minSize < 1) {
        add(QStringLiteral("ceph.pool.minSize"),
            tr("%1 is not a valid minimum replica count (expected 1 to ceph.pool.size, usually "
               "2).")
                .arg(pool.minSize));
    } else if (pool.size >= 1 && pool.minSize > pool.size) {
        add(QStringLiteral("ceph.pool.minSize"),
            tr("%1 is larger than ceph.pool.size %2 (expected a minimum size no larger than the "
               "size, such as size 3 and minSize 2).")
                .arg(pool.minSize)
                .arg(pool.size));
    }
}

void SpecValidator::checkHa()
{
    const HaPart &ha = m_spec.ha;
    if (!isProxmoxId(ha.group)) {
        add(QStringLiteral("ha.group"),
            tr("%1 is not a valid Proxmox HA group id (expected a letter followed by at least one "
               "letter, digit, '_' or '-', such as Cluster-Prod).")
                .arg(quotedValue(ha.group)));
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < ha.nodes.size(); ++i) {
        const QString &name = ha.nodes.at(i);
        const QString path = at(QStringLiteral("ha.nodes"), i);
        if (m_spec.nodeIndex(name) < 0) {
            add(path, tr("%1 is not the name of a node in nodes (expected one of: %2).")
                          .arg(quotedValue(name),
                               escapedValue(m_spec.nodeNames().join(QLatin1String(", ")))));
        } else if (seen.contains(name.toLower())) {
            add(path, tr("%1 is listed twice (list each node once).").arg(quotedValue(name)));
        }
        seen.insert(name.toLower());
    }
    if (ha.nodes.isEmpty() && !ha.resources.isEmpty()) {
        add(QStringLiteral("ha.nodes"),
            tr("The HA group protects guests but has no node to run them on (list node names from "
               "nodes, such as %1).")
                .arg(escapedValue(m_spec.nodeNames().join(QLatin1String(", ")))));
    }
    QHash<int, qsizetype> vmids;
    for (qsizetype i = 0; i < ha.resources.size(); ++i) {
        const int vmid = ha.resources.at(i).vmid;
        const QString path = at(QStringLiteral("ha.resources"), i) + QLatin1String(".vmid");
        if (vmid < 100 || vmid > 999999999) {
            add(path, tr("%1 is not a valid guest id (expected a whole number from 100 to "
                         "999999999, such as 100).")
                          .arg(vmid));
        } else if (vmids.contains(vmid)) {
            add(path, tr("Guest %1 is already listed in ha.resources[%2] (list each guest once).")
                          .arg(vmid)
                          .arg(vmids.value(vmid)));
        } else {
            vmids.insert(vmid, i);
        }
    }
}

} // namespace pveha
