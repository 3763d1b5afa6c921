// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pveha {

/// One rule of OVHcloud's Edge Network Firewall, as the API takes it (FACTS.md).
struct EdgeRule
{
    int sequence = 0;
    QString action;   ///< permit | deny
    QString protocol; ///< ah | esp | gre | icmp | ipv4 | tcp | udp
    QString source;   ///< IPv4 CIDR
    std::optional<int> destinationPort;
    std::optional<int> sourcePort;
    bool tcpEstablished = false; ///< tcpOption {"option": "established"}
    QString comment;             ///< translated; for people only, never sent to the API

    /// The body of `POST /ip/{ip}/firewall/{ipOnFirewall}/rule`: sequence, action, protocol,
    /// source, the ports when set, and tcpOption {"option":"established","fragments":false}.
    [[nodiscard]] QJsonObject toApiJson() const;
    /// One line for people: "5 permit tcp 0.0.0.0/0 established", "0 permit tcp 0.0.0.0/0 dport
    /// 8006".
    [[nodiscard]] QString summary() const;

    friend bool operator==(const EdgeRule &a, const EdgeRule &b)
    {
        return a.sequence == b.sequence && a.action == b.action && a.protocol == b.protocol &&
               a.source == b.source && a.destinationPort == b.destinationPort &&
               a.sourcePort == b.sourcePort && a.tcpEstablished == b.tcpEstablished &&
               a.comment == b.comment;
    }
    friend bool operator!=(const EdgeRule &a, const EdgeRule &b) { return !(a == b); }
};

/// Derives each node's Edge firewall rule set from the spec's firewall section.
///
/// Order (procedure §3): GUI (tcp to 8006 from each guiSources entry), admin SSH (tcp to the
/// node's sshPort from each adminSources entry), the other nodes (ipv4 from their public
/// address /32, when allowInterNode), TCP established from anywhere (when allowTcpEstablished),
/// the admin's extraRules at their own sequences, and `deny ipv4 0.0.0.0/0` at 19.
/// Automatic rules take sequences from 0 upwards and skip the sequences extraRules occupy, so an
/// extra rule never moves and never replaces an automatic one. Rules that do not fit below 19
/// are left out and counted in `needed`: the validator reports that, so a validated spec always
/// yields its complete set.
class EdgeRules
{
    Q_DECLARE_TR_FUNCTIONS(pveha::EdgeRules)
public:
    static constexpr int maxRules = 20;
    static constexpr int denySequence = 19;
    static constexpr int guiPort = 8006;

    struct Derivation
    {
        QList<EdgeRule> rules; ///< sorted by sequence
        int needed = 0;        ///< rules the node would need, deny included; > maxRules = too many
    };

    [[nodiscard]] static Derivation derive(const ClusterSpec &spec, int nodeIndex);
};

/// The rule set of node `nodeIndex` (see EdgeRules). Validate the spec first.
[[nodiscard]] QList<EdgeRule> deriveEdgeRules(const ClusterSpec &spec, int nodeIndex);

} // namespace pveha
