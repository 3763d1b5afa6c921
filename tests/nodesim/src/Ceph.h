// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Ceph cluster as its monitors would report it now: quorum, OSDs up/in, PG states and
// health checks, derived from the shared state and the nodes' liveness.
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
    QList<QPair<QString, int>> pgStates;
    qint64 bytesTotal = 0, bytesUsed = 0;
    QList<CephCheck> checks;
    QString status;
};

CephView computeCeph(const Ctx &ctx);
/// Checks every ceph client does first: config, monitors, quorum. Returns 0 or an exit code.
int cephClientCheck(Ctx &ctx);
QString cephKey(const QString &seed);
QString cephReleaseVersion(const QString &release);
QString cephBytes(qint64 b);
int pgCount(const CephPool &p);

} // namespace pveha::sim
