// SPDX-License-Identifier: GPL-3.0-or-later
// ifreload -a: parses the simulated /etc/network/interfaces (and sourced files) and sets the
// interfaces' MTU, addresses and bridge membership like ifupdown2 would.
#include "Tools.h"
#include "Util.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace pveha::sim {
namespace {

struct Stanza
{
    QString name;
    QString method;
    int mtu = 0;
    QString address;
    QString netmask;
    QString gateway;
    QStringList ports;
    bool bridge = false;
};

int prefixFromNetmask(const QString &mask)
{
    bool ok = false;
    quint32 m = ipv4(mask, &ok);
    int p = 0;
    while (ok && (m & 0x80000000u)) {
        ++p;
        m <<= 1;
    }
    return ok ? p : 24;
}

bool parseFile(Ctx &ctx, const QString &path, QList<Stanza> *out, QString *error, int depth)
{
    QByteArray data;
    QString readError;
    if (!ctx.readFile(path, &data, &readError)) {
        *error = QStringLiteral("error: %1: %2").arg(path, readError);
        return false;
    }
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    Stanza *cur = nullptr;
    for (int n = 0; n < lines.size(); ++n) {
        const QString raw = lines[n];
        const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList w = line.split(QRegularExpression(QStringLiteral("\\s+")));
        const QString kw = w[0];
        if (kw == QLatin1String("auto") || kw.startsWith(QLatin1String("allow-"))) {
            cur = nullptr;
            continue;
        }
        if (kw == QLatin1String("source") || kw == QLatin1String("source-directory")) {
            cur = nullptr;
            if (depth > 3 || w.size() < 2)
                continue;
            QString pattern = w[1];
            const QString dir = QFileInfo(pattern).path();
            const QString glob =
                kw == QLatin1String("source") ? QFileInfo(pattern).fileName() : QStringLiteral("*");
            const QString hostDir = ctx.hostPath(kw == QLatin1String("source") ? dir : pattern);
            for (const QString &f : QDir(hostDir).entryList({glob}, QDir::Files, QDir::Name))
                if (!parseFile(
                        ctx, (kw == QLatin1String("source") ? dir : pattern) + QLatin1Char('/') + f,
                        out, error, depth + 1))
                    return false;
            continue;
        }
        if (kw == QLatin1String("iface")) {
            if (w.size() < 3) {
                *error = QStringLiteral("error: %1: line%2: invalid iface stanza '%3'")
                             .arg(path)
                             .arg(n + 1)
                             .arg(line);
                return false;
            }
            if (w.value(2) == QLatin1String("inet6")) {
                cur = nullptr;
                continue;
            }
            out->append(
                Stanza{w[1], w.value(3, QStringLiteral("manual")), 0, {}, {}, {}, {}, false});
            cur = &out->last();
            continue;
        }
        if (!raw.startsWith(QLatin1Char(' ')) && !raw.startsWith(QLatin1Char('\t'))) {
            *error = QStringLiteral("error: %1: line%2: invalid syntax '%3'")
                         .arg(path)
                         .arg(n + 1)
                         .arg(line);
            return false;
        }
        if (!cur)
            continue; // an option of an ignored (inet6) stanza
        const QString v = w.value(1);
        if (kw == QLatin1String("mtu")) {
            bool ok = false;
            cur->mtu = v.toInt(&ok);
            if (!ok || cur->mtu < 552 || cur->mtu > 65536) {
                *error = QStringLiteral("error: %1: invalid value \"%2\" for attribute mtu")
                             .arg(cur->name, v);
                return false;
            }
        } else if (kw == QLatin1String("address")) {
            cur->address = v;
        } else if (kw == QLatin1String("netmask")) {
            cur->netmask = v;
        } else if (kw == QLatin1String("gateway")) {
            cur->gateway = v;
        } else if (kw == QLatin1String("bridge-ports") || kw == QLatin1String("bridge_ports")) {
            cur->bridge = true;
            for (const QString &p : w.mid(1))
                if (p != QLatin1String("none"))
                    cur->ports << p;
        }
    }
    return true;
}

} // namespace

