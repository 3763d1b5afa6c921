// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineRunner.h"

#include "SpecModel.h"
#include "common/Logging.h"
#include "demo/DemoEnvironment.h"
#include "engine/ClusterSessions.h"
#include "engine/GuiQueue.h"
#include "engine/Journal.h"
#include "engine/PromptBridge.h"
#include "engine/SshSessions.h"
#include "preflight/Preflight.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

namespace pveha {

EngineRunner::EngineRunner(SpecModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    m_queue = new GuiQueue(this);
    m_prompts = new PromptBridge(&m_cancel, this);
    // A changed spec means other nodes, users or keys: new sessions before the next task, and
    // the last results no longer describe it.
    connect(m_model, &SpecModel::changed, this, &EngineRunner::invalidate);
    connect(m_model, &SpecModel::reset, this, &EngineRunner::invalidate);
}

EngineRunner::~EngineRunner()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_sessions.reset(); // before the demo world its transports run in
    m_demoEnv.reset();
    if (m_demo)
        Journal::setDirectory(QString()); // the demo's world is gone
}

void EngineRunner::invalidate()
{
    m_sessionsStale = true;
    m_hasReport = false;
    m_rootPassword.clear();
    ++m_generation;
}

void EngineRunner::setDemo(bool demo)
{
    m_demo = demo;
    invalidate();
    // A running task keeps the directory it took when it started (see startDeploy()).
    if (!demo)
        Journal::setDirectory(QString());
    if (!isBusy()) {
        m_sessions.reset();
        m_demoEnv.reset();
        m_demoDir.reset(); // the next task opens a fresh simulated cluster
    }
}

void EngineRunner::setDemoDirectory(const QString &directory)
{
    m_demoDirOverride = directory;
    m_sessionsStale = true;
}

QString EngineRunner::demoDirectory() const
{
    if (!m_demoDirOverride.isEmpty())
        return m_demoDirOverride;
    return m_demoDir ? m_demoDir->path() : QString();
}

void EngineRunner::setDialogParent(QWidget *parent)
{
    m_prompts->setDialogParent(parent);
}

ClusterSessions *EngineRunner::observerSessions(QString *error)
{
    QString reason;
    if (!isBusy() && !ensureSessions(&reason)) {
        if (error)
            *error = reason;
        return nullptr;
    }
    return m_sessions.get();
}

bool EngineRunner::ensureSessions(QString *error)
{
    if (m_sessions && !m_sessionsStale)
        return true;
    m_sessions.reset();
    const ClusterSpec &spec = m_model->spec();
    ClusterSessions::Factory factory;
    if (m_demo) {
        if (m_demoDirOverride.isEmpty() && (!m_demoDir || !m_demoDir->isValid())) {
            m_demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                        QStringLiteral("/pve-ha-demo-XXXXXX"));
            if (!m_demoDir->isValid()) {
                *error = tr("The demo could not create its temporary directory: %1")
                             .arg(m_demoDir->errorString());
                return false;
            }
        }
        m_demoEnv.reset();
        m_demoEnv = DemoEnvironment::open(spec, demoDirectory(), false, error);
        // The demo's journal (runs, checks, health: the report's sources) stays in its world.
        Journal::setDirectory(demoDirectory() + QStringLiteral("/journal"));
        if (!m_demoEnv)
            return false;
        factory = m_demoEnv->transportFactory();
    } else {
        factory = SshSessions::factory(
            spec, [this](const HostKeyQuestion &q) { return m_prompts->askHostKey(q); },
            [this](const SecretQuestion &q) { return m_prompts->askSecret(q); });
    }
    m_sessions = std::make_unique<ClusterSessions>(spec.nodeNames(), factory);
    m_sessionsStale = false;
    return true;
}

QString EngineRunner::journalForTask()
{
    QString ignored; // begin() reports a failure to prepare the sessions
    if (!isBusy())
        (void)ensureSessions(&ignored);
    return Journal::directory();
}

bool EngineRunner::begin(Task task, std::function<void()> work)
{
    QString error;
    if (isBusy())
        error = tr("Another task is still running; wait for it to end or stop it.");
    else if (!ensureSessions(&error) && error.isEmpty())
        error = tr("The connections to the nodes could not be prepared.");
    if (!error.isEmpty()) {
        Q_EMIT setupFailed(error);
        return false;
    }
    m_cancel = false;
    m_task = task;
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("engine-runner"));
    m_thread->start();
    Q_EMIT taskStarted(task);
    return true;
}

void EngineRunner::finish(Task task, const std::function<void()> &emitResult)
{
    // The worker posted this as its very last act: joining it is immediate.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_task = Task::None;
    // The result first: whoever starts a new task on taskFinished() must not receive the
    // result of the old one as its own.
    emitResult();
    Q_EMIT taskFinished(task);
}

void EngineRunner::stop()
{
    if (isBusy())
        m_cancel = true;
}

