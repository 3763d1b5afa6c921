// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/SpecValidator.h"

#include "spec/FirewallValidator.h"
#include "spec/Ipv4Cidr.h"
#include "spec/Validators.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pveha {

using namespace validators;

namespace {

QString at(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString nodePath(qsizetype index, const char *field)
{
    return at(QStringLiteral("nodes"), index) + QLatin1Char('.') + QLatin1String(field);
}

} // namespace

QList<SpecProblem> SpecValidator::validate()
{
    m_problems.clear();
    checkGeneral();
    checkNodes();
    checkNetwork();
    checkStorage();
    checkCeph();
    checkHa();
    m_problems += FirewallValidator(m_spec).validate();
    return m_problems;
}

void SpecValidator::checkCidr(QList<SpecProblem> &problems, const QString &path,
                              const QString &value, const QString &example)
{
    const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(value);
    if (!cidr) {
        problems.append({path, tr("%1 is not an IPv4 network in CIDR notation (expected an "
                                  "address and a prefix length from 0 to 32, such as %2).")
                                   .arg(quotedValue(value), example)});
    } else if (!cidr->isNetwork()) {
        problems.append({path, tr("%1 has host bits set (expected the network address %2).")
                                   .arg(quotedValue(value), cidr->normalized().toString())});
    }
}

void SpecValidator::checkGeneral()
{
    if (m_spec.version != 1) {
        add(QStringLiteral("version"),
            tr("%1 is not a supported format version (expected 1).").arg(m_spec.version));
    }
    if (!isClusterName(m_spec.cluster.name)) {
        add(QStringLiteral("cluster.name"),
            tr("%1 is not a valid cluster name (expected 1 to 15 letters, digits or hyphens, such "
               "as cluster-pve-ha).")
                .arg(quotedValue(m_spec.cluster.name)));
    }
    if (!isPosixLoginName(m_spec.ssh.user)) {
        add(QStringLiteral("ssh.user"),
            tr("%1 is not a valid login name (expected up to 32 lower-case letters, digits, '_' "
               "or '-', starting with a letter or '_', such as root).")
                .arg(quotedValue(m_spec.ssh.user)));
    }
    if (hasControlCharacter(m_spec.ssh.identityFile)) {
        add(QStringLiteral("ssh.identityFile"),
            tr("%1 contains a control character such as a newline (expected a file path on one "
               "line, such as ~/.ssh/id_ed25519).")
                .arg(quotedValue(m_spec.ssh.identityFile)));
    }
    if (m_spec.ssh.knownHostsFile.isEmpty() || hasControlCharacter(m_spec.ssh.knownHostsFile)) {
        add(QStringLiteral("ssh.knownHostsFile"),
            tr("%1 is not a usable file path (expected a path on one line, such as "
               "~/.ssh/known_hosts).")
                .arg(quotedValue(m_spec.ssh.knownHostsFile)));
    }
}

void SpecValidator::checkNodes()
{
    const QList<NodeSpec> &nodes = m_spec.nodes;
    if (nodes.size() < 3) {
        add(QStringLiteral("nodes"),
            tr("The spec lists %n node(s), but a highly available cluster needs at least 3 (add "
               "nodes).",
               nullptr, int(nodes.size())));
    }
    const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(m_spec.network.cidr);
    const bool cidrUsable = cidr && cidr->isNetwork();
    const bool edge = m_spec.firewall.provider == FirewallProvider::OvhEdge;
    QHash<QString, qsizetype> names, publics, privates;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const NodeSpec &n = nodes.at(i);
        if (!isDnsLabel(n.name)) {
            add(nodePath(i, "name"),
                tr("%1 is not a valid node name (expected the node's hostname: 1 to 63 letters, "
                   "digits or hyphens, not starting or ending with a hyphen, such as node-01).")
                    .arg(quotedValue(n.name)));
        } else if (names.contains(n.name.toLower())) {
            add(nodePath(i, "name"),
                tr("%1 is already the name of nodes[%2] (each node needs its own name).")
                    .arg(quotedValue(n.name))
                    .arg(names.value(n.name.toLower())));
        } else {
            names.insert(n.name.toLower(), i);
        }

        if (!isIpv4Address(n.publicAddress) && !isHostname(n.publicAddress)) {
            add(nodePath(i, "publicAddress"),
                tr("%1 is neither an IPv4 address nor a hostname (expected an address such as "
                   "203.0.113.11 or a name such as node-01.example.com).")
                    .arg(quotedValue(n.publicAddress)));
        } else if (publics.contains(n.publicAddress.toLower())) {
            add(nodePath(i, "publicAddress"),
                tr("%1 is already the public address of nodes[%2] (each node needs its own "
                   "address).")
                    .arg(quotedValue(n.publicAddress))
                    .arg(publics.value(n.publicAddress.toLower())));
        } else {
            publics.insert(n.publicAddress.toLower(), i);
            if (edge && !isIpv4Address(n.publicAddress)) {
                add(nodePath(i, "publicAddress"),
                    tr("%1 is a hostname, but the OVHcloud Edge firewall works on IPv4 addresses "
                       "(write the node's public IPv4 address, or set firewall.provider to none).")
                        .arg(quotedValue(n.publicAddress)));
            }
        }

        if (n.sshPort < 1 || n.sshPort > 65535) {
            add(nodePath(i, "sshPort"),
                tr("%1 is not a valid SSH port (expected a whole number from 1 to 65535; the "
                   "default is 22).")
                    .arg(n.sshPort));
        }

        const quint32 suggestion =
            (cidrUsable ? cidr->network() : 0x0a000000u) + quint32(i) + 1; // 10.0.0.0 + i + 1
        const std::optional<quint32> priv = parseIpv4(n.privateAddress);
        if (!priv) {
            add(nodePath(i, "privateAddress"),
                tr("%1 is not an IPv4 address (expected four numbers 0–255 such as %2).")
                    .arg(quotedValue(n.privateAddress), ipv4ToString(suggestion)));
        } else if (cidrUsable && !cidr->contains(*priv)) {
            add(nodePath(i, "privateAddress"),
                tr("%1 is not inside the private network %2 (expected an address such as %3, or "
                   "change network.cidr).")
                    .arg(quotedValue(n.privateAddress), cidr->toString(),
                         ipv4ToString(suggestion)));
        } else if (cidrUsable && !cidr->isHostAddress(*priv)) {
            add(nodePath(i, "privateAddress"),
                tr("%1 is the network or broadcast address of %2, which no host can use "
                   "(expected an address such as %3).")
                    .arg(quotedValue(n.privateAddress), cidr->toString(),
                         ipv4ToString(suggestion)));
        } else if (privates.contains(n.privateAddress)) {
            add(nodePath(i, "privateAddress"),
                tr("%1 is already the private address of nodes[%2] (each node needs its own "
                   "address).")
                    .arg(quotedValue(n.privateAddress))
                    .arg(privates.value(n.privateAddress)));
        } else {
            privates.insert(n.privateAddress, i);
        }
    }
}

