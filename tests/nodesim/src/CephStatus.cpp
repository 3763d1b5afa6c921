// SPDX-License-Identifier: GPL-3.0-or-later
// ceph: -s / status (plain and Reef JSON layout), health, osd tree, osd pool ls, auth get,
// --version.
#include "Ceph.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QSet>

namespace pveha::sim {

QString cephKey(const QString &seed)
{
    QByteArray raw("\x01\x00", 2);
    raw += QByteArray::fromHex(seededHex(seed, 52).toLatin1());
    return QString::fromLatin1(raw.toBase64());
}

QString cephReleaseVersion(const QString &release)
{
    if (release == QLatin1String("quincy"))
        return QStringLiteral("17.2.7");
    if (release == QLatin1String("reef"))
        return QStringLiteral("18.2.4");
    return QStringLiteral("19.2.3");
}

QString cephBytes(qint64 b)
{
    static const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    double v = double(b);
    int u = 0;
    while (v >= 1024.0 && u < 5) {
        v /= 1024.0;
        ++u;
    }
    QString s = v < 10.0 && u > 0 ? QString::number(v, 'f', 1) : QString::number(qint64(v));
    if (s.endsWith(QLatin1String(".0")))
        s.chop(2);
    return s + QLatin1Char(' ') + QLatin1String(units[u]);
}

int pgCount(const CephPool &p)
{
    return p.autoscale == QLatin1String("on") && p.name != QLatin1String(".mgr") ? 32 : p.pgNum;
}

CephView computeCeph(const Ctx &ctx)
{
    const ClusterState &c = ctx.cluster;
    CephView v;
    QStringList up;
    for (const QString &m : c.mons)
        (ctx.isDead(m) ? v.monsDown : up) << m;
    if (up.size() * 2 > c.mons.size())
        v.quorum = up;
    for (const QString &m : c.mgrs) {
        if (ctx.isDead(m))
            continue;
        if (v.activeMgr.isEmpty())
            v.activeMgr = m;
        else
            v.standbyMgrs << m;
    }
    QSet<QString> downHosts;
    for (const CephOsd &o : c.osds) {
        ++v.osds;
        const NodeRef *r = c.node(o.host);
        const bool isUp = !ctx.isDead(o.host);
        const bool isIn =
            isUp || (r && r->deadSinceMs > 0 && ctx.simSecondsSince(r->deadSinceMs) < 600);
        v.osdsUp += isUp;
        v.osdsIn += isIn;
        if (!isUp)
            downHosts.insert(o.host);
        if (isUp && isIn)
            v.bytesTotal += o.size;
    }
    v.bytesUsed = qint64(v.osdsUp) * (27LL * 1024 * 1024 + 1100LL * 1024 * 1024);
    if (v.bytesTotal == 0)
        v.bytesUsed = 0;
    QMap<QString, int> states;
    for (const CephPool &p : c.pools) {
        const int n = pgCount(p);
        v.pgs += n;
        QString st;
        if (v.osdsUp == 0)
            st = QStringLiteral("unknown");
        else if (ctx.simSecondsSince(p.createdMs) < c.pgPeeringSeconds)
            st = QStringLiteral("creating+peering");
        else if (v.osdsUp >= p.size)
            st = QStringLiteral("active+clean");
        else if (v.osdsUp >= p.minSize)
            st = QStringLiteral("active+undersized+degraded");
        else
            st = QStringLiteral("undersized+degraded+peered");
        states[st] += n;
    }
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        v.pgStates << qMakePair(it.key(), it.value());
    std::sort(v.pgStates.begin(), v.pgStates.end(),
              [](const auto &a, const auto &b) { return a.second > b.second; });
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
    if (v.osdsUp < v.osds) {
        v.checks << CephCheck{QStringLiteral("OSD_DOWN"), warn,
                              QStringLiteral("%1 osds down").arg(v.osds - v.osdsUp),
                              v.osds - v.osdsUp};
        v.checks << CephCheck{
            QStringLiteral("OSD_HOST_DOWN"), warn,
            QStringLiteral("%1 host (%2 osds) down").arg(downHosts.size()).arg(v.osds - v.osdsUp),
            int(downHosts.size())};
    }
    if (v.osds < 3)
        v.checks << CephCheck{QStringLiteral("TOO_FEW_OSDS"), warn,
                              QStringLiteral("OSD count %1 < osd_pool_default_size 3").arg(v.osds),
                              1};
    int inactive = 0, degraded = 0;
    for (const auto &s : v.pgStates) {
        if (!s.first.startsWith(QLatin1String("active")))
            inactive += s.second;
        if (s.first.contains(QLatin1String("degraded")))
            degraded += s.second;
    }
    if (inactive)
        v.checks << CephCheck{
            QStringLiteral("PG_AVAILABILITY"), warn,
            QStringLiteral("Reduced data availability: %1 pgs inactive").arg(inactive), inactive};
    if (degraded)
        v.checks << CephCheck{
            QStringLiteral("PG_DEGRADED"), warn,
            QStringLiteral("Degraded data redundancy: %1 pgs undersized").arg(degraded), degraded};
    v.status = v.checks.isEmpty() ? QStringLiteral("HEALTH_OK") : warn;
    return v;
}

int cephClientCheck(Ctx &ctx)
{
    if (!ctx.exists(QStringLiteral("/etc/pve/ceph.conf")) || ctx.cluster.fsid.isEmpty())
        return ctx.fail(QStringLiteral("Error initializing cluster client: ObjectNotFound('RADOS "
                                       "object not found (error calling conf_read_file)')"));
    if (ctx.cluster.mons.isEmpty())
        return ctx.fail(
            QStringLiteral("[errno 2] RADOS object not found (error connecting to the cluster)"));
    if (computeCeph(ctx).quorum.isEmpty())
        return ctx.fail(
            QStringLiteral("[errno 110] RADOS timed out (error connecting to the cluster)"));
    return 0;
}

namespace {

QString age(double seconds)
{
    const qint64 s = qMax<qint64>(0, qint64(seconds));
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 7200)
        return QStringLiteral("%1m").arg(s / 60);
    if (s < 172800)
        return QStringLiteral("%1h").arg(s / 3600);
    return QStringLiteral("%1d").arg(s / 86400);
}

QByteArray statusJson(const Ctx &ctx, const CephView &v)
{
    using json::num;
    using json::str;
    const ClusterState &c = ctx.cluster;
    QList<QByteArray> checks;
    json::Fields checkFields;
    QList<QByteArray> names;
    for (const CephCheck &k : v.checks)
        names << k.code.toLatin1();
    for (int i = 0; i < v.checks.size(); ++i)
        checkFields.push_back(
            {names[i].constData(),
             json::obj({{"severity", str(v.checks[i].severity)},
                        {"summary", json::obj({{"message", str(v.checks[i].message)},
                                               {"count", num(v.checks[i].count)}})},
                        {"muted", json::boolean(false)}})});
    QList<QByteArray> quorumIdx;
    for (const QString &q : v.quorum)
        quorumIdx << num(c.mons.indexOf(q));
    qint64 firstMon = ctx.now();
    for (auto it = c.monCreatedMs.cbegin(); it != c.monCreatedMs.cend(); ++it)
        firstMon = qMin(firstMon, it.value());
    qint64 osdSince = 0;
    for (const CephOsd &o : c.osds)
        osdSince = qMax(osdSince, o.createdMs / 1000);
    QList<QByteArray> pgs;
    for (const auto &s : v.pgStates)
        pgs << json::obj({{"state_name", str(s.first)}, {"count", num(s.second)}});
    QList<QByteArray> standbys;
    const QString release =
        ctx.node.cephRelease.isEmpty() ? QStringLiteral("reef") : ctx.node.cephRelease;
    const json::Fields top = {
        {"fsid", str(c.fsid)},
        {"health", json::obj({{"status", str(v.status)},
                              {"checks", json::obj(checkFields)},
                              {"mutes", json::arr({})}})},
        {"election_epoch", num(2 * c.mons.size() + 2 * v.monsDown.size() + 1)},
        {"quorum", json::arr(quorumIdx)},
        {"quorum_names", json::strArr(v.quorum)},
        {"quorum_age", num(qint64(ctx.simSecondsSince(firstMon)))},
        {"monmap", json::obj({{"epoch", num(c.mons.size())},
                              {"min_mon_release_name", str(release)},
                              {"num_mons", num(c.mons.size())}})},
        {"osdmap", json::obj({{"epoch", num(5 * c.osds.size() + 3 * c.pools.size() + 1)},
                              {"num_osds", num(v.osds)},
                              {"num_up_osds", num(v.osdsUp)},
                              {"osd_up_since", num(osdSince)},
                              {"num_in_osds", num(v.osdsIn)},
                              {"osd_in_since", num(osdSince)},
                              {"num_remapped_pgs", num(0)}})},
        {"pgmap", json::obj({{"pgs_by_state", json::arr(pgs)},
                             {"num_pgs", num(v.pgs)},
                             {"num_pools", num(c.pools.size())},
                             {"num_objects", num(c.pools.isEmpty() ? 0 : 2)},
                             {"data_bytes", num(c.pools.isEmpty() ? 0 : 459280)},
                             {"bytes_used", num(v.bytesUsed)},
                             {"bytes_avail", num(v.bytesTotal - v.bytesUsed)},
                             {"bytes_total", num(v.bytesTotal)}})},
        {"fsmap",
         json::obj({{"epoch", num(1)}, {"by_rank", json::arr({})}, {"up:standby", num(0)}})},
        {"mgrmap",
         json::obj({{"available", json::boolean(!v.activeMgr.isEmpty())},
                    {"num_standbys", num(v.standbyMgrs.size())},
                    {"modules", json::strArr({QStringLiteral("iostat"), QStringLiteral("nfs"),
                                              QStringLiteral("restful")})},
                    {"services", json::obj({})}})},
        {"servicemap",
         json::obj({{"epoch", num(c.osds.size() + c.mons.size())},
                    {"modified",
                     str(QDateTime::fromMSecsSinceEpoch(ctx.now()).toString(Qt::ISODateWithMs))},
                    {"services", json::obj({})}})},
        {"progress_events", json::obj({})}};
    return json::obj(top) + '\n';
}

QString statusPlain(const Ctx &ctx, const CephView &v)
{
    const ClusterState &c = ctx.cluster;
    QString s =
        QStringLiteral("  cluster:\n    id:     %1\n    health: %2\n").arg(c.fsid, v.status);
    for (const CephCheck &k : v.checks)
        s += QStringLiteral("            %1\n").arg(k.message);
    qint64 firstMon = ctx.now();
    for (auto it = c.monCreatedMs.cbegin(); it != c.monCreatedMs.cend(); ++it)
        firstMon = qMin(firstMon, it.value());
    const QString a = age(ctx.simSecondsSince(firstMon));
    s += QStringLiteral(" \n  services:\n    mon: %1 daemons, quorum %2 (age %3)%4\n")
             .arg(c.mons.size())
             .arg(v.quorum.join(QLatin1Char(',')), a,
                  v.monsDown.isEmpty() ? QString()
                                       : QStringLiteral(", out of quorum: ") +
                                             v.monsDown.join(QStringLiteral(", ")));
    if (v.activeMgr.isEmpty())
        s += QStringLiteral("    mgr: no daemons active\n");
    else
        s += QStringLiteral("    mgr: %1(active, since %2)%3\n")
                 .arg(v.activeMgr, a,
                      v.standbyMgrs.isEmpty() ? QString()
                                              : QStringLiteral(", standbys: ") +
                                                    v.standbyMgrs.join(QStringLiteral(", ")));
    if (v.osds == 0) {
        s += QStringLiteral("    osd: 0 osds: 0 up, 0 in\n");
    } else {
        qint64 newest = 0;
        for (const CephOsd &o : c.osds)
            newest = qMax(newest, o.createdMs);
        const QString since = age(ctx.simSecondsSince(newest));
        s += QStringLiteral("    osd: %1 osds: %2 up (since %3), %4 in (since %3)\n")
                 .arg(v.osds)
                 .arg(v.osdsUp)
                 .arg(since)
                 .arg(v.osdsIn);
    }
    s += QStringLiteral(" \n  data:\n    pools:   %1 pools, %2 pgs\n    objects: %3 objects, %4\n  "
                        "  usage:   %5 used, %6 / %7 avail\n")
             .arg(c.pools.size())
             .arg(v.pgs)
             .arg(c.pools.isEmpty() ? 0 : 2)
             .arg(c.pools.isEmpty() ? QStringLiteral("0 B") : QStringLiteral("449 KiB"))
             .arg(cephBytes(v.bytesUsed), cephBytes(v.bytesTotal - v.bytesUsed),
                  cephBytes(v.bytesTotal));
    if (v.pgStates.isEmpty()) {
        s += QStringLiteral("    pgs:     \n");
    } else {
        for (int i = 0; i < v.pgStates.size(); ++i)
            s += (i == 0 ? QStringLiteral("    pgs:     ") : QStringLiteral("             ")) +
                 QStringLiteral("%1 %2\n").arg(v.pgStates[i].second).arg(v.pgStates[i].first);
    }
    return s + QStringLiteral(" \n");
}

QString osdTree(const Ctx &ctx)
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
            const bool up = !ctx.isDead(o.host);
            const NodeRef *r = c.node(o.host);
            const bool in = up || (r && ctx.simSecondsSince(r->deadSinceMs) < 600);
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

} // namespace

