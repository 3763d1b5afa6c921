// SPDX-License-Identifier: GPL-3.0-or-later
// The file spellings of ClusterSpec's enums and the parts' equality operators.
#include "spec/ClusterSpec.h"

namespace pveha {

QString toString(HostKeyPolicy policy)
{
    switch (policy) {
    case HostKeyPolicy::Strict:
        return QStringLiteral("strict");
    case HostKeyPolicy::AcceptNew:
        return QStringLiteral("accept-new");
    case HostKeyPolicy::Ask:
        break;
    }
    return QStringLiteral("ask");
}

QString toString(CephRepository repository)
{
    return repository == CephRepository::Enterprise ? QStringLiteral("enterprise")
                                                    : QStringLiteral("no-subscription");
}

QString toString(FirewallProvider provider)
{
    return provider == FirewallProvider::OvhEdge ? QStringLiteral("ovh-edge")
                                                 : QStringLiteral("none");
}

std::optional<HostKeyPolicy> hostKeyPolicyFromString(const QString &text)
{
    for (HostKeyPolicy p : {HostKeyPolicy::Strict, HostKeyPolicy::AcceptNew, HostKeyPolicy::Ask}) {
        if (text == toString(p))
            return p;
    }
    return std::nullopt;
}

std::optional<CephRepository> cephRepositoryFromString(const QString &text)
{
    for (CephRepository r : {CephRepository::NoSubscription, CephRepository::Enterprise}) {
        if (text == toString(r))
            return r;
    }
    return std::nullopt;
}

std::optional<FirewallProvider> firewallProviderFromString(const QString &text)
{
    for (FirewallProvider p : {FirewallProvider::None, FirewallProvider::OvhEdge}) {
        if (text == toString(p))
            return p;
    }
    return std::nullopt;
}

bool operator==(const SshPart &a, const SshPart &b)
{
    return a.user == b.user && a.identityFile == b.identityFile &&
           a.knownHostsFile == b.knownHostsFile && a.hostKeyPolicy == b.hostKeyPolicy;
}

bool operator==(const NodeSpec &a, const NodeSpec &b)
{
    return a.name == b.name && a.publicAddress == b.publicAddress && a.sshPort == b.sshPort &&
           a.privateAddress == b.privateAddress;
}

bool operator==(const NetworkPart &a, const NetworkPart &b)
{
    return a.privateInterface == b.privateInterface && a.bridge == b.bridge && a.cidr == b.cidr &&
           a.mtu == b.mtu;
}

bool operator==(const StoragePart &a, const StoragePart &b)
{
    return a.osDisk == b.osDisk && a.dbDevice == b.dbDevice && a.raidDevices == b.raidDevices &&
           a.raidLevel == b.raidLevel && a.mdDevice == b.mdDevice &&
           a.volumeGroup == b.volumeGroup && a.logicalVolume == b.logicalVolume;
}

bool operator==(const PoolPart &a, const PoolPart &b)
{
    return a.name == b.name && a.size == b.size && a.minSize == b.minSize &&
           a.pgAutoscale == b.pgAutoscale && a.addStorage == b.addStorage;
}

bool operator==(const CephPart &a, const CephPart &b)
{
    return a.repository == b.repository && a.publicNetwork == b.publicNetwork &&
           a.clusterNetwork == b.clusterNetwork && a.pool == b.pool;
}

bool operator==(const HaPart &a, const HaPart &b)
{
    return a.group == b.group && a.nodes == b.nodes && a.resources == b.resources;
}

bool operator==(const FirewallRuleSpec &a, const FirewallRuleSpec &b)
{
    return a.sequence == b.sequence && a.action == b.action && a.protocol == b.protocol &&
           a.source == b.source && a.destinationPort == b.destinationPort &&
           a.sourcePort == b.sourcePort && a.comment == b.comment;
}

bool operator==(const FirewallPart &a, const FirewallPart &b)
{
    return a.provider == b.provider && a.apiEndpoint == b.apiEndpoint &&
           a.guiSources == b.guiSources && a.adminSources == b.adminSources &&
           a.allowInterNode == b.allowInterNode && a.allowTcpEstablished == b.allowTcpEstablished &&
           a.extraRules == b.extraRules;
}

bool operator==(const ClusterSpec &a, const ClusterSpec &b)
{
    return a.version == b.version && a.cluster == b.cluster && a.ssh == b.ssh &&
           a.nodes == b.nodes && a.network == b.network && a.storage == b.storage &&
           a.ceph == b.ceph && a.ha == b.ha && a.firewall == b.firewall;
}

} // namespace pveha
