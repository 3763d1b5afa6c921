// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/Capacity.h"

#include <QLocale>

namespace pveha {

int Capacity::dataDisks(int raidLevel, int disks)
{
    switch (raidLevel) {
    case 1:
        return disks >= 2 ? 1 : 0;
    case 5:
        return disks >= 3 ? disks - 1 : 0;
    case 6:
        return disks >= 4 ? disks - 2 : 0;
    case 10:
        return disks >= 4 && disks % 2 == 0 ? disks / 2 : 0;
    default:
        return 0;
    }
}

Capacity Capacity::compute(int nodes, int disksPerNode, qint64 diskBytes, int raidLevel,
                           int replicas)
{
    Capacity c;
    c.nodes = qMax(0, nodes);
    c.disksPerNode = qMax(0, disksPerNode);
    c.raidLevel = raidLevel;
    c.replicas = qMax(1, replicas);
    const qint64 bytes = qMax<qint64>(0, diskBytes);
    c.disksTotal = qint64(c.nodes) * c.disksPerNode * bytes;
    c.afterRaid = qint64(c.nodes) * dataDisks(raidLevel, c.disksPerNode) * bytes;
    c.usable = c.afterRaid / c.replicas;
    return c;
}

QString Capacity::formatBytes(qint64 bytes)
{
    const QLocale locale;
    const double tib = double(bytes) / (1024.0 * 1024 * 1024 * 1024);
    const double tb = double(bytes) / 1e12;
    if (tib >= 1.0)
        return QStringLiteral("%1 TiB (%2 TB)")
            .arg(locale.toString(tib, 'f', 1), locale.toString(tb, 'f', 1));
    const double gib = double(bytes) / (1024.0 * 1024 * 1024);
    const double gb = double(bytes) / 1e9;
    return QStringLiteral("%1 GiB (%2 GB)")
        .arg(locale.toString(gib, 'f', 1), locale.toString(gb, 'f', 1));
}

} // namespace pveha
