// SPDX-License-Identifier: GPL-3.0-or-later
// hostname, date, df, systemctl, time sync (chronyc, timedatectl), getent, systemd-run,
// openssl (certificate fingerprint) and update-initramfs.
#include "Ceph.h"
#include "Tools.h"
#include "Util.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>

namespace pveha::sim {

QString fingerprintOfPem(const QByteArray &pem)
{
    QByteArray b64;
    for (const QByteArray &l : pem.split('\n'))
        if (!l.startsWith("-----"))
            b64 += l.trimmed();
    const QByteArray h =
        QCryptographicHash::hash(QByteArray::fromBase64(b64), QCryptographicHash::Sha256);
    return QString::fromLatin1(h.toHex(':').toUpper());
}

int toolHostname(Ctx &ctx)
{
    const QString opt = ctx.args.value(0);
    if (ctx.args.size() > 1 || (!opt.isEmpty() && !opt.startsWith(QLatin1Char('-'))))
        return ctx.fail(QStringLiteral("hostname: the simulated host name cannot be changed"));
    if (opt.isEmpty() || opt == QLatin1String("-s") || opt == QLatin1String("--short"))
        ctx.say(ctx.node.name + QLatin1Char('\n'));
    else if (opt == QLatin1String("-f") || opt == QLatin1String("--fqdn") ||
             opt == QLatin1String("--long"))
        ctx.say(ctx.node.name + QLatin1Char('.') + ctx.node.domain + QLatin1Char('\n'));
    else if (opt == QLatin1String("-d") || opt == QLatin1String("--domain"))
        ctx.say(ctx.node.domain + QLatin1Char('\n'));
    else if (opt == QLatin1String("-i") || opt == QLatin1String("--ip-address"))
        ctx.say(ctx.node.publicAddress + QLatin1Char('\n'));
    else if (opt == QLatin1String("-I") || opt == QLatin1String("--all-ip-addresses")) {
        QString s;
        for (const Iface &i : ctx.node.ifaces)
            if (i.kind != QLatin1String("loopback"))
                for (const QString &a : i.addrs)
                    s += a.section(QLatin1Char('/'), 0, 0) + QLatin1Char(' ');
        ctx.say(s + QLatin1Char('\n'));
    } else
        return ctx.fail(
            QStringLiteral(
                "hostname: invalid option -- '%1'\nTry 'hostname --help' for more information.")
                .arg(opt.mid(1)));
    return 0;
}

int toolDate(Ctx &ctx)
{
    QStringList args = ctx.args;
    for (const QString &a : args)
        if (a == QLatin1String("-s") || a.startsWith(QLatin1String("--set")))
            return ctx.fail(QStringLiteral("date: cannot set date: Operation not permitted"));
    bool hasDate = false;
    for (const QString &a : args)
        hasDate = hasDate || a == QLatin1String("-d") || a.startsWith(QLatin1String("--date")) ||
                  a == QLatin1String("-r") || a.startsWith(QLatin1String("--reference"));
    if (!hasDate && ctx.cluster.clockOffsetMs != 0) // the simulated clock
        args =
            QStringList{QStringLiteral("-d"), QStringLiteral("@%1").arg(ctx.now() / 1000)} + args;
    QProcess p;
    p.start(QStringLiteral("/bin/date"), args);
    p.waitForFinished(5000);
    ctx.out += p.readAllStandardOutput();
    ctx.err += p.readAllStandardError();
    return p.exitCode();
}

int toolDf(Ctx &ctx)
{
    bool human = false, bytes = false, posix = false, typed = false;
    QStringList paths;
    for (const QString &a : ctx.args) {
        if (a == QLatin1String("-h") || a == QLatin1String("--human-readable"))
            human = true;
        else if (a == QLatin1String("-B1") || a == QLatin1String("--block-size=1"))
            bytes = true;
        else if (a == QLatin1String("-P") || a == QLatin1String("--portability"))
            posix = true;
        else if (a == QLatin1String("-T") || a == QLatin1String("--print-type"))
            typed = true;
        else if (a == QLatin1String("-k") || a == QLatin1String("-l") || a == QLatin1String("-x"))
            continue;
        else if (a.startsWith(QLatin1Char('-')))
            return ctx.fail(
                QStringLiteral("df: invalid option -- '%1'\nTry 'df --help' for more information.")
                    .arg(a.mid(1)));
        else
            paths << a;
    }
    struct Fs
    {
        QString dev, type, mount;
        qint64 size, used;
    };
    QList<Fs> fss;
    for (const Lv &l : ctx.node.lvs)
        if (l.mountpoint.startsWith(QLatin1Char('/')))
            fss << Fs{QStringLiteral("/dev/mapper/") + l.vg + QLatin1Char('-') + l.name, l.fstype,
                      l.mountpoint, l.size * 94 / 100, l.size * 6 / 100};
    for (const Disk &d : ctx.node.disks)
        for (const Partition &p : d.parts)
            if (p.mountpoint.startsWith(QLatin1Char('/')))
                fss << Fs{QStringLiteral("/dev/") + p.name, p.fstype, p.mountpoint, p.size,
                          9 * 1024 * 1024};
    fss << Fs{QStringLiteral("/dev/fuse"), QStringLiteral("fuse"), QStringLiteral("/etc/pve"),
              128 * 1024 * 1024, 40 * 1024};
    if (!paths.isEmpty()) {
        QList<Fs> chosen;
        for (const QString &p : paths) {
            const QString n = Ctx::normalize(p);
            if (!ctx.exists(n))
                return ctx.fail(QStringLiteral("df: %1: No such file or directory").arg(p));
            const Fs *best = nullptr;
            for (const Fs &f : fss)
                if ((n == f.mount ||
                     n.startsWith(f.mount == QLatin1String("/") ? f.mount
                                                                : f.mount + QLatin1Char('/'))) &&
                    (!best || f.mount.size() > best->mount.size()))
                    best = &f;
            if (best)
                chosen << *best;
        }
        fss = chosen;
    }
    const auto fmt = [&](qint64 v) {
        return human ? humanSize(v) : bytes ? QString::number(v) : QString::number(v / 1024);
    };
    QList<QStringList> rows;
    QStringList head{QStringLiteral("Filesystem")};
    if (typed)
        head << QStringLiteral("Type");
    head << (human   ? QStringLiteral("Size")
             : bytes ? QStringLiteral("1B-blocks")
             : posix ? QStringLiteral("1024-blocks")
                     : QStringLiteral("1K-blocks"))
         << QStringLiteral("Used")
         << (human ? QStringLiteral("Avail") : QStringLiteral("Available"))
         << (posix ? QStringLiteral("Capacity") : QStringLiteral("Use%"))
         << QStringLiteral("Mounted on");
    rows << head;
    for (const Fs &f : fss) {
        QStringList r{f.dev};
        if (typed)
            r << f.type;
        r << fmt(f.size) << fmt(f.used) << fmt(f.size - f.used)
          << QStringLiteral("%1%").arg((f.used * 100 + f.size - 1) / qMax<qint64>(1, f.size))
          << f.mount;
        rows << r;
    }
    QList<bool> right{false};
    if (typed)
        right << false;
    right << true << true << true << true << false;
    ctx.say(textTable(rows, right, 1));
    return 0;
}

namespace {

QString unitName(const QString &u)
{
    return u.contains(QLatin1Char('.')) ? u : u + QStringLiteral(".service");
}

bool knownUnit(const Ctx &ctx, const QString &unit)
{
    static const QStringList base = {QStringLiteral("ssh"),
                                     QStringLiteral("networking"),
                                     QStringLiteral("chrony"),
                                     QStringLiteral("cron"),
                                     QStringLiteral("systemd-timesyncd"),
                                     QStringLiteral("pve-cluster"),
                                     QStringLiteral("pveproxy"),
                                     QStringLiteral("pvedaemon"),
                                     QStringLiteral("pvestatd"),
                                     QStringLiteral("pve-ha-lrm"),
                                     QStringLiteral("pve-ha-crm"),
                                     QStringLiteral("corosync"),
                                     QStringLiteral("pve-firewall"),
                                     QStringLiteral("watchdog-mux"),
                                     QStringLiteral("ceph"),
                                     QStringLiteral("ceph-mon"),
                                     QStringLiteral("ceph-mgr"),
                                     QStringLiteral("ceph-osd"),
                                     QStringLiteral("ceph-crash"),
                                     QStringLiteral("mdmonitor")};
    QString u = unit;
    u = u.section(QLatin1Char('.'), 0, -2);
    u = u.section(QLatin1Char('@'), 0, 0);
    if (ctx.node.pveMajor == 0 &&
        (u.startsWith(QLatin1String("pve")) || u == QLatin1String("corosync")))
        return false;
    if (u.startsWith(QLatin1String("ceph")) && ctx.node.cephRelease.isEmpty())
        return false;
    return base.contains(u) || unit.startsWith(QLatin1String("run-r"));
}

} // namespace

int toolSystemctl(Ctx &ctx)
{
    bool quiet = false;
    QStringList ops;
    for (const QString &a : ctx.args) {
        if (a == QLatin1String("-q") || a == QLatin1String("--quiet"))
            quiet = true;
        else if (a == QLatin1String("--now") || a == QLatin1String("--no-pager") ||
                 a == QLatin1String("--no-block") || a == QLatin1String("-l") ||
                 a == QLatin1String("--full"))
            continue;
        else if (a.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("systemctl: unrecognized option '%1'").arg(a));
        else
            ops << a;
    }
    if (ops.isEmpty())
        return ctx.fail(QStringLiteral(
            "systemctl: the simulator needs a command (is-active, start, status ...)"));
    const QString cmd = ops.takeFirst();
    if (cmd == QLatin1String("daemon-reload") || cmd == QLatin1String("reset-failed"))
        return 0;
    // Transient timers from systemd-run: active until they fire or are stopped.
    if (ops.size() == 1 && (ops.first().endsWith(QLatin1String(".timer")) ||
                            ops.first().endsWith(QLatin1String(".service")))) {
        const QString base = ops.first().section(QLatin1Char('.'), 0, -2);
        for (int t = 0; t < ctx.node.timers.size(); ++t) {
            if (ctx.node.timers.at(t).unit != base)
                continue;
            if (cmd == QLatin1String("is-active")) {
                if (!quiet)
                    ctx.say(QStringLiteral("active\n"));
                return 0;
            }
            if (cmd == QLatin1String("stop")) {
                ctx.node.timers.removeAt(t);
                ctx.nodeDirty = true;
                return 0;
            }
        }
        if (base.startsWith(QLatin1String("pve-ha-installer")) ||
            base.startsWith(QLatin1String("run-r"))) {
            if (cmd == QLatin1String("is-active")) {
                if (!quiet)
                    ctx.say(QStringLiteral("inactive\n"));
                return 3;
            }
            if (cmd == QLatin1String("stop"))
                return ctx.fail(
                    QStringLiteral("Failed to stop %1: Unit %1 not loaded.").arg(ops.first()), 5);
        }
    }
    if (ops.isEmpty())
        return ctx.fail(QStringLiteral("Too few arguments."));
    if (cmd == QLatin1String("is-active") || cmd == QLatin1String("is-enabled") ||
        cmd == QLatin1String("is-failed")) {
        int rc = 0;
        for (const QString &u : ops) {
            const QString unit = unitName(u);
            const bool active =
                ctx.node.activeServices.contains(unit.section(QLatin1Char('.'), 0, -2));
            QString state;
            if (cmd == QLatin1String("is-enabled"))
                state = knownUnit(ctx, unit)
                            ? (active ? QStringLiteral("enabled") : QStringLiteral("disabled"))
                            : QStringLiteral("not-found");
            else if (cmd == QLatin1String("is-failed"))
                state = active ? QStringLiteral("active") : QStringLiteral("inactive");
            else
                state = active ? QStringLiteral("active") : QStringLiteral("inactive");
            const bool good =
                cmd == QLatin1String("is-failed")
                    ? false
                    : (cmd == QLatin1String("is-enabled") ? state == QLatin1String("enabled")
                                                          : active);
            if (!good)
                rc = cmd == QLatin1String("is-enabled") && state == QLatin1String("not-found")
                         ? 4
                         : (cmd == QLatin1String("is-enabled") ? 1 : 3);
            if (cmd == QLatin1String("is-failed") && rc == 3)
                rc = 1;
            if (!quiet)
                ctx.say(state + QLatin1Char('\n'));
        }
        return rc;
    }
    static const QStringList changes = {
        QStringLiteral("start"),       QStringLiteral("stop"),
        QStringLiteral("restart"),     QStringLiteral("reload"),
        QStringLiteral("try-restart"), QStringLiteral("reload-or-restart"),
        QStringLiteral("enable"),      QStringLiteral("disable"),
        QStringLiteral("status")};
    if (!changes.contains(cmd))
        return ctx.fail(QStringLiteral("Unknown command verb %1.").arg(cmd));
    for (const QString &u : ops) {
        const QString unit = unitName(u);
        const QString key = unit.section(QLatin1Char('.'), 0, -2);
        if (!knownUnit(ctx, unit)) {
            if (cmd == QLatin1String("status"))
                return ctx.fail(QStringLiteral("Unit %1 could not be found.").arg(unit), 4);
            QString verb = cmd;
            verb[0] = verb[0].toUpper();
            return ctx.fail(QStringLiteral("Failed to %1 %2: Unit %2 not found.").arg(cmd, unit),
                            5);
        }
        if (const int rc = cephDaemonUnit(ctx, cmd, unit))
            return rc;
        const bool active = ctx.node.activeServices.contains(key);
        if (cmd == QLatin1String("status")) {
            ctx.say(
                QStringLiteral(
                    "● %1\n     Loaded: loaded (/lib/systemd/system/%1; enabled; preset: enabled)\n"
                    "     Active: %2\n")
                    .arg(unit, active ? QStringLiteral("active (running) since ") +
                                            Ctx::ctime(ctx.now() - 3600000)
                                      : QStringLiteral("inactive (dead)")));
            if (!active)
                return 3;
            continue;
        }
        if (cmd == QLatin1String("stop") || cmd == QLatin1String("disable"))
            ctx.node.activeServices.removeAll(key);
        else if (!active && cmd != QLatin1String("try-restart"))
            ctx.node.activeServices << key;
        ctx.nodeDirty = true;
    }
    return 0;
}

int toolChronyc(Ctx &ctx)
{
    QStringList ops;
    for (const QString &a : ctx.args)
        if (a != QLatin1String("-n") && a != QLatin1String("-c"))
            ops << a;
    const QString cmd = ops.value(0, QStringLiteral("tracking"));
    const bool synced = ctx.node.timeSynced;
    const QString ref = QDateTime::fromMSecsSinceEpoch(ctx.now() - 45000)
                            .toUTC()
                            .toString(QStringLiteral("ddd MMM dd HH:mm:ss yyyy"));
    if (cmd == QLatin1String("tracking")) {
        if (synced)
            ctx.say(QStringLiteral(
                        "Reference ID    : D5A0E50B (ntp0.ovh.net)\nStratum         : 3\nRef time "
                        "(UTC)  : %1\n"
                        "System time     : 0.000012914 seconds fast of NTP time\nLast offset     : "
                        "+0.000004170 seconds\n"
                        "RMS offset      : 0.000021348 seconds\nFrequency       : 12.345 ppm slow\n"
                        "Residual freq   : +0.001 ppm\nSkew            : 0.023 ppm\nRoot delay     "
                        " : 0.012345678 seconds\n"
                        "Root dispersion : 0.000987654 seconds\nUpdate interval : 64.2 "
                        "seconds\nLeap status     : Normal\n")
                        .arg(ref));
        else
            ctx.say(QStringLiteral(
                "Reference ID    : 00000000 ()\nStratum         : 0\nRef time (UTC)  : Thu Jan 01 "
                "00:00:00 1970\n"
                "System time     : 0.000000000 seconds fast of NTP time\nLast offset     : "
                "+0.000000000 seconds\n"
                "RMS offset      : 0.000000000 seconds\nFrequency       : 0.000 ppm slow\n"
                "Residual freq   : +0.000 ppm\nSkew            : 0.000 ppm\nRoot delay      : "
                "1.000000000 seconds\n"
                "Root dispersion : 1.000000000 seconds\nUpdate interval : 0.0 seconds\nLeap status "
                "    : Not synchronised\n"));
        return 0;
    }
    if (cmd == QLatin1String("waitsync"))
        return synced
                   ? 0
                   : ctx.fail(QStringLiteral(
                                  "try: 1, refid: 00000000, correction: 0.000000000, skew: 0.000"),
                              1);
    if (cmd == QLatin1String("sources")) {
        ctx.say(QStringLiteral(
            "MS Name/IP address         Stratum Poll Reach LastRx Last sample\n"
            "===============================================================================\n"));
        if (synced)
            ctx.say(QStringLiteral("^* ntp0.ovh.net                  2   6   377    23    +12us[  "
                                   "+16us] +/-   11ms\n"));
        return 0;
    }
    return ctx.fail(QStringLiteral("Unrecognized command"), 1);
}

int toolTimedatectl(Ctx &ctx)
{
    const QString cmd = ctx.args.value(0, QStringLiteral("status"));
    const bool synced = ctx.node.timeSynced;
    if (cmd == QLatin1String("show")) {
        QMap<QString, QString> props{{QStringLiteral("Timezone"), QStringLiteral("Europe/Paris")},
                                     {QStringLiteral("LocalRTC"), QStringLiteral("no")},
                                     {QStringLiteral("CanNTP"), QStringLiteral("yes")},
                                     {QStringLiteral("NTP"), QStringLiteral("yes")},
                                     {QStringLiteral("NTPSynchronized"),
                                      synced ? QStringLiteral("yes") : QStringLiteral("no")},
                                     {QStringLiteral("TimeUSec"), Ctx::ctime(ctx.now())},
                                     {QStringLiteral("RTCTimeUSec"), Ctx::ctime(ctx.now())}};
        static const QStringList order{
            QStringLiteral("Timezone"),        QStringLiteral("LocalRTC"),
            QStringLiteral("CanNTP"),          QStringLiteral("NTP"),
            QStringLiteral("NTPSynchronized"), QStringLiteral("TimeUSec"),
            QStringLiteral("RTCTimeUSec")};
        QStringList wanted;
        bool valueOnly = false;
        for (int i = 1; i < ctx.args.size(); ++i) {
            const QString a = ctx.args[i];
            if ((a == QLatin1String("-p") || a == QLatin1String("--property")) &&
                i + 1 < ctx.args.size())
                wanted << ctx.args[++i];
            else if (a.startsWith(QLatin1String("--property=")))
                wanted << a.mid(11);
            else if (a == QLatin1String("--value"))
                valueOnly = true;
            else
                return ctx.fail(QStringLiteral("timedatectl: unrecognized option '%1'").arg(a));
        }
        for (const QString &k : order)
            if (wanted.isEmpty() || wanted.contains(k))
                ctx.say(valueOnly ? QString(props[k] + QLatin1Char('\n'))
                                  : QString(k + QLatin1Char('=') + props[k] + QLatin1Char('\n')));
        return 0;
    }
    if (cmd == QLatin1String("status")) {
        ctx.say(
            QStringLiteral("               Local time: %1\n           Universal time: %1\n         "
                           "        RTC time: %1\n"
                           "                Time zone: Europe/Paris (CET, +0100)\nSystem clock "
                           "synchronized: %2\n"
                           "              NTP service: active\n          RTC in local TZ: no\n")
                .arg(Ctx::ctime(ctx.now()), synced ? QStringLiteral("yes") : QStringLiteral("no")));
        return 0;
    }
    if (cmd == QLatin1String("set-ntp"))
        return 0;
    return ctx.fail(QStringLiteral("Unknown command verb %1.").arg(cmd));
}

int toolGetent(Ctx &ctx)
{
    const QString db = ctx.args.value(0);
    if (db != QLatin1String("hosts") && db != QLatin1String("ahosts") &&
        db != QLatin1String("ahostsv4"))
        return ctx.fail(QStringLiteral("Unknown database: %1\nTry `getent --help' or `getent "
                                       "--usage' for more information.")
                            .arg(db),
                        1);
    QByteArray hosts;
    QString err;
    ctx.readFile(QStringLiteral("/etc/hosts"), &hosts, &err);
    const QStringList keys = ctx.args.mid(1);
    int found = 0;
    for (const QString &l : QString::fromUtf8(hosts).split(QLatin1Char('\n'))) {
        const QStringList w =
            l.section(QLatin1Char('#'), 0, 0)
                .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (w.size() < 2)
            continue;
        bool match = keys.isEmpty();
        for (const QString &k : keys)
            match = match || w.mid(1).contains(k) || w[0] == k;
        if (!match)
            continue;
        ++found;
        if (db == QLatin1String("hosts"))
            ctx.say(w[0].leftJustified(15) + QLatin1Char(' ') + w.mid(1).join(QLatin1Char(' ')) +
                    QLatin1Char('\n'));
        else
            ctx.say(w[0].leftJustified(15) + QStringLiteral(" STREAM ") + w[1] + QLatin1Char('\n') +
                    w[0].leftJustified(15) + QStringLiteral(" DGRAM  \n") + w[0].leftJustified(15) +
                    QStringLiteral(" RAW    \n"));
    }
    return found || keys.isEmpty() ? 0 : 2;
}

int toolSystemdRun(Ctx &ctx)
{
    bool timer = false;
    double onActive = 0;
    QString unit;
    QStringList command;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args.at(i);
        if (!command.isEmpty() || !a.startsWith(QLatin1Char('-'))) {
            command << a;
        } else if (a.startsWith(QLatin1String("--on-active="))) {
            timer = true;
            QString value = a.mid(12);
            if (value.endsWith(QLatin1Char('s')))
                value.chop(1);
            bool ok = false;
            onActive = value.toDouble(&ok);
            if (!ok)
                return ctx.fail(QStringLiteral("Failed to parse timer value: %1").arg(a.mid(12)));
        } else if (a.startsWith(QLatin1String("--on-calendar"))) {
            timer = true;
        } else if (a.startsWith(QLatin1String("--unit="))) {
            unit = a.mid(7);
        } else if (a == QLatin1String("--unit") && i + 1 < ctx.args.size()) {
            unit = ctx.args.at(++i);
        } else if (a == QLatin1String("--wait") || a == QLatin1String("--pty") ||
                   a == QLatin1String("-t")) {
            return ctx.fail(QStringLiteral("systemd-run: %1 is not simulated").arg(a));
        }
    }
    if (command.isEmpty())
        return ctx.fail(QStringLiteral("systemd-run: a command to run is needed"));
    if (unit.isEmpty())
        unit = QStringLiteral("run-r") +
               seededHex(QString::number(ctx.now()) + ctx.args.join(QLatin1Char(' ')), 32);
    for (const SimTimerState &t : ctx.node.timers)
        if (t.unit == unit)
            return ctx.fail(
                QStringLiteral(
                    "Failed to start transient timer unit: Unit %1.timer was already loaded or "
                    "has a fragment file.")
                    .arg(unit));
    if (timer) {
        ctx.node.timers << SimTimerState{
            unit, ctx.now() + qint64(onActive * 1000.0 / ctx.cluster.timeScale), command};
        ctx.nodeDirty = true;
        ctx.sayErr(QStringLiteral(
                       "Running timer as unit: %1.timer\nWill run service as unit: %1.service\n")
                       .arg(unit));
    } else {
        ctx.sayErr(QStringLiteral("Running as unit: %1.service\n").arg(unit));
    }
    return 0;
}

