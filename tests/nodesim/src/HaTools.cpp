// SPDX-License-Identifier: GPL-3.0-or-later
// ha-manager (PVE 8 groups, PVE 9 rules) and the HA state machine of a node failure, computed
// from the crash time: lrm "old timestamp - dead?", service fence, recovery, then started on
// another node of its group/rule (timings and timeScale come from the cluster state).
#include "Tools.h"
#include "Util.h"

#include <QRegularExpression>

namespace pveha::sim {
namespace {

double since(const ClusterState &c, qint64 eventMs, qint64 nowMs)
{
    return double(nowMs - eventMs) / 1000.0 * c.timeScale;
}

bool down(const ClusterState &c, const QString &node, qint64 nowMs)
{
    const NodeRef *r = c.node(node);
    return r &&
           (r->deadSinceMs > 0 || (r->unreachableUntilMs > 0 && nowMs < r->unreachableUntilMs));
}

QStringList allowedNodes(const ClusterState &c, const QString &sid, const QStringList &members)
{
    for (const HaResource &r : c.haResources)
        if (r.sid == sid && !r.group.isEmpty())
            for (const HaGroup &g : c.haGroups)
                if (g.name == r.group)
                    return g.nodes;
    for (const HaRule &rule : c.haRules)
        if (rule.type == QLatin1String("node-affinity") && rule.resources.contains(sid))
            return rule.nodes;
    return members;
}

} // namespace

HaView computeHa(const ClusterState &c, const QString &localNode, qint64 nowMs)
{
    HaView v;
    v.members = c.members.isEmpty() ? QStringList{localNode} : c.members;
    int alive = 0;
    for (const QString &m : v.members)
        alive += down(c, m, nowMs) ? 0 : 1;
    v.quorate = alive * 2 > v.members.size();
    for (const QString &m : v.members)
        if (!down(c, m, nowMs) && v.master.isEmpty())
            v.master = m;
    QMap<QString, int> load;
    // First the services whose node is alive (they stay), then the recovered ones.
    for (const HaResource &r : c.haResources) {
        const Vm *vm = c.vm(r.sid.section(QLatin1Char(':'), 1).toInt());
        const QString node = vm ? vm->node : QString();
        if (!down(c, node, nowMs))
            load[node] += 1;
    }
    for (const HaResource &r : c.haResources) {
        const Vm *vm = c.vm(r.sid.section(QLatin1Char(':'), 1).toInt());
        HaService s{r.sid, vm ? vm->node : QString(), r.state};
        const NodeRef *ref = c.node(s.node);
        if (ref && down(c, s.node, nowMs) && r.state == QLatin1String("started")) {
            const qint64 since0 =
                ref->deadSinceMs > 0 ? ref->deadSinceMs : ref->unreachableUntilMs - 1;
            const double e = since(c, since0, nowMs);
            if (e >= c.ha.startedAfter && v.quorate) {
                QString best;
                for (const QString &n : allowedNodes(c, r.sid, v.members))
                    if (v.members.contains(n) && !down(c, n, nowMs) &&
                        (best.isEmpty() || load.value(n) < load.value(best)))
                        best = n;
                if (!best.isEmpty()) {
                    s.node = best;
                    load[best] += 1;
                } else {
                    s.state = QStringLiteral("recovery");
                }
            } else if (e >= c.ha.recoveryAfter) {
                s.state = QStringLiteral("recovery");
            } else if (e >= c.ha.fenceAfter) {
                s.state = QStringLiteral("fence");
            }
        }
        v.services << s;
    }
    std::sort(v.services.begin(), v.services.end(),
              [](const HaService &a, const HaService &b) { return a.sid < b.sid; });
    int k = 0;
    for (const QString &m : v.members) {
        const NodeRef *ref = c.node(m);
        bool busy = false;
        for (const HaService &s : v.services)
            busy = busy || (s.node == m && s.state != QLatin1String("stopped") &&
                            s.state != QLatin1String("disabled"));
        if (ref && down(c, m, nowMs)) {
            const qint64 t = ref->deadSinceMs > 0 ? ref->deadSinceMs : nowMs;
            v.lrmTime[m] = t;
            v.lrm[m] = since(c, t, nowMs) >= c.ha.lrmDeadAfter
                           ? QStringLiteral("old timestamp - dead?")
                           : (busy ? QStringLiteral("active") : QStringLiteral("idle"));
        } else {
            v.lrmTime[m] = nowMs - 1000 * (2 + (k % 3));
            v.lrm[m] = busy ? QStringLiteral("active") : QStringLiteral("idle");
        }
        ++k;
    }
    return v;
}

QString guestNode(const ClusterState &c, int vmid, qint64 nowMs)
{
    const HaView v = computeHa(c, QString(), nowMs);
    for (const HaService &s : v.services)
        if (s.sid == QStringLiteral("vm:%1").arg(vmid) ||
            s.sid == QStringLiteral("ct:%1").arg(vmid))
            return s.node;
    const Vm *vm = c.vm(vmid);
    return vm ? vm->node : QString();
}

void materializeHa(ClusterState &c, qint64 nowMs)
{
    const HaView v = computeHa(c, QString(), nowMs);
    for (const HaService &s : v.services)
        if (Vm *vm = c.vm(s.sid.section(QLatin1Char(':'), 1).toInt()))
            vm->node = s.node;
}

namespace {

int pveError(Ctx &ctx, const QString &msg)
{
    return ctx.fail(msg, 255);
}

QString normalizeSid(const QString &s)
{
    static const QRegularExpression bare(QStringLiteral("^\\d+$"));
    return bare.match(s).hasMatch() ? QStringLiteral("vm:") + s : s;
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_-]+$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(id).hasMatch();
}

// Options after the positional arguments: --key value (or --key=value).
bool parseOptions(Ctx &ctx, const QStringList &args, const QStringList &known,
                  QStringList *positional, QMap<QString, QString> *opts, const QString &usage)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (!a.startsWith(QLatin1String("--")) &&
            !(a.startsWith(QLatin1Char('-')) && a.size() > 1 && !a[1].isDigit())) {
            positional->append(a);
            continue;
        }
        QString key = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        QString value;
        if (key.contains(QLatin1Char('='))) {
            value = key.section(QLatin1Char('='), 1);
            key = key.section(QLatin1Char('='), 0, 0);
        } else {
            value = args.value(++i);
        }
        if (!known.contains(key)) {
            ctx.fail(QStringLiteral("Unknown option: %1\n400 unable to parse option\n%2")
                         .arg(key, usage),
                     255);
            return false;
        }
        opts->insert(key, value);
    }
    return true;
}

