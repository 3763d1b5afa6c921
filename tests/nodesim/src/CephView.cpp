// SPDX-License-Identifier: GPL-3.0-or-later
// What the Ceph monitors and manager report: the quorum, OSDs up and in, every PG's state
// (replicas placed on distinct hosts, as the default CRUSH rule does) and the health checks
// worded as Ceph's OSDMap and PGMap word them; `ceph osd tree`.
#include "Ceph.h"

#include <QMap>

#include <algorithm>

namespace pveha::sim {
namespace {

constexpr double kDownOutSeconds = 600; // mon_osd_down_out_interval
constexpr double kStuckSeconds = 60;    // mon_pg_stuck_threshold

/// A PG state's bits as osd_types.h numbers them: ceph lists states of equal count by them.
quint64 stateBits(const QString &state)
{
    static const QMap<QString, int> bit = {
        {QStringLiteral("creating"), 0},  {QStringLiteral("active"), 1},
        {QStringLiteral("clean"), 2},     {QStringLiteral("down"), 4},
        {QStringLiteral("degraded"), 10}, {QStringLiteral("peering"), 12},
        {QStringLiteral("stale"), 17},    {QStringLiteral("undersized"), 23},
        {QStringLiteral("peered"), 25}};
    quint64 bits = 0;
    for (const QString &s : state.split(QLatin1Char('+')))
        bits |= quint64(1) << bit.value(s, 40);
    return bits;
}

QString pgWord(int n, const QString &what)
{
    return QStringLiteral("%1 %2 %3")
        .arg(n)
        .arg(n > 1 ? QStringLiteral("pgs") : QStringLiteral("pg"), what);
}

struct PgTally
{
    QMap<QString, int> states;
    int degraded = 0;        // PGs holding degraded objects: reported at once
    int undersizedStuck = 0; // undersized for longer than the stuck threshold
    int inactiveStuck = 0;
};

/// Every PG of every pool: its replicas go to distinct hosts, rotating with the PG number; an
/// OSD out of the cluster is replaced by a host not used yet (the backfill is instantaneous).
void tallyPgs(const Ctx &ctx, const QList<CephOsd> &osds, CephView &v, PgTally &t)
{
    const ClusterState &c = ctx.cluster;
    QStringList hosts;
    QMap<QString, CephOsdState> hostState; // a host counts as up/in when any OSD of it is
    for (const CephOsd &o : osds) {
        const CephOsdState s = osdState(ctx, o);
        if (!hosts.contains(o.host)) {
            hosts << o.host;
            hostState[o.host] = s;
        } else {
            CephOsdState &h = hostState[o.host];
            h.up = h.up || s.up;
            h.in = h.in || s.in;
            h.downSinceMs = h.up ? 0 : qMax(h.downSinceMs, s.downSinceMs);
        }
    }
    const int hostCount = int(hosts.size());
    // The objects (the manager's own) sit in the first PG of the first pool.
    const qint64 objects = c.pools.isEmpty() ? 0 : 2;
    v.objects = objects;
    for (int p = 0; p < c.pools.size(); ++p) {
        const CephPool &pool = c.pools.at(p);
        const int n = pgCount(pool);
        v.pgs += n;
        v.objectCopies += p == 0 ? objects * pool.size : 0;
        const bool creating = ctx.simSecondsSince(pool.createdMs) < c.pgPeeringSeconds;
        for (int k = 0; k < n; ++k) {
            const qint64 here = p == 0 && k == 0 ? objects : 0;
            if (v.osdsUp == 0) {
                t.states[QStringLiteral("unknown")] += 1;
                ++v.pgsUnknown;
                continue;
            }
            if (creating) {
                t.states[QStringLiteral("creating+peering")] += 1;
                ++v.pgsInactive;
                continue;
            }
            const int replicas = qMin(pool.size, hostCount);
            QStringList chosen;
            for (int j = 0; j < replicas; ++j)
                chosen << hosts.at((k + j) % hostCount);
            QStringList spares;
            for (const QString &h : std::as_const(hosts))
                if (!chosen.contains(h) && hostState[h].up && hostState[h].in)
                    spares << h;
            int acting = 0;
            qint64 shrunkSince = 0;
            for (const QString &h : std::as_const(chosen)) {
                const CephOsdState &s = hostState[h];
                if (!s.in && !spares.isEmpty()) {
                    spares.removeFirst();
                    ++acting;
                } else if (s.up) {
                    ++acting;
                } else {
                    shrunkSince =
                        shrunkSince == 0 ? s.downSinceMs : qMin(shrunkSince, s.downSinceMs);
                }
            }
            // Never full-sized (fewer hosts than replicas): undersized since the pool exists.
            if (replicas < pool.size || shrunkSince < pool.createdMs)
                shrunkSince = pool.createdMs;
            const bool stuck = ctx.simSecondsSince(shrunkSince) >= kStuckSeconds;
            QString state;
            if (acting >= pool.size) {
                state = QStringLiteral("active+clean");
            } else {
                const QString degraded = here > 0 ? QStringLiteral("+degraded") : QString();
                if (acting >= pool.minSize)
                    state = QStringLiteral("active+undersized") + degraded;
                else if (acting > 0)
                    state = QStringLiteral("undersized") + degraded + QStringLiteral("+peered");
                else
                    state =
                        QStringLiteral("stale+undersized") + degraded + QStringLiteral("+peered");
                v.objectsDegraded += here * (pool.size - acting);
                t.degraded += here > 0 ? 1 : 0;
                t.undersizedStuck += stuck ? 1 : 0;
                if (acting < pool.minSize) {
                    ++v.pgsInactive;
                    t.inactiveStuck += stuck ? 1 : 0;
                }
            }
            t.states[state] += 1;
        }
    }
}

} // namespace

CephOsdState osdState(const Ctx &ctx, const CephOsd &osd)
{
    CephOsdState s;
    const NodeRef *host = ctx.cluster.node(osd.host);
    if (host && ctx.nodeDown(*host))
        s.downSinceMs = host->deadSinceMs > 0 ? host->deadSinceMs : ctx.now();
    else if (osd.stoppedMs > 0)
        s.downSinceMs = osd.stoppedMs;
    s.up = s.downSinceMs == 0;
    s.in = s.up || ctx.simSecondsSince(s.downSinceMs) < kDownOutSeconds;
    return s;
}

CephView computeCeph(const Ctx &ctx)
{
    const ClusterState &c = ctx.cluster;
    CephView v;
    QStringList up;
    for (const QString &m : c.mons)
        (ctx.isDead(m) || c.monsStoppedMs.contains(m) ? v.monsDown : up) << m;
    if (up.size() * 2 > c.mons.size())
        v.quorum = up;
    for (auto it = c.monCreatedMs.cbegin(); it != c.monCreatedMs.cend(); ++it) {
        v.quorumSinceMs = qMax(v.quorumSinceMs, it.value());
        v.mgrSinceMs = v.mgrSinceMs == 0 ? it.value() : qMin(v.mgrSinceMs, it.value());
    }
    v.quorumSinceMs = qMax(v.quorumSinceMs, c.quorumChangedMs);
    for (const QString &m : std::as_const(v.monsDown))
        if (const NodeRef *r = c.node(m))
            v.quorumSinceMs = qMax(v.quorumSinceMs, r->deadSinceMs);
    for (const QString &m : c.mgrs) {
        if (ctx.isDead(m))
            continue;
        if (v.activeMgr.isEmpty())
            v.activeMgr = m;
        else
            v.standbyMgrs << m;
    }

    QMap<QString, int> downInByHost, inByHost;
    v.osdsUpSinceMs = c.osdsUpChangedMs;
    v.osdsInSinceMs = c.osdsInChangedMs;
    for (const CephOsd &o : c.osds) {
        const CephOsdState s = osdState(ctx, o);
        ++v.osds;
        v.osdsUp += s.up ? 1 : 0;
        v.osdsIn += s.in ? 1 : 0;
        if (s.up && s.in)
            v.bytesTotal += o.size;
        inByHost[o.host] += s.in ? 1 : 0;
        downInByHost[o.host] += !s.up && s.in ? 1 : 0;
        v.osdsUpSinceMs = qMax(v.osdsUpSinceMs, qMax(o.createdMs, s.downSinceMs));
        v.osdsInSinceMs = qMax(v.osdsInSinceMs, o.createdMs);
        if (!s.in)
            v.osdsInSinceMs = qMax(v.osdsInSinceMs,
                                   s.downSinceMs + qint64(kDownOutSeconds * 1000.0 / c.timeScale));
    }
    v.bytesUsed =
        v.bytesTotal == 0 ? 0 : qint64(v.osdsUp) * (27LL * 1024 * 1024 + 1100LL * 1024 * 1024);

    PgTally t;
    tallyPgs(ctx, c.osds, v, t);
    for (auto it = t.states.cbegin(); it != t.states.cend(); ++it)
        v.pgStates << qMakePair(it.key(), it.value());
    std::sort(v.pgStates.begin(), v.pgStates.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : stateBits(a.first) > stateBits(b.first);
    });