int toolCeph(Ctx &ctx)
{
    QString format;
    QStringList pos;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == QLatin1String("--format") || a == QLatin1String("-f"))
            format = ctx.args.value(++i);
        else if (a.startsWith(QLatin1String("--format=")))
            format = a.mid(9);
        else if (a == QLatin1String("--cluster") || a == QLatin1String("--connect-timeout") ||
                 a == QLatin1String("-c") || a == QLatin1String("--name") ||
                 a == QLatin1String("-n") || a == QLatin1String("--keyring") ||
                 a == QLatin1String("-k"))
            ++i;
        else if (a == QLatin1String("--version") || a == QLatin1String("-v"))
            pos << QStringLiteral("version");
        else if (a == QLatin1String("-s") || a == QLatin1String("--status"))
            pos << QStringLiteral("status");
        else if (a.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("ceph: unrecognized option '%1'").arg(a), 22);
        else
            pos << a;
    }
    const bool jsonOut = format.startsWith(QLatin1String("json"));
    const QString cmd = pos.join(QLatin1Char(' '));
    if (cmd == QLatin1String("version")) {
        const QString r =
            ctx.node.cephRelease.isEmpty() ? QStringLiteral("reef") : ctx.node.cephRelease;
        ctx.say(QStringLiteral("ceph version %1 (%2) %3 (stable)\n")
                    .arg(cephReleaseVersion(r), seededHex(r, 40), r));
        return 0;
    }
    if (const int rc = cephClientCheck(ctx))
        return rc;
    const CephView v = computeCeph(ctx);
    if (cmd == QLatin1String("status")) {
        if (jsonOut)
            ctx.out += statusJson(ctx, v);
        else
            ctx.say(statusPlain(ctx, v));
        return 0;
    }
    if (cmd == QLatin1String("health") || cmd == QLatin1String("health detail")) {
        if (jsonOut) {
            ctx.out += json::obj({{"status", json::str(v.status)},
                                  {"checks", json::obj({})},
                                  {"mutes", json::arr({})}}) +
                       '\n';
            return 0;
        }
        QStringList msgs;
        for (const CephCheck &k : v.checks)
            msgs << k.message;
        ctx.say(v.status +
                (msgs.isEmpty() ? QString() : QLatin1Char(' ') + msgs.join(QStringLiteral("; "))) +
                QLatin1Char('\n'));
        return 0;
    }
    if (cmd == QLatin1String("osd tree")) {
        ctx.say(osdTree(ctx));
        return 0;
    }
    if (cmd == QLatin1String("osd pool ls") || cmd == QLatin1String("osd lspools")) {
        for (const CephPool &p : ctx.cluster.pools)
            ctx.say(cmd == QLatin1String("osd lspools")
                        ? QStringLiteral("%1 %2\n").arg(p.id).arg(p.name)
                        : p.name + QLatin1Char('\n'));
        return 0;
    }
    if (pos.size() == 3 && pos[0] == QLatin1String("auth") && pos[1] == QLatin1String("get")) {
        const QString entity = pos[2];
        if (entity == QLatin1String("client.bootstrap-osd"))
            ctx.say(QStringLiteral("[client.bootstrap-osd]\n\tkey = %1\n\tcaps mon = \"allow "
                                   "profile bootstrap-osd\"\n")
                        .arg(ctx.cluster.bootstrapOsdKey));
        else if (entity == QLatin1String("client.admin"))
            ctx.say(QStringLiteral("[client.admin]\n\tkey = %1\n\tcaps mds = \"allow *\"\n\tcaps "
                                   "mgr = \"allow *\"\n\tcaps mon = \"allow *\"\n"
                                   "\tcaps osd = \"allow *\"\n")
                        .arg(ctx.cluster.adminKey));
        else
            return ctx.fail(
                QStringLiteral("Error ENOENT: failed to find %1 in keyring").arg(entity), 2);
        return 0;
    }
    return ctx.fail(
        QStringLiteral("no valid command found; 10 closest matches:\n(the simulator supports "
                       "-s/status, health, osd tree, "
                       "osd pool ls, auth get, --version)\nError EINVAL: invalid command"),
        22);
}

} // namespace pveha::sim
