// SPDX-License-Identifier: GPL-3.0-or-later
// mdadm (create, detail, scan, examine, stop; the manage mode is in RaidManage.cpp) and
// /proc/mdstat. A new RAID 5 starts in recovery [n/n-1] [U..._] and is clean after the
// cluster's raidSyncSeconds (simulated).
#include "Blk.h"
#include "Raid.h"
#include "Tools.h"
#include "Util.h"

#include <QtMath>

namespace pveha::sim {
namespace {

const char *kMdadmConf =
    "# mdadm.conf\n#\n# !NB! Run update-initramfs -u after updating this file.\n"
    "# !NB! This will ensure that initramfs has an uptodate copy.\n#\n"
    "# Please refer to mdadm.conf(5) for information about this file.\n#\n\n"
    "# by default (built-in), scan all partitions (/proc/partitions) and all\n"
    "# containers for MD superblocks. alternatively, specify devices to scan, using\n"
    "# wildcards if desired.\n#DEVICE partitions containers\n\n"
    "# automatically tag new arrays as belonging to the local system\nHOMEHOST <system>\n\n"
    "# instruct the monitoring daemon where to send mail alerts\nMAILADDR root\n\n"
    "# definitions of existing MD arrays\n";

/// The members as the kernel lists them: the most recently bound first (re-added ones, then
/// the rest from the last role down), hot-removed ones gone, failed ones marked (F).
QString mdstatMembers(const MdArray &m, const MdView &v)
{
    QStringList order;
    for (const QString &d : m.readded)
        if (m.devices.contains(d) && !m.removed.contains(d))
            order << d;
    for (qsizetype i = m.devices.size() - 1; i >= 0; --i)
        if (!m.removed.contains(m.devices.at(i)) && !order.contains(m.devices.at(i)))
            order << m.devices.at(i);
    QStringList members;
    for (const QString &d : std::as_const(order))
        members << QStringLiteral("%1[%2]%3")
                       .arg(mdShortDev(d))
                       .arg(mdMemberNumber(m, int(m.devices.indexOf(d)), v.initialSync))
                       .arg(m.faulty.contains(d) ? QStringLiteral("(F)") : QString());
    return members.join(QLatin1Char(' '));
}

QString slotPattern(const MdView &v)
{
    QString pattern;
    for (const MdSlot &s : v.slots)
        pattern += s.inSync ? QLatin1Char('U') : QLatin1Char('_');
    return pattern;
}

} // namespace

QString mdadmDefaultConf()
{
    return QString::fromLatin1(kMdadmConf);
}

QString renderMdstat(const Ctx &ctx)
{
    QString s = QStringLiteral("Personalities : ");
    if (!ctx.node.arrays.isEmpty())
        s +=
            QStringLiteral("[raid6] [raid5] [raid4] [linear] [multipath] [raid0] [raid1] [raid10]");
    s += QLatin1Char('\n');
    for (const MdArray &m : ctx.node.arrays) {
        const MdView v = mdView(ctx, m);
        const int n = int(m.devices.size());
        s += QStringLiteral("%1 : active raid%2 %3\n")
                 .arg(m.name)
                 .arg(m.level)
                 .arg(mdstatMembers(m, v));
        const qint64 blocks = mdArrayBytes(m) / 1024;
        if (m.level >= 4)
            s += QStringLiteral(
                     "      %1 blocks super 1.2 level %2, 512k chunk, algorithm 2 [%3/%4] [%5]\n")
                     .arg(blocks)
                     .arg(m.level)
                     .arg(n)
                     .arg(v.inSync)
                     .arg(slotPattern(v));
        else
            s += QStringLiteral("      %1 blocks super 1.2 [%2/%3] [%4]\n")
                     .arg(blocks)
                     .arg(n)
                     .arg(v.inSync)
                     .arg(slotPattern(v));
        if (v.recovering) {
            const double f = v.fraction;
            const int bars = int(f * 100.0 / 5.0);
            const qint64 done = qint64(double(m.perDeviceKiB) * f);
            const double remaining = (1.0 - f) * ctx.cluster.raidSyncSeconds;
            const qint64 speed =
                qMax<qint64>(1, m.perDeviceKiB / qMax(1, ctx.cluster.raidSyncSeconds));
            s +=
                QStringLiteral("      [%1>%2]  recovery = %3% (%4/%5) finish=%6min speed=%7K/sec\n")
                    .arg(QString(bars, QLatin1Char('=')), QString(20 - bars, QLatin1Char('.')))
                    .arg(qFloor(f * 1000.0) / 10.0, 4, 'f', 1)
                    .arg(done)
                    .arg(m.perDeviceKiB)
                    .arg(remaining / 60.0, 0, 'f', 1)
                    .arg(speed);
        }
        s += QLatin1Char('\n');
    }
    return s + QStringLiteral("unused devices: <none>\n");
}

namespace {

int create(Ctx &ctx, const QString &md, int level, int count, const QStringList &devices,
           bool assumeClean)
{
    const QString mdName = mdShortDev(md);
    if (!mdName.startsWith(QLatin1String("md")))
        return ctx.fail(
            QStringLiteral("mdadm: %1 is an invalid name for an md device.  Try /dev/md/%1")
                .arg(md));
    if (ctx.node.array(mdName))
        return ctx.fail(QStringLiteral("mdadm: cannot open %1: Device or resource busy").arg(md));
    if (level < 0)
        return ctx.fail(QStringLiteral("mdadm: a RAID level is needed to create an array."), 2);
    if (count <= 0)
        return ctx.fail(QStringLiteral("mdadm: no raid-devices specified."), 2);
    if (devices.size() > count)
        return ctx.fail(
            QStringLiteral("mdadm: You have listed more devices (%1) than are in the array(%2)!")
                .arg(devices.size())
                .arg(count),
            2);
    if (devices.size() < count)
        return ctx.fail(
            QStringLiteral(
                "mdadm: You haven't given enough devices (real or missing) to create this array"),
            2);
    if ((level == 5 && count < 3) || (level == 6 && count < 4) || (level == 1 && count < 2))
        return ctx.fail(QStringLiteral("mdadm: at least %1 raid-devices needed for level %2")
                            .arg(level == 6   ? 4
                                 : level == 5 ? 3
                                              : 2)
                            .arg(level),
                        2);
    qint64 minKib = -1;
    for (const QString &d : devices) {
        BlockDev b;
        if (!findBlock(ctx.node, d, &b))
            return ctx.fail(
                QStringLiteral("mdadm: cannot open %1: No such file or directory").arg(d));
        if (!busyReason(ctx.node, b).isEmpty() || b.fstype == QLatin1String("linux_raid_member") ||
            ctx.node.pv(b.devPath))
            return ctx.fail(
                QStringLiteral("mdadm: cannot open %1: Device or resource busy").arg(d));
        // A real mdadm only warns (and --run skips its question): the simulator refuses, so a
        // plan that did not prove the disks empty is caught.
        if (!b.pttype.isEmpty() || !b.children.isEmpty())
            return ctx.fail(
                QStringLiteral("mdadm: partition table exists on %1\nmdadm: create aborted.")
                    .arg(d));
        if (!b.fstype.isEmpty())
            return ctx.fail(
                QStringLiteral("mdadm: %1 appears to contain an %2 file system\n       size=%3K  "
                               "mtime=Thu Jan  1 01:00:00 1970\n"
                               "mdadm: create aborted.")
                    .arg(d, b.fstype == QLatin1String("ext4") ? QStringLiteral("ext2fs") : b.fstype)
                    .arg(b.size / 1024));
        const qint64 kib = ((b.size / 1024 - 132096) / 1024) * 1024;
        minKib = minKib < 0 ? kib : qMin(minKib, kib);
    }
    MdArray m;
    m.name = mdName;
    m.level = level;
    for (const QString &d : devices)
        m.devices << (d.startsWith(QLatin1String("/dev/")) ? d : QStringLiteral("/dev/") + d);
    m.createdMs = assumeClean ? ctx.now() - 10LL * 365 * 86400 * 1000 : ctx.now();
    const QString h = seededHex(ctx.node.name + mdName + QString::number(ctx.now()), 32);
    m.uuid = h.mid(0, 8) + QLatin1Char(':') + h.mid(8, 8) + QLatin1Char(':') + h.mid(16, 8) +
             QLatin1Char(':') + h.mid(24, 8);
    m.perDeviceKiB = minKib;
    m.events = 2;
    ctx.node.arrays << m;
    ctx.nodeDirty = true;
    if (level >= 4)
        ctx.sayErr(QStringLiteral(
            "mdadm: layout defaults to left-symmetric\nmdadm: layout defaults to left-symmetric\n"
            "mdadm: chunk size defaults to 512K\n"));
    ctx.sayErr(QStringLiteral("mdadm: size set to %1K\n").arg(minKib));
    if (minKib > 100LL * 1024 * 1024)
        ctx.sayErr(
            QStringLiteral("mdadm: automatically enabling write-intent bitmap on large array\n"));
    ctx.sayErr(
        QStringLiteral("mdadm: Defaulting to version 1.2 metadata\nmdadm: array %1 started.\n")
            .arg(md));
    return 0;
}

} // namespace

int toolMdadm(Ctx &ctx)
{
    if (isMdadmManage(ctx.args))
        return mdadmManage(ctx, ctx.args);
    QString mode, md;
    int level = -1, count = 0;
    bool scan = false, assumeClean = false;
    QStringList devices;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        QString s = a[i];
        QString v;
        const auto takeValue = [&](const QString &longName, const QString &shortName) {
            if (s.startsWith(longName + QLatin1Char('='))) {
                v = s.mid(longName.size() + 1);
                return true;
            }
            if (s == longName || s == shortName) {
                v = a.value(++i);
                return true;
            }
            if (s.startsWith(shortName) && s.size() > shortName.size() && !shortName.isEmpty()) {
                v = s.mid(shortName.size());
                return true;
            }
            return false;
        };
        if (s == QLatin1String("--create") || s == QLatin1String("-C")) {
            mode = QStringLiteral("create");
            md = a.value(++i);
        } else if (s == QLatin1String("--detail") || s == QLatin1String("-D")) {
            mode = QStringLiteral("detail");
        } else if (s == QLatin1String("--examine") || s == QLatin1String("-E")) {
            mode = QStringLiteral("examine");
        } else if (s == QLatin1String("--stop") || s == QLatin1String("-S")) {
            mode = QStringLiteral("stop");
        } else if (s == QLatin1String("--version") || s == QLatin1String("-V")) {
            ctx.sayErr(QStringLiteral("mdadm - v4.2 - 2021-12-30 - Debian 4.2-5\n"));
            return 0;
        } else if (s == QLatin1String("--scan") || s == QLatin1String("-s")) {
            scan = true;
        } else if (s == QLatin1String("--run") || s == QLatin1String("-R") ||
                   s == QLatin1String("--force") || s == QLatin1String("-f") ||
                   s == QLatin1String("--verbose") || s == QLatin1String("-v") ||
                   s == QLatin1String("--quiet") || s == QLatin1String("-q")) {
            continue;
        } else if (s == QLatin1String("--assume-clean")) {
            assumeClean = true;
        } else if (takeValue(QStringLiteral("--level"), QStringLiteral("-l"))) {
            v.remove(QStringLiteral("raid"));
            bool ok = false;
            level = v.toInt(&ok);
            if (!ok || !QList<int>{0, 1, 4, 5, 6, 10}.contains(level))
                return ctx.fail(QStringLiteral("mdadm: invalid raid level: %1").arg(v), 2);
        } else if (takeValue(QStringLiteral("--raid-devices"), QStringLiteral("-n"))) {
            count = v.toInt();
        } else if (takeValue(QStringLiteral("--metadata"), QStringLiteral("-e")) ||
                   takeValue(QStringLiteral("--chunk"), QStringLiteral("-c")) ||
                   takeValue(QStringLiteral("--bitmap"), QStringLiteral("-b")) ||
                   takeValue(QStringLiteral("--homehost"), QString()) ||
                   takeValue(QStringLiteral("--name"), QStringLiteral("-N"))) {
            continue;
        } else if (s.startsWith(QLatin1Char('-'))) {
            return ctx.fail(QStringLiteral("mdadm: unrecognised option %1 (the simulator supports "
                                           "--create, --detail [--scan], "
                                           "--examine, --stop and the manage mode)")
                                .arg(s),
                            2);
        } else {
            devices << s;
        }
    }
    if (mode == QLatin1String("create"))
        return create(ctx, md, level, count, devices, assumeClean);
    if (mode == QLatin1String("detail") && scan) {
        for (const MdArray &m : ctx.node.arrays)
            ctx.say(mdScanLine(ctx, m));
        return 0;
    }
    if (mode == QLatin1String("detail") || mode == QLatin1String("stop")) {
        if (devices.isEmpty())
            return ctx.fail(QStringLiteral("mdadm: No devices given."));
        const MdArray *m = ctx.node.array(mdShortDev(devices[0]));
        if (!m)
            return ctx.fail(
                QStringLiteral("mdadm: cannot open %1: No such file or directory").arg(devices[0]));
        if (mode == QLatin1String("detail")) {
            ctx.say(mdDetail(ctx, *m));
            return 0;
        }
        if (ctx.node.pv(QStringLiteral("/dev/") + m->name))
            return ctx.fail(QStringLiteral("mdadm: Cannot get exclusive access to %1:Perhaps a "
                                           "running process, mounted filesystem "
                                           "or active volume group?")
                                .arg(devices[0]));
        for (int i = 0; i < ctx.node.arrays.size(); ++i)
            if (ctx.node.arrays[i].name == m->name)
                ctx.node.arrays.removeAt(i--);
        ctx.nodeDirty = true;
        ctx.sayErr(QStringLiteral("mdadm: stopped %1\n").arg(devices[0]));
        return 0;
    }
    if (mode == QLatin1String("examine")) {
        int rc = 0;
        for (const QString &d : devices) {
            BlockDev b;
            if (!findBlock(ctx.node, d, &b)) {
                ctx.sayErr(
                    QStringLiteral("mdadm: cannot open %1: No such file or directory\n").arg(d));
                rc = 2;
            } else if (b.fstype != QLatin1String("linux_raid_member")) {
                ctx.sayErr(QStringLiteral("mdadm: No md superblock detected on %1.\n").arg(d));
                rc = 1;
            } else {
                ctx.say(QStringLiteral("%1:\n          Magic : a92b4efc\n        Version : 1.2\n   "
                                       "  Array UUID : %2\n"
                                       "           Name : %3\n     Raid Level : raid5\n")
                            .arg(d, b.uuid, b.label));
            }
        }
        return rc;
    }
    return ctx.fail(
        QStringLiteral(
            "mdadm: the simulator needs a mode: --create, --detail, --examine, --stop or "
            "--manage"),
        2);
}

} // namespace pveha::sim
