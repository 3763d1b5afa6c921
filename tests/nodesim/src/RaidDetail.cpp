// SPDX-License-Identifier: GPL-3.0-or-later
// mdadm --detail of an array and its --detail --scan line, healthy, recovering or degraded,
// with the layout and column widths of mdadm 4.x.
#include "Blk.h"
#include "Raid.h"
#include "Tools.h"

namespace pveha::sim {

QString mdScanLine(const Ctx &ctx, const MdArray &m)
{
    // A member being recovered onto counts as a spare until it is in sync.
    const bool spare = mdView(ctx, m).recovering && m.level >= 4;
    return QStringLiteral("ARRAY /dev/%1 metadata=1.2 %2name=%3:%4 UUID=%5\n")
        .arg(m.name, spare ? QStringLiteral("spares=1 ") : QString(), ctx.node.name, m.name.mid(2),
             m.uuid);
}

namespace {

QString humanPairTb(qint64 kib)
{
    const double b = double(kib) * 1024.0;
    return QStringLiteral("%1 TiB %2 TB")
        .arg(b / (1024.0 * 1024 * 1024 * 1024), 0, 'f', 2)
        .arg(b / 1e12, 0, 'f', 2);
}

/// One row of the device table, with mdadm's column widths.
QString detailRow(const QString &number, const QString &majMin, const QString &role,
                  const QString &state, const QString &device)
{
    return QStringLiteral("%1%2%3%4      %5%6\n")
        .arg(number, 8)
        .arg(majMin.section(QLatin1Char(':'), 0, 0), 8)
        .arg(majMin.section(QLatin1Char(':'), 1), 9)
        .arg(role, 9)
        .arg(state, device.isEmpty() ? QString() : QStringLiteral("   ") + device);
}

} // namespace

QString mdDetail(const Ctx &ctx, const MdArray &m)
{
    const MdView v = mdView(ctx, m);
    const int n = int(m.devices.size());
    const int rebuilding = int(std::count_if(v.slots.begin(), v.slots.end(),
                                             [](const MdSlot &s) { return s.rebuilding; }));
    const qint64 arrayKib = mdArrayBytes(m) / 1024;
    QString s = QStringLiteral("/dev/%1:\n           Version : 1.2\n     Creation Time : %2\n      "
                               "  Raid Level : raid%3\n")
                    .arg(m.name, Ctx::ctime(m.createdMs))
                    .arg(m.level);
    s += QStringLiteral("        Array Size : %1 (%2)\n     Used Dev Size : %3 (%4)\n")
             .arg(arrayKib)
             .arg(humanPairTb(arrayKib))
             .arg(m.perDeviceKiB)
             .arg(humanPairTb(m.perDeviceKiB));
    s += QStringLiteral("      Raid Devices : %1\n     Total Devices : %2\n       Persistence : "
                        "Superblock is persistent\n\n"
                        "     Intent Bitmap : Internal\n\n       Update Time : %3\n")
             .arg(n)
             .arg(n - m.removed.size())
             .arg(Ctx::ctime(ctx.now()));
    s += QStringLiteral("             State : clean%1%2 \n    Active Devices : %3\n   Working "
                        "Devices : %4\n    Failed Devices : %5\n"
                        "     Spare Devices : %6\n\n")
             .arg(v.inSync == n ? QString() : QStringLiteral(", degraded"),
                  v.recovering ? QStringLiteral(", recovering") : QString())
             .arg(v.inSync)
             .arg(n - m.removed.size() - m.faulty.size())
             .arg(m.faulty.size())
             .arg(rebuilding);
    if (m.level >= 4)
        s += QStringLiteral("            Layout : left-symmetric\n        Chunk Size : 512K\n\n");
    s += QStringLiteral("Consistency Policy : bitmap\n\n");
    if (v.recovering)
        s += QStringLiteral("    Rebuild Status : %1% complete\n\n").arg(int(v.fraction * 100));
    const bool firstSyncDone = !v.initialSync || !v.recovering;
    s += QStringLiteral("              Name : %1:%2  (local to host %1)\n              UUID : %3\n "
                        "           Events : %4\n\n")
             .arg(ctx.node.name, m.name.mid(2), m.uuid)
             .arg(m.events + (firstSyncDone ? 20 : int(v.fraction * 20)));
    s += QStringLiteral("    Number   Major   Minor   RaidDevice State\n");
    QList<QPair<int, QString>> failedRows;
    for (int i = 0; i < n; ++i) {
        BlockDev b;
        findBlock(ctx.node, m.devices.at(i), &b);
        const QString number = QString::number(mdMemberNumber(m, i, v.initialSync));
        if (m.faulty.contains(m.devices.at(i)))
            failedRows << qMakePair(number.toInt(),
                                    detailRow(number, b.majMin, QStringLiteral("-"),
                                              QStringLiteral("faulty"), m.devices.at(i)));
        const MdSlot &slot = v.slots.at(i);
        if (slot.device.isEmpty())
            s += detailRow(QStringLiteral("-"), QStringLiteral("0:0"), QString::number(i),
                           QStringLiteral("removed"), QString());
        else
            s += detailRow(number, b.majMin, QString::number(i),
                           slot.rebuilding ? QStringLiteral("spare rebuilding")
                                           : QStringLiteral("active sync"),
                           slot.device);
    }
    // Members outside the roles (failed ones) follow after a blank line, by number.
    std::sort(failedRows.begin(), failedRows.end());
    if (!failedRows.isEmpty())
        s += QLatin1Char('\n');
    for (const auto &row : std::as_const(failedRows))
        s += row.second;
    return s;
}

} // namespace pveha::sim
