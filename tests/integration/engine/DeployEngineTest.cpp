// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment engine in-process over LocalShellTransport on the node simulator (no sshd):
// the plan's static rules, the engine's outcomes and events, resume, failure, missing secret
// and cancellation, asserted finer than the CLI shows them.

#include "DeployHarness.h"
#include "engine/ClusterSessions.h"
#include "engine/DeploymentEngine.h"
#include "plan/PlanBuilder.h"
#include "transport/LocalShellTransport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>

#include <atomic>

using namespace pveha;
using namespace pveha::test;

namespace {

QList<sim::SimNodeConfig> freshNodes(int pveMajor = 8)
{
    QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
    for (sim::SimNodeConfig &n : nodes) {
        n.privateNetworkConfigured = false;
        n.pveMajor = pveMajor;
    }
    return nodes;
}

/// Records the engine's events (from any thread).
struct Recorder
{
    QMutex mutex;
    QList<EngineEvent> events;
    DeploymentEngine::EventSink sink()
    {
        return [this](const EngineEvent &e) {
            QMutexLocker lock(&mutex);
            events << e;
        };
    }
    QStringList keys(EngineEvent::Type type)
    {
        QMutexLocker lock(&mutex);
        QStringList out;
        for (const EngineEvent &e : events)
            if (e.type == type)
                out << e.node + QLatin1Char(' ') + e.step;
        return out;
    }
    QString allText()
    {
        QMutexLocker lock(&mutex);
        QString text;
        for (const EngineEvent &e : events)
            text += e.toLine() + QLatin1Char('\n') +
                    QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)) +
                    QLatin1Char('\n');
        return text;
    }
};

QString describe(const DeployResult &r)
{
    if (const StepOutcome *f = r.failure())
        return QStringLiteral("%1 failed on %2 (exit %3): %4\n%5")
            .arg(f->step, f->node)
            .arg(f->exitCode)
            .arg(f->reason, f->lastOutput.join(QLatin1Char('\n')));
    return QStringLiteral("ok %1, cancelled %2, %3 steps")
        .arg(r.ok)
        .arg(r.cancelled)
        .arg(r.steps.size());
}

} // namespace

class DeployEngineTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DeployHarness> m_h;
    ClusterSpec m_spec;
    std::unique_ptr<ClusterSessions> m_sessions;

    bool fresh(const QList<sim::SimNodeConfig> &nodes = freshNodes(),
               const sim::SimScenario &scenario = {})
    {
        m_sessions.reset();
        m_h = std::make_unique<DeployHarness>();
        if (!m_h->prepare(nodes, scenario))
            return false;
        m_spec = m_h->spec();
        DeployHarness *h = m_h.get();
        m_sessions = std::make_unique<ClusterSessions>(
            m_spec.nodeNames(), [h](int i) -> std::unique_ptr<Transport> {
                return std::make_unique<LocalShellTransport>(
                    h->node(i).name, h->node(i).environment(h->shimDir()), h->workPath(QString()));
            });
        return true;
    }
    /// Runs `plan` with the events going to `sink`; the join password is the simulator's
    /// unless `secrets` says otherwise.
    DeployResult deployWith(const DeploymentEngine::EventSink &sink, const Plan &plan,
                            const std::atomic_bool *cancel = nullptr,
                            const DeploymentEngine::SecretProvider &secrets = {})
    {
        DeploymentEngine engine(m_spec, *m_sessions);
        if (sink)
            engine.setEventSink(sink);
        engine.setSecretProvider(secrets ? secrets : [](Step::Secret, const QString &) {
            return std::optional<QString>(QStringLiteral("sim-root-password"));
        });
        return engine.run(plan, cancel);
    }
    DeployResult deploy(Recorder *recorder, const Plan &plan,
                        const std::atomic_bool *cancel = nullptr,
                        const DeploymentEngine::SecretProvider &secrets = {})
    {
        return deployWith(recorder ? recorder->sink() : DeploymentEngine::EventSink(), plan, cancel,
                          secrets);
    }

