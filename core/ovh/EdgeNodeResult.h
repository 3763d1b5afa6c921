// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeFirewallDiff.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pveha {

/// One node's address and the rules it should have.
struct EdgeNodeTarget
{
    QString node;
    QString ip; ///< the node's public IPv4 (ipOnFirewall); its block is ip/32
    int sshPort = 22;
    QList<EdgeRule> wanted;
    /// The sources that must keep reaching SSH and the GUI at every step of an apply
    /// (firewall.adminSources and guiSources; see EdgeNodeSync::applyNext).
    QStringList adminSources;
    QStringList guiSources;
    QString problem; ///< why this node cannot be handled (e.g. a hostname), translated

    [[nodiscard]] QString block() const { return ip + QLatin1String("/32"); }
};

/// What happened on one node: what the firewall held, what it should hold, what was done and,
/// when something failed midway, exactly what was not done. Nothing half-applied goes unsaid.
struct EdgeNodeResult
{
    Q_DECLARE_TR_FUNCTIONS(pveha::EdgeNodeResult)
public:
    EdgeNodeTarget target;
    bool attempted = true;      ///< false: skipped after an earlier node failed
    bool currentKnown = false;  ///< the current state could be read
    bool onFirewall = false;    ///< the address was on the Edge firewall when read
    bool enabledBefore = false; ///< the firewall was enabled when read
    QList<RemoteEdgeRule> current;
    EdgeFirewallDiff diff;
    bool diffKnown = false;

    bool applyRequested = false;
    bool applyStarted = false; ///< at least one change was sent
    bool addedToFirewall = false;
    QList<int> deleted;       ///< sequences deleted (and seen gone)
    QList<int> created;       ///< sequences created (and seen ok)
    bool enabledNow = false;  ///< this run enabled the firewall
    bool needsEnable = false; ///< the firewall has to be enabled at the end

    QStringList errors;       ///< translated
    bool unreachable = false; ///< no HTTP answer from the API
    bool authenticationFailed = false;

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    /// Everything the plan asked for was done (false for a dry run with changes).
    [[nodiscard]] bool complete() const;
    /// "deleted rule 1; created rules 1, 4; enabled the firewall" or "nothing".
    [[nodiscard]] QString appliedText() const;
    /// What remains to do after a failure: "create rules 5, 19; enable the firewall".
    [[nodiscard]] QString notAppliedText() const;
    [[nodiscard]] QList<int> pendingDeletes() const;
    [[nodiscard]] QList<int> pendingCreates() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace pveha