void printStatus(Ctx &ctx)
{
    const HaView v = computeHa(ctx.cluster, ctx.node.name, ctx.now());
    if (!v.quorate) {
        ctx.say(QStringLiteral("quorum No quorum on node '%1'!\n").arg(ctx.node.name));
        return;
    }
    ctx.say(QStringLiteral("quorum OK\n"));
    if (ctx.cluster.haResources.isEmpty())
        return;
    ctx.say(QStringLiteral("master %1 (active, %2)\n").arg(v.master, Ctx::ctime(ctx.now() - 1000)));
    for (const QString &m : v.members)
        ctx.say(QStringLiteral("lrm %1 (%2, %3)\n")
                    .arg(m, v.lrm.value(m), Ctx::ctime(v.lrmTime.value(m))));
    for (const HaService &s : v.services)
        ctx.say(QStringLiteral("service %1 (%2, %3)\n").arg(s.sid, s.node, s.state));
}

int rules(Ctx &ctx, QStringList args)
{
    const QString usage =
        QStringLiteral("ha-manager rules add <type> <rule> --resources <string> [OPTIONS]");
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QLatin1String("config") || sub == QLatin1String("list")) {
        for (const HaRule &r : ctx.cluster.haRules) {
            ctx.say(QStringLiteral("%1: %2\n").arg(r.type, r.name));
            if (!r.nodes.isEmpty())
                ctx.say(QStringLiteral("\tnodes %1\n").arg(r.nodes.join(QLatin1Char(','))));
            ctx.say(QStringLiteral("\tresources %1\n\n").arg(r.resources.join(QLatin1Char(','))));
        }
        return 0;
    }
    if (sub == QLatin1String("remove")) {
        for (int i = 0; i < ctx.cluster.haRules.size(); ++i)
            if (ctx.cluster.haRules[i].name == args.value(0)) {
                ctx.cluster.haRules.removeAt(i);
                ctx.clusterDirty = true;
                return 0;
            }
        return pveError(ctx, QStringLiteral("no such ha rule '%1'").arg(args.value(0)));
    }
    if (sub != QLatin1String("add"))
        return pveError(ctx, QStringLiteral("ERROR: unknown command 'ha-manager rules %1'\nUSAGE: "
                                            "ha-manager rules <COMMAND> [ARGS] [OPTIONS]")
                                 .arg(sub));
    QStringList pos;
    QMap<QString, QString> opts;
    if (!parseOptions(ctx, args,
                      {QStringLiteral("resources"), QStringLiteral("nodes"),
                       QStringLiteral("strict"), QStringLiteral("affinity"),
                       QStringLiteral("comment"), QStringLiteral("disable")},
                      &pos, &opts, usage))
        return 255;
    if (pos.size() < 2)
        return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
    const QString type = pos[0], name = pos[1];
    if (type != QLatin1String("node-affinity") && type != QLatin1String("resource-affinity"))
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\ntype: value '%1' "
                                            "does not have a value in the enumeration "
                                            "'node-affinity, resource-affinity'\n%2")
                                 .arg(type, usage));
    if (!validId(name))
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nrule: invalid "
                                            "format - invalid configuration ID '%1'\n%2")
                                 .arg(name, usage));
    if (!opts.contains(QStringLiteral("resources")))
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nresources: "
                                            "property is missing and it is not optional\n%1")
                                 .arg(usage));
    if (type == QLatin1String("node-affinity") && !opts.contains(QStringLiteral("nodes")))
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nnodes: property "
                                            "is missing and it is not optional\n%1")
                                 .arg(usage));
    for (const HaRule &r : ctx.cluster.haRules)
        if (r.name == name)
            return pveError(ctx, QStringLiteral("ha rule '%1' already defined").arg(name));
    HaRule rule{type, name, {}, {}};
    for (const QString &s :
         opts.value(QStringLiteral("resources")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString sid = normalizeSid(s.trimmed());
        bool configured = false;
        for (const HaResource &r : ctx.cluster.haResources)
            configured = configured || r.sid == sid;
        if (!configured)
            return pveError(
                ctx, QStringLiteral("resource '%1' is not configured as HA resource").arg(sid));
        rule.resources << sid;
    }
    for (const QString &n :
         opts.value(QStringLiteral("nodes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        rule.nodes << n.section(QLatin1Char(':'), 0, 0).trimmed();
    ctx.cluster.haRules << rule;
    ctx.clusterDirty = true;
    return 0;
}

} // namespace

int toolHaManager(Ctx &ctx)
{
    QStringList args = ctx.args;
    const QString cmd = args.isEmpty() ? QString() : args.takeFirst();
    const bool pve9 = ctx.node.pveMajor >= 9;
    if (cmd == QLatin1String("status")) {
        printStatus(ctx);
        return 0;
    }
    if (cmd == QLatin1String("rules")) {
        if (!pve9)
            return pveError(ctx, QStringLiteral("ERROR: unknown command 'ha-manager rules'\nUSAGE: "
                                                "ha-manager <COMMAND> [ARGS] [OPTIONS]"));
        return rules(ctx, args);
    }
    if (cmd == QLatin1String("groupadd") || cmd == QLatin1String("groupconfig") ||
        cmd == QLatin1String("groupremove")) {
        if (pve9)
            return pveError(ctx, QStringLiteral("ha groups have been migrated to rules"));
        if (cmd == QLatin1String("groupconfig")) {
            for (const HaGroup &g : ctx.cluster.haGroups)
                ctx.say(QStringLiteral("group: %1\n\tnodes %2\n\n")
                            .arg(g.name, g.nodes.join(QLatin1Char(','))));
            return 0;
        }
        QStringList pos;
        QMap<QString, QString> opts;
        const QString usage =
            QStringLiteral("ha-manager groupadd <group> --nodes <string> [OPTIONS]");
        if (!parseOptions(ctx, args,
                          {QStringLiteral("nodes"), QStringLiteral("restricted"),
                           QStringLiteral("nofailback"), QStringLiteral("comment"),
                           QStringLiteral("type")},
                          &pos, &opts, usage))
            return 255;
        if (pos.isEmpty())
            return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
        const QString name = pos[0];
        if (cmd == QLatin1String("groupremove")) {
            for (int i = 0; i < ctx.cluster.haGroups.size(); ++i)
                if (ctx.cluster.haGroups[i].name == name) {
                    ctx.cluster.haGroups.removeAt(i);
                    ctx.clusterDirty = true;
                    return 0;
                }
            return pveError(ctx, QStringLiteral("no such ha group '%1'").arg(name));
        }
        if (!validId(name))
            return pveError(ctx,
                            QStringLiteral("400 Parameter verification failed.\ngroup: invalid "
                                           "format - invalid configuration ID '%1'\n%2")
                                .arg(name, usage));
        if (!opts.contains(QStringLiteral("nodes")))
            return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nnodes: "
                                                "property is missing and it is not optional\n%1")
                                     .arg(usage));
        for (const HaGroup &g : ctx.cluster.haGroups)
            if (g.name == name)
                return pveError(ctx, QStringLiteral("ha group '%1' already defined").arg(name));
        HaGroup g{name, {}};
        for (const QString &n :
             opts.value(QStringLiteral("nodes")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            g.nodes << n.section(QLatin1Char(':'), 0, 0).trimmed();
        ctx.cluster.haGroups << g;
        ctx.clusterDirty = true;
        return 0;
    }
    if (cmd == QLatin1String("add") || cmd == QLatin1String("set")) {
        QStringList pos;
        QMap<QString, QString> opts;
        const QString usage = QStringLiteral("ha-manager %1 <sid> [OPTIONS]").arg(cmd);
        if (!parseOptions(ctx, args,
                          {QStringLiteral("group"), QStringLiteral("state"),
                           QStringLiteral("max_restart"), QStringLiteral("max_relocate"),
                           QStringLiteral("comment"), QStringLiteral("type"),
                           QStringLiteral("failback")},
                          &pos, &opts, usage))
            return 255;
        if (pos.isEmpty())
            return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
        const QString sid = normalizeSid(pos[0]);
        const QString state = opts.value(QStringLiteral("state"), QStringLiteral("started"));
        if (!QStringList{QStringLiteral("started"), QStringLiteral("stopped"),
                         QStringLiteral("disabled"), QStringLiteral("ignored")}
                 .contains(state))
            return pveError(ctx,
                            QStringLiteral("400 Parameter verification failed.\nstate: value '%1' "
                                           "does not have a value in the enumeration "
                                           "'started, stopped, enabled, disabled, ignored'\n%2")
                                .arg(state, usage));
        if (opts.contains(QStringLiteral("group"))) {
            if (pve9)
                return pveError(
                    ctx, QStringLiteral(
                             "invalid parameter 'group': ha groups have been migrated to rules"));
            bool found = false;
            for (const HaGroup &g : ctx.cluster.haGroups)
                found = found || g.name == opts.value(QStringLiteral("group"));
            if (!found)
                return pveError(ctx, QStringLiteral("group '%1' does not exist")
                                         .arg(opts.value(QStringLiteral("group"))));
        }
        HaResource *existing = nullptr;
        for (HaResource &r : ctx.cluster.haResources)
            if (r.sid == sid)
                existing = &r;
        if (cmd == QLatin1String("set")) {
            if (!existing)
                return pveError(
                    ctx, QStringLiteral("service '%1' is not configured as HA resource").arg(sid));
            if (opts.contains(QStringLiteral("state")))
                existing->state = state;
            if (opts.contains(QStringLiteral("group")))
                existing->group = opts.value(QStringLiteral("group"));
            ctx.clusterDirty = true;
            return 0;
        }
        if (existing)
            return pveError(ctx, QStringLiteral("resource ID '%1' already defined").arg(sid));
        const Vm *vm = ctx.cluster.vm(sid.section(QLatin1Char(':'), 1).toInt());
        if (!sid.startsWith(QLatin1String("vm:")) || !vm)
            return pveError(ctx,
                            QStringLiteral("resource '%1' does not exist in cluster").arg(sid));
        materializeHa(ctx.cluster, ctx.now());
        ctx.cluster.haResources << HaResource{sid, state, opts.value(QStringLiteral("group")),
                                              ctx.now()};
        if (Vm *v = ctx.cluster.vm(vm->vmid))
            v->status = state == QLatin1String("started") ? QStringLiteral("running")
                                                          : QStringLiteral("stopped");
        ctx.clusterDirty = true;
        return 0;
    }
    if (cmd == QLatin1String("remove")) {
        const QString sid = normalizeSid(args.value(0));
        for (int i = 0; i < ctx.cluster.haResources.size(); ++i)
            if (ctx.cluster.haResources[i].sid == sid) {
                materializeHa(ctx.cluster, ctx.now());
                ctx.cluster.haResources.removeAt(i);
                ctx.clusterDirty = true;
                return 0;
            }
        return pveError(ctx,
                        QStringLiteral("service '%1' is not configured as HA resource").arg(sid));
    }
    if (cmd == QLatin1String("config")) {
        for (const HaResource &r : ctx.cluster.haResources) {
            ctx.say(r.sid + QLatin1Char('\n'));
            if (!r.group.isEmpty())
                ctx.say(QStringLiteral("\tgroup %1\n").arg(r.group));
            ctx.say(QStringLiteral("\tstate %1\n\n").arg(r.state));
        }
        return 0;
    }
    return pveError(
        ctx,
        QStringLiteral(
            "ERROR: unknown command 'ha-manager %1'\nUSAGE: ha-manager <COMMAND> [ARGS] [OPTIONS]")
            .arg(cmd));
}

} // namespace pveha::sim
