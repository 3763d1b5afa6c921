// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pveha {

/// The `health --json` object of CLI.md, exactly: overall, ceph{…}, raid[], ha{quorate, master,
/// services[]}, storages[]. Sizes are bytes. When Ceph could not be read on any node, `ceph`
/// keeps its keys with health "unknown" and zero counts; `ha.master` is "" without a master;
/// `progressPercent` is null unless the array resyncs or recovers. The reasons are not part of
/// the contract: see reasonsToJson.
[[nodiscard]] QJsonObject toContractJson(const HealthSnapshot &snapshot);

/// The verdict's reasons as [{level, node, subject, text, hint}], for the report and logs.
[[nodiscard]] QJsonArray reasonsToJson(const HealthVerdict &verdict);

} // namespace pveha
