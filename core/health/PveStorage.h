// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// One row of `pvesm status`. pvesm prints sizes in KiB (integer division of the bytes by
/// 1024); they are stored here converted back to bytes (KiB × 1024), as the contract wants bytes.
struct PveStorage
{
    QString name;
    QString type;   ///< dir, lvmthin, rbd, nfs…
    QString status; ///< active, inactive, disabled (unknown when pvesm printed something else)
    qint64 totalBytes = 0;
    qint64 usedBytes = 0;
    qint64 availableBytes = 0;
    double usedPercent = -1; ///< the last column; -1 for "N/A" (disabled storages)
};

/// Parses `pvesm status` (with or without the "(KiB)" header suffixes of newer versions).
/// `error` (optional) receives a translated reason and the list is empty when the output was not
/// understood; an understood output with no storage gives an empty list and an empty error.
[[nodiscard]] QList<PveStorage> parsePvesmStatus(const QString &text, QString *error = nullptr);

} // namespace pveha
