// SPDX-License-Identifier: GPL-3.0-or-later
// HealthEvaluator: the Ceph part (health checks, monitors, OSDs).
#include "health/HealthEvaluator.h"

#include <algorithm>

namespace pveha {

namespace {

bool hasCheck(const CephStatus &ceph, const char *id)
{
    return std::any_of(ceph.checks.begin(), ceph.checks.end(), [id](const CephHealthCheck &c) {
        return !c.muted && c.id == QLatin1String(id);
    });
}

} // namespace

QString HealthEvaluator::cephCheckHint(const CephHealthCheck &check)
{
    const QString &id = check.id;
    const QString message = check.message.toLower();
    if (id == QLatin1String("MON_CLOCK_SKEW") || message.contains(QLatin1String("clock skew")))
        return tr(
            "Check that chrony (or another NTP client) runs and is synchronised on every node: "
            "chronyc tracking.");
    if (id.startsWith(QLatin1String("OSD_")) && id.endsWith(QLatin1String("_DOWN")))
        return tr(
            "Find the down OSD with ceph osd tree, then on its node look at systemctl status "
            "ceph-osd@N (N is the OSD's number) and at the disk under it (cat /proc/mdstat).");
    if (id == QLatin1String("PG_DEGRADED") || id == QLatin1String("PG_AVAILABILITY") ||
        id == QLatin1String("OBJECT_MISPLACED") || id == QLatin1String("PG_RECOVERY_FULL") ||
        id == QLatin1String("PG_BACKFILL_FULL"))
        return tr("Let Ceph finish its recovery (ceph -s shows the progress); if it does not move, "
                  "check that every OSD is up with ceph osd tree.");
    if (id == QLatin1String("MON_DOWN"))
        return tr("On the node of the missing monitor, look at systemctl status ceph-mon@NODE "
                  "(NODE is the node's name).");
    if (id == QLatin1String("TOO_FEW_OSDS"))
        return tr("Create the OSDs: pve-ha-installer deploy --only osd.");
    if (id == QLatin1String("POOL_APP_NOT_ENABLED"))
        return tr("Tag the pool with its use: ceph osd pool application enable POOL rbd.");
    if (id.contains(QLatin1String("NEARFULL")) || id.endsWith(QLatin1String("_FULL")))
        return tr("Free space (delete unused disks and snapshots) or add capacity before Ceph "
                  "stops writes.");
    if (id == QLatin1String("RECENT_CRASH"))
        return tr(
            "Read the crash reports with ceph crash ls, then acknowledge them with ceph crash "
            "archive-all.");
    return QString();
}

QString HealthEvaluator::osdDownHint() const
{
    for (const NodeHealth &node : m_snapshot.nodes) {
        if (!node.osdTree.understood)
            continue;
        QStringList hints;
        for (const CephOsd &osd : node.osdTree.osds) {
            if (osd.isUp() || osd.status == QLatin1String("destroyed"))
                continue;
            hints.append(osd.host.isEmpty() ? tr("osd.%1 is %2 and belongs to no host.")
                                                  .arg(QString::number(osd.id), osd.status)
                                            : tr("On %1, look at systemctl status ceph-osd@%2 and "
                                                 "at the RAID array under it "
                                                 "(cat /proc/mdstat).")
                                                  .arg(osd.host, QString::number(osd.id)));
        }
        if (!hints.isEmpty())
            return hints.join(QLatin1Char(' '));
    }
    return cephCheckHint({QStringLiteral("OSD_DOWN"), QString(), QString(), false});
}

void HealthEvaluator::checkCeph()
{
    if (m_snapshot.cephNode.isEmpty()) {
        QString detail;
        for (const NodeHealth &node : m_snapshot.nodes) {
            if (node.raw.reachable && !node.ceph.error.isEmpty()) {
                detail = node.ceph.error;
                break;
            }
        }
        add(HealthLevel::Error, QString(), QStringLiteral("ceph.unreadable"),
            detail.isEmpty()
                ? tr("The state of Ceph could not be read on any node.")
                : tr("The state of Ceph could not be read on any node: %1").arg(detail),
            tr("Run ceph -s on a node: if it hangs, the monitors have lost their quorum; check "
               "systemctl status ceph-mon@NODE on each node."));
        return;
    }
    const CephStatus &ceph = m_snapshot.ceph;
    bool reported = false;
    for (const CephHealthCheck &check : ceph.checks) {
        if (check.muted)
            continue;
        // Inactive (or down, incomplete, stale) PGs serve no I/O at all: the guests whose disks
        // live there hang. Ceph calls it a warning; for the admin it is an outage.
        const bool unavailable = check.id == QLatin1String("PG_AVAILABILITY") &&
                                 (check.message.contains(QLatin1String("inactive")) ||
                                  check.message.contains(QLatin1String(" down")) ||
                                  check.message.contains(QLatin1String("incomplete")) ||
                                  check.message.contains(QLatin1String("stale")));
        const HealthLevel level = check.severity == QLatin1String("HEALTH_ERR") || unavailable
                                      ? HealthLevel::Error
                                      : HealthLevel::Warn;
        QString hint = check.id == QLatin1String("OSD_DOWN") ? osdDownHint() : cephCheckHint(check);
        if (unavailable)
            hint = tr("Data on these placement groups can be neither read nor written: bring the "
                      "down OSDs back first (ceph osd tree shows them; systemctl start "
                      "ceph-osd@N on their node).");
        add(level, QString(),
            QStringLiteral("ceph.") + (check.id.isEmpty() ? QStringLiteral("summary") : check.id),
            tr("Ceph reports %1: %2").arg(check.severity, check.message), hint);
        reported = true;
    }
    if (!reported && ceph.health == QLatin1String("HEALTH_ERR"))
        add(HealthLevel::Error, QString(), QStringLiteral("ceph.health"),
            tr("Ceph reports HEALTH_ERR."), tr("Run ceph health detail on a node to see why."));
    else if (!reported && ceph.health == QLatin1String("HEALTH_WARN"))
        add(HealthLevel::Warn, QString(), QStringLiteral("ceph.health"),
            tr("Ceph reports HEALTH_WARN."), tr("Run ceph health detail on a node to see why."));
    else if (ceph.health == QLatin1String("HEALTH_ERR") &&
             std::none_of(ceph.checks.begin(), ceph.checks.end(), [](const CephHealthCheck &c) {
                 return !c.muted && c.severity == QLatin1String("HEALTH_ERR");
             }))
        add(HealthLevel::Error, QString(), QStringLiteral("ceph.health"),
            tr("Ceph reports HEALTH_ERR."), tr("Run ceph health detail on a node to see why."));
    checkCephCounts(ceph);
}

void HealthEvaluator::checkCephCounts(const CephStatus &ceph)
{
    const int majority = ceph.monsTotal / 2 + 1;
    const QStringList out = ceph.monsOutOfQuorum();
    const QString monHint = tr("On the node of the missing monitor, look at systemctl status "
                               "ceph-mon@NODE (NODE is the node's name).");
    if (ceph.monsInQuorum < majority) {
        add(HealthLevel::Error, QString(), QStringLiteral("ceph.mons"),
            tr("Only %1 of the %2 Ceph monitors are in quorum, fewer than the majority Ceph needs "
               "to serve data.")
                .arg(ceph.monsInQuorum)
                .arg(ceph.monsTotal),
            monHint);
    } else if (ceph.monsInQuorum < ceph.monsTotal && !hasCheck(ceph, "MON_DOWN")) {
        add(HealthLevel::Warn, QString(), QStringLiteral("ceph.mons"),
            out.isEmpty()
                ? tr("%1 of the %2 Ceph monitors are in quorum; the majority is kept.")
                      .arg(ceph.monsInQuorum)
                      .arg(ceph.monsTotal)
                : tr("%1 of the %2 Ceph monitors are in quorum; the majority is kept. Out of "
                     "quorum: "
                     "%3.")
                      .arg(QString::number(ceph.monsInQuorum), QString::number(ceph.monsTotal),
                           out.join(QLatin1String(", "))),
            monHint);
    }

    if (ceph.osdsTotal == 0 && !hasCheck(ceph, "TOO_FEW_OSDS")) {
        add(HealthLevel::Warn, QString(), QStringLiteral("ceph.osds"),
            tr("Ceph has no OSD yet, so it cannot store anything."),
            tr("Create the OSDs: pve-ha-installer deploy --only osd."));
        return;
    }
    const int down = ceph.osdsTotal - ceph.osdsUp;
    if (down > 0 && !hasCheck(ceph, "OSD_DOWN"))
        add(HealthLevel::Warn, QString(), QStringLiteral("ceph.osds.down"),
            tr("Ceph OSDs down: %1 of %2.").arg(down).arg(ceph.osdsTotal), osdDownHint());
    const int outOsds = ceph.osdsTotal - ceph.osdsIn;
    if (outOsds > 0)
        add(HealthLevel::Warn, QString(), QStringLiteral("ceph.osds.out"),
            tr("Ceph OSDs out of the cluster: %1 of %2; Ceph moves their data to the others.")
                .arg(outOsds)
                .arg(ceph.osdsTotal),
            tr("Once the OSD works again, bring it back with ceph osd in N (N is the OSD's "
               "number)."));
}

} // namespace pveha
