// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>

namespace pveha {

class EdgeFirewallSync;
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
    /// {"created", "deleted", "unchanged", "failedNodes"} over every node.
    [[nodiscard]] static QJsonObject firewallSummary(const QList<EdgeNodeResult> &results);
};

} // namespace pveha
