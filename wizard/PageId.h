// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pveha {

/// The wizard's pages in the order of the flow (shared/design/UX.md). The ids are stable: the
/// side panel and the tests refer to them.
enum PageId : int {
    WelcomePageId = 0,
    NodesPageId,
    NetworkPageId,
    DisksPageId,
    CephHaPageId,
    FirewallPageId,
    SummaryPageId,
    ValidationPageId,
    FirewallApplyPageId,
    PlanPageId,
    DeployPageId,
    HealthPageId,
    CrashTestPageId,
    FinishPageId,
    PageCount
};

} // namespace pveha
