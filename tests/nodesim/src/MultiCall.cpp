// SPDX-License-Identifier: GPL-3.0-or-later
// The process side of the simulator: argv[0] dispatch, real stdin with timeouts, and output
// written only after the tool returned (and the state lock was released).
#include "NodeSim.h"
#include "Tools.h"

#include <QFileInfo>
#include <QTextStream>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <unistd.h>

namespace pveha::sim {
namespace {

QByteArray readFd0(int timeoutMs, bool lineOnly)
{
    QByteArray data;
    char buf[4096];
    for (;;) {
        if (timeoutMs >= 0) {
            pollfd p{0, POLLIN, 0};
            const int r = ::poll(&p, 1, timeoutMs);
            if (r <= 0)
                break;
        }
        const ssize_t n = lineOnly ? ::read(0, buf, 1) : ::read(0, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buf, static_cast<int>(n));
        if (lineOnly && buf[0] == '\n')
            break;
    }
    return data;
}

void writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n =
            ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // EPIPE: the reader went away (e.g. "| head -1"), like real tools
        done += n;
    }
}

/// --fail-disk, --restore-disk, --stop-osd, --start-osd, --stop-mon, --start-mon: the exit
/// status, or -1 when `args` is none of them.
int degradeKnob(const QStringList &args)
{
    const QString knob = args.value(0);
    bool ok = false;
    if (args.size() == 4 && knob == QLatin1String("--fail-disk"))
        ok = SimCluster::failDisk(args[1], args[2], args[3]);
    else if (args.size() == 4 && knob == QLatin1String("--restore-disk"))
        ok = SimCluster::restoreDisk(args[1], args[2], args[3]);
    else if (args.size() == 4 &&
             (knob == QLatin1String("--stop-osd") || knob == QLatin1String("--start-osd"))) {
        bool number = false;
        const int id = args[3].toInt(&number);
        ok = number &&
             (knob == QLatin1String("--stop-osd") ? SimCluster::stopOsd(args[1], args[2], id)
                                                  : SimCluster::startOsd(args[1], args[2], id));
    } else if (args.size() == 3 && knob == QLatin1String("--stop-mon"))
        ok = SimCluster::stopMon(args[1], args[2]);
    else if (args.size() == 3 && knob == QLatin1String("--start-mon"))
        ok = SimCluster::startMon(args[1], args[2]);
    else
        return -1;
    if (!ok)
        writeAll(2, QStringLiteral("pve-nodesim: %1 refused: no such simulated cluster, node, "
                                   "disk, OSD or monitor, or the array would fail\n")
                        .arg(knob)
                        .toUtf8());
    return ok ? 0 : 1;
}

} // namespace

int multiCallMain(int argc, char **argv)
{
    ::signal(SIGPIPE, SIG_IGN);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QString tool = QFileInfo(QString::fromLocal8Bit(argv[0])).fileName();
    if (!SimCluster::isToolName(tool)) {
        if (args.value(0) == QLatin1String("--install-shims") && args.size() == 2) {
            QString error;
            if (!SimCluster::installShims(
                    args[1], QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget(), &error)) {
                writeAll(2, QStringLiteral("pve-nodesim: %1\n").arg(error).toUtf8());
                return 1;
            }
            return 0;
        }
        if (args.value(0) == QLatin1String("--serve") && args.size() == 2)
            return serveMain(args[1]);
        if (args.value(0) == QLatin1String("--create") && args.size() == 2) {
            // A default simulated cluster (contract/cluster.example.json), for manual use and
            // for sshd-based tests: prints each node's environment.
            QString error;
            const QList<SimNode> nodes =
                SimCluster::create(args[1], SimCluster::defaultNodes(), {}, &error);
            if (nodes.isEmpty()) {
                writeAll(2, QStringLiteral("pve-nodesim: %1\n").arg(error).toUtf8());
                return 1;
            }
            for (const SimNode &n : nodes)
                writeAll(1, QStringLiteral("%1 NODESIM_ROOT=%2 NODESIM_CLUSTER=%3\n")
                                .arg(n.name, n.root, n.cluster)
                                .toUtf8());
            return 0;
        }
        if (args.size() == 3 &&
            (args[0] == QLatin1String("--advance") || args[0] == QLatin1String("--crash") ||
             args[0] == QLatin1String("--revive") || args[0] == QLatin1String("--time-scale"))) {
            // Control knobs for scripts and sshd-based tests (DIR is what --create was given).
            bool ok = false;
            if (args[0] == QLatin1String("--advance"))
                ok = SimCluster::advanceClock(args[1], args[2].toDouble());
            else if (args[0] == QLatin1String("--crash"))
                ok = SimCluster::crash(args[1], args[2]);
            else if (args[0] == QLatin1String("--revive"))
                ok = SimCluster::revive(args[1], args[2]);
            else
                ok = SimCluster::setTimeScale(args[1], args[2].toDouble());
            if (!ok)
                writeAll(2, "pve-nodesim: no such simulated cluster or node\n");
            return ok ? 0 : 1;
        }
        if (const int rc = degradeKnob(args); rc >= 0)
            return rc;
        if (args.isEmpty() || args[0] == QLatin1String("--help") ||
            args[0].startsWith(QLatin1Char('-'))) {
            writeAll(
                args.value(0) == QLatin1String("--help") ? 1 : 2,
                "usage: pve-nodesim TOOL [ARGS...]\n"
                "       pve-nodesim --install-shims DIR\n"
                "       pve-nodesim --serve SOCKET (runs the calls of pve-nodesim-shim)\n"
                "       pve-nodesim --create DIR   (a default 3-node simulated cluster)\n"
                "       pve-nodesim --advance DIR SECONDS | --crash DIR NODE | --revive DIR NODE\n"
                "       pve-nodesim --time-scale DIR FACTOR\n"
                "       pve-nodesim --fail-disk DIR NODE DEV | --restore-disk DIR NODE DEV\n"
                "       pve-nodesim --stop-osd DIR NODE ID | --start-osd DIR NODE ID\n"
                "       pve-nodesim --stop-mon DIR NODE | --start-mon DIR NODE\n"
                "       (or call it through a symlink named after the tool)\n"
                "environment: NODESIM_ROOT (node state), NODESIM_CLUSTER (cluster state)\n");
            return args.value(0) == QLatin1String("--help") ? 0 : 2;
        }
        tool = args.takeFirst();
    }
    QByteArray out, err;
    const int rc = dispatch(tool, args, qEnvironmentVariable("NODESIM_ROOT"),
                            qEnvironmentVariable("NODESIM_CLUSTER"), readFd0, &out, &err);
    writeAll(1, out);
    writeAll(2, err);
    return rc;
}

} // namespace pveha::sim
