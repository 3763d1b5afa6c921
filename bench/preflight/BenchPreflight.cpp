// SPDX-License-Identifier: GPL-3.0-or-later
// bench_preflight: does `validate` check the nodes in parallel? With the same delay injected into
// every simulated tool call, the wall time of validate on 3 and on 12 nodes is compared with the
// slowest single node alone. Target: ≤ 1.3 × the slowest node alone.
//
// Fair single-node baseline. A spec needs 3 nodes, so "one node alone" is measured two ways:
//  - binary: the real `pve-ha-installer validate --spec FILE --json` on 3 nodes where only one
//    node is slow (the two others have no delay and finish early, in parallel): the same process
//    start, spec loading and SSH logins as the real runs, plus one slow node. Each node takes
//    its turn; the baseline is the median of all these runs (the nodes are identical by
//    construction; the largest per-node median, which noise pushes up, is printed too).
//  - in-process: Preflight::run() (what validate calls) on a ClusterSessions holding one node
//    only, against the same run on 3 and on 12 nodes.
// Each node is alone in its own simulated cluster directory (SimSshOptions::clusterPerNode), so
// that a delay can be set per node, and the private network is not configured, so the mesh is
// `skip` and every node does the same work whatever the cluster's size (the mesh costs N − 1
// pings per node by design; it is timed separately, for information). The figures are taken in
// rounds (one run of each configuration per round) so that a shared machine's load weighs on
// all of them alike.
//
// On one machine the simulated nodes' side (sshd, a shell and a simulator process per command)
// runs on the same cores as the client: the client's own CPU time and the machine's are printed
// for the 12-node run, to tell a serialised preflight from a saturated machine. Real servers
// would each spend theirs on their own cores, so the simulated side is kept as light as it
// faithfully can be: the simulated tools run in forks of a `pve-nodesim --serve` (no Qt loaded
// per call) and sshd runs with -r (no re-exec of itself per connection). With neither, 12
// simulated nodes on 2 cores spend more CPU loading programs than the client spends in all.
#include "PreflightHarness.h"

#include "engine/ClusterSessions.h"
#include "engine/SshSessions.h"
#include "preflight/Preflight.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace pveha;
using pveha::test::SimSshCluster;
using pveha::test::SimSshOptions;
using pveha::test::ValidateRun;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QList<sim::SimNodeConfig> nodes(int count, bool privateConfigured)
{
    QList<sim::SimNodeConfig> list;
    for (int i = 1; i <= count; ++i) {
        sim::SimNodeConfig c = sim::SimNodeConfig::standard(i);
        c.privateNetworkConfigured = privateConfigured;
        list << c;
    }
    return list;
}

/// One cluster of `count` simulated nodes behind `count` daemons.
struct Lab
{
    SimSshCluster cluster;
    QString specFile;
    ClusterSpec spec;

    bool start(int count, int firstHost, bool clusterPerNode, bool privateConfigured)
    {
        SimSshOptions options;
        options.firstHost = firstHost;
        options.clusterPerNode = clusterPerNode;
        options.sshdReexec = false; // see the file's comment
        if (!cluster.start(nodes(count, privateConfigured), {}, options) || !cluster.trustAll()) {
            fprintf(stderr, "%s\n", qPrintable(cluster.errorString()));
            return false;
        }
        spec = cluster.spec(HostKeyPolicy::Strict);
        specFile = cluster.writeSpec(spec);
        return !specFile.isEmpty();
    }

    /// Wall time of one run of the real binary; -1 when it did not exit 0.
    qint64 binary()
    {
        const ValidateRun run = cluster.validate(specFile);
        if (!run.finished || run.exitCode != 0) {
            fprintf(stderr, "validate failed: %s\n", qPrintable(run.describe()));
            return -1;
        }
        return run.elapsedMs;
    }

    /// Wall time of one Preflight::run() on the given nodes of the spec, with fresh sessions
    /// (the logins count, as in validate); -1 when a check did not pass.
    qint64 inProcess(const QList<int> &which)
    {
        ClusterSpec part = spec;
        part.nodes.clear();
        for (int i : which)
            part.nodes << spec.nodes.at(i);
        QElapsedTimer timer;
        timer.start();
        ClusterSessions sessions(part.nodeNames(), SshSessions::factory(part));
        Preflight preflight(part, sessions);
        const PreflightReport report = preflight.run();
        const qint64 elapsed = timer.elapsed();
        if (report.exitCode() != 0) {
            fprintf(stderr, "in-process preflight failed (exit code %d)\n", report.exitCode());
            return -1;
        }
        return elapsed;
    }
};

