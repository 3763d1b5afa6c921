// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// One OSD row of `ceph osd tree`, with the host bucket it sits under.
struct CephOsd
{
    int id = -1;
    QString deviceClass; ///< hdd, ssd, nvme; empty when unset
    double weight = 0;
    QString host;   ///< the nearest `host` bucket above it; empty for an OSD outside the tree
    QString status; ///< up, down, destroyed, DNE
    double reweight = 0;

    [[nodiscard]] bool isUp() const { return status == QLatin1String("up"); }
};

/// Plain `ceph osd tree`: used to name the down OSDs and their nodes in the health hints.
struct CephOsdTree
{
    bool understood = false;
    QString error; ///< translated
    QList<CephOsd> osds;
    QStringList hosts;
};

[[nodiscard]] CephOsdTree parseCephOsdTree(const QString &text);

} // namespace pveha
