// SPDX-License-Identifier: GPL-3.0-or-later
// ping (iputils 20221126): decides from both ends' simulated interfaces and the vRack's MTU
// whether a don't-fragment packet of the given size passes, fails locally, or is dropped.
// Packets are not actually timed: the output is printed at once.
#include "Tools.h"
#include "Util.h"

#include <QRegularExpression>

namespace pveha::sim {
namespace {

int usage(Ctx &ctx, const QString &msg)
{
    return ctx.fail(msg + QStringLiteral("\n\nUsage\n  ping [options] <destination>\n"), 2);
}

// The interface that sends towards target: the most specific connected subnet, else the
// default route.
const Iface *outgoing(const NodeState &n, const QString &target, bool *viaGateway)
{
    const Iface *best = nullptr;
    int bestLen = -1;
    for (const Iface &i : n.ifaces) {
        if (!i.up)
            continue;
        for (const QString &a : i.addrs) {
            const int len = a.section(QLatin1Char('/'), 1).toInt();
            if (sameSubnet(a, target) && len > bestLen) {
                best = &i;
                bestLen = len;
            }
        }
    }
    *viaGateway = false;
    if (best)
        return best;
    for (const Iface &i : n.ifaces)
        if (!i.gateway.isEmpty() && i.up) {
            *viaGateway = true;
            return &i;
        }
    return nullptr;
}

int portMtu(const NodeState &n, const Iface &i)
{
    int mtu = i.mtu;
    for (const Iface &p : n.ifaces)
        if (p.master == i.name)
            mtu = qMin(mtu, p.up ? p.mtu : 0);
    return mtu;
}

} // namespace

int toolPing(Ctx &ctx)
{
    int size = 56, count = 4, deadlineW = 0;
    bool dontFragment = false, quiet = false;
    QString target;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        QString s = a[i];
        if (!s.startsWith(QLatin1Char('-')) || s.size() < 2) {
            if (!target.isEmpty())
                return usage(ctx, QStringLiteral("ping: too many arguments"));
            target = s;
            continue;
        }
        const QChar opt = s[1];
        if (QStringLiteral("qn4").contains(opt) && s.size() == 2) {
            quiet = quiet || opt == QLatin1Char('q');
            continue;
        }
        if (!QStringLiteral("MscWwiIt").contains(opt))
            return usage(ctx, QStringLiteral("ping: invalid option -- '%1'").arg(opt));
        QString v = s.mid(2);
        if (v.isEmpty()) {
            if (i + 1 >= a.size())
                return usage(ctx,
                             QStringLiteral("ping: option requires an argument -- '%1'").arg(opt));
            v = a[++i];
        }
        bool ok = true;
        if (opt == QLatin1Char('M')) {
            if (v == QLatin1String("do") || v == QLatin1String("probe"))
                dontFragment = true;
            else if (v != QLatin1String("dont") && v != QLatin1String("want"))
                return ctx.fail(QStringLiteral("ping: invalid -M argument: %1").arg(v), 2);
        } else if (opt == QLatin1Char('s')) {
            size = v.toInt(&ok);
            if (!ok || size < 0 || size > 65507)
                return ctx.fail(
                    QStringLiteral(
                        "ping: invalid argument: '%1': out of range: 0 <= value <= 65507")
                        .arg(v),
                    1);
        } else if (opt == QLatin1Char('c')) {
            count = v.toInt(&ok);
            if (!ok || count < 1)
                return ctx.fail(QStringLiteral("ping: invalid argument: '%1': out of range: 1 <= "
                                               "value <= 9223372036854775807")
                                    .arg(v),
                                1);
        } else if (opt == QLatin1Char('W')) {
            deadlineW = int(v.toDouble(&ok));
        } else if (opt == QLatin1Char('w') || opt == QLatin1Char('i') || opt == QLatin1Char('t')) {
            v.toDouble(&ok);
        }
        if (!ok)
            return ctx.fail(QStringLiteral("ping: invalid argument: '%1'").arg(v), 1);
    }
    if (target.isEmpty())
        return usage(ctx, QStringLiteral("ping: usage error: Destination address required"));
    bool isIp = false;
    ipv4(target, &isIp);
    QString addr = target;
    if (!isIp) {
        QByteArray hosts;
        QString err;
        ctx.readFile(QStringLiteral("/etc/hosts"), &hosts, &err);
        addr.clear();
        for (const QString &l : QString::fromUtf8(hosts).split(QLatin1Char('\n'))) {
            const QStringList w =
                l.section(QLatin1Char('#'), 0, 0)
                    .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (w.size() > 1 && w.mid(1).contains(target) && !w[0].contains(QLatin1Char(':'))) {
                addr = w[0];
                break;
            }
        }
        if (addr.isEmpty())
            return ctx.fail(QStringLiteral("ping: %1: Name or service not known").arg(target), 2);
    }
    const int packet = size + 28;
    bool viaGateway = false;
    bool local = false;
    for (const Iface &i : ctx.node.ifaces)
        for (const QString &x : i.addrs)
            local = local || x.section(QLatin1Char('/'), 0, 0) == addr;
    const Iface *out =
        local ? ctx.node.iface(QStringLiteral("lo")) : outgoing(ctx.node, addr, &viaGateway);
    if (!out)
        return ctx.fail(QStringLiteral("ping: connect: Network is unreachable"), 2);
    ctx.say(QStringLiteral("PING %1 (%2) %3(%4) bytes of data.\n")
                .arg(target, addr)
                .arg(size)
                .arg(packet));
    const auto stats = [&](int received, int errors, int timeMs) {
        ctx.say(QStringLiteral("\n--- %1 ping statistics ---\n").arg(target));
        ctx.say(
            QStringLiteral("%1 packets transmitted, %2 received, %3%4% packet loss, time %5ms\n")
                .arg(count)
                .arg(received)
                .arg(errors ? QStringLiteral("+%1 errors, ").arg(errors) : QString())
                .arg(received == count ? 0 : 100 - received * 100 / count)
                .arg(timeMs));
    };
    if (dontFragment && packet > out->mtu) {
        for (int i = 0; i < count; ++i)
            ctx.sayErr(
                QStringLiteral("ping: local error: message too long, mtu=%1\n").arg(out->mtu));
        stats(0, count, (count - 1) * 1000 + 51);
        return 1;
    }
    // Find who owns the address and whether the frame survives the path.
    bool reached = local;
    int pathMtu = 65536;
    if (!local) {
        for (const NodeRef &r : ctx.cluster.nodes) {
            if (r.name == ctx.node.name || ctx.nodeDown(r))
                continue;
            NodeState peer;
            if (!ctx.loadNodeState(r.name, &peer))
                continue;
            for (const Iface &pi : peer.ifaces) {
                if (!pi.up)
                    continue;
                for (const QString &x : pi.addrs) {
                    if (x.section(QLatin1Char('/'), 0, 0) != addr)
                        continue;
                    // Through the gateway only public addresses answer; private ones need the
                    // vRack.
                    if (viaGateway && addr != r.publicAddress)
                        continue;
                    reached = true;
                    bool privatePath = false;
                    for (const QString &own : out->addrs)
                        privatePath = privatePath || sameSubnet(own, ctx.node.privateAddress);
                    pathMtu = qMin(portMtu(ctx.node, *out), portMtu(peer, pi));
                    pathMtu =
                        qMin(pathMtu, privatePath && !viaGateway ? ctx.cluster.switchMtu : 1500);
                }
            }
        }
    }
    if (!reached || (dontFragment && packet > pathMtu)) {
        stats(0, 0, (count - 1) * 1000 + (deadlineW > 0 ? 12 : 12));
        return 1;
    }
    double sum = 0, mn = 1e9, mx = 0;
    for (int i = 1; i <= count; ++i) {
        const double t = local ? 0.030 + 0.004 * (i % 3) : 0.180 + 0.025 * ((i * 7) % 5);
        sum += t;
        mn = qMin(mn, t);
        mx = qMax(mx, t);
        if (!quiet)
            ctx.say(QStringLiteral("%1 bytes from %2: icmp_seq=%3 ttl=64 time=%4 ms\n")
                        .arg(size + 8)
                        .arg(addr)
                        .arg(i)
                        .arg(t, 0, 'f', 3));
    }
    stats(count, 0, (count - 1) * 1000 + 3);
    const double avg = sum / count;
    ctx.say(QStringLiteral("rtt min/avg/max/mdev = %1/%2/%3/%4 ms\n")
                .arg(mn, 0, 'f', 3)
                .arg(avg, 0, 'f', 3)
                .arg(mx, 0, 'f', 3)
                .arg((mx - mn) / 2, 0, 'f', 3));
    return 0;
}

} // namespace pveha::sim
