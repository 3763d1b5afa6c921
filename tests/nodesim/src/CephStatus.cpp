// SPDX-License-Identifier: GPL-3.0-or-later
// ceph: -s / status (plain and Reef JSON layout), health, osd tree (CephView.cpp), osd pool ls,
// auth get, --version.
#include "Ceph.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QDateTime>

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

/// A double as ceph's JSON formatter writes it (max_digits10 significant digits).
QByteArray cephFloat(double v)
{
    return QByteArray::number(v, 'g', 17);
}

QByteArray checksJson(const CephView &v, QList<QByteArray> *names)
{
    using json::num;
    using json::str;
    json::Fields fields;
    for (const CephCheck &k : v.checks)
        *names << k.code.toLatin1();
    for (int i = 0; i < v.checks.size(); ++i)
        fields.push_back({names->at(i).constData(),
                          json::obj({{"severity", str(v.checks[i].severity)},
                                     {"summary", json::obj({{"message", str(v.checks[i].message)},
                                                            {"count", num(v.checks[i].count)}})},
                                     {"muted", json::boolean(false)}})});
    return json::obj(fields);
}

QByteArray pgmapJson(const Ctx &ctx, const CephView &v)
{
    using json::num;
    using json::str;
    QList<QByteArray> pgs;
    for (const auto &s : v.pgStates)
        pgs << json::obj({{"state_name", str(s.first)}, {"count", num(s.second)}});
    json::Fields fields = {{"pgs_by_state", json::arr(pgs)},
                           {"num_pgs", num(v.pgs)},
                           {"num_pools", num(ctx.cluster.pools.size())},
                           {"num_objects", num(v.objects)},
                           {"data_bytes", num(v.objects > 0 ? 459280 : 0)},
                           {"bytes_used", num(v.bytesUsed)},
                           {"bytes_avail", num(v.bytesTotal - v.bytesUsed)},
                           {"bytes_total", num(v.bytesTotal)}};
    // The recovery summary ceph adds while something is not clean.
    if (v.pgsUnknown > 0)
        fields.push_back({"unknown_pgs_ratio", cephFloat(double(v.pgsUnknown) / v.pgs)});
    if (v.pgsInactive > 0)
        fields.push_back({"inactive_pgs_ratio", cephFloat(double(v.pgsInactive) / v.pgs)});
    if (v.objectsDegraded > 0 && v.objectCopies > 0) {
        fields.push_back({"degraded_objects", num(v.objectsDegraded)});
        fields.push_back({"degraded_total", num(v.objectCopies)});
        fields.push_back(
            {"degraded_ratio", cephFloat(double(v.objectsDegraded) / double(v.objectCopies))});
    }
    return json::obj(fields);
}

