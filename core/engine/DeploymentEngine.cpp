// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/DeploymentEngine.h"

#include "common/Logging.h"
#include "common/Redactor.h"
#include "engine/ClusterSessions.h"
#include "plan/PlanBuilder.h"
#include "plan/PlanScripts.h"
#include "preflight/Preflight.h"
#include "spec/ClusterSpec.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>

namespace pveha {
namespace {

QMutex s_sinkMutex;

/// Splits streamed output into lines, keeping an unfinished tail for the next chunk.
class LineSplitter
{
public:
    QStringList feed(const QByteArray &chunk)
    {
        m_buffer += chunk;
        QStringList lines;
        qsizetype at;
        while ((at = m_buffer.indexOf('\n')) >= 0) {
            lines << QString::fromUtf8(m_buffer.left(at));
            m_buffer.remove(0, at + 1);
        }
        return lines;
    }
    QStringList flush()
    {
        QStringList rest;
        if (!m_buffer.isEmpty())
            rest << QString::fromUtf8(m_buffer);
        m_buffer.clear();
        return rest;
    }

private:
    QByteArray m_buffer;
};

EngineEvent stepEvent(EngineEvent::Type type, const Step &step, const QString &text = {},
                      int exitCode = 0, double seconds = 0, bool stderrLine = false)
{
    EngineEvent e;
    e.type = type;
    e.node = step.node;
    e.phase = step.phase;
    e.step = step.id;
    e.title = type == EngineEvent::Type::Started ? step.title : QString();
    e.text = text;
    e.exitCode = exitCode;
    e.seconds = seconds;
    e.stderrLine = stderrLine;
    return e;
}

} // namespace

const StepOutcome *DeployResult::failure() const
{
    for (const StepOutcome &s : steps)
        if (s.status == StepOutcome::Status::Failed)
            return &s;
    return nullptr;
}

int DeployResult::count(StepOutcome::Status status) const
{
    int n = 0;
    for (const StepOutcome &s : steps)
        n += s.status == status ? 1 : 0;
    return n;
}

DeploymentEngine::DeploymentEngine(const ClusterSpec &spec, ClusterSessions &sessions)
    : m_spec(spec)
    , m_sessions(sessions)
{}

void DeploymentEngine::emitEvent(EngineEvent event)
{
    event.time = QDateTime::currentDateTime();
    event.text = Redactor::instance().redact(event.text);
    QMutexLocker lock(&s_sinkMutex);
    if (m_sink)
        m_sink(event);
}

QList<Step> DeploymentEngine::pendingDestructiveSteps(const Plan &plan,
                                                      const std::atomic_bool *cancel)
{
    QList<Step> pending;
    for (const Phase &phase : plan.phases)
        for (const Step &step : phase.steps) {
            if (!step.destructive)
                continue;
            const int index = m_sessions.indexOf(step.node);
            CommandRequest request;
            request.script = step.check;
            request.timeoutMs = 60000;
            const CommandResult r = m_sessions.run(index, request, {}, cancel);
            if (!r.ok())
                pending << step;
        }
    return pending;
}

StepOutcome DeploymentEngine::runMeshGate(const Step &step, const std::atomic_bool *cancel)
{
    StepOutcome out{step.node, step.id, step.phase, StepOutcome::Status::Failed,  1,
                    0,         {},      {},         QDateTime::currentDateTime(), {}};
    QElapsedTimer timer;
    timer.start();
    emitEvent(stepEvent(EngineEvent::Type::Started, step));
    // The sessions may still be those opened before the reload: log in afresh, so the proof
    // goes through the new configuration.
    m_sessions.disconnectAll();
    QList<NodeReport> nodes;
    for (const NodeSpec &n : m_spec.nodes) {
        NodeReport r;
        r.node = n.name;
        r.facts.reached = m_sessions.connect(m_sessions.indexOf(n.name), cancel).ok();
        r.facts.privateNetworkUp = true;
        nodes << r;
    }
    Preflight preflight(m_spec, m_sessions);
    const QList<MeshEntry> mesh = preflight.runMesh(nodes, cancel);
    QStringList failures;
    for (const MeshEntry &e : mesh) {
        const QString line = QStringLiteral("%1 → %2: %3").arg(e.from, e.to, e.message);
        EngineEvent event = stepEvent(EngineEvent::Type::Output, step, line);
        event.node = e.from; // the line belongs to the node that pinged
        emitEvent(event);
        if (e.status != CheckStatus::Pass)
            failures << line;
    }
    out.seconds = double(timer.elapsed()) / 1000.0;
    out.finished = QDateTime::currentDateTime();
    if (failures.isEmpty()) {
        out.status = StepOutcome::Status::Done;
        out.exitCode = 0;
        emitEvent(stepEvent(EngineEvent::Type::Done, step, QString(), 0, out.seconds));
    } else {
        out.reason = tr("The MTU check failed on %n path(s); the nodes will restore their previous "
                        "network configuration "
                        "by themselves within %1 s.",
                        nullptr, int(failures.size()))
                         .arg(PlanBuilder::kNetworkRollbackSeconds);
        out.lastOutput = failures;
        emitEvent(stepEvent(EngineEvent::Type::Failed, step, out.reason, 1, out.seconds));
    }
    return out;
}

StepOutcome DeploymentEngine::runStep(const Step &step, const std::atomic_bool *cancel)
{
    if (step.kind == Step::Kind::MeshGate)
        return runMeshGate(step, cancel);
    StepOutcome out{step.node, step.id, step.phase, StepOutcome::Status::Failed,  1,
                    0,         {},      {},         QDateTime::currentDateTime(), {}};
    QElapsedTimer timer;
    timer.start();
    const int index = m_sessions.indexOf(step.node);
    const auto fail = [&](const QString &reason, int exitCode) {
        out.status = StepOutcome::Status::Failed;
        out.reason = reason;
        out.exitCode = exitCode;
        out.seconds = double(timer.elapsed()) / 1000.0;
        out.finished = QDateTime::currentDateTime();
        emitEvent(stepEvent(EngineEvent::Type::Failed, step, reason, exitCode, out.seconds));
        return out;
    };
    const auto finish = [&](StepOutcome::Status status) {
        out.status = status;
        out.exitCode = 0;
        out.seconds = double(timer.elapsed()) / 1000.0;
        out.finished = QDateTime::currentDateTime();
        emitEvent(stepEvent(status == StepOutcome::Status::Done ? EngineEvent::Type::Done
                                                                : EngineEvent::Type::Skipped,
                            step, QString(), 0, out.seconds));
        return out;
    };
    // The admin's Stop interrupts the running command: the step did not fail, it was stopped,
    // and running the deployment again resumes it.
    const auto stopped = [&] {
        out.status = StepOutcome::Status::NotRun;
        out.reason = tr("stopped before it finished; running the deployment again resumes it");
        out.seconds = double(timer.elapsed()) / 1000.0;
        out.finished = QDateTime::currentDateTime();
        emitEvent(stepEvent(EngineEvent::Type::Info, step, out.reason));
        return out;
    };
    const auto exec = [&](const QString &script, const QByteArray &input, int timeoutMs,
                          const OutputSink &sink) {
        CommandRequest request;
        request.script = script;
        request.stdinData = input;
        request.timeoutMs = timeoutMs;
        return m_sessions.run(index, request, sink, cancel);
    };

    // Values only known at run time, read and validated before anything else.
    QString prefix;
    for (const StepInput &input : step.inputs) {
        const int from = m_sessions.indexOf(input.node);
        CommandRequest request;
        request.script = input.command;
        request.timeoutMs = 60000;
        const CommandResult r = m_sessions.run(from, request, {}, cancel);
        const QRegularExpressionMatch m =
            QRegularExpression(input.pattern).match(QString::fromUtf8(r.out));
        if (!r.ok() || !m.hasMatch())
            return fail(tr("%1 could not be read on %2: %3")
                            .arg(input.variable, input.node,
                                 r.ran() ? QString::fromUtf8(r.err).trimmed() : r.message),
                        r.exitCode);
        prefix += input.variable + QLatin1Char('=') + scripts::q(m.captured(1)) + QLatin1Char('\n');
    }

    const CommandResult before = exec(prefix + step.check, {}, 60000, {});
    if (before.status == TransportStatus::Cancelled)
        return stopped();
    if (!before.ran()) {
        out.unreachable = before.isUnreachable();
        return fail(before.message, -1);
    }
    if (before.exitCode == 0)
        return finish(StepOutcome::Status::Skipped);

    emitEvent(stepEvent(EngineEvent::Type::Started, step));
    QByteArray input;
    if (step.secret != Step::Secret::None) {
        const std::optional<QString> secret =
            m_secrets ? m_secrets(step.secret, step.node) : std::nullopt;
        if (!secret)
            return fail(tr("The root password of %1 is needed to join the cluster and none was "
                           "given (set PVE_HA_ROOT_PASSWORD, or enter it in the assistant).")
                            .arg(step.inputs.isEmpty() ? step.node : step.inputs.first().node),
                        -1);
        Redactor::instance().addSecret(*secret);
        input = secret->toUtf8() + '\n';
    }
    LineSplitter outLines, errLines;
    QStringList tail;
    const auto sink = [&](OutputStream stream, const QByteArray &chunk) {
        const bool isErr = stream == OutputStream::Stderr;
        for (const QString &line : (isErr ? errLines : outLines).feed(chunk)) {
            tail << line;
            if (tail.size() > 20)
                tail.removeFirst();
            emitEvent(stepEvent(EngineEvent::Type::Output, step, line, 0, 0, isErr));
        }
    };
    const CommandResult action = exec(prefix + step.run, input, step.timeoutSeconds * 1000, sink);
    for (const QString &line : outLines.flush() + errLines.flush()) {
        tail << line;
        emitEvent(stepEvent(EngineEvent::Type::Output, step, line));
    }
    out.lastOutput = tail;
    if (step.reconnectAfter) {
        // The next command logs in through the new configuration. A change that cut the node
        // off shows as a lost session, a hung command or ssh's own exit 255.
        m_sessions.disconnectAll();
        const bool lost = action.status == TransportStatus::ConnectionLost ||
                          action.status == TransportStatus::Timeout ||
                          (action.ran() && action.exitCode == 255);
        if (lost) {
            const CommandResult after = exec(prefix + step.check, {}, 60000, {});
            if (after.ok())
                return finish(StepOutcome::Status::Done);
            out.unreachable = !after.ran() || after.exitCode == 255;
            return fail(tr("%1 could not be reached after its network change: the new "
                           "configuration probably cut it "
                           "off. Every node whose change was not confirmed restores its previous "
                           "configuration by "
                           "itself within %2 s. Check the vRack interface name and the MTU, then "
                           "run deploy again.")
                            .arg(step.node)
                            .arg(PlanBuilder::kNetworkRollbackSeconds),
                        255);
        }
    }
    if (action.status == TransportStatus::Cancelled)
        return stopped();
    if (!action.ran()) {
        out.unreachable = action.isUnreachable();
        return fail(action.message, action.exitCode);
    }
    if (action.ran() && action.exitCode != 0)
        return fail(tail.isEmpty() ? tr("the command failed") : tail.last(), action.exitCode);

    const CommandResult after = exec(prefix + step.check, {}, 60000, {});
    if (!after.ok())
        return fail(
            after.ran()
                ? tr("the action finished but its check still fails: the step did not take effect")
                : after.message,
            after.ran() ? after.exitCode : -1);
    return finish(StepOutcome::Status::Done);
}

DeployResult DeploymentEngine::run(const Plan &plan, const std::atomic_bool *cancel)
{
    DeployResult result;
    for (const Phase &phase : plan.phases) {
        EngineEvent started;
        started.type = EngineEvent::Type::PhaseStarted;
        started.phase = phase.id;
        started.text = phase.title;
        emitEvent(started);
        int i = 0;
        while (i < phase.steps.size()) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            QList<StepOutcome> outcomes;
            if (!phase.steps.at(i).parallel) {
                outcomes << runStep(phase.steps.at(i), cancel);
                ++i;
            } else {
                // A run of parallel steps: each node goes through its own steps in order,
                // all nodes at once.
                int j = i;
                QList<QString> nodes;
                QHash<QString, QList<Step>> perNode;
                while (j < phase.steps.size() && phase.steps.at(j).parallel) {
                    const Step &s = phase.steps.at(j);
                    if (!perNode.contains(s.node))
                        nodes << s.node;
                    perNode[s.node] << s;
                    ++j;
                }
                QHash<QString, QList<StepOutcome>> done;
                QMutex doneMutex;
                QList<int> indexes;
                for (int n = 0; n < nodes.size(); ++n)
                    indexes << n;
                ClusterSessions::forEachInParallel(indexes, [&](int n) {
                    QList<StepOutcome> mine;
                    for (const Step &s : perNode.value(nodes.at(n))) {
                        mine << runStep(s, cancel);
                        if (mine.last().status == StepOutcome::Status::Failed)
                            break;
                    }
                    QMutexLocker lock(&doneMutex);
                    done.insert(nodes.at(n), mine);
                });
                for (const QString &node : nodes)
                    outcomes << done.value(node);
                i = j;
            }
            result.steps << outcomes;
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return result;
            }
            for (const StepOutcome &o : outcomes) {
                if (o.status == StepOutcome::Status::Failed) {
                    result.unreachable = o.unreachable;
                    qCWarning(lcDeploy) << "step" << o.step << "failed on" << o.node << o.reason;
                    return result;
                }
            }
        }
    }
    result.ok = !(cancel && cancel->load());
    result.cancelled = !result.ok;
    return result;
}

} // namespace pveha