void SpecValidator::checkNetwork()
{
    const NetworkPart &net = m_spec.network;
    if (!isInterfaceName(net.privateInterface)) {
        add(QStringLiteral("network.privateInterface"),
            tr("%1 is not a valid interface name (expected 1 to 15 letters, digits, '_', '.' or "
               "'-' as `ip link` shows it, such as enp1s0f1).")
                .arg(quotedValue(net.privateInterface)));
    }
    if (!isInterfaceName(net.bridge)) {
        add(QStringLiteral("network.bridge"),
            tr("%1 is not a valid bridge name (expected 1 to 15 letters, digits, '_', '.' or '-'; "
               "Proxmox names bridges vmbrN, such as vmbr1).")
                .arg(quotedValue(net.bridge)));
    } else if (net.bridge == net.privateInterface) {
        add(QStringLiteral("network.bridge"),
            tr("%1 is also the private interface (expected a new bridge name, such as vmbr1).")
                .arg(quotedValue(net.bridge)));
    }
    checkCidr(m_problems, QStringLiteral("network.cidr"), net.cidr, QStringLiteral("10.0.0.0/24"));
    if (net.mtu < 1280 || net.mtu > 9216) {
        add(QStringLiteral("network.mtu"),
            tr("%1 is not a usable MTU (expected a whole number from 1280 to 9216; 9000 enables "
               "jumbo frames on the vRack).")
                .arg(net.mtu));
    }
}

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