QByteArray statusJson(const Ctx &ctx, const CephView &v)
{
    using json::num;
    using json::str;
    const ClusterState &c = ctx.cluster;
    QList<QByteArray> names;
    const QByteArray checks = checksJson(v, &names);
    QList<QByteArray> quorumIdx;
    for (const QString &q : v.quorum)
        quorumIdx << num(c.mons.indexOf(q));
    const QString release =
        ctx.node.cephRelease.isEmpty() ? QStringLiteral("reef") : ctx.node.cephRelease;
    const json::Fields top = {
        {"fsid", str(c.fsid)},
        {"health",
         json::obj({{"status", str(v.status)}, {"checks", checks}, {"mutes", json::arr({})}})},
        {"election_epoch", num(2 * (c.mons.size() + v.monsDown.size()))},
        {"quorum", json::arr(quorumIdx)},
        {"quorum_names", json::strArr(v.quorum)},
        {"quorum_age", num(qint64(ctx.simSecondsSince(v.quorumSinceMs)))},
        {"monmap", json::obj({{"epoch", num(c.mons.size())},
                              {"min_mon_release_name", str(release)},
                              {"num_mons", num(c.mons.size())}})},
        {"osdmap", json::obj({{"epoch", num(5 * c.osds.size() + 3 * c.pools.size() + 1 +
                                            2 * (v.osds - v.osdsUp))},
                              {"num_osds", num(v.osds)},
                              {"num_up_osds", num(v.osdsUp)},
                              {"osd_up_since", num(v.osdsUpSinceMs / 1000)},
                              {"num_in_osds", num(v.osdsIn)},
                              {"osd_in_since", num(v.osdsInSinceMs / 1000)},
                              {"num_remapped_pgs", num(0)}})},
        {"pgmap", pgmapJson(ctx, v)},
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

/// The "pgs:" lines of the data section: unknown and inactive shares, degraded objects, then
/// each state by count, the counts padded to the widest.
QString pgsPlain(const CephView &v)
{
    QStringList lines;
    if (v.pgsUnknown > 0)
        lines << QStringLiteral("%1% pgs unknown").arg(100.0 * v.pgsUnknown / v.pgs, 0, 'f', 3);
    if (v.pgsInactive > 0)
        lines << QStringLiteral("%1% pgs not active").arg(100.0 * v.pgsInactive / v.pgs, 0, 'f', 3);
    if (v.objectsDegraded > 0 && v.objectCopies > 0)
        lines << QStringLiteral("%1/%2 objects degraded (%3%)")
                     .arg(v.objectsDegraded)
                     .arg(v.objectCopies)
                     .arg(100.0 * double(v.objectsDegraded) / double(v.objectCopies), 0, 'f', 3);
    int width = 1;
    for (const auto &st : v.pgStates)
        width = qMax(width, int(QString::number(st.second).size()));
    for (const auto &st : v.pgStates)
        lines << QString::number(st.second).leftJustified(width) + QLatin1Char(' ') + st.first;
    if (lines.isEmpty())
        return QStringLiteral("    pgs:     \n");
    return QStringLiteral("    pgs:     ") + lines.join(QStringLiteral("\n             ")) +
           QLatin1Char('\n');
}

QString statusPlain(const Ctx &ctx, const CephView &v)
{
    const ClusterState &c = ctx.cluster;
    QString s =
        QStringLiteral("  cluster:\n    id:     %1\n    health: %2\n").arg(c.fsid, v.status);
    for (const CephCheck &k : v.checks)
        s += QStringLiteral("            %1\n").arg(k.message);
    s += QStringLiteral(" \n  services:\n    mon: %1 daemons, quorum %2 (age %3)%4\n")
             .arg(c.mons.size())
             .arg(v.quorum.join(QLatin1Char(',')), age(ctx.simSecondsSince(v.quorumSinceMs)),
                  v.monsDown.isEmpty() ? QString()
                                       : QStringLiteral(", out of quorum: ") +
                                             v.monsDown.join(QStringLiteral(", ")));
    if (v.activeMgr.isEmpty())
        s += QStringLiteral("    mgr: no daemons active\n");
    else
        s += QStringLiteral("    mgr: %1(active, since %2)%3\n")
                 .arg(v.activeMgr, age(ctx.simSecondsSince(v.mgrSinceMs)),
                      v.standbyMgrs.isEmpty() ? QString()
                                              : QStringLiteral(", standbys: ") +
                                                    v.standbyMgrs.join(QStringLiteral(", ")));
    if (v.osds == 0)
        s += QStringLiteral("    osd: 0 osds: 0 up, 0 in\n");
    else
        s += QStringLiteral("    osd: %1 osds: %2 up (since %3), %4 in (since %5)\n")
                 .arg(v.osds)
                 .arg(v.osdsUp)
                 .arg(age(ctx.simSecondsSince(v.osdsUpSinceMs)))
                 .arg(v.osdsIn)
                 .arg(age(ctx.simSecondsSince(v.osdsInSinceMs)));
    s += QStringLiteral(" \n  data:\n    pools:   %1 pools, %2 pgs\n    objects: %3 objects, %4\n  "
                        "  usage:   %5 used, %6 / %7 avail\n")
             .arg(c.pools.size())
             .arg(v.pgs)
             .arg(v.objects)
             .arg(v.objects > 0 ? QStringLiteral("449 KiB") : QStringLiteral("0 B"))
             .arg(cephBytes(v.bytesUsed), cephBytes(v.bytesTotal - v.bytesUsed),
                  cephBytes(v.bytesTotal));
    return s + pgsPlain(v) + QStringLiteral(" \n");
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
            QList<QByteArray> names;
            ctx.out += json::obj({{"status", json::str(v.status)},
                                  {"checks", checksJson(v, &names)},
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
        ctx.say(renderOsdTree(ctx));
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
