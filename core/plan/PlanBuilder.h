// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QCoreApplication>

namespace pveha {

struct ClusterSpec;

/// What the preflight learnt that changes the plan.
struct PlanFacts
{
    int pveMajor = 8; ///< PVE 9 replaced HA groups by node-affinity rules
};

/// Turns the spec into the procedure's steps (procedure-fr.md §4 to §7, FACTS.md), each with
/// a check that tells "already done", so the plan is resumable by construction.
///
/// Rules every script follows, so that the same plan runs on a real node and on the
/// simulator: tools are called by name; files are read with cat/grep/sed and written with
/// tee/cp/sed -i/mkdir, never with a shell redirection to a path; every spec value is
/// validated by the spec and shell-quoted here.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(pveha::PlanBuilder)
public:
    [[nodiscard]] static Plan build(const ClusterSpec &spec, const PlanFacts &facts = {});

    /// The managed /etc/hosts lines on a node: the other nodes' names on their private addresses.
    [[nodiscard]] static QStringList hostsBlock(const ClusterSpec &spec, int nodeIndex);
    /// Seconds after which a node restores its previous network configuration by itself unless
    /// the engine, reconnected through the new one, cancels the timer.
    static constexpr int kNetworkRollbackSeconds = 180;
    static QString rollbackUnit() { return QStringLiteral("pve-ha-installer-net-rollback"); }
    static QString interfacesBackup()
    {
        return QStringLiteral("/etc/network/interfaces.pve-ha-installer.bak");
    }
};

} // namespace pveha
