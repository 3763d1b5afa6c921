// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The md layer shared by mdadm, /proc/mdstat and the control knobs: what each role slot of an
// array holds at this moment (a new RAID 5's first recovery and a re-added member's recovery
// are computed from their start time), and the member changes of mdadm's manage mode.
#include "Context.h"

namespace pveha::sim {

struct MdSlot
{
    QString device;          ///< /dev/sdb; empty when its member failed or was removed
    bool inSync = false;     ///< "U" in /proc/mdstat, "active sync" in mdadm --detail
    bool rebuilding = false; ///< the member being recovered onto ("spare rebuilding")
};

struct MdView
{
    QList<MdSlot> slots;     ///< role order (RaidDevice 0..n-1)
    QStringList faulty;      ///< members still attached but marked faulty, "(F)"
    int inSync = 0;          ///< m of [n/m]
    bool recovering = false; ///< a recovery runs (its progress in `fraction`)
    double fraction = 1.0;
    bool initialSync = false; ///< the recovery is the one a new array starts with
};

MdView mdView(const Ctx &ctx, const MdArray &m);
/// The descriptor number mdadm and /proc/mdstat show for the member of role slot i: the last
/// member of a new RAID 4/5/6 was added as a spare and rebuilt, so it got number n.
int mdMemberNumber(const MdArray &m, int slot, bool initialSync);
/// Devices the array can lose and keep its data (RAID 1: n-1, 4/5: 1, 6: 2, 0: none).
int mdRedundancy(const MdArray &m);
QString mdShortDev(const QString &dev);
/// /dev/sdX for sdX or /dev/sdX.
QString mdDevPath(const QString &dev);
/// The array holding `device` as a member (attached or removed), or nullptr.
MdArray *mdArrayOf(NodeState &node, const QString &device);

/// Member changes, shared by `mdadm --manage` and SimCluster's knobs. Each returns an empty
/// string when done, else mdadm's message; `done` receives mdadm's report on success.
QString mdFail(const Ctx &ctx, MdArray &m, const QString &device, QString *done);
QString mdRemove(const Ctx &ctx, MdArray &m, const QString &device, QString *done);
QString mdReAdd(Ctx &ctx, MdArray &m, const QString &device, QString *done);
/// A failed or removed member back in sync at once (the knob behind --restore-disk).
bool mdRestore(MdArray &m, const QString &device);

/// mdadm --detail /dev/mdN, and the array's line of mdadm --detail --scan (RaidDetail.cpp).
QString mdDetail(const Ctx &ctx, const MdArray &m);
QString mdScanLine(const Ctx &ctx, const MdArray &m);

/// mdadm's manage mode: `mdadm [--manage] /dev/md0 --fail DEV --remove DEV --add DEV …`.
int mdadmManage(Ctx &ctx, const QStringList &args);
/// True when the arguments ask for the manage mode.
bool isMdadmManage(const QStringList &args);

} // namespace pveha::sim
