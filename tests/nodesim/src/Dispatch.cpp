// SPDX-License-Identifier: GPL-3.0-or-later
// The tool table and the one path every simulated command takes: environment check, dead or
// unreachable node, injected delay and failure, missing package, then the tool itself under
// the cluster lock when it changes state.
#include "NodeSim.h"
#include "Tools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace pveha::sim {

const QList<ToolInfo> &toolTable()
{
    static const QList<ToolInfo> table = {
        {"cat", toolCat, 0, nullptr},
        {"tee", toolTee, 0, nullptr},
        {"mkdir", toolMkdir, 0, nullptr},
        {"cp", toolCp, 0, nullptr},
        {"mv", toolMv, 0, nullptr},
        {"rm", toolRm, 0, nullptr},
        {"ls", toolLs, 0, nullptr},
        {"touch", toolTouch, 0, nullptr},
        {"chmod", toolChmod, 0, nullptr},
        {"chown", toolChown, 0, nullptr},
        {"ln", toolLn, 0, nullptr},
        {"mktemp", toolMktemp, 0, nullptr},
        {"grep", toolGrep, 0, nullptr},
        {"sed", toolSed, 0, nullptr},
        {"head", toolHead, 0, nullptr},
        {"tail", toolTail, 0, nullptr},
        {"wc", toolWc, 0, nullptr},
        {"hostname", toolHostname, 0, nullptr},
        {"date", toolDate, 0, nullptr},
        {"df", toolDf, 0, nullptr},
        {"systemctl", toolSystemctl, Locked, nullptr},
        {"apt-get", toolAptGet, Locked, nullptr},
        {"apt", toolAptGet, Locked, nullptr},
        {"chronyc", toolChronyc, 0, "chrony"},
        {"timedatectl", toolTimedatectl, 0, nullptr},
        {"getent", toolGetent, 0, nullptr},
        {"systemd-run", toolSystemdRun, Locked, nullptr},
        {"openssl", toolOpenssl, 0, "openssl"},
        {"update-initramfs", toolUpdateInitramfs, Locked, "initramfs-tools"},
        {"lsblk", toolLsblk, 0, nullptr},
        {"wipefs", toolWipefs, Locked, nullptr},
        {"blkid", toolBlkid, 0, nullptr},
        {"ip", toolIp, 0, nullptr},
        {"ping", toolPing, 0, nullptr},
        {"ifreload", toolIfreload, Locked, "ifupdown2"},
        {"pveversion", toolPveversion, NeedsPve, nullptr},
        {"pvecm", toolPvecm, Locked | NeedsPve | StdinLine, nullptr},
        {"pvesh", toolPvesh, NeedsPve, nullptr},
        {"pvesm", toolPvesm, NeedsPve, nullptr},
        {"qm", toolQm, Locked | NeedsPve, nullptr},
        {"pveceph", toolPveceph, Locked | NeedsPve | StdinLine, nullptr},
        {"ceph", toolCeph, Locked, "ceph-common"},
        {"ceph-volume", toolCephVolume, Locked, "ceph-volume"},
        {"mdadm", toolMdadm, Locked, "mdadm"},
        {"pvcreate", toolPvcreate, Locked, "lvm2"},
        {"vgcreate", toolVgcreate, Locked, "lvm2"},
        {"lvcreate", toolLvcreate, Locked, "lvm2"},
        {"pvs", toolPvs, 0, "lvm2"},
        {"vgs", toolVgs, 0, "lvm2"},
        {"lvs", toolLvs, 0, "lvm2"},
        {"ha-manager", toolHaManager, Locked | NeedsPve, nullptr},
    };
    static const QList<ToolInfo> all = [] {
        QList<ToolInfo> t = table;
        // Shimmed only so that a plan or a test can never reach the real tool on this machine.
        static const char *const refused[] = {
            "dd",        "sgdisk",   "parted",    "fdisk",    "sfdisk",     "mkfs",
            "mkfs.ext4", "mkfs.xfs", "mkfs.vfat", "mke2fs",   "blkdiscard", "shred",
            "truncate",  "install",  "reboot",    "shutdown", "poweroff",   "halt",
            "mount",     "umount",   "swapoff",   "kill",     "pkill",      "killall",
            "find",      "rsync",    "scp",       "ssh",      "useradd",    "passwd",
            "chpasswd",  "sysctl",   "modprobe",  "iptables", "nft",        "pvremove",
            "vgremove",  "lvremove", "losetup",   "dmsetup",  "cryptsetup", "partprobe",
            "zpool",     "zfs",      "dpkg",      "ifup",     "ifdown",     "brctl"};
        for (const char *name : refused)
            t.append({name, toolRefuse, Refuse, nullptr});
        return t;
    }();
    return all;
}