private Q_SLOTS:
    // The tool scan itself, on the shapes the plan uses.
    void toolScanFindsCommandsOnly()
    {
        const QString script = QStringLiteral(
            "for d in /dev/sda /dev/sdb; do\n"
            "  if [ -n \"$(wipefs -n \"$d\")\" ]; then echo \"$d: 'x'\" >&2; exit 1; fi\n"
            "done\n"
            "uuid=$(mdadm --detail /dev/md0 | sed -n 's/^ *UUID : //p') && [ -n \"$uuid\" ] && "
            "grep -qF \"UUID=$uuid\" /etc/mdadm/mdadm.conf\n"
            "yes | DEBIAN_FRONTEND=noninteractive pveceph install --repository no-subscription\n"
            "{ pvs /dev/md0 >/dev/null 2>&1 || pvcreate /dev/md0; } && lvcreate -l 100%FREE\n"
            "i=0\nwhile [ $i -lt 60 ]; do\n  if pvecm status | grep -q x; then exit 0; fi\n"
            "  i=$((i+1)); sleep 2\ndone\n! systemctl is-active --quiet x.timer\n"
            "systemd-run --on-active=180 --unit=u sh -c 'cp a b && ifreload -a'");
        QStringList tools = planlint::toolsCalled(script);
        tools.sort();
        QCOMPARE(tools,
                 QStringList({QStringLiteral("grep"), QStringLiteral("lvcreate"),
                              QStringLiteral("mdadm"), QStringLiteral("pvcreate"),
                              QStringLiteral("pveceph"), QStringLiteral("pvecm"),
                              QStringLiteral("pvs"), QStringLiteral("sed"), QStringLiteral("sleep"),
                              QStringLiteral("systemctl"), QStringLiteral("systemd-run"),
                              QStringLiteral("wipefs"), QStringLiteral("yes")}));
    }

    // Every step checkable, no file written through a redirection, every tool simulated: for
    // the PVE 8 and the PVE 9 plan.
    void planRules_data()
    {
        QTest::addColumn<int>("pveMajor");
        QTest::newRow("pve8") << 8;
        QTest::newRow("pve9") << 9;
    }
    void planRules()
    {
        QFETCH(int, pveMajor);
        QVERIFY2(fresh(freshNodes(pveMajor)), qPrintable(m_h->errorString()));
        const Plan plan = PlanBuilder::build(m_spec, PlanFacts{pveMajor});
        QCOMPARE(plan.phases.size(), Plan::phaseIds().size());
        for (const Phase &phase : plan.phases) {
            QVERIFY2(!phase.steps.isEmpty(), qPrintable(phase.id));
            for (const Step &s : phase.steps)
                QVERIFY2(!s.check.trimmed().isEmpty() && !s.run.trimmed().isEmpty(),
                         qPrintable(s.node + QLatin1Char(' ') + s.id));
        }
        const QStringList redirections = planlint::forbiddenRedirections(plan);
        QVERIFY2(redirections.isEmpty(), qPrintable(redirections.join(QLatin1Char('\n'))));

        const QStringList tools = planlint::toolsCalled(plan);
        QString script;
        for (const QString &tool : tools)
            script += QStringLiteral("printf '%1=%s\\n' \"$(command -v %1)\";").arg(tool);
        const NodeRun r = m_h->sh(0, script);
        QVERIFY2(r.ok(), qPrintable(r.err));
        QStringList wrong;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString tool = line.section(QLatin1Char('='), 0, 0);
            const QString where = line.section(QLatin1Char('='), 1);
            if (where != m_h->shimDir() + QLatin1Char('/') + tool &&
                !planlint::harmlessRealTools().contains(tool))
                wrong << QStringLiteral("%1 -> \"%2\"").arg(tool, where);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QCOMPARE(r.out.count(QLatin1Char('\n')), tools.size());
    }

    // From scratch: the destructive steps are known before, the run is complete, its events
    // consistent, the cluster right; a second run skips all but the MTU gate.
    void fromScratchThenAgain()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        const Plan plan = PlanBuilder::build(m_spec);
        DeploymentEngine probe(m_spec, *m_sessions);
        QStringList pending;
        for (const Step &s : probe.pendingDestructiveSteps(plan)) {
            pending << s.node + QLatin1Char(' ') + s.id;
            QVERIFY(!s.erases.isEmpty());
        }
        QCOMPARE(pending,
                 QStringList(
                     {QStringLiteral("node-01 raid.create"), QStringLiteral("node-02 raid.create"),
                      QStringLiteral("node-03 raid.create"), QStringLiteral("node-01 osd.create"),
                      QStringLiteral("node-02 osd.create"), QStringLiteral("node-03 osd.create")}));

        Recorder rec;
        QElapsedTimer timer;
        timer.start();
        const DeployResult first = deploy(&rec, plan);
        QVERIFY2(first.ok, qPrintable(describe(first)));
        qInfo("in-process deployment over LocalShellTransport: %lld ms, %d steps done",
              timer.elapsed(), first.count(StepOutcome::Status::Done));
        QCOMPARE(first.steps.size(), plan.stepCount());
        QCOMPARE(first.count(StepOutcome::Status::Failed), 0);
        QStringList started = rec.keys(EngineEvent::Type::Started);
        QStringList done = rec.keys(EngineEvent::Type::Done);
        started.sort();
        done.sort();
        QCOMPARE(started, done); // every started step ended
        // Skipped on a fresh cluster, rightly: the first monitor brings the first manager along
        // (pveceph does so), the last join leaves the cluster quorate, `pveceph pool create
        // --add_storages 1` adds the storage. network.confirm is not among them: each node's
        // rollback timer is active until the MTU gate passed and the confirm step stops it.
        QStringList skipped = rec.keys(EngineEvent::Type::Skipped);
        skipped.sort();
        qInfo("skipped on a fresh cluster: %s", qPrintable(skipped.join(QStringLiteral(", "))));
        QCOMPARE(skipped, QStringList({QStringLiteral("node-01 ceph.mgr"),
                                       QStringLiteral("node-01 cluster.quorum"),
                                       QStringLiteral("node-01 pool.storage")}));
        QCOMPARE(int(done.size() + skipped.size()), plan.stepCount());
        QVERIFY(rec.keys(EngineEvent::Type::Failed).isEmpty());
        QVERIFY(!rec.allText().contains(QStringLiteral("sim-root-password")));
        const QStringList problems = m_h->clusterProblems(m_spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(probe.pendingDestructiveSteps(plan).isEmpty());

        // The array's line for boot, recorded while the new RAID 5 still recovers: without the
        // transient spares=1 that `mdadm --detail --scan` prints then (kept, mdadm --monitor
        // would report SparesMissing once the recovery is over).
        for (int i = 0; i < m_h->size(); ++i) {
            const QString conf =
                m_h->sh(i, QStringLiteral("grep '^ARRAY' /etc/mdadm/mdadm.conf")).out;
            QVERIFY2(!conf.contains(QStringLiteral("spares=")), qPrintable(conf));
        }

        Recorder rec2;
        const DeployResult second = deploy(&rec2, plan);
        QVERIFY2(second.ok, qPrintable(describe(second)));
        QCOMPARE(second.count(StepOutcome::Status::Done), 1);
        QCOMPARE(second.count(StepOutcome::Status::Skipped), plan.stepCount() - 1);
        QCOMPARE(rec2.keys(EngineEvent::Type::Done),
                 QStringList{QStringLiteral("node-01 network.mtu")});
        QCOMPARE(m_h->mdArrayCounts(), QList<int>({1, 1, 1}));
        QCOMPARE(m_h->osdCounts(), QList<int>({1, 1, 1}));
    }

    // A failing action: the outcome names the step, node and exit code with the tool's last
    // output; the other nodes' steps of the same parallel run finish; nothing after runs.
    void failureOutcome()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        const QString marker = QStringLiteral("INJECTED-ceph-volume-failure");
        QVERIFY(sim::SimCluster::addFailure(
            m_h->simDir(), {QStringLiteral("node-02"), QStringLiteral("ceph-volume"),
                            QStringLiteral("^lvm create"), 3, marker}));
        Recorder rec;
        const DeployResult r = deploy(&rec, PlanBuilder::build(m_spec));
        QVERIFY(!r.ok);
        QVERIFY(!r.unreachable);
        const StepOutcome *f = r.failure();
        QVERIFY(f);
        QCOMPARE(f->step, QStringLiteral("osd.create"));
        QCOMPARE(f->node, QStringLiteral("node-02"));
        QCOMPARE(f->exitCode, 3);
        QVERIFY2(f->lastOutput.join(QLatin1Char('\n')).contains(marker), qPrintable(describe(r)));
        QCOMPARE(r.count(StepOutcome::Status::Failed), 1);
        for (const StepOutcome &o : r.steps) {
            QVERIFY2(o.phase != QLatin1String("pool") && o.phase != QLatin1String("ha"),
                     qPrintable(o.step));
            if (o.step == QLatin1String("osd.create") && o.node != QLatin1String("node-02"))
                QCOMPARE(int(o.status), int(StepOutcome::Status::Done));
        }
        QCOMPARE(rec.keys(EngineEvent::Type::Failed),
                 QStringList{QStringLiteral("node-02 osd.create")});

        QVERIFY(sim::SimCluster::clearFailures(m_h->simDir()));
        const DeployResult resumed = deploy(nullptr, PlanBuilder::build(m_spec));
        QVERIFY2(resumed.ok, qPrintable(describe(resumed)));
        QCOMPARE(m_h->osdCounts(), QList<int>({1, 1, 1}));
    }

    // The network is reloaded only with its rollback armed: when systemd-run cannot arm the
    // timer (e.g. a unit of that name left over), ifreload must not run.
    void noReloadWithoutRollback()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        const QString marker = QStringLiteral(
            "Failed to start transient timer unit: Unit pve-ha-installer-net-rollback.timer was "
            "already loaded or has a fragment file.");
        QVERIFY(sim::SimCluster::addFailure(
            m_h->simDir(),
            {QStringLiteral("node-02"), QStringLiteral("systemd-run"), QString(), 1, marker}));
        Recorder rec;
        const DeployResult r =
            deploy(&rec, PlanBuilder::build(m_spec).slice(QString(), QStringLiteral("network")));
        const StepOutcome *f = r.failure();
        const bool bridgeUp = m_h->sh(1, QStringLiteral("ip -j link show dev vmbr1")).ok();
        qInfo("systemd-run refused on node-02: %s; vmbr1 %s on node-02",
              qPrintable(describe(r).section(QLatin1Char('\n'), 0, 0)),
              bridgeUp ? "brought up" : "not brought up");
        QVERIFY2(f && f->node == QLatin1String("node-02") &&
                     f->step == QLatin1String("network.apply"),
                 qPrintable(describe(r)));
        QVERIFY(!bridgeUp);
    }

    // Joining needs the first node's root password: without one the join fails with a clear
    // reason, a wrong one fails on the node, and neither is ever printed.
    void rootPassword()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        const Plan plan = PlanBuilder::build(m_spec).slice(QString(), QStringLiteral("network"));
        QVERIFY2(deploy(nullptr, plan).ok, "network phase");
        const Plan cluster = PlanBuilder::build(m_spec).slice(QString(), QStringLiteral("cluster"));

        const DeployResult none = deploy(
            nullptr, cluster, nullptr, [](Step::Secret, const QString &) { return std::nullopt; });
        QVERIFY(none.failure());
        QCOMPARE(none.failure()->step, QStringLiteral("cluster.join"));
        QVERIFY2(none.failure()->reason.contains(QStringLiteral("PVE_HA_ROOT_PASSWORD")),
                 qPrintable(none.failure()->reason));

        Recorder rec;
        const QString wrong = QStringLiteral("not-the-root-password-42");
        const DeployResult bad =
            deploy(&rec, cluster, nullptr, [wrong](Step::Secret, const QString &) {
                return std::optional<QString>(wrong);
            });
        QVERIFY(bad.failure());
        QCOMPARE(bad.failure()->step, QStringLiteral("cluster.join"));
        QVERIFY(!rec.allText().contains(wrong));

        const DeployResult good = deploy(nullptr, cluster);
        QVERIFY2(good.ok, qPrintable(describe(good)));
    }

    // The cancel flag stops the run between steps: nothing after the current steps starts.
    void cancel()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        std::atomic_bool stop{false};
        QStringList started;
        QMutex mutex;
        const auto sink = [&](const EngineEvent &e) {
            QMutexLocker lock(&mutex);
            if (e.type == EngineEvent::Type::Started)
                started << e.step;
            if (e.type == EngineEvent::Type::Done && e.step == QLatin1String("cluster.create"))
                stop = true;
        };
        const DeployResult r = deployWith(sink, PlanBuilder::build(m_spec), &stop);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY2(!started.contains(QStringLiteral("cluster.join")),
                 qPrintable(started.join(QLatin1Char(','))));
        QVERIFY(!started.contains(QStringLiteral("ceph.install")));
    }

    // Stop while a step runs: that step is stopped, not failed, and the run says cancelled.
    void stopDuringAStepIsNotAFailure()
    {
        QVERIFY2(fresh(), qPrintable(m_h->errorString()));
        // pveceph takes its time, so Stop comes while `pveceph install` runs.
        QVERIFY(sim::SimCluster::setDelay(m_h->simDir(), QStringLiteral("pveceph"), 3000));
        std::atomic_bool stop{false};
        const auto sink = [&](const EngineEvent &e) {
            if (e.type == EngineEvent::Type::Started && e.step == QLatin1String("ceph.install"))
                stop = true;
        };
        const DeployResult r = deployWith(sink, PlanBuilder::build(m_spec), &stop);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QCOMPARE(r.failure(), nullptr);
        // The step running when Stop came is recorded as stopped (not run), with why.
        const auto stoppedStep =
            std::find_if(r.steps.cbegin(), r.steps.cend(), [](const StepOutcome &o) {
                return o.step == QLatin1String("ceph.install");
            });
        QVERIFY(stoppedStep != r.steps.cend());
        QCOMPARE(stoppedStep->status, StepOutcome::Status::NotRun);
        QVERIFY(stoppedStep->reason.contains(QLatin1String("stopped")));
        QVERIFY(sim::SimCluster::setDelay(m_h->simDir(), QStringLiteral("pveceph"), 0));
    }
};

QTEST_GUILESS_MAIN(DeployEngineTest)
#include "DeployEngineTest.moc"