    const QString warn = QStringLiteral("HEALTH_WARN");
    if (!v.monsDown.isEmpty())
        v.checks << CephCheck{QStringLiteral("MON_DOWN"), warn,
                              QStringLiteral("%1/%2 mons down, quorum %3")
                                  .arg(v.monsDown.size())
                                  .arg(c.mons.size())
                                  .arg(v.quorum.join(QLatin1Char(','))),
                              int(v.monsDown.size())};
    if (v.activeMgr.isEmpty() && !c.mons.isEmpty())
        v.checks << CephCheck{QStringLiteral("MGR_DOWN"), warn, QStringLiteral("no active mgr"), 1};
    // Only OSDs still "in" count as down: once marked out, Ceph stops reporting them.
    int downIn = 0, hostsDown = 0, osdsOnDownHosts = 0;
    for (auto it = downInByHost.cbegin(); it != downInByHost.cend(); ++it) {
        downIn += it.value();
        if (it.value() > 0 && it.value() == inByHost.value(it.key())) {
            ++hostsDown;
            osdsOnDownHosts += it.value();
        }
    }
    if (downIn > 0)
        v.checks << CephCheck{QStringLiteral("OSD_DOWN"), warn,
                              QStringLiteral("%1 osds down").arg(downIn), downIn};
    if (hostsDown > 0)
        v.checks << CephCheck{QStringLiteral("OSD_HOST_DOWN"), warn,
                              QStringLiteral("%1 host%2 (%3 osds) down")
                                  .arg(hostsDown)
                                  .arg(hostsDown > 1 ? QStringLiteral("s") : QString())
                                  .arg(osdsOnDownHosts),
                              hostsDown};
    if (v.osds < 3)
        v.checks << CephCheck{QStringLiteral("TOO_FEW_OSDS"), warn,
                              QStringLiteral("OSD count %1 < osd_pool_default_size 3").arg(v.osds),
                              3 - v.osds};
    const int inactive = v.pgsUnknown + t.inactiveStuck;
    if (inactive > 0)
        v.checks << CephCheck{QStringLiteral("PG_AVAILABILITY"), warn,
                              QStringLiteral("Reduced data availability: ") +
                                  pgWord(inactive, QStringLiteral("inactive")),
                              inactive};
    if (t.degraded + t.undersizedStuck > 0) {
        QStringList parts;
        if (t.degraded > 0)
            parts << pgWord(t.degraded, QStringLiteral("degraded"));
        if (t.undersizedStuck > 0)
            parts << pgWord(t.undersizedStuck, QStringLiteral("undersized"));
        QString message = QStringLiteral("Degraded data redundancy: ");
        if (v.objectsDegraded > 0 && v.objectCopies > 0)
            message +=
                QStringLiteral("%1/%2 objects degraded (%3%), ")
                    .arg(v.objectsDegraded)
                    .arg(v.objectCopies)
                    .arg(100.0 * double(v.objectsDegraded) / double(v.objectCopies), 0, 'f', 3);
        v.checks << CephCheck{QStringLiteral("PG_DEGRADED"), warn,
                              message + parts.join(QStringLiteral(", ")),
                              t.degraded + t.undersizedStuck};
    }
    std::sort(v.checks.begin(), v.checks.end(),
              [](const CephCheck &a, const CephCheck &b) { return a.code < b.code; });
    v.status = v.checks.isEmpty() ? QStringLiteral("HEALTH_OK") : warn;
    return v;
}

