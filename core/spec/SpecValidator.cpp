// SPDX-License-Identifier: GPL-3.0-or-later
// SpecValidator, first part: the general settings, the nodes and the network (the disks, Ceph
// and HA are in SpecValidatorStorage.cpp; the firewall in FirewallValidator).
#include "spec/SpecValidator.h"

#include "spec/FirewallValidator.h"
#include "spec/Ipv4Cidr.h"
#include "spec/Validators.h"

#include <QHash>

namespace pveha {

using namespace validators;

QString SpecValidator::at(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString SpecValidator::nodePath(qsizetype index, const char *field)
{
    return at(QStringLiteral("nodes"), index) + QLatin1Char('.') + QLatin1String(field);
}

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

} // namespace pveha
