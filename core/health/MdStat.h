// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pveha {

/// One device of an md array as /proc/mdstat lists it: `sdc1[2](F)`.
struct MdMember
{
    QString device;
    int index = -1;           ///< the role number in brackets
    bool failed = false;      ///< (F)
    bool spare = false;       ///< (S)
    bool writeMostly = false; ///< (W)
    bool journal = false;     ///< (J)
    bool replacement = false; ///< (R)
};

/// The background action md is running on an array (the kernel's sync_action).
enum class MdSyncAction { None, Resync, Recovery, Check, Repair, Reshape };

/// One array of /proc/mdstat with its three kinds of lines: header, size/pattern, progress.
struct MdArray
{
    QString name; ///< "md0"
    bool active = false;
    bool readOnly = false;     ///< (read-only)
    bool autoReadOnly = false; ///< (auto-read-only): becomes writable on first write
    QString level;             ///< "raid5", "linear"…; empty for an inactive array without one
    QList<MdMember> members;
    qint64 blocks = -1; ///< size in 1 KiB blocks
    int raidDisks = -1; ///< n of [n/m]: the devices the array should have; -1 without [n/m]
    int disksUp = -1;   ///< m of [n/m]: the devices working now
    QString pattern;    ///< "UUU_" (without brackets); empty for levels that print none
    MdSyncAction syncAction = MdSyncAction::None;
    double syncPercent = -1;  ///< 8.5 for "recovery =  8.5%"; -1 when nothing runs
    qint64 syncPosition = -1; ///< blocks done
    qint64 syncTotal = -1;
    double finishMinutes = -1;
    qint64 speedKiBps = -1; ///< "259783K/sec"
    QString pendingAction;  ///< "resync" of `resync=DELAYED`/`resync=PENDING`, else empty
    QString pendingReason;  ///< "DELAYED" or "PENDING"

    /// Devices that failed, that are spares, that hold data (neither).
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] int spareCount() const;
    [[nodiscard]] int dataMemberCount() const;
    /// Devices the array may lose and keep its data: raid1 n-1, raid4/5 1, raid6 2, raid10 1
    /// (the layout that survives any single loss), raid0/linear 0.
    [[nodiscard]] int redundancy() const;
    /// Devices missing from the array: n − m of [n/m], or failed data devices when there is none.
    [[nodiscard]] int missingCount() const;
    /// The array lost more devices than its redundancy: data is unavailable.
    [[nodiscard]] bool failedBeyondRedundancy() const;
    /// The contract's state: clean, resync, recovery, degraded or inactive (see CLI.md).
    [[nodiscard]] QString contractState() const;
    /// The contract's progressPercent: set only while state is resync or recovery and a percent
    /// is printed (a DELAYED/PENDING resync has none).
    [[nodiscard]] std::optional<double> progressPercent() const;
    /// "members"/"membersUp" of the contract: n and m of [n/m], or the data members for levels
    /// without redundancy.
    [[nodiscard]] int contractMembers() const;
    [[nodiscard]] int contractMembersUp() const;
};

/// Everything /proc/mdstat says. `understood` needs the `Personalities` line, every array well
/// formed and the closing `unused devices:` line (which also shows the text was not cut).
struct MdStat
{
    bool understood = false;
    QString error;             ///< translated
    QStringList personalities; ///< "raid5" of "[raid5]"
    QStringList unusedDevices; ///< empty for "<none>"
    QList<MdArray> arrays;
};

[[nodiscard]] MdStat parseMdstat(const QString &text);

[[nodiscard]] QString mdSyncActionName(MdSyncAction action);

} // namespace pveha