QString renderOsdTree(const Ctx &ctx)
{
    const ClusterState &c = ctx.cluster;
    QStringList hosts;
    for (const CephOsd &o : c.osds)
        if (!hosts.contains(o.host))
            hosts << o.host;
    const auto tib = [](qint64 b) {
        return QString::number(double(b) / (1024.0 * 1024 * 1024 * 1024), 'f', 5);
    };
    qint64 total = 0;
    for (const CephOsd &o : c.osds)
        total += o.size;
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("CLASS"),
                             QStringLiteral("WEIGHT"), QStringLiteral("TYPE NAME"),
                             QStringLiteral("STATUS"), QStringLiteral("REWEIGHT"),
                             QStringLiteral("PRI-AFF")}};
    rows << QStringList{QStringLiteral("-1"),
                        QString(),
                        tib(total),
                        QStringLiteral("root default"),
                        QString(),
                        QString(),
                        QString()};
    for (int h = 0; h < hosts.size(); ++h) {
        qint64 hs = 0;
        for (const CephOsd &o : c.osds)
            hs += o.host == hosts[h] ? o.size : 0;
        rows << QStringList{QString::number(-3 - 2 * h),
                            QString(),
                            tib(hs),
                            QStringLiteral("    host ") + hosts[h],
                            QString(),
                            QString(),
                            QString()};
        for (const CephOsd &o : c.osds) {
            if (o.host != hosts[h])
                continue;
            const CephOsdState state = osdState(ctx, o);
            const bool up = state.up;
            const bool in = state.in;
            rows << QStringList{QString::number(o.id),
                                QStringLiteral("hdd"),
                                tib(o.size),
                                QStringLiteral("        osd.%1").arg(o.id),
                                up ? QStringLiteral("up") : QStringLiteral("down"),
                                in ? QStringLiteral("1.00000") : QStringLiteral("0"),
                                QStringLiteral("1.00000")};
        }
    }
    // Every column padded (trailing spaces included), as ceph's TextTable does.
    QList<int> w(7, 0);
    for (const QStringList &r : rows)
        for (int i = 0; i < 7; ++i)
            w[i] = qMax(w[i], int(r[i].size()));
    const QList<bool> right{true, true, false, false, true, true, true};
    QString out;
    for (int k = 0; k < rows.size(); ++k) {
        QStringList cells;
        for (int i = 0; i < 7; ++i)
            cells << (right[i] ? rows[k][i].rightJustified(w[i]) : rows[k][i].leftJustified(w[i]));
        out += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace pveha::sim
