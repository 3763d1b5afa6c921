// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QCoreApplication>

namespace pveha {

/// The whole spec as one read-only HTML page for the Summary page: a section per page of the
/// wizard, every value escaped (a value is data, never markup).
class SpecSummary
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SpecSummary)
public:
    /// `diskBytes` is the HDD size the Disks page estimates with (0 = no capacity line).
    static QString html(const ClusterSpec &spec, qint64 diskBytes);
};

} // namespace pveha