const ToolInfo *findTool(const QString &name)
{
    for (const ToolInfo &t : toolTable())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

int toolRefuse(Ctx &ctx)
{
    return ctx.fail(QStringLiteral("%1: not simulated by pve-nodesim (refused: it would act on "
                                   "the real machine)")
                        .arg(ctx.tool),
                    126);
}

namespace {

bool loadState(Ctx &ctx);
bool saveState(Ctx &ctx);

/// Runs the node's due transient timers (systemd-run --on-active) before its next command, as
/// systemd would have when their time came: each is removed from the state first (it fires
/// once), then its command runs through /bin/sh with this process's environment, so the
/// simulator's shims play its tools. Returns whether any fired.
bool fireDueTimers(Ctx &ctx)
{
    // The state was loaded a moment ago: without a due timer there, none is due now (one set
    // since then fires on the next command). Spares most commands a lock and a second load.
    const bool anyDue =
        std::any_of(ctx.node.timers.cbegin(), ctx.node.timers.cend(),
                    [&](const SimTimerState &t) { return t.fireAtMs <= ctx.now(); });
    if (!anyDue)
        return false;
    QList<SimTimerState> due;
    {
        ClusterLock lock(ctx.clusterDir);
        if (!lock.locked() || !loadState(ctx))
            return false;
        for (int i = ctx.node.timers.size() - 1; i >= 0; --i)
            if (ctx.node.timers.at(i).fireAtMs <= ctx.now())
                due.prepend(ctx.node.timers.takeAt(i));
        if (due.isEmpty())
            return false;
        ctx.nodeDirty = true;
        saveState(ctx);
        ctx.nodeDirty = false;
    }
    for (const SimTimerState &t : due) {
        QProcess shell;
        const QStringList command = t.command;
        if (command.value(0) == QLatin1String("sh") && command.value(1) == QLatin1String("-c"))
            shell.start(QStringLiteral("/bin/sh"), command.mid(1));
        else
            shell.start(command.value(0), command.mid(1));
        shell.waitForFinished(60000);
    }
    return true;
}

bool loadState(Ctx &ctx)
{
    QJsonObject c, n;
    if (!loadJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), &c) ||
        !loadJsonFile(ctx.root + QStringLiteral("/state.json"), &n))
        return false;
    ctx.cluster = ClusterState::fromJson(c);
    ctx.node = NodeState::fromJson(n);
    return true;
}

bool saveState(Ctx &ctx)
{
    bool ok = true;
    if (ctx.clusterDirty)
        ok = saveJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), ctx.cluster.toJson());
    if (ctx.nodeDirty)
        ok = saveJsonFile(ctx.root + QStringLiteral("/state.json"), ctx.node.toJson()) && ok;
    return ok;
}

bool packagePresent(const Ctx &ctx, const ToolInfo &t)
{
    if ((t.flags & NeedsPve) && ctx.node.pveMajor == 0)
        return false;
    return !t.package || ctx.node.hasPackage(QLatin1String(t.package));
}

} // namespace

