// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DeploymentEngine.h"
#include "plan/PlanBuilder.h"
#include "preflight/Finding.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QTemporaryDir;
class QThread;
class QWidget;

namespace pveha {

class ClusterSessions;
class DemoEnvironment;
class GuiQueue;
class PromptBridge;
class SpecModel;

/// The wizard's one door to the engine (STYLE.md: pages never talk SSH). It owns the node
/// sessions of the current spec (real SSH, or the simulated nodes of the demo), runs the
/// preflight, the destructive-step query and the deployment on a worker thread, and turns what
/// the worker reports into signals on the GUI thread, in order and in batches (GuiQueue).
/// One task at a time; stop() sets the atomic flag the engine checks, so nothing ever blocks
/// the window. The sessions are rebuilt, between tasks, after the spec changed.
class EngineRunner : public QObject
{
    Q_OBJECT
public:
    enum class Task { None, Preflight, PendingQuery, Deploy };
    Q_ENUM(Task)

    explicit EngineRunner(SpecModel *model, QObject *parent = nullptr);
    ~EngineRunner() override;

    /// Demo: the spec's nodes are simulated, in a fresh temporary directory per call (the CLI
    /// keeps its demo world; the wizard always starts afresh). Forgets the last results.
    void setDemo(bool demo);
    bool isDemo() const { return m_demo; }
    /// Tests: the simulated cluster to use instead of a fresh one (prepared with
    /// sim::SimCluster::create, e.g. with a disk that is not empty). Applies to the next task.
    void setDemoDirectory(const QString &directory);
    QString demoDirectory() const;
    /// Where the SSH layer's questions (host key, passphrase) are shown.
    void setDialogParent(QWidget *parent);

    Task task() const { return m_task; }
    bool isBusy() const { return m_task != Task::None; }
    bool stopRequested() const { return m_cancel.load(); }

    /// The last preflight; valid while hasReport().
    bool hasReport() const { return m_hasReport; }
    const PreflightReport &report() const { return m_report; }
    /// What the plan depends on, as the last preflight found it (PVE 8 or 9).
    PlanFacts planFacts() const;
    /// The plan of the current spec and the last preflight's facts.
    Plan currentPlan() const;

    /// The first node's root password for joining the cluster: memory only, never written.
    void setRootPassword(const QString &password) { m_rootPassword = password; }
    bool hasRootPassword() const { return !m_rootPassword.isEmpty(); }
    /// Whether the deployment will ask setRootPassword() (never in the demo).
    bool needsRootPassword(const Plan &plan) const;
    /// The file the last (or current) deployment's full log goes to.
    QString logFilePath() const { return m_logFile; }

    /// Each returns false, with a setupFailed() signal, when a task is already running or the
    /// sessions could not be set up.
    bool startPreflight();
    bool startPendingQuery(const Plan &plan);
    bool startDeploy(const Plan &plan);
    /// Asks the running task to stop; taskFinished() follows when it has.
    void stop();

    /// The sessions of the current spec for the pages that observe the cluster (health, crash
    /// test), set up if needed; null when they cannot be (the reason in `error`). They stay
    /// valid until the spec changes and a task rebuilds them.
    ClusterSessions *observerSessions(QString *error = nullptr);
    /// The demo's simulated cluster, when the demo is on and its sessions exist.
    DemoEnvironment *demoEnvironment() const { return m_demo ? m_demoEnv.get() : nullptr; }

Q_SIGNALS:
    void taskStarted(pveha::EngineRunner::Task task);
    void taskFinished(pveha::EngineRunner::Task task);
    void setupFailed(const QString &message);
    /// Preflight: a finding as soon as it is known, then the whole report.
    void findingReady(const QString &node, const pveha::Finding &finding);
    void meshEntryReady(const pveha::MeshEntry &entry);
    void preflightFinished();
    /// The destructive steps whose check says they have not run yet.
    void pendingDestructiveReady(const QList<pveha::Step> &steps);
    void engineEvent(const pveha::EngineEvent &event);
    void deployFinished(const pveha::DeployResult &result);

private:
    bool ensureSessions(QString *error);
    /// The journal directory a task starting now writes to (sessions prepared first).
    QString journalForTask();
    bool begin(Task task, std::function<void()> work);
    void finish(Task task, const std::function<void()> &emitResult);
    void invalidate();

    SpecModel *m_model;
    GuiQueue *m_queue = nullptr;
    std::atomic_bool m_cancel{false};
    PromptBridge *m_prompts = nullptr;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QString m_demoDirOverride;
    std::unique_ptr<DemoEnvironment> m_demoEnv;
    std::unique_ptr<ClusterSessions> m_sessions;
    bool m_sessionsStale = true;
    QThread *m_thread = nullptr;
    Task m_task = Task::None;
    bool m_demo = false;
    PreflightReport m_report;
    bool m_hasReport = false;
    quint64 m_generation = 0; ///< counts spec changes
    QString m_rootPassword;
    QString m_logFile;
};

} // namespace pveha
