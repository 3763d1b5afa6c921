// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeResult.h"

#include <QList>
#include <QMap>

#include <optional>

namespace pveha {

/// One change of an apply: the delete or the create at `index` in the diff's lists.
struct EdgeChange
{
    bool isDelete = false;
    int index = 0;
    int sequence = 0;
};

/// The order in which an apply sends its changes, one at a time. By sequence, a delete before
/// the create at the same sequence: a changed rule is then missing only between its own delete
/// and create, and the permits exist before the final deny is (re)created. But when priorities
/// shift (a source added near the top of a list), that order would delete a permit before its
/// copy exists at its new priority and cut an admin off mid-apply; so the first change in that
/// order that newly cuts off no admin or GUI source of the target (EdgeFirewallSafety, on the
/// rules as they stand) goes first, a create waiting for its sequence to be free. Only when
/// every possible change would cut one off (two permits trading places) is the first taken.
class EdgeApplyOrder
{
public:
    /// The next change, or none when every change is done. `live`: the rules in place now, by
    /// sequence; `deleteDone`/`createDone`: indexed like diff.toDelete/toCreate. `cutsOff` is
    /// set when the change returned is one that cuts a source off (no way round).
    [[nodiscard]] static std::optional<EdgeChange>
    next(const QMap<int, EdgeRule> &live, const EdgeFirewallDiff &diff,
         const QList<bool> &deleteDone, const QList<bool> &createDone, const EdgeNodeTarget &target,
         bool *cutsOff = nullptr);
};

} // namespace pveha
