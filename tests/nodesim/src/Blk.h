// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The node's block devices as the kernel would show them, derived from the state: disks with
// their partitions, md arrays under each member, LVM volumes under their PV. lsblk, wipefs,
// blkid, mdadm, LVM and ceph-volume all read this one view.
#include "State.h"

namespace pveha::sim {

struct BlockDev
{
    QString name;  // sda, nvme0n1p3, md0, pve-root
    QString kname; // sda, nvme0n1p3, md0, dm-1
    QString type;  // disk, part, raid5, lvm
    QString majMin;
    qint64 size = 0;
    bool rota = false;
    QString tran, model, serial;
    QString mountpoint;
    QString fstype; // signature seen by blkid (linux_raid_member, LVM2_member, ext4 ...)
    QString uuid;
    QString label;
    QString pttype;
    QString ptuuid;
    QString pkname;
    QString devPath; // /dev/sda, /dev/mapper/pve-root
    QList<BlockDev> children;
};

struct Signature
{
    qint64 offset = 0;
    QString type;
    QString uuid;
    QString label;
    QByteArray magic;
};

QList<BlockDev> blockTree(const NodeState &node);
/// Finds a device by /dev/NAME, /dev/mapper/NAME, /dev/VG/LV or NAME (searching the whole tree).
bool findBlock(const NodeState &node, const QString &spec, BlockDev *out);
QList<Signature> signatures(const NodeState &node, const BlockDev &dev);
/// Why a device cannot be written to ("" when it can): mounted, held by md or device-mapper.
QString busyReason(const NodeState &node, const BlockDev &dev);
/// Empty in the preflight sense: no partition, no signature, nothing on top.
bool isEmptyDevice(const NodeState &node, const BlockDev &dev);
QString dmName(const QString &vg, const QString &lv);
qint64 mdArrayBytes(const MdArray &m);

} // namespace pveha::sim