int toolIfreload(Ctx &ctx)
{
    bool all = false;
    for (const QString &a : ctx.args) {
        if (a == QLatin1String("-a") || a == QLatin1String("--all"))
            all = true;
        else if (a != QLatin1String("-q") && a != QLatin1String("-v") && a != QLatin1String("-f"))
            return ctx.fail(QStringLiteral("usage: ifreload [-h] (-a|-c) [-v] [-d] [-f] [-n] [-s]\n"
                                           "ifreload: error: unrecognized arguments: %1")
                                .arg(a),
                            2);
    }
    if (!all)
        return ctx.fail(
            QStringLiteral(
                "usage: ifreload [-h] (-a|-c) [-v] [-d] [-f] [-n] [-s]\n"
                "ifreload: error: one of the arguments -a/--all -c/--currently-up is required"),
            2);
    QList<Stanza> stanzas;
    QString error;
    if (!parseFile(ctx, QStringLiteral("/etc/network/interfaces"), &stanzas, &error, 0))
        return ctx.fail(error);
    bool newBridge = false; // the stanza that puts the private address on the vRack bridge
    for (const Stanza &s : stanzas)
        newBridge =
            newBridge || (!ctx.node.privateAddress.isEmpty() &&
                          s.address.section(QLatin1Char('/'), 0, 0) == ctx.node.privateAddress);
    if (ctx.node.ifreloadBreaksNetwork && newBridge) {
        // The scenario: the configuration with the private bridge cuts the node off. It stays
        // unreachable until its rollback timer fires (systemd-run by the plan), or for
        // networkRollbackSeconds when there is none; the interface state is left as it was.
        if (NodeRef *r = ctx.cluster.node(ctx.node.name)) {
            qint64 until = ctx.now() + qint64(ctx.cluster.networkRollbackSeconds * 1000.0 /
                                              ctx.cluster.timeScale);
            if (!ctx.node.timers.isEmpty()) {
                until = ctx.node.timers.first().fireAtMs;
                for (const SimTimerState &t : ctx.node.timers)
                    until = qMin(until, t.fireAtMs);
            }
            r->unreachableUntilMs = until;
            ctx.clusterDirty = true;
            return ctx.fail(QStringLiteral("client_loop: send disconnect: Broken pipe"), 255);
        }
    }
    QList<Iface> next;
    int nextIndex = 1;
    for (const Iface &i : ctx.node.ifaces)
        nextIndex = qMax(nextIndex, i.ifindex + 1);
    for (Iface i : ctx.node.ifaces) {
        if (i.kind == QLatin1String("bridge")) {
            bool keep = false;
            for (const Stanza &s : stanzas)
                keep = keep || (s.name == i.name && s.bridge);
            if (!keep)
                continue; // ifreload -a removes bridges no longer configured
        }
        if (i.kind != QLatin1String("loopback"))
            i.master.clear();
        next << i;
    }
    for (const Stanza &s : stanzas) {
        Iface *target = nullptr;
        for (Iface &i : next)
            if (i.name == s.name)
                target = &i;
        if (!target) {
            if (!s.bridge) {
                ctx.sayErr(QStringLiteral("warning: %1: interface not found\n").arg(s.name));
                continue;
            }
            next << Iface{
                s.name, QStringLiteral("bridge"), nextIndex++, 1500, true, QString(), {}, {}, {}};
            target = &next.last();
        }
        if (target->kind == QLatin1String("loopback"))
            continue;
        target->mtu = s.mtu > 0 ? s.mtu : 1500;
        target->up = true;
        target->addrs.clear();
        if (s.method == QLatin1String("static") && !s.address.isEmpty())
            target->addrs << (s.address.contains(QLatin1Char('/'))
                                  ? s.address
                                  : s.address + QLatin1Char('/') +
                                        QString::number(s.netmask.isEmpty()
                                                            ? 32
                                                            : prefixFromNetmask(s.netmask)));
        target->gateway = s.gateway;
        if (s.bridge) {
            const QString bridgeName = s.name;
            QString mac;
            for (const QString &p : s.ports) {
                bool found = false;
                for (Iface &i : next)
                    if (i.name == p) {
                        i.master = bridgeName;
                        found = true;
                        if (mac.isEmpty())
                            mac = i.mac;
                    }
                if (!found)
                    ctx.sayErr(QStringLiteral("warning: %1: bridge port %2 does not exist\n")
                                   .arg(bridgeName, p));
            }
            for (Iface &i : next)
                if (i.name == bridgeName && i.mac.isEmpty())
                    i.mac = mac.isEmpty() ? QStringLiteral("02:00:00:00:00:01") : mac;
        }
    }
    ctx.node.ifaces = next;
    ctx.nodeDirty = true;
    return 0;
}

} // namespace pveha::sim
