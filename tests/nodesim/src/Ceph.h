// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Ceph cluster as its monitors would report it now: quorum, OSDs up/in, PG states and
// health checks, derived from the shared state, the daemons stopped with systemctl and the
// nodes' liveness.
#include "Context.h"

#include <QList>
#include <QPair>

namespace pveha::sim {

struct CephCheck
{
    QString code;
    QString severity;
    QString message;
    int count = 1;
};

struct CephView
{
    QStringList quorum;
    QStringList monsDown;
    QString activeMgr;
    QStringList standbyMgrs;
    int osds = 0, osdsUp = 0, osdsIn = 0;
    int pgs = 0;
    int pgsUnknown = 0;                  ///< no OSD reports them
    int pgsInactive = 0;                 ///< neither active nor unknown
    QList<QPair<QString, int>> pgStates; ///< by count, largest first (ceph's order)
    qint64 bytesTotal = 0, bytesUsed = 0;
    qint64 objects = 0, objectCopies = 0, objectsDegraded = 0;
    qint64 quorumSinceMs = 0; ///< last election
    qint64 mgrSinceMs = 0;
    qint64 osdsUpSinceMs = 0, osdsInSinceMs = 0; ///< last change of the up / in sets
    QList<CephCheck> checks;                     ///< sorted by code, as ceph's health map is
    QString status;
};

/// One OSD as the monitors see it: down since its daemon stopped or its node died (0 when up),
/// out once down for longer than mon_osd_down_out_interval (600 s).
struct CephOsdState
{
    bool up = true;
    bool in = true;
    qint64 downSinceMs = 0;
};

CephOsdState osdState(const Ctx &ctx, const CephOsd &osd);
CephView computeCeph(const Ctx &ctx);
/// `ceph osd tree`: the CRUSH hierarchy with each OSD's status and reweight.
QString renderOsdTree(const Ctx &ctx);
/// Checks every ceph client does first: config, monitors, quorum. Returns 0 or an exit code.
int cephClientCheck(Ctx &ctx);
QString cephKey(const QString &seed);
QString cephReleaseVersion(const QString &release);
QString cephBytes(qint64 b);
int pgCount(const CephPool &p);

/// `systemctl start|stop|restart ceph-osd@N / ceph-mon@NAME` on this node: the daemon goes
/// down or comes back in the cluster's maps. Returns 0, or an exit code with the message
/// systemd prints (a daemon this node does not host fails to start). CephDaemons.cpp.
int cephDaemonUnit(Ctx &ctx, const QString &verb, const QString &unit);
/// The same state changes for SimCluster's knobs; false when the node does not host it.
bool setOsdRunning(ClusterState &c, const QString &node, int id, bool running, qint64 nowMs);
bool setMonRunning(ClusterState &c, const QString &node, bool running, qint64 nowMs);

} // namespace pveha::sim
