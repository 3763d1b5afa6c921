// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "preflight/Finding.h"

#include <QSet>

namespace pveha {

/// A deployment stopped after it built its RAID (or its OSD) finds those disks "not empty" on
/// the next preflight: they hold its own work. As the command line's deploy does, such a
/// disk.raid or disk.db failure does not block when the step that erases those disks on that
/// node (raid.create, osd.create) has already run, i.e. is not among the pending destructive
/// steps. Any other failure still blocks.
class ResumedDisks
{
public:
    /// Whether a disk check failed at all (the pending steps are worth asking then).
    [[nodiscard]] static bool mayApply(const PreflightReport &report);
    /// "node/check" keys of the failures that are the deployment's own doing.
    [[nodiscard]] static QSet<QString> exempt(const PreflightReport &report,
                                              const QList<Step> &pending);
    [[nodiscard]] static QString key(const QString &node, const QString &checkId);
    /// The step that erases what `checkId` checks.
    [[nodiscard]] static QString stepOf(const QString &checkId);
};

} // namespace pveha
