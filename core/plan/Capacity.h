// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace pveha {

/// Storage arithmetic of the design (procedure §2): each node's HDDs form one md RAID that
/// becomes one OSD; Ceph replicates every object `pool.size` times across the nodes.
struct Capacity
{
    qint64 disksTotal = 0; ///< every HDD of every node, in bytes
    qint64 afterRaid = 0;  ///< what the RAID arrays offer Ceph (Ceph's raw capacity)
    qint64 usable = 0;     ///< afterRaid / replicas: what VMs can store
    int nodes = 0;
    int disksPerNode = 0;
    int raidLevel = 5;
    int replicas = 3;

    /// `diskBytes` is the size of one HDD (all equal, as the preflight checks).
    [[nodiscard]] static Capacity compute(int nodes, int disksPerNode, qint64 diskBytes,
                                          int raidLevel, int replicas);
    /// Data disks of one array: RAID 5 loses one disk to parity, RAID 6 two, RAID 1 keeps one
    /// copy, RAID 10 half. 0 when the count does not fit the level.
    [[nodiscard]] static int dataDisks(int raidLevel, int disks);
    /// "49.1 TiB (54.0 TB)": binary units first, as Ceph and Proxmox show them, with the
    /// vendors' decimal units beside them, as disks are sold.
    [[nodiscard]] static QString formatBytes(qint64 bytes);
};

} // namespace pveha
