// SPDX-License-Identifier: GPL-3.0-or-later
// ip (link, addr, route: JSON, brief and plain) and ifreload -a, which applies the simulated
// /etc/network/interfaces to the interface state the way ifupdown2 does (an interface without
// an mtu line goes back to 1500).
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QDir>
#include <QFileInfo>

namespace pveha::sim {
namespace {

using json::Style;

QStringList flagsOf(const Iface &i)
{
    if (i.kind == QLatin1String("loopback"))
        return {QStringLiteral("LOOPBACK"), QStringLiteral("UP"), QStringLiteral("LOWER_UP")};
    if (!i.up)
        return {QStringLiteral("BROADCAST"), QStringLiteral("MULTICAST")};
    return {QStringLiteral("BROADCAST"), QStringLiteral("MULTICAST"), QStringLiteral("UP"),
            QStringLiteral("LOWER_UP")};
}

QString qdiscOf(const Iface &i)
{
    return i.kind == QLatin1String("ether") ? QStringLiteral("mq") : QStringLiteral("noqueue");
}
QString stateOf(const Iface &i)
{
    return i.kind == QLatin1String("loopback") ? QStringLiteral("UNKNOWN")
           : i.up                              ? QStringLiteral("UP")
                                               : QStringLiteral("DOWN");
}

QString broadcastOf(const QString &cidr)
{
    quint32 a = 0;
    int p = 0;
    if (!parseCidr(cidr, &a, &p) || p >= 31)
        return QString();
    const quint32 b = a | (p == 0 ? ~quint32(0) : ((quint32(1) << (32 - p)) - 1));
    return QStringLiteral("%1.%2.%3.%4")
        .arg(b >> 24)
        .arg((b >> 16) & 255)
        .arg((b >> 8) & 255)
        .arg(b & 255);
}

QString linkLocal(const Iface &i)
{
    // EUI-64 from the MAC, groups printed without leading zeros as iproute2 does.
    const QStringList m = i.mac.split(QLatin1Char(':'));
    if (m.size() != 6)
        return QString();
    const auto b = [&m](int k) { return m[k].toUInt(nullptr, 16); };
    const uint g[4] = {((b(0) ^ 2u) << 8) | b(1), (b(2) << 8) | 0xffu, 0xfe00u | b(3),
                       (b(4) << 8) | b(5)};
    return QStringLiteral("fe80::%1:%2:%3:%4")
        .arg(g[0], 0, 16)
        .arg(g[1], 0, 16)
        .arg(g[2], 0, 16)
        .arg(g[3], 0, 16);
}

QByteArray linkJson(const Iface &i, bool withAddrs)
{
    json::Fields f = {{"ifindex", json::num(i.ifindex)},
                      {"ifname", json::str(i.name)},
                      {"flags", json::strArr(flagsOf(i), Style::Compact)},
                      {"mtu", json::num(i.mtu)},
                      {"qdisc", json::str(qdiscOf(i))}};
    if (!i.master.isEmpty())
        f.push_back({"master", json::str(i.master)});
    f.push_back({"operstate", json::str(stateOf(i))});
    if (!withAddrs)
        f.push_back({"linkmode", json::str(QStringLiteral("DEFAULT"))});
    f.push_back({"group", json::str(QStringLiteral("default"))});
    f.push_back({"txqlen", json::num(1000)});
    f.push_back(
        {"link_type", json::str(i.kind == QLatin1String("loopback") ? QStringLiteral("loopback")
                                                                    : QStringLiteral("ether"))});
    f.push_back({"address", json::str(i.mac)});
    f.push_back({"broadcast", json::str(i.kind == QLatin1String("loopback")
                                            ? QStringLiteral("00:00:00:00:00:00")
                                            : QStringLiteral("ff:ff:ff:ff:ff:ff"))});
    if (withAddrs) {
        QList<QByteArray> infos;
        const bool lo = i.kind == QLatin1String("loopback");
        for (const QString &a : i.addrs) {
            json::Fields ai = {{"family", json::str(QStringLiteral("inet"))},
                               {"local", json::str(a.section(QLatin1Char('/'), 0, 0))},
                               {"prefixlen", json::num(a.section(QLatin1Char('/'), 1).toInt())}};
            if (!lo && !broadcastOf(a).isEmpty())
                ai.push_back({"broadcast", json::str(broadcastOf(a))});
            ai.push_back(
                {"scope", json::str(lo ? QStringLiteral("host") : QStringLiteral("global"))});
            ai.push_back({"label", json::str(i.name)});
            ai.push_back({"valid_life_time", json::num(4294967295LL)});
            ai.push_back({"preferred_life_time", json::num(4294967295LL)});
            infos << json::obj(ai, Style::Compact);
        }
        if (lo)
            infos << json::obj({{"family", json::str(QStringLiteral("inet6"))},
                                {"local", json::str(QStringLiteral("::1"))},
                                {"prefixlen", json::num(128)},
                                {"scope", json::str(QStringLiteral("host"))},
                                {"valid_life_time", json::num(4294967295LL)},
                                {"preferred_life_time", json::num(4294967295LL)}},
                               Style::Compact);
        else if (!i.addrs.isEmpty() && i.up)
            infos << json::obj({{"family", json::str(QStringLiteral("inet6"))},
                                {"local", json::str(linkLocal(i))},
                                {"prefixlen", json::num(64)},
                                {"scope", json::str(QStringLiteral("link"))},
                                {"valid_life_time", json::num(4294967295LL)},
                                {"preferred_life_time", json::num(4294967295LL)}},
                               Style::Compact);
        f.push_back({"addr_info", json::arr(infos, Style::Compact)});
    }
    return json::obj(f, Style::Compact);
}

QString linkPlain(const Iface &i, bool withAddrs)
{
    QString s = QStringLiteral("%1: %2: <%3> mtu %4 qdisc %5 ")
                    .arg(i.ifindex)
                    .arg(i.name, flagsOf(i).join(QLatin1Char(',')))
                    .arg(i.mtu)
                    .arg(qdiscOf(i));
    if (!i.master.isEmpty())
        s += QStringLiteral("master %1 ").arg(i.master);
    s += QStringLiteral("state %1 %2group default qlen 1000\n")
             .arg(stateOf(i), withAddrs ? QString() : QStringLiteral("mode DEFAULT "));
    const bool lo = i.kind == QLatin1String("loopback");
    s += QStringLiteral("    link/%1 %2 brd %3\n")
             .arg(lo ? QStringLiteral("loopback") : QStringLiteral("ether"), i.mac,
                  lo ? QStringLiteral("00:00:00:00:00:00") : QStringLiteral("ff:ff:ff:ff:ff:ff"));
    if (withAddrs) {
        for (const QString &a : i.addrs) {
            const QString brd = lo ? QString() : broadcastOf(a);
            s += QStringLiteral(
                     "    inet %1 %2scope %3 %4\n       valid_lft forever preferred_lft forever\n")
                     .arg(a, brd.isEmpty() ? QString() : QStringLiteral("brd %1 ").arg(brd),
                          lo ? QStringLiteral("host") : QStringLiteral("global"), i.name);
        }
        if (lo)
            s += QStringLiteral("    inet6 ::1/128 scope host noprefixroute\n       valid_lft "
                                "forever preferred_lft forever\n");
        else if (!i.addrs.isEmpty() && i.up)
            s += QStringLiteral(
                     "    inet6 %1/64 scope link\n       valid_lft forever preferred_lft forever\n")
                     .arg(linkLocal(i));
    }
    return s;
}

struct Route
{
    QString dst, gateway, dev, src;
};

QList<Route> routes(const NodeState &n)
{
    QList<Route> out;
    for (const Iface &i : n.ifaces)
        if (!i.gateway.isEmpty() && i.up)
            out << Route{QStringLiteral("default"), i.gateway, i.name, QString()};
    for (const Iface &i : n.ifaces) {
        if (i.kind == QLatin1String("loopback") || !i.up)
            continue;
        for (const QString &a : i.addrs) {
            quint32 v = 0;
            int p = 0;
            parseCidr(a, &v, &p);
            const quint32 net = p == 0 ? 0 : v & (~quint32(0) << (32 - p));
            out << Route{QStringLiteral("%1.%2.%3.%4/%5")
                             .arg(net >> 24)
                             .arg((net >> 16) & 255)
                             .arg((net >> 8) & 255)
                             .arg(net & 255)
                             .arg(p),
                         QString(), i.name, a.section(QLatin1Char('/'), 0, 0)};
        }
    }
    return out;
}

int ipRoute(Ctx &ctx, const QStringList &rest, bool jsonOut)
{
    const QString cmd = rest.value(0, QStringLiteral("show"));
    if (cmd == QLatin1String("get")) {
        const QString target = rest.value(1);
        bool ok = false;
        ipv4(target, &ok);
        if (!ok)
            return ctx.fail(
                QStringLiteral("Error: any valid prefix is expected rather than \"%1\".")
                    .arg(target));
        Route best;
        int bestLen = -1;
        for (const Route &r : routes(ctx.node)) {
            const int len =
                r.dst == QLatin1String("default") ? 0 : r.dst.section(QLatin1Char('/'), 1).toInt();
            if ((r.dst == QLatin1String("default") || sameSubnet(r.dst, target)) && len > bestLen) {
                best = r;
                bestLen = len;
            }
        }
        if (bestLen < 0)
            return ctx.fail(QStringLiteral("RTNETLINK answers: Network is unreachable"), 2);
        QString src = best.src;
        if (src.isEmpty())
            if (const Iface *i = ctx.node.iface(best.dev))
                src = i->addrs.value(0).section(QLatin1Char('/'), 0, 0);
        if (jsonOut) {
            json::Fields f = {{"dst", json::str(target)}};
            if (!best.gateway.isEmpty())
                f.push_back({"gateway", json::str(best.gateway)});
            f.push_back({"dev", json::str(best.dev)});
            f.push_back({"prefsrc", json::str(src)});
            f.push_back({"flags", json::arr({}, Style::Compact)});
            f.push_back({"uid", json::num(0)});
            f.push_back({"cache", json::arr({}, Style::Compact)});
            ctx.out += json::arr({json::obj(f, Style::Compact)}, Style::Compact) + '\n';
        } else {
            ctx.say(QStringLiteral("%1 %2dev %3 src %4 uid 0 \n    cache \n")
                        .arg(target,
                             best.gateway.isEmpty() ? QString()
                                                    : QStringLiteral("via %1 ").arg(best.gateway),
                             best.dev, src));
        }
        return 0;
    }
    if (cmd != QLatin1String("show") && cmd != QLatin1String("list") && cmd != QLatin1String("ls"))
        return ctx.fail(
            QStringLiteral(
                "RTNETLINK answers: Operation not permitted (the simulator only shows routes)"),
            2);
    QList<QByteArray> items;
    for (const Route &r : routes(ctx.node)) {
        if (jsonOut) {
            json::Fields f = {{"dst", json::str(r.dst)}};
            if (!r.gateway.isEmpty())
                f.push_back({"gateway", json::str(r.gateway)});
            f.push_back({"dev", json::str(r.dev)});
            f.push_back({"protocol", json::str(QStringLiteral("kernel"))});
            if (!r.src.isEmpty()) {
                f.push_back({"scope", json::str(QStringLiteral("link"))});
                f.push_back({"prefsrc", json::str(r.src)});
            }
            f.push_back({"flags", json::arr({}, Style::Compact)});
            items << json::obj(f, Style::Compact);
        } else if (r.gateway.isEmpty()) {
            ctx.say(QStringLiteral("%1 dev %2 proto kernel scope link src %3 \n")
                        .arg(r.dst, r.dev, r.src));
        } else {
            ctx.say(QStringLiteral("default via %1 dev %2 proto kernel onlink \n")
                        .arg(r.gateway, r.dev));
        }
    }
    if (jsonOut)
        ctx.out += json::arr(items, Style::Compact) + '\n';
    return 0;
}

} // namespace

int toolIp(Ctx &ctx)
{
    bool jsonOut = false, brief = false;
    QStringList rest;
    for (const QString &a : ctx.args) {
        if (rest.isEmpty() && (a == QLatin1String("-j") || a == QLatin1String("-json") ||
                               a == QLatin1String("--json")))
            jsonOut = true;
        else if (rest.isEmpty() && (a == QLatin1String("-br") || a == QLatin1String("-brief")))
            brief = true;
        else if (rest.isEmpty() && (a == QLatin1String("-4") || a == QLatin1String("-p") ||
                                    a == QLatin1String("-pretty") || a == QLatin1String("-d") ||
                                    a == QLatin1String("-details") || a == QLatin1String("-c")))
            continue;
        else if (rest.isEmpty() && a.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("Option \"%1\" is unknown, try \"ip -help\".").arg(a),
                            255);
        else
            rest << a;
    }
    if (rest.isEmpty())
        return ctx.fail(QStringLiteral("Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }"), 255);
    const QString object = rest.takeFirst();
    const bool isLink = QStringLiteral("link").startsWith(object);
    const bool isAddr =
        QStringLiteral("address").startsWith(object) || object == QLatin1String("addr");
    if (QStringLiteral("route").startsWith(object))
        return ipRoute(ctx, rest, jsonOut);
    if (!isLink && !isAddr)
        return ctx.fail(QStringLiteral("Object \"%1\" is unknown, try \"ip help\".").arg(object),
                        255);
    const QString cmd = rest.isEmpty() ? QStringLiteral("show") : rest.takeFirst();
    if (cmd != QLatin1String("show") && cmd != QLatin1String("list") &&
        cmd != QLatin1String("ls") && cmd != QLatin1String("lst"))
        return ctx.fail(
            QStringLiteral(
                "RTNETLINK answers: Operation not permitted (the simulator changes interfaces only "
                "through /etc/network/interfaces and ifreload -a)"),
            2);
    if (rest.value(0) == QLatin1String("dev"))
        rest.removeFirst();
    QList<Iface> list;
    if (!rest.isEmpty() && rest[0] != QLatin1String("up")) {
        const Iface *i = ctx.node.iface(rest[0]);
        if (!i)
            return ctx.fail(QStringLiteral("Device \"%1\" does not exist.").arg(rest[0]));
        list << *i;
    } else {
        list = ctx.node.ifaces;
    }
    if (jsonOut) {
        QList<QByteArray> items;
        for (const Iface &i : list)
            items << linkJson(i, isAddr);
        ctx.out += json::arr(items, Style::Compact) + '\n';
        return 0;
    }
    for (const Iface &i : list) {
        if (brief) {
            QString tail;
            if (isAddr) {
                QStringList a = i.addrs;
                if (i.kind == QLatin1String("loopback"))
                    a << QStringLiteral("::1/128");
                else if (!i.addrs.isEmpty())
                    a << linkLocal(i) + QStringLiteral("/64");
                tail = a.join(QLatin1Char(' '));
            } else {
                tail = i.mac + QStringLiteral(" <") + flagsOf(i).join(QLatin1Char(',')) +
                       QLatin1Char('>');
            }
            const QString name = i.master.isEmpty() ? i.name : i.name;
            ctx.say(name.leftJustified(16) + QLatin1Char(' ') + stateOf(i).leftJustified(14) +
                    QLatin1Char(' ') + tail + QLatin1Char(' ') + QLatin1Char('\n'));
        } else {
            ctx.say(linkPlain(i, isAddr));
        }
    }
    return 0;
}

} // namespace pveha::sim
