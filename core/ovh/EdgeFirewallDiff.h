// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/RemoteEdgeRule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace pveha {

class Ipv4Cidr;

/// What must change on one address for its Edge rules to become the wanted set. The API cannot
/// edit a rule, so a rule whose sequence is wanted with another content is deleted and
/// created again; a sequence the server has but the set does not want is deleted.
struct EdgeFirewallDiff
{
    QList<EdgeRule> unchanged;
    QList<RemoteEdgeRule> toDelete; ///< as on the server, by sequence
    QList<EdgeRule> toCreate;       ///< by sequence

    [[nodiscard]] bool isEmpty() const { return toDelete.isEmpty() && toCreate.isEmpty(); }
    [[nodiscard]] static EdgeFirewallDiff compute(const QList<RemoteEdgeRule> &current,
                                                  const QList<EdgeRule> &wanted);
    /// "- 1 permit tcp 198.51.100.9/32 dport 22" and "+ 1 permit tcp …" lines, by sequence.
    [[nodiscard]] QStringList lines() const;
    [[nodiscard]] QJsonObject toJson() const;
};

/// The lock-out guard: a rule set must let every admin source open TCP connections to SSH and
/// every GUI source to 8006, evaluated the way the Edge firewall does (rules by sequence, the
/// first that matches decides, no match = permitted).
class EdgeFirewallSafety
{
    Q_DECLARE_TR_FUNCTIONS(pveha::EdgeFirewallSafety)
public:
    enum class Reach { Permitted, Blocked, PartlyBlocked };

    /// Why `rules` must not be applied; empty when it is safe.
    [[nodiscard]] static QStringList check(const QList<EdgeRule> &rules,
                                           const QStringList &adminSources,
                                           const QStringList &guiSources, int sshPort);
    /// Whether new TCP connections from every address of `source` reach `port`. `decidedBy`
    /// receives the sequence of the rule that decided (-1 when none did).
    [[nodiscard]] static Reach evaluate(const QList<EdgeRule> &rules, const Ipv4Cidr &source,
                                        int port, int *decidedBy = nullptr);
};

} // namespace pveha
