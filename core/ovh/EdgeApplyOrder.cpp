// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/EdgeApplyOrder.h"

#include <algorithm>

namespace pveha {
namespace {

/// Whether `after` blocks no source that `before` let through (both as check() words them).
bool noNewProblem(const QStringList &before, const QStringList &after)
{
    return std::all_of(after.cbegin(), after.cend(),
                       [&](const QString &p) { return before.contains(p); });
}

} // namespace

std::optional<EdgeChange> EdgeApplyOrder::next(const QMap<int, EdgeRule> &live,
                                               const EdgeFirewallDiff &diff,
                                               const QList<bool> &deleteDone,
                                               const QList<bool> &createDone,
                                               const EdgeNodeTarget &target, bool *cutsOff)
{
    if (cutsOff)
        *cutsOff = false;
    QList<EdgeChange> pending;
    for (int i = 0; i < diff.toDelete.size(); ++i)
        if (!deleteDone.value(i))
            pending << EdgeChange{true, i, diff.toDelete.at(i).rule.sequence};
    for (int i = 0; i < diff.toCreate.size(); ++i)
        if (!createDone.value(i))
            pending << EdgeChange{false, i, diff.toCreate.at(i).sequence};
    std::stable_sort(pending.begin(), pending.end(), [](const EdgeChange &a, const EdgeChange &b) {
        return a.sequence != b.sequence ? a.sequence < b.sequence : a.isDelete && !b.isDelete;
    });

    const auto problems = [&target](const QMap<int, EdgeRule> &rules) {
        return EdgeFirewallSafety::check(rules.values(), target.adminSources, target.guiSources,
                                         target.sshPort);
    };
    const QStringList now = problems(live);
    std::optional<EdgeChange> firstPossible;
    for (const EdgeChange &c : std::as_const(pending)) {
        if (!c.isDelete && live.contains(c.sequence))
            continue; // its sequence is not free yet
        if (!firstPossible)
            firstPossible = c;
        QMap<int, EdgeRule> after = live;
        if (c.isDelete)
            after.remove(c.sequence);
        else
            after.insert(c.sequence, diff.toCreate.at(c.index));
        if (noNewProblem(now, problems(after)))
            return c;
    }
    if (firstPossible && cutsOff)
        *cutsOff = true;
    return firstPossible;
}

} // namespace pveha
