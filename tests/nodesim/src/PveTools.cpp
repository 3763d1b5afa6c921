// SPDX-License-Identifier: GPL-3.0-or-later
// pvesm status (local, local-lvm and the RBD storages pveceph added), qm list/status/start/
// stop, /etc/pve/storage.cfg, and apt-get/apt (packages "installed" into the node's state).
#include "Ceph.h"
#include "Tools.h"
#include "Util.h"

#include <QDir>
#include <QRegularExpression>

namespace pveha::sim {

QString renderStorageCfg(const Ctx &ctx)
{
    QString s = QStringLiteral(
        "dir: local\n\tpath /var/lib/vz\n\tcontent iso,vztmpl,backup\n\n"
        "lvmthin: local-lvm\n\tthinpool data\n\tvgname pve\n\tcontent rootdir,images\n");
    for (const Storage &st : ctx.cluster.storages)
        s += QStringLiteral("\n%1: %2\n\tcontent %3\n\tkrbd 0\n\tpool %4\n")
                 .arg(st.type, st.name, st.content, st.pool);
    return s;
}

namespace {

struct Row
{
    QString name, type, status;
    qint64 total = 0, used = 0;
};

} // namespace

int toolPvesm(Ctx &ctx)
{
    QStringList a = ctx.args;
    if (a.value(0) != QLatin1String("status"))
        return ctx.fail(QStringLiteral("ERROR: unknown command 'pvesm %1'\nUSAGE: pvesm <COMMAND> "
                                       "[ARGS] [OPTIONS]\n(the simulator supports status)")
                            .arg(a.value(0)),
                        255);
    QString only;
    for (int i = 1; i < a.size(); ++i) {
        if (a[i] == QLatin1String("--storage"))
            only = a.value(++i);
        else if (a[i] == QLatin1String("--content") || a[i] == QLatin1String("--enabled") ||
                 a[i] == QLatin1String("--target"))
            ++i;
        else
            return ctx.fail(
                QStringLiteral(
                    "Unknown option: %1\n400 unable to parse option\npvesm status [OPTIONS]")
                    .arg(a[i].mid(2)),
                255);
    }
    QList<Row> rows;
    qint64 rootSize = 0, dataSize = 0;
    for (const Lv &l : ctx.node.lvs) {
        if (l.vg == QLatin1String("pve") && l.name == QLatin1String("root"))
            rootSize = l.size;
        if (l.vg == QLatin1String("pve") && l.name == QLatin1String("data"))
            dataSize = l.size;
    }
    rows << Row{QStringLiteral("local"), QStringLiteral("dir"), QStringLiteral("active"),
                rootSize * 94 / 100 / 1024, rootSize * 6 / 100 / 1024};
    if (dataSize > 0)
        rows << Row{QStringLiteral("local-lvm"), QStringLiteral("lvmthin"),
                    QStringLiteral("active"), dataSize / 1024, dataSize / 1024 * 78 / 1000};
    bool cephUp = !ctx.node.cephRelease.isEmpty() && !ctx.cluster.mons.isEmpty();
    CephView v;
    if (cephUp) {
        v = computeCeph(ctx);
        cephUp = !v.quorum.isEmpty() && v.osdsUp > 0;
    }
    for (const Storage &st : ctx.cluster.storages) {
        const CephPool *p = ctx.cluster.pool(st.pool);
        if (!cephUp || !p) {
            ctx.sayErr(QStringLiteral(
                "rbd error: rbd: listing images failed: (2) No such file or directory\n"));
            rows << Row{st.name, st.type, QStringLiteral("inactive"), 0, 0};
            continue;
        }
        const qint64 avail = (v.bytesTotal - v.bytesUsed) / qMax(1, p->size) * 95 / 100;
        rows << Row{st.name, st.type, QStringLiteral("active"), (avail + 460 * 1024) / 1024, 460};
    }
    int maxLen = 0;
    for (const Row &r : rows)
        maxLen = qMax(maxLen, int(r.name.size()));
    maxLen += 1;
    const auto line = [&](const QString &n, const QString &t, const QString &st, const QString &tot,
                          const QString &used, const QString &av, const QString &pct) -> QString {
        return n.leftJustified(maxLen) + QLatin1Char(' ') + t.rightJustified(10) +
               QLatin1Char(' ') + st.rightJustified(10) + QLatin1Char(' ') +
               tot.rightJustified(15) + QLatin1Char(' ') + used.rightJustified(15) +
               QLatin1Char(' ') + av.rightJustified(15) + QLatin1Char(' ') + pct.rightJustified(8) +
               QLatin1Char('\n');
    };
    ctx.say(line(QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Status"),
                 QStringLiteral("Total (KiB)"), QStringLiteral("Used (KiB)"),
                 QStringLiteral("Available (KiB)"), QStringLiteral("%")));
    bool found = only.isEmpty();
    for (const Row &r : rows) {
        if (!only.isEmpty() && r.name != only)
            continue;
        found = true;
        const double pct = r.total > 0 ? 100.0 * double(r.used) / double(r.total) : 0.0;
        ctx.say(line(r.name, r.type, r.status, QString::number(r.total), QString::number(r.used),
                     QString::number(r.total - r.used),
                     QString::number(pct, 'f', 2) + QLatin1Char('%')));
    }
    if (!found)
        return ctx.fail(QStringLiteral("storage '%1' does not exist").arg(only), 255);
    return 0;
}

int toolQm(Ctx &ctx)
{
    const QString cmd = ctx.args.value(0);
    const qint64 now = ctx.now();
    if (cmd == QLatin1String("list")) {
        bool header = false;
        for (const Vm &v : ctx.cluster.vms) {
            if (guestNode(ctx.cluster, v.vmid, now) != ctx.node.name)
                continue;
            if (!header)
                ctx.say(QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                            .arg(QStringLiteral("VMID"), 10)
                            .arg(QStringLiteral("NAME"), -20)
                            .arg(QStringLiteral("STATUS"), -10)
                            .arg(QStringLiteral("MEM(MB)"), -10)
                            .arg(QStringLiteral("BOOTDISK(GB)"), 12)
                            .arg(QStringLiteral("PID"), -10));
            header = true;
            const bool running = v.status == QLatin1String("running");
            ctx.say(
                QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                    .arg(v.vmid, 10)
                    .arg(v.name, -20)
                    .arg(v.status, -10)
                    .arg(QString::number(v.memMb), -10)
                    .arg(v.diskGb, 12, 'f', 2)
                    .arg(running ? QString::number(1000 + v.vmid * 7) : QStringLiteral("0"), -10));
        }
        return 0;
    }
    static const QStringList known{QStringLiteral("status"), QStringLiteral("start"),
                                   QStringLiteral("stop"), QStringLiteral("shutdown"),
                                   QStringLiteral("config")};
    if (!known.contains(cmd))
        return ctx.fail(QStringLiteral("ERROR: unknown command 'qm %1'\nUSAGE: qm <COMMAND> [ARGS] "
                                       "[OPTIONS]\n(the simulator supports list, "
                                       "status, start, stop, shutdown, config)")
                            .arg(cmd),
                        255);
    bool ok = false;
    const int vmid = ctx.args.value(1).toInt(&ok);
    if (!ok)
        return ctx.fail(QStringLiteral("400 not enough arguments\nqm %1 <vmid> [OPTIONS]").arg(cmd),
                        255);
    Vm *v = ctx.cluster.vm(vmid);
    if (!v || guestNode(ctx.cluster, vmid, now) != ctx.node.name)
        return ctx.fail(
            QStringLiteral("Configuration file 'nodes/%1/qemu-server/%2.conf' does not exist")
                .arg(ctx.node.name)
                .arg(vmid),
            2);
    if (cmd == QLatin1String("status")) {
        ctx.say(QStringLiteral("status: %1\n").arg(v->status));
        return 0;
    }
    if (cmd == QLatin1String("config")) {
        ctx.say(QStringLiteral("boot: order=scsi0\ncores: 2\nmemory: %1\nname: %2\nscsi0: "
                               "local-lvm:vm-%3-disk-0,size=%4G\n")
                    .arg(v->memMb)
                    .arg(v->name)
                    .arg(vmid)
                    .arg(int(v->diskGb)));
        return 0;
    }
    const bool start = cmd == QLatin1String("start");
    for (HaResource &r : ctx.cluster.haResources)
        if (r.sid == QStringLiteral("vm:%1").arg(vmid)) {
            // An HA-managed guest is started/stopped through the HA manager.
            ctx.say(QStringLiteral("Requesting HA %1 for VM %2\n")
                        .arg(start ? QStringLiteral("start") : QStringLiteral("stop"))
                        .arg(vmid));
            r.state = start ? QStringLiteral("started") : QStringLiteral("stopped");
        }
    if (start && v->status == QLatin1String("running"))
        return ctx.fail(QStringLiteral("VM %1 already running").arg(vmid), 255);
    v->status = start ? QStringLiteral("running") : QStringLiteral("stopped");
    ctx.clusterDirty = true;
    return 0;
}

namespace {

struct Package
{
    const char *name;
    const char *version;
    const char *deps; // not yet installed on a fresh node: installing them needs confirmation
};

const Package kPackages[] = {{"mdadm", "4.2-5", ""},
                             {"chrony", "4.3-2+deb12u1", ""},
                             {"jq", "1.6-2.1", "libjq1 libonig5"},
                             {"curl", "7.88.1-10+deb12u8", ""},
                             {"ethtool", "1:6.1-1", ""},
                             {"iperf3", "3.12-1+deb12u1", "libiperf0"},
                             {"gdisk", "1.0.9-2.1", ""},
                             {"nvme-cli", "2.4+really2.3-3", "libnvme1"},
                             {"lvm2", "2.03.16-2", ""},
                             {"ifupdown2", "3.2.0-1+pmx8", ""},
                             {"smartmontools", "7.3-pve1", ""},
                             {"openssl", "3.0.15-1~deb12u1", ""},
                             {"sudo", "1.9.13p3-1+deb12u1", ""},
                             {"htop", "3.2.2-2", ""},
                             {"vim", "2:9.0.1378-2", "vim-runtime"},
                             {"initramfs-tools", "0.142", ""}};

const Package *findPackage(const QString &n)
{
    for (const Package &p : kPackages)
        if (n == QLatin1String(p.name))
            return &p;
    return nullptr;
}

} // namespace

int toolAptGet(Ctx &ctx)
{
    if (ctx.tool == QLatin1String("apt"))
        ctx.sayErr(QStringLiteral("\nWARNING: apt does not have a stable CLI interface. Use with "
                                  "caution in scripts.\n\n"));
    bool yes = false;
    QStringList ops;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString s = a[i];
        if (s == QLatin1String("-y") || s == QLatin1String("--yes") ||
            s == QLatin1String("--assume-yes"))
            yes = true;
        else if (s == QLatin1String("-o")) {
            const QString o = a.value(++i);
            if (o.contains(QRegularExpression(QStringLiteral("Assume-Yes=(true|1|yes)"),
                                              QRegularExpression::CaseInsensitiveOption)))
                yes = true;
        } else if (s == QLatin1String("-q") || s == QLatin1String("-qq") ||
                   s == QLatin1String("--no-install-recommends") || s == QLatin1String("--quiet") ||
                   s.startsWith(QLatin1String("-oDpkg")))
            continue;
        else if (s.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("E: Command line option '%1' is not understood in "
                                           "combination with the other options")
                                .arg(s),
                            100);
        else
            ops << s;
    }
    const QString cmd = ops.isEmpty() ? QString() : ops.takeFirst();
    const QString dist =
        ctx.node.pveMajor >= 9 ? QStringLiteral("trixie") : QStringLiteral("bookworm");
    if (cmd == QLatin1String("update")) {
        ctx.say(QStringLiteral(
                    "Hit:1 http://deb.debian.org/debian %1 InRelease\nHit:2 "
                    "http://deb.debian.org/debian %1-updates InRelease\n"
                    "Hit:3 http://security.debian.org/debian-security %1-security InRelease\n"
                    "Hit:4 http://download.proxmox.com/debian/pve %1 InRelease\nReading package "
                    "lists...\n")
                    .arg(dist));
        return 0;
    }
    if (cmd == QLatin1String("upgrade") || cmd == QLatin1String("dist-upgrade") ||
        cmd == QLatin1String("full-upgrade")) {
        ctx.say(QStringLiteral("Reading package lists...\nBuilding dependency tree...\nReading "
                               "state information...\nCalculating upgrade...\n"
                               "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n"));
        return 0;
    }
    if (cmd != QLatin1String("install") && cmd != QLatin1String("remove") &&
        cmd != QLatin1String("purge"))
        return ctx.fail(QStringLiteral("E: Invalid operation %1").arg(cmd), 100);
    ctx.say(QStringLiteral(
        "Reading package lists...\nBuilding dependency tree...\nReading state information...\n"));
    QStringList fresh, extra;
    for (const QString &p : ops) {
        const Package *pkg = findPackage(p);
        const bool ceph = p.startsWith(QLatin1String("ceph"));
        if (!pkg && !(ceph && ctx.node.hasPackage(p)))
            return ctx.fail(QStringLiteral("E: Unable to locate package %1").arg(p), 100);
        if (cmd != QLatin1String("install")) {
            ctx.node.packages.removeAll(p);
            ctx.nodeDirty = true;
            continue;
        }
        if (ctx.node.hasPackage(p)) {
            ctx.say(QStringLiteral("%1 is already the newest version (%2).\n")
                        .arg(p, QLatin1String(pkg ? pkg->version : "")));
            continue;
        }
        fresh << p;
        for (const QString &d :
             QString::fromLatin1(pkg->deps).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!ctx.node.hasPackage(d))
                extra << d;
    }
    if (cmd != QLatin1String("install"))
        return 0;
    if (fresh.isEmpty()) {
        ctx.say(QStringLiteral("0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n"));
        return 0;
    }
    if (!extra.isEmpty())
        ctx.say(QStringLiteral("The following additional packages will be installed:\n  %1\n")
                    .arg(extra.join(QLatin1Char(' '))));
    ctx.say(QStringLiteral("The following NEW packages will be installed:\n  %1\n0 upgraded, %2 "
                           "newly installed, 0 to remove and 0 not upgraded.\n")
                .arg((extra + fresh).join(QLatin1Char(' ')))
                .arg(extra.size() + fresh.size()));
    if (!extra.isEmpty() && !yes) {
        ctx.say(QStringLiteral("Do you want to continue? [Y/n] Abort.\n"));
        return 1;
    }
    for (const QString &p : extra + fresh) {
        const Package *pkg = findPackage(p);
        ctx.say(QStringLiteral("Setting up %1 (%2) ...\n")
                    .arg(p, QLatin1String(pkg ? pkg->version : "1.0")));
        ctx.node.packages << p;
        if (p == QLatin1String("mdadm") && !ctx.exists(QStringLiteral("/etc/mdadm/mdadm.conf"))) {
            QDir().mkpath(ctx.hostPath(QStringLiteral("/etc/mdadm")));
            QString err;
            ctx.writeFile(QStringLiteral("/etc/mdadm/mdadm.conf"), mdadmDefaultConf().toUtf8(),
                          false, &err);
            ctx.node.activeServices << QStringLiteral("mdmonitor");
        }
        if (p == QLatin1String("chrony"))
            ctx.node.activeServices << QStringLiteral("chrony");
    }
    ctx.nodeDirty = true;
    return 0;
}

} // namespace pveha::sim