PlanFacts EngineRunner::planFacts() const
{
    PlanFacts facts;
    if (!m_hasReport)
        return facts;
    for (const NodeReport &node : m_report.nodes)
        if (node.facts.pve.found) {
            facts.pveMajor = node.facts.pve.major;
            break;
        }
    return facts;
}

Plan EngineRunner::currentPlan() const
{
    return PlanBuilder::build(m_model->spec(), planFacts());
}

bool EngineRunner::needsRootPassword(const Plan &plan) const
{
    if (m_demo)
        return false;
    for (const Phase &phase : plan.phases)
        for (const Step &step : phase.steps)
            if (step.secret == Step::Secret::RootPassword)
                return true;
    return false;
}

bool EngineRunner::startPreflight()
{
    auto spec = std::make_shared<const ClusterSpec>(m_model->spec());
    m_hasReport = false;
    const quint64 generation = m_generation;
    // The worker uses m_sessions, which only changes between tasks (ensureSessions()).
    // The journal of the cluster as it is now (the demo's is set up with its sessions), even
    // if the demo is left before the end.
    const QString journal = journalForTask();
    return begin(Task::Preflight, [this, spec, generation, journal] {
        Preflight preflight(*spec, *m_sessions);
        preflight.setProgress([this](const QString &node, const Finding &finding) {
            m_queue->post([this, node, finding] { Q_EMIT findingReady(node, finding); });
        });
        preflight.setMeshProgress([this](const MeshEntry &entry) {
            m_queue->post([this, entry] { Q_EMIT meshEntryReady(entry); });
        });
        PreflightReport report = preflight.run(&m_cancel);
        // Kept for the report, as `validate` does (a stopped run proves nothing: not kept).
        if (!m_cancel.load())
            (void)Journal::saveDocumentIn(journal, spec->cluster.name, QStringLiteral("preflight"),
                                          report.toReportJson());
        m_queue->post([this, generation, report = std::move(report)] {
            m_report = report;
            // A report of a spec edited meanwhile describes nothing the plan will use.
            m_hasReport = !m_cancel.load() && generation == m_generation;
            finish(Task::Preflight, [this] { Q_EMIT preflightFinished(); });
        });
    });
}

bool EngineRunner::startPendingQuery(const Plan &plan)
{
    auto spec = std::make_shared<const ClusterSpec>(m_model->spec());
    return begin(Task::PendingQuery, [this, spec, plan] {
        DeploymentEngine engine(*spec, *m_sessions);
        QList<Step> pending = engine.pendingDestructiveSteps(plan, &m_cancel);
        m_queue->post([this, pending = std::move(pending)] {
            finish(Task::PendingQuery,
                   [this, &pending] { Q_EMIT pendingDestructiveReady(pending); });
        });
    });
}

bool EngineRunner::startDeploy(const Plan &plan)
{
    auto spec = std::make_shared<const ClusterSpec>(m_model->spec());
    const QDateTime started = QDateTime::currentDateTime();
    // The demo's log stays with its throw-away world; a real cluster's goes to the journal.
    m_logFile = m_demo ? demoDirectory() + QStringLiteral("/deploy-") +
                             started.toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                             QStringLiteral(".log")
                       : Journal::logPath(spec->cluster.name, started);
    const QString logFile = m_logFile;
    const bool demo = m_demo;
    const QString password = demo ? DemoEnvironment::rootPassword() : m_rootPassword;
    const QString journal = journalForTask();
    return begin(Task::Deploy, [this, spec, plan, started, logFile, password, journal] {
        QDir().mkpath(QFileInfo(logFile).absolutePath());
        QFile log(logFile);
        if (log.open(QIODevice::WriteOnly | QIODevice::Append))
            log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        else
            qCWarning(lcUi) << "the deployment log cannot be written:" << logFile
                            << log.errorString();
        DeploymentEngine engine(*spec, *m_sessions);
        // The engine calls the sink under its own lock: the file needs none.
        engine.setEventSink([this, &log](const EngineEvent &event) {
            if (log.isOpen()) {
                log.write((event.toLine() + QLatin1Char('\n')).toUtf8());
                if (event.type != EngineEvent::Type::Output)
                    log.flush();
            }
            m_queue->post([this, event] { Q_EMIT engineEvent(event); });
        });
        engine.setSecretProvider([password](Step::Secret, const QString &) {
            return password.isEmpty() ? std::nullopt : std::optional<QString>(password);
        });
        DeployResult result = engine.run(plan, &m_cancel);
        log.close();
        QString error;
        if (!Journal::recordIn(journal, spec->cluster.name, started, result, logFile, &error))
            qCWarning(lcUi) << "the journal cannot be written:" << error;
        m_queue->post([this, result = std::move(result)] {
            finish(Task::Deploy, [this, &result] { Q_EMIT deployFinished(result); });
        });
    });
}

} // namespace pveha
