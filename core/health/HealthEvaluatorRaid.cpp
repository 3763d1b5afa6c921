// SPDX-License-Identifier: GPL-3.0-or-later
// HealthEvaluator: the RAID part (/proc/mdstat of each node).
#include "health/HealthEvaluator.h"

namespace pveha {

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'f', 1);
}

QString failedDevices(const MdArray &array)
{
    QStringList names;
    for (const MdMember &member : array.members) {
        if (member.failed)
            names.append(member.device);
    }
    return names.join(QLatin1String(", "));
}

} // namespace

void HealthEvaluator::checkRaid(const NodeHealth &node)
{
    if (!node.mdstat.understood)
        return;
    for (const MdArray &array : node.mdstat.arrays)
        checkArray(node.name(), array);
}

void HealthEvaluator::checkArray(const QString &node, const MdArray &array)
{
    const QString subject = QStringLiteral("raid.") + array.name;
    const QString detailHint =
        tr("Run mdadm --detail /dev/%1 on %2 to find the failed disk, replace it, then add the new "
           "one with mdadm --manage /dev/%1 --add /dev/sdX.")
            .arg(array.name, node);
    if (!array.active) {
        add(HealthLevel::Error, node, subject,
            tr("The RAID array %1 on %2 is inactive: its data is not available.")
                .arg(array.name, node),
            tr("Look at mdadm --detail /dev/%1 and at the kernel log (dmesg) on %2; mdadm "
               "--assemble "
               "--scan starts the arrays listed in /etc/mdadm/mdadm.conf.")
                .arg(array.name, node));
        return;
    }
    if (array.failedBeyondRedundancy()) {
        add(HealthLevel::Error, node, subject,
            tr("The RAID array %1 on %2 (%3) has lost %4 of its %5 disks, more than it can "
               "survive: "
               "its data is not available.")
                .arg(array.name, node, array.level, QString::number(array.missingCount()),
                     QString::number(array.contractMembers())),
            detailHint);
        return;
    }

    const QString state = array.contractState();
    const auto progress = array.progressPercent();
    if (state == QLatin1String("recovery")) {
        QString text;
        if (progress && array.finishMinutes >= 0)
            text =
                tr("The RAID array %1 on %2 is rebuilding onto a disk: %3% done, about %4 minutes "
                   "left. It has no redundancy until then.")
                    .arg(array.name, node, percentText(*progress),
                         QString::number(qRound(array.finishMinutes)));
        else if (progress)
            text = tr("The RAID array %1 on %2 is rebuilding onto a disk: %3% done. It has no "
                      "redundancy until then.")
                       .arg(array.name, node, percentText(*progress));
        else
            text = tr("The RAID array %1 on %2 waits to rebuild onto a disk (%3). It has no "
                      "redundancy until then.")
                       .arg(array.name, node, array.pendingReason);
        add(HealthLevel::Warn, node, subject, text,
            tr("Nothing to do but wait: the array works meanwhile; cat /proc/mdstat shows the "
               "progress."));
    } else if (state == QLatin1String("resync")) {
        QString text;
        if (array.syncAction == MdSyncAction::Reshape && progress)
            text = tr("The RAID array %1 on %2 is being reshaped: %3% done.")
                       .arg(array.name, node, percentText(*progress));
        else if (progress)
            text = tr("The RAID array %1 on %2 is resynchronising its disks: %3% done.")
                       .arg(array.name, node, percentText(*progress));
        else
            text = tr("The RAID array %1 on %2 waits to resynchronise its disks (%3).")
                       .arg(array.name, node, array.pendingReason);
        add(HealthLevel::Warn, node, subject, text,
            tr("Nothing to do but wait: the array works meanwhile; cat /proc/mdstat shows the "
               "progress."));
    } else if (state == QLatin1String("degraded")) {
        add(HealthLevel::Warn, node, subject,
            array.pattern.isEmpty()
                ? tr("The RAID array %1 on %2 is degraded: %3 of its %4 disks work.")
                      .arg(array.name, node, QString::number(array.contractMembersUp()),
                           QString::number(array.contractMembers()))
                : tr("The RAID array %1 on %2 is degraded: %3 of its %4 disks work [%5].")
                      .arg(array.name, node, QString::number(array.contractMembersUp()),
                           QString::number(array.contractMembers()), array.pattern),
            detailHint);
    }
    if (state != QLatin1String("degraded") && state != QLatin1String("recovery") &&
        array.failedCount() > 0)
        add(HealthLevel::Warn, node, subject,
            tr("The RAID array %1 on %2 still lists failed disks: %3.")
                .arg(array.name, node, failedDevices(array)),
            tr("Remove them with mdadm --manage /dev/%1 --remove failed on %2, then replace the "
               "disks.")
                .arg(array.name, node));
}

} // namespace pveha