/// CPU time this process used so far (all its threads), ms.
double ownCpuMs()
{
    rusage u{};
    ::getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000.0 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000.0;
}

/// CPU time the whole machine spent busy so far (every core, every process), ms.
double machineCpuMs()
{
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    // "cpu  user nice system idle iowait irq softirq steal …" in clock ticks.
    const QList<QByteArray> f = stat.readLine().simplified().split(' ');
    double busy = 0;
    for (int k : {1, 2, 3, 6, 7, 8})
        busy += f.value(k).toDouble();
    return busy * 1000.0 / double(::sysconf(_SC_CLK_TCK));
}

void row(const QString &what, double ms, double baseline)
{
    out() << QStringLiteral("| %1 | %2 | %3 |\n")
                 .arg(what.leftJustified(58))
                 .arg(ms, 8, 'f', 0)
                 .arg(baseline > 0 ? QStringLiteral("%1×").arg(ms / baseline, 0, 'f', 2)
                                   : QStringLiteral("—"));
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times pve-ha-installer validate on 3 and 12 simulated nodes behind real sshd against "
        "the slowest node alone."));
    parser.addHelpOption();
    const QCommandLineOption delayOption(QStringLiteral("delay"),
                                         QStringLiteral("ms injected into every simulated tool "
                                                        "call (default 20)"),
                                         QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("runs per figure, the median is shown "
                                                       "(default 5)"),
                                        QStringLiteral("n"), QStringLiteral("5"));
    parser.addOption(delayOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int delay = parser.value(delayOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    if (const QString reason = test::SshdFixture::unavailableReason(); !reason.isEmpty()) {
        fprintf(stderr, "SKIP: %s\n", qPrintable(reason));
        return 77;
    }
    qunsetenv("SSH_AUTH_SOCK");
    qputenv("QT_LOGGING_RULES", "pveha.*.info=false");

    Lab small;
    Lab large;
    if (!small.start(3, 51, true, false) || !large.start(12, 61, true, false))
        return 1;

    out() << QStringLiteral("bench_preflight: %1 ms per simulated tool call, median of %2 runs, "
                            "real sshd (-r) on loopback, simulated tools forked by pve-nodesim "
                            "--serve, mesh skipped (private network not configured)\n")
                 .arg(delay)
                 .arg(runs);
    out() << QStringLiteral("programs: %1, %2\n\n")
                 .arg(QStringLiteral(PVEHA_INSTALLER_PROGRAM),
                      QStringLiteral(PVEHA_NODESIM_PROGRAM));
    out() << QStringLiteral("| %1 | %2 | %3 |\n")
                 .arg(QStringLiteral("what").leftJustified(58))
                 .arg(QStringLiteral("ms"), 8)
                 .arg(QStringLiteral("÷ slowest alone"));
    out() << QStringLiteral("|%1|%2|%3|\n")
                 .arg(QString(60, QLatin1Char('-')), QString(10, QLatin1Char('-')),
                      QString(17, QLatin1Char('-')));

    // The figures are taken in rounds, one run of every configuration per round, so that the
    // load of a shared machine weighs on all of them alike; each figure is the median.
    enum Figure { Small0, Large0, Alone, Small, Large, AloneIn, SmallIn, LargeIn, FigureCount };
    QList<qint64> t[FigureCount];
    QList<qint64> alonePerNode[3];
    QList<qint64> clientCpu;  // the client's CPU time in Preflight::run on 12 nodes
    QList<qint64> machineCpu; // the machine's, meanwhile (sshd, shells, simulator, builds …)
    bool ok = true;
    const auto take = [&ok](QList<qint64> &list, qint64 ms) {
        ok = ok && ms >= 0;
        list << ms;
    };
    QList<int> twelve;
    for (int i = 0; i < 12; ++i)
        twelve << i;
    for (int r = 0; r < runs && ok; ++r) {
        // No delay: the fixed cost (process, spec, logins, 9 commands per node).
        small.cluster.setDelayMs(0);
        large.cluster.setDelayMs(0);
        take(t[Small0], small.binary());
        take(t[Large0], large.binary());
        // One node alone (node r mod 3 in this round): only it slow, the two others instant.
        for (int i = 0; i < 3; ++i) {
            small.cluster.setDelayMs(delay, i);
            const qint64 ms = small.binary();
            take(t[Alone], ms);
            alonePerNode[i] << ms;
            small.cluster.setDelayMs(0, i);
        }
        small.cluster.setDelayMs(delay);
        large.cluster.setDelayMs(delay);
        take(t[Small], small.binary());
        take(t[Large], large.binary());
        // In process: Preflight::run() on one node's sessions vs all of them.
        take(t[AloneIn], large.inProcess({r % 12}));
        take(t[SmallIn], large.inProcess({0, 1, 2}));
        const double own = ownCpuMs();
        const double machine = machineCpuMs();
        take(t[LargeIn], large.inProcess(twelve));
        clientCpu << qint64(ownCpuMs() - own);
        machineCpu << qint64(machineCpuMs() - machine);
    }
    if (!ok)
        return 1;
    double slowestNode = 0;
    for (int i = 0; i < 3; ++i)
        slowestNode = std::max(slowestNode, median(alonePerNode[i]));
    // The baseline: the median of every single-node run (the nodes are identical by
    // construction; the largest per-node median, which noise pushes up, is shown too).
    const double alone = median(t[Alone]);
    const double small1 = median(t[Small]);
    const double large1 = median(t[Large]);
    const double aloneIn = median(t[AloneIn]);
    row(QStringLiteral("validate, 3 nodes, no delay"), median(t[Small0]), 0);
    row(QStringLiteral("validate, 12 nodes, no delay"), median(t[Large0]), 0);
    row(QStringLiteral("validate, one node slow, 2 instant (= a single node alone)"), alone, alone);
    row(QStringLiteral("  the same, the slowest node's own median"), slowestNode, alone);
    row(QStringLiteral("validate, 3 nodes, all slow"), small1, alone);
    row(QStringLiteral("validate, 12 nodes, all slow"), large1, alone);
    row(QStringLiteral("Preflight::run in process, a single node alone"), aloneIn, aloneIn);
    row(QStringLiteral("Preflight::run in process, 3 nodes"), median(t[SmallIn]), aloneIn);
    row(QStringLiteral("Preflight::run in process, 12 nodes"), median(t[LargeIn]), aloneIn);
    out() << QStringLiteral("  (during it: %1 ms of CPU in the client, %2 ms on the whole "
                            "machine of %3 cores)\n")
                 .arg(median(clientCpu), 0, 'f', 0)
                 .arg(median(machineCpu), 0, 'f', 0)
                 .arg(QThread::idealThreadCount());

    // For information: the same 12 nodes sharing one simulated cluster (every tool call reads
    // the cluster's state under its lock), and the mesh once the private network is configured.
    Lab shared;
    if (shared.start(12, 81, false, false)) {
        shared.cluster.setDelayMs(delay);
        QList<qint64> times;
        for (int r = 0; r < runs; ++r)
            times << shared.binary();
        row(QStringLiteral("info: validate, 12 nodes, one shared simulated cluster"), median(times),
            alone);
    }
    Lab meshed;
    if (meshed.start(12, 101, false, true)) {
        meshed.cluster.setDelayMs(delay);
        QList<qint64> times;
        for (int r = 0; r < runs; ++r)
            times << meshed.binary();
        row(QStringLiteral("info: the same with the mesh (132 pings, 11 per node)"), median(times),
            alone);
    }

    const double worst = std::max(small1, large1) / alone;
    out() << QStringLiteral("\nvalidate on 3 nodes: %1× and on 12 nodes: %2× the slowest node "
                            "alone (target ≤ 1.3×): %3\n")
                 .arg(small1 / alone, 0, 'f', 2)
                 .arg(large1 / alone, 0, 'f', 2)
                 .arg(worst <= 1.3 ? QStringLiteral("met") : QStringLiteral("NOT met"));
    out().flush();
    return worst <= 1.3 ? 0 : 1;
}
