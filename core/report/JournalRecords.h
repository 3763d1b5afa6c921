// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace pveha {

class EdgeFirewallSync;
struct ClusterSpec;
struct EdgeNodeResult;
struct HealthSnapshot;

/// The documents the journal keeps for the report, built the same way whether the command
/// line or the wizard produced them (Journal::saveDocument() stores them).
class JournalRecords
{
public:
    /// "health": the contract's `health --json` document, the reasons, each node's raw outputs
    /// and when it was gathered.
    [[nodiscard]] static QJsonObject health(const HealthSnapshot &snapshot);
    /// "firewall": the contract's `firewall --json` document of a run that contacted the API
    /// (EdgeFirewallSync::toJson() with provider, apiContacted and summary).
    [[nodiscard]] static QJsonObject firewall(const EdgeFirewallSync &sync);
    /// Whether one node's entry of a "firewall" document was made for what the spec asks now
    /// (same public address, same rules by effect; comments are words and may be in another
    /// language): false once the admin changed the sources or the node since.
    [[nodiscard]] static bool firewallNodeCurrent(const QJsonObject &nodeRecord,
                                                  const ClusterSpec &spec, int nodeIndex);
    /// The entry of `node` in a "firewall" document (empty when it has none).
    [[nodiscard]] static QJsonObject firewallNode(const QJsonObject &firewall, const QString &node);
    /// {"created", "deleted", "unchanged", "failedNodes"} over every node.
    [[nodiscard]] static QJsonObject firewallSummary(const QList<EdgeNodeResult> &results);
};

} // namespace pveha
