// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace pveha {

/// One device of `lsblk -J -b -o
/// NAME,KNAME,TYPE,SIZE,ROTA,TRAN,MODEL,SERIAL,MOUNTPOINT,FSTYPE,PKNAME` with its children
/// (partitions, md arrays, LVM volumes built on it).
struct BlockDevice
{
    QString name;
    QString kname;
    QString type; ///< disk, part, raid5, lvm, crypt, rom, loop …
    qint64 size = 0;
    bool rotational = false;
    QString transport; ///< nvme, sata, sas, usb … or empty
    QString model;
    QString serial;
    QStringList mountpoints;
    QString fstype; ///< a signature on the device itself: ext4, linux_raid_member, LVM2_member …
    QString pkname;
    QList<BlockDevice> children;

    /// "/dev/sda" whether lsblk printed "sda" or (with -p) "/dev/sda".
    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isNvme() const;
};

/// Why a disk is not empty, in the words the preflight shows. Empty means: no partition, no
/// filesystem/RAID/LVM signature, not mounted, not part of an md array or volume group, and
/// not holding the root filesystem (FACTS.md, the rule cephadm uses too).
struct DiskUse
{
    bool empty = true;
    bool holdsRoot = false;
    QStringList reasons; ///< translated, e.g. "it holds an ext4 filesystem"
};

/// The parsed output, or why it could not be read. A parser never guesses: `ok` is false for
/// anything it did not understand.
struct BlockDeviceList
{
    bool ok = false;
    QString error;
    QList<BlockDevice> devices;

    /// The device (or partition, at any depth) with that path ("/dev/sda") or name, or null.
    [[nodiscard]] const BlockDevice *find(const QString &pathOrName) const;
    /// The whole disk holding "/" (through partitions, md or LVM), or null.
    [[nodiscard]] const BlockDevice *rootDisk() const;
};

class BlockDevices
{
    Q_DECLARE_TR_FUNCTIONS(pveha::BlockDevices)
public:
    /// Accepts util-linux ≥ 2.33 (numbers, booleans, null; MOUNTPOINTS arrays) and older
    /// versions that print every value as a string ("1"/"0").
    [[nodiscard]] static BlockDeviceList parseLsblkJson(const QByteArray &json);
    [[nodiscard]] static DiskUse diskUse(const BlockDevice &disk);
    /// The command that produces what parseLsblkJson reads (CLI.md: called by name).
    static QString lsblkCommand();
};

} // namespace pveha