int dispatch(const QString &tool, const QStringList &args, const QString &root,
             const QString &clusterDir, const StdinReader &reader, QByteArray *out, QByteArray *err)
{
    Ctx ctx;
    ctx.tool = tool;
    ctx.args = args;
    ctx.stdinReader = reader;
    if (root.isEmpty() || clusterDir.isEmpty()) {
        *err = "pve-nodesim: NODESIM_ROOT and NODESIM_CLUSTER must both be set (the simulated "
               "node's state directory and the cluster's)\n";
        return 127;
    }
    ctx.root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    ctx.clusterDir = QDir::cleanPath(QFileInfo(clusterDir).absoluteFilePath());
    const ToolInfo *info = findTool(tool);
    if (!info) {
        *err = QStringLiteral("pve-nodesim: %1: not a simulated tool\n").arg(tool).toUtf8();
        return 127;
    }
    bool loaded;
    {
        // Both files from the same moment: a Locked tool saves them under the exclusive lock.
        ClusterLock lock(ctx.clusterDir, ClusterLock::Mode::Shared);
        loaded = lock.locked() && loadState(ctx);
    }
    if (!loaded) {
        *err = QStringLiteral("pve-nodesim: no simulated node state in %1 (or cluster state in "
                              "%2)\n")
                   .arg(root, clusterDir)
                   .toUtf8();
        return 127;
    }
    if (fireDueTimers(ctx)) { // the timers' commands changed the state
        ClusterLock lock(ctx.clusterDir, ClusterLock::Mode::Shared);
        loadState(ctx);
    }
    const NodeRef *self = ctx.cluster.node(ctx.node.name);
    if (self && ctx.nodeDown(*self)) {
        const int rc = ctx.unreachable(*self);
        *err = ctx.err;
        return rc;
    }
    const int delay =
        ctx.cluster.delaysMs.value(tool, ctx.cluster.delaysMs.value(QStringLiteral("*")));
    if (delay > 0)
        QThread::msleep(static_cast<unsigned long>(delay));
    const QString joined = args.join(QLatin1Char(' '));
    for (const FailRule &f : ctx.cluster.failRules) {
        if ((!f.node.isEmpty() && f.node != ctx.node.name) || f.tool != tool)
            continue;
        if (!f.argsPattern.isEmpty() && !QRegularExpression(f.argsPattern).match(joined).hasMatch())
            continue;
        *err = (f.stderrText.isEmpty() ? QStringLiteral("%1: simulated failure").arg(tool)
                                       : f.stderrText)
                   .toUtf8();
        if (!err->endsWith('\n'))
            *err += '\n';
        return f.exitCode;
    }
    if (!packagePresent(ctx, *info)) {
        *err = ctx.simulatedCommandNotFound().toUtf8() + '\n';
        return 127;
    }
    // Only the forms that really read stdin wait for it (the password of pvecm add, apt's
    // confirmation under pveceph install); a transport that keeps stdin open costs 1 s there.
    const bool wantsStdin =
        (tool == QLatin1String("pvecm") && args.value(0) == QLatin1String("add") &&
         !args.contains(QStringLiteral("--use_ssh"))) ||
        (tool == QLatin1String("pveceph") && args.value(0) == QLatin1String("install"));
    if ((info->flags & StdinLine) && reader && wantsStdin)
        ctx.stdinData = reader(1000, true);
    int rc = 0;
    if (info->flags & Locked) {
        ClusterLock lock(ctx.clusterDir);
        if (!lock.locked()) {
            *err = "pve-nodesim: cannot lock the cluster state\n";
            return 127;
        }
        loadState(ctx); // fresh state under the lock
        rc = info->fn(ctx);
        if (!saveState(ctx))
            ctx.sayErr(QStringLiteral("pve-nodesim: could not save the simulated state\n"));
        lock.unlock();
    } else {
        rc = info->fn(ctx);
    }
    *out = ctx.out;
    *err = ctx.err;
    return rc;
}

bool mutateCluster(Ctx &ctx, const std::function<void(ClusterState &)> &change)
{
    ClusterLock lock(ctx.clusterDir);
    if (!lock.locked())
        return false;
    QJsonObject c;
    if (!loadJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), &c))
        return false;
    ctx.cluster = ClusterState::fromJson(c);
    change(ctx.cluster);
    return saveJsonFile(ctx.clusterDir + QStringLiteral("/cluster.json"), ctx.cluster.toJson());
}

QStringList SimCluster::toolNames()
{
    QStringList names;
    for (const ToolInfo &t : toolTable())
        names << QLatin1String(t.name);
    return names;
}

bool SimCluster::isToolName(const QString &name)
{
    return findTool(name) != nullptr;
}

bool SimCluster::installShims(const QString &shimDir, const QString &program, QString *error)
{
    if (!QDir().mkpath(shimDir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(shimDir);
        return false;
    }
    const QString target = QFileInfo(program).absoluteFilePath();
    for (const QString &name : toolNames()) {
        const QString link = shimDir + QLatin1Char('/') + name;
        QFile::remove(link);
        if (!QFile::link(target, link)) {
            if (error)
                *error = QStringLiteral("cannot create the symlink %1").arg(link);
            return false;
        }
    }
    return true;
}

SimResult SimCluster::run(const SimNode &node, const QString &tool, const QStringList &args,
                          const QByteArray &stdinData)
{
    SimResult r;
    auto reader = [stdinData](int, bool lineOnly) {
        if (!lineOnly)
            return stdinData;
        const int nl = stdinData.indexOf('\n');
        return nl < 0 ? stdinData : stdinData.left(nl + 1);
    };
    r.exitCode = dispatch(tool, args, node.root, node.cluster, reader, &r.out, &r.err);
    return r;
}

} // namespace pveha::sim
