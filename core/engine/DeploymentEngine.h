// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEvent.h"
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace pveha {

class ClusterSessions;
struct ClusterSpec;

/// How one step ended in one run.
struct StepOutcome
{
    enum class Status { Done, Skipped, Failed, NotRun };
    QString node;
    QString step;
    QString phase;
    Status status = Status::NotRun;
    int exitCode = 0;
    double seconds = 0;
    QString reason;         ///< Failed: what went wrong, for the admin
    QStringList lastOutput; ///< Failed: the last lines the action printed
    QDateTime started;
    QDateTime finished;
    bool unreachable = false; ///< Failed because the node could not be reached
};

struct DeployResult
{
    bool ok = false;
    bool cancelled = false;
    bool unreachable = false; ///< a node could not be reached (CLI exit 3)
    QList<StepOutcome> steps;
    [[nodiscard]] const StepOutcome *failure() const;
    [[nodiscard]] int count(StepOutcome::Status status) const;
};

/// Runs a Plan: every step check → action → check again, so what is done is skipped and a
/// re-run resumes. Consecutive steps marked parallel run on their nodes at once (one thread
/// per node, each on that node's persistent session); the others run one at a time, in order.
/// It stops at the first failure, with the step, the node, the exit code and the last output.
class DeploymentEngine
{
    Q_DECLARE_TR_FUNCTIONS(pveha::DeploymentEngine)
public:
    using EventSink = std::function<void(const EngineEvent &)>;
    /// Supplies a secret the plan needs (the first node's root password to join the cluster).
    using SecretProvider =
        std::function<std::optional<QString>(Step::Secret secret, const QString &node)>;

    DeploymentEngine(const ClusterSpec &spec, ClusterSessions &sessions);

    void setEventSink(EventSink sink) { m_sink = std::move(sink); }
    void setSecretProvider(SecretProvider provider) { m_secrets = std::move(provider); }

    /// The destructive steps of `plan` whose check says they have not run yet, i.e. what
    /// needs the admin's confirmation before run().
    [[nodiscard]] QList<Step> pendingDestructiveSteps(const Plan &plan,
                                                      const std::atomic_bool *cancel = nullptr);

    [[nodiscard]] DeployResult run(const Plan &plan, const std::atomic_bool *cancel = nullptr);

private:
    StepOutcome runStep(const Step &step, const std::atomic_bool *cancel);
    StepOutcome runMeshGate(const Step &step, const std::atomic_bool *cancel);
    void emitEvent(EngineEvent event);

    const ClusterSpec &m_spec;
    ClusterSessions &m_sessions;
    EventSink m_sink;
    SecretProvider m_secrets;
};

} // namespace pveha
