// SPDX-License-Identifier: GPL-3.0-or-later
// bench_engine: the deployment engine's cost per step. A plan of N trivial steps per node on
// three simulated nodes (check fails, action succeeds, check passes: three commands a step), run
// by DeploymentEngine over (a) LocalShellTransport and (b) real sshd daemons (the product's SSH
// sessions), beside the same commands sent straight through the same kind of sessions without
// the engine. The difference is the engine's own overhead.
//   bench_engine [--steps N] [--transport local|ssh|both] [--kind builtin|sim|both] [--repeat R]
// kind builtin: the scripts use shell builtins only, on marker files in a temporary directory;
// kind sim: they call the simulator's `cat` and `touch` (one simulator process a command), as
// the real plan's commands do.

#include "DeployHarness.h"
#include "engine/ClusterSessions.h"
#include "engine/DeploymentEngine.h"
#include "engine/SshSessions.h"
#include "transport/LocalShellTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pveha;
using namespace pveha::test;

namespace {

struct Scripts
{
    QString check;
    QString run;
};

Scripts scriptsFor(const QString &kind, const QString &markerDir, const QString &name)
{
    if (kind == QLatin1String("sim")) {
        const QString file = QStringLiteral("/var/log/bench-") + name;
        return {QStringLiteral("cat %1 >/dev/null 2>&1").arg(file),
                QStringLiteral("touch %1").arg(file)};
    }
    const QString file = markerDir + QLatin1Char('/') + name;
    return {QStringLiteral("[ -e %1 ]").arg(file), QStringLiteral(": >%1").arg(file)};
}

Plan benchPlan(const ClusterSpec &spec, int steps, const QString &kind, const QString &markerDir,
               const QString &tag)
{
    Phase phase{QStringLiteral("bench"), QStringLiteral("bench"), {}};
    for (int i = 0; i < steps; ++i)
        for (const NodeSpec &node : spec.nodes) {
            const Scripts s =
                scriptsFor(kind, markerDir, QStringLiteral("%1-%2-%3").arg(tag, node.name).arg(i));
            Step step;
            step.id = QStringLiteral("bench.%1").arg(i);
            step.phase = phase.id;
            step.node = node.name;
            step.title = step.id;
            step.check = s.check;
            step.run = s.run;
            step.timeoutSeconds = 30;
            phase.steps << step;
        }
    Plan plan;
    plan.phases << phase;
    return plan;
}

struct Row
{
    QString transport;
    QString kind;
    int totalSteps = 0;
    qint64 loginMs = 0;
    double engineMs = 0;
    double rawMs = 0;
};

/// The same three commands a step, node by node in order, all nodes at once, no engine.
bool rawRun(ClusterSessions &sessions, const ClusterSpec &spec, int steps, const QString &kind,
            const QString &markerDir, const QString &tag)
{
    std::atomic_bool ok{true};
    QList<int> nodes;
    for (int n = 0; n < spec.nodes.size(); ++n)
        nodes << n;
    ClusterSessions::forEachInParallel(nodes, [&](int n) {
        for (int i = 0; i < steps && ok; ++i) {
            const Scripts s = scriptsFor(
                kind, markerDir, QStringLiteral("%1-%2-%3").arg(tag, spec.nodes.at(n).name).arg(i));
            CommandRequest check{s.check, {}, 60000, true};
            CommandRequest run{s.run, {}, 30000, true};
            const CommandResult before = sessions.run(n, check);
            const CommandResult action = sessions.run(n, run);
            const CommandResult after = sessions.run(n, check);
            if (before.ok() || !action.ok() || !after.ok())
                ok = false;
        }
    });
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Steps per node (default 40)."),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("transport"), QStringLiteral("local, ssh or both."),
                      QStringLiteral("T"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("builtin, sim or both."),
                      QStringLiteral("K"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("repeat"),
                      QStringLiteral("Runs of each measure; the best is kept (default 3)."),
                      QStringLiteral("R"), QStringLiteral("3")});
    parser.process(app);
    const int steps = std::max(1, parser.value(QStringLiteral("steps")).toInt());
    const int repeat = std::max(1, parser.value(QStringLiteral("repeat")).toInt());
    const QString transportOpt = parser.value(QStringLiteral("transport"));
    const QString kindOpt = parser.value(QStringLiteral("kind"));
    QStringList transports, kinds;
    for (const QString &t : {QStringLiteral("local"), QStringLiteral("ssh")})
        if (transportOpt == QLatin1String("both") || transportOpt == t)
            transports << t;
    for (const QString &k : {QStringLiteral("builtin"), QStringLiteral("sim")})
        if (kindOpt == QLatin1String("both") || kindOpt == k)
            kinds << k;

    if (transports.contains(QStringLiteral("ssh")) && !SshdFixture::unavailableReason().isEmpty()) {
        std::fprintf(stderr, "ssh lane skipped: %s\n",
                     qPrintable(SshdFixture::unavailableReason()));
        transports.removeAll(QStringLiteral("ssh"));
    }

    QList<Row> rows;
    for (const QString &transport : transports) {
        DeployHarness h;
        const bool ready = transport == QLatin1String("ssh")
                               ? h.start(sim::SimCluster::defaultNodes(), {}, 41)
                               : h.prepare(sim::SimCluster::defaultNodes());
        if (!ready) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(transport), qPrintable(h.errorString()));
            return 1;
        }
        const ClusterSpec spec = h.spec();
        QTemporaryDir markers;
        const auto newSessions = [&]() {
            ClusterSessions::Factory factory;
            if (transport == QLatin1String("ssh"))
                factory = SshSessions::factory(spec);
            else
                factory = [&h](int i) -> std::unique_ptr<Transport> {
                    return std::make_unique<LocalShellTransport>(
                        h.node(i).name, h.node(i).environment(h.shimDir()), h.workPath(QString()));
                };
            return std::make_unique<ClusterSessions>(spec.nodeNames(), factory);
        };
        for (const QString &kind : kinds) {
            Row row{transport, kind, steps * int(spec.nodes.size()), 0, 1e18, 1e18};
            for (int r = 0; r < repeat; ++r) {
                // Logged in before the clock starts: the login is measured apart.
                const auto sessions = newSessions();
                QElapsedTimer login;
                login.start();
                for (int n = 0; n < sessions->size(); ++n)
                    if (!sessions->connect(n).ok()) {
                        std::fprintf(stderr, "cannot connect node %d\n", n);
                        return 1;
                    }
                row.loginMs = login.elapsed();

                const QString tag = QStringLiteral("%1-%2").arg(kind).arg(r);
                const Plan plan =
                    benchPlan(spec, steps, kind, markers.path(), QStringLiteral("e") + tag);
                DeploymentEngine engine(spec, *sessions);
                std::atomic_int events{0};
                engine.setEventSink([&events](const EngineEvent &) { ++events; });
                QElapsedTimer timer;
                timer.start();
                const DeployResult result = engine.run(plan);
                const double engineMs = double(timer.nsecsElapsed()) / 1e6;
                if (!result.ok || result.count(StepOutcome::Status::Done) != row.totalSteps) {
                    const StepOutcome *f = result.failure();
                    std::fprintf(stderr, "engine run failed: %s %s %s\n",
                                 f ? qPrintable(f->node) : "", f ? qPrintable(f->step) : "",
                                 f ? qPrintable(f->reason) : "");
                    return 1;
                }

                timer.restart();
                if (!rawRun(*sessions, spec, steps, kind, markers.path(),
                            QStringLiteral("r") + tag)) {
                    std::fprintf(stderr, "raw run failed\n");
                    return 1;
                }
                const double rawMs = double(timer.nsecsElapsed()) / 1e6;
                row.engineMs = std::min(row.engineMs, engineMs);
                row.rawMs = std::min(row.rawMs, rawMs);
            }
            rows << row;
        }
    }

    std::printf("bench_engine: %d steps per node on 3 nodes (3 commands a step: check, action, "
                "check), best of %d\n",
                steps, repeat);
    std::printf("%-9s %-8s %6s %9s %9s %9s %11s %12s %9s\n", "transport", "kind", "steps",
                "login ms", "engine ms", "ms/step", "raw ms", "raw ms/step", "ovh/step");
    for (const Row &r : rows) {
        const double perStep = r.engineMs / r.totalSteps;
        const double rawPerStep = r.rawMs / r.totalSteps;
        std::printf("%-9s %-8s %6d %9lld %9.0f %9.2f %11.0f %12.2f %9.2f\n",
                    qPrintable(r.transport), qPrintable(r.kind), r.totalSteps, r.loginMs,
                    r.engineMs, perStep, r.rawMs, rawPerStep, perStep - rawPerStep);
    }
    std::printf(
        "ms/step = engine wall time / steps of all nodes (nodes run in parallel); raw = the "
        "same commands without the engine; ovh/step = the difference.\n");
    return 0;
}
