// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QFile>
#include <QString>
#include <QTest>

namespace pveha::healthtest {

/// The bytes of tests/fixtures/formats/NAME; fails the current test when it is missing.
inline QByteArray formatBytes(const QString &name)
{
    QFile file(QStringLiteral(PVEHA_FIXTURES_DIR "/formats/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

inline QString formatText(const QString &name)
{
    return QString::fromUtf8(formatBytes(name));
}

inline CommandOutput collected(const QString &text, int exitCode = 0)
{
    CommandOutput out;
    out.collected = true;
    out.exitCode = exitCode;
    out.text = text;
    return out;
}

/// A node of a healthy cluster: Reef HEALTH_OK, clean RAID 5, PVE 8 HA status, three storages.
inline NodeOutputs healthyNode(const QString &name)
{
    NodeOutputs node;
    node.node = name;
    node.cephJson = collected(formatText(QStringLiteral("ceph-s-reef18-pve-healthok.json")));
    node.mdstat = collected(formatText(QStringLiteral("mdstat-raid5-4disk-clean.txt")));
    node.haStatus =
        collected(formatText(QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt")));
    node.pvesmStatus = collected(formatText(QStringLiteral("pvesm-status-lvm-nfs.txt")));
    return node;
}

inline QList<NodeOutputs> healthyCluster()
{
    return {healthyNode(QStringLiteral("node-01")), healthyNode(QStringLiteral("node-02")),
            healthyNode(QStringLiteral("node-03"))};
}

} // namespace pveha::healthtest
