// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pveha {

/// The Proxmox VE release a node runs, from `pveversion` (`pve-manager/8.2.4/…`) or
/// `pveversion -v` (`pve-manager: 9.1.1 (running version: …)`). The plan differs between
/// PVE 8 and 9 (HA groups became rules), so the major version is kept.
struct PveVersion
{
    bool found = false;
    int major = 0;
    int minor = 0;
    int patch = 0;

    [[nodiscard]] QString toString() const;
    /// PVE 8 and 9 are the releases this tool knows how to deploy.
    [[nodiscard]] bool isSupported() const { return found && (major == 8 || major == 9); }
    [[nodiscard]] static PveVersion parse(const QString &output);
};

/// Whether the node's clock is synchronised, from `timedatectl show` (NTPSynchronized=yes) or
/// `chronyc tracking` (Leap status : Normal, and the offset). Ceph warns past 0.05 s of skew.
struct TimeSync
{
    bool understood = false;
    bool synchronised = false;
    QString source;           ///< "timedatectl" or "chrony"
    double offsetSeconds = 0; ///< chrony only

    [[nodiscard]] static TimeSync parse(const QString &output);
};

} // namespace pveha
