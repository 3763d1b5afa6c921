// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pveha {

/// One entry of Ceph's health checks, e.g. OSD_DOWN / HEALTH_WARN / "1 osds down".
struct CephHealthCheck
{
    QString id;       ///< "OSD_DOWN"; empty for the pre-Luminous `summary[]` entries
    QString severity; ///< "HEALTH_WARN" or "HEALTH_ERR" as Ceph wrote it
    QString message;
    bool muted = false; ///< muted by `ceph health mute`: not counted in `health`
};

/// The cluster-wide view `ceph -s` gives, reduced to what the health report needs. Counts are 0
/// and `understood` false when the output was not what Ceph prints: never read a status from an
/// output that was not understood.
struct CephStatus
{
    bool understood = false;
    QString error; ///< translated: why the output was not understood

    QString health; ///< HEALTH_OK, HEALTH_WARN or HEALTH_ERR
    QList<CephHealthCheck> checks;
    int monsTotal = 0;
    int monsInQuorum = 0;
    QStringList quorumNames;
    QStringList monNames; ///< every monitor's name when the output lists them (Luminous–Nautilus)
    int osdsTotal = 0;
    int osdsUp = 0;
    int osdsIn = 0;
    int pgsTotal = 0;
    QMap<QString, qint64> pgsByState;
    qint64 bytesTotal = 0;
    qint64 bytesUsed = 0;
    qint64 bytesAvail = 0;
    bool legacyLayout = false;     ///< read from the Luminous–Nautilus layout
    bool approximateBytes = false; ///< from plain `ceph -s`, whose sizes are rounded ("1.2 TiB")

    [[nodiscard]] bool isOk() const { return understood && health == QLatin1String("HEALTH_OK"); }
    /// Monitors listed in the monmap but absent from the quorum (empty when names are unknown).
    [[nodiscard]] QStringList monsOutOfQuorum() const;
};

/// Parses `ceph -s --format json` of Luminous (12) to Tentacle: the Octopus+ layout and the
/// older one (`.osdmap.osdmap`, `.monmap.mons[]`, `.health.overall_status`, `summary[]`).
[[nodiscard]] CephStatus parseCephStatusJson(const QByteArray &json);

/// Parses plain `ceph -s` (the fallback when JSON is not available, e.g. right after the first
/// monitor). Byte counts are then rounded, as Ceph prints them ("12 TiB"): see approximateBytes.
[[nodiscard]] CephStatus parseCephStatusPlain(const QString &text);

} // namespace pveha