int toolOpenssl(Ctx &ctx)
{
    const QString cmd = ctx.args.value(0);
    if (cmd == QLatin1String("version")) {
        ctx.say(QStringLiteral("OpenSSL 3.0.15 3 Sep 2024 (Library: OpenSSL 3.0.15 3 Sep 2024)\n"));
        return 0;
    }
    if (cmd != QLatin1String("x509"))
        return ctx.fail(QStringLiteral("Invalid command '%1'; type \"help\" for a list.").arg(cmd));
    QString in;
    bool fp = false, noout = false;
    QString digest = QStringLiteral("sha1");
    for (int i = 1; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == QLatin1String("-in") && i + 1 < ctx.args.size())
            in = ctx.args[++i];
        else if (a == QLatin1String("-noout"))
            noout = true;
        else if (a == QLatin1String("-fingerprint"))
            fp = true;
        else if (a == QLatin1String("-sha256"))
            digest = QStringLiteral("sha256");
        else
            return ctx.fail(
                QStringLiteral(
                    "x509: Unknown option or message digest: %1\nx509: Use -help for summary.")
                    .arg(a.mid(1)));
    }
    if (in.isEmpty() || !fp || !noout || digest != QLatin1String("sha256"))
        return ctx.fail(QStringLiteral(
            "x509: the simulator supports: x509 -in FILE -noout -fingerprint -sha256"));
    QByteArray pem;
    QString err;
    if (!ctx.readFile(in, &pem, &err))
        return ctx.fail(
            QStringLiteral("Could not open file or uri for loading certificate from %1\n"
                           "unable to load certificate")
                .arg(in));
    ctx.say(QStringLiteral("sha256 Fingerprint=%1\n").arg(fingerprintOfPem(pem)));
    return 0;
}

int toolUpdateInitramfs(Ctx &ctx)
{
    if (ctx.args != QStringList{QStringLiteral("-u")} &&
        ctx.args != QStringList{QStringLiteral("-u"), QStringLiteral("-k"), QStringLiteral("all")})
        return ctx.fail(
            QStringLiteral("Usage: update-initramfs {-c|-d|-u} [-k version] [-v] [-b directory]\n"
                           "(the simulator supports -u and -u -k all)"),
            2);
    const QString kernel =
        ctx.node.pveMajor >= 9 ? QStringLiteral("6.17.2-2-pve") : QStringLiteral("6.8.8-2-pve");
    ctx.say(QStringLiteral("update-initramfs: Generating /boot/initrd.img-%1\nRunning hook script "
                           "'zz-proxmox-boot'..\n"
                           "Re-executing '/etc/kernel/postinst.d/zz-proxmox-boot' in new private "
                           "mount namespace..\n"
                           "No /etc/kernel/proxmox-boot-uuids found, skipping ESP sync.\n")
                .arg(kernel));
    ctx.node.initramfsMs = ctx.now();
    ctx.nodeDirty = true;
    return 0;
}

} // namespace pveha::sim
