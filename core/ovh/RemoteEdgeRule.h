// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/EdgeRules.h"

#include <QJsonObject>

namespace pveha {

/// A rule as `GET /ip/{ip}/firewall/{ipOnFirewall}/rule/{sequence}` returns it.
///
/// The API answers ports and tcpOption as text ("eq 22", "established"), sources as CIDRs or
/// "any"; fromApiJson() also takes the integer and object forms the POST body uses. A form it
/// does not understand (a port range, say) leaves `understood` false: such a rule never equals
/// a wanted one, so it is deleted and re-created rather than silently kept.
struct RemoteEdgeRule
{
    EdgeRule rule;
    QString state; ///< creationPending | ok | removalPending | …
    bool understood = true;
    QString text; ///< the API's "rule" summary, or a description of what was not understood

    [[nodiscard]] static RemoteEdgeRule fromApiJson(const QJsonObject &json);
    /// The part of the rule the Edge firewall enforces (the comment is ours, never sent).
    [[nodiscard]] static bool sameEffect(const EdgeRule &a, const EdgeRule &b);
    [[nodiscard]] QJsonObject toReportJson() const;
};

} // namespace pveha
