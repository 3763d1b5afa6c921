// SPDX-License-Identifier: GPL-3.0-or-later
// The deploy page's flow: which destructive steps remain, confirmation, root password, the
// run and its events. Layout and look are in DeployPage.cpp.
#include "SpecModel.h"
#include "dialogs/EraseConfirmDialog.h"
#include "dialogs/PasswordDialog.h"
#include "engine/EngineRunner.h"
#include "pages/DeployLog.h"
#include "pages/DeployPage.h"
#include "pages/DeployStepsView.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"

#include <QLabel>
#include <QWizard>

namespace pveha {

namespace {
QString key(const QString &node, const QString &step)
{
    return node + QLatin1Char('/') + step;
}
} // namespace

void DeployPage::initializePage()
{
    if (m_state == State::Running || m_state == State::Stopping)
        return;
    m_plan = m_runner->currentPlan();
    m_steps->setPlan(m_plan);
    m_log->setNodes(m_model->spec().nodeNames());
    m_log->clearLogs();
    m_result->clear();
    m_confirmed.clear();
    m_pending.clear();
    m_elapsed.invalidate();
    m_elapsedBefore = 0;
    m_stepsFinished = 0;
    m_doneWeight = 0;
    m_totalWeight = 0;
    for (const Phase &phase : std::as_const(m_plan.phases))
        for (const Step &step : phase.steps)
            m_totalWeight += step.weight;
    queryPending(false);
}

void DeployPage::cleanupPage()
{
    if (m_state == State::Checking)
        m_runner->stop();
    setState(State::Idle);
}

void DeployPage::queryPending(bool thenRun)
{
    m_setupError.clear();
    m_runAfterQuery = thenRun;
    m_stateBeforeStart = thenRun ? m_state : State::Ready;
    setState(State::Checking);
    if (!m_runner->startPendingQuery(m_plan))
        setState(m_stateBeforeStart == State::Ready ? State::Idle : m_stateBeforeStart);
}

void DeployPage::onSetupFailed(const QString &message)
{
    if (!wizard() || wizard()->currentPage() != this)
        return; // another page's task
    m_setupError = message;
    m_result->setMessage(StatusLook::Status::Fail,
                         tr("The nodes could not be reached: %1").arg(message));
}

void DeployPage::onPending(const QList<Step> &steps)
{
    if (m_state != State::Checking)
        return;
    if (m_runner->stopRequested()) {
        setState(m_stateBeforeStart == State::Ready ? State::Idle : m_stateBeforeStart);
        return;
    }
    m_pending = steps;
    if (!m_runAfterQuery) {
        setState(State::Ready);
        return;
    }
    start();
}

void DeployPage::start()
{
    if (m_state != State::Ready && m_state != State::Stopped && m_state != State::Failed &&
        m_state != State::Checking)
        return;
    if (m_state != State::Checking && m_state != State::Ready) {
        queryPending(true); // what remains after the last run, then on
        return;
    }
    if (m_state == State::Ready)
        m_stateBeforeStart = State::Ready;
    QList<Step> unconfirmed;
    for (const Step &step : std::as_const(m_pending))
        if (!m_confirmed.contains(key(step.node, step.id)))
            unconfirmed << step;
    if (unconfirmed.isEmpty())
        askPassword();
    else
        confirm(unconfirmed);
}

void DeployPage::cancelStart()
{
    setState(m_stateBeforeStart);
}

void DeployPage::confirm(const QList<Step> &unconfirmed)
{
    auto *dialog =
        new EraseConfirmDialog(m_model->spec().cluster.name,
                               EraseConfirmDialog::disksOf(unconfirmed, m_runner->report()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, unconfirmed] {
        for (const Step &step : unconfirmed)
            m_confirmed.insert(key(step.node, step.id));
        askPassword();
    });
    connect(dialog, &QDialog::rejected, this, &DeployPage::cancelStart);
    dialog->open();
}

void DeployPage::askPassword()
{
    if (!m_runner->needsRootPassword(m_plan) || m_runner->hasRootPassword()) {
        run();
        return;
    }
    const QStringList nodes = m_model->spec().nodeNames();
    auto *dialog = new PasswordDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Root password of %1").arg(nodes.value(0)));
    dialog->setMessage(tr("The other nodes join the cluster of %1 with its root password "
                          "(pvecm add asks for it). It is kept in memory only, for this "
                          "session, and is never written to disk or to the logs.")
                           .arg(nodes.value(0)));
    dialog->setFieldLabel(tr("Root &password of %1:").arg(nodes.value(0)));
    dialog->setAcceptText(tr("Deploy"));
    dialog->setSkipText(tr("The nodes have already joined"));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->skipped())
            m_runner->setRootPassword(dialog->secret());
        run();
    });
    connect(dialog, &QDialog::rejected, this, &DeployPage::cancelStart);
    dialog->open();
}

void DeployPage::run()
{
    m_steps->resetStatuses();
    m_tails.clear();
    m_stepsFinished = 0;
    m_doneWeight = 0;
    m_phaseIndex = -1;
    m_result->clear();
    if (m_elapsed.isValid())
        m_elapsedBefore += m_elapsed.elapsed();
    if (!m_runner->startDeploy(m_plan)) {
        setState(m_stateBeforeStart);
        return;
    }
    m_elapsed.start();
    setState(State::Running);
    lockBack(true);
    retranslateUi(); // the log file's path
}

void DeployPage::stop()
{
    if (m_state != State::Running)
        return;
    m_runner->stop();
    setState(State::Stopping);
}

void DeployPage::onEvent(const EngineEvent &event)
{
    if (m_state != State::Running && m_state != State::Stopping)
        return;
    m_log->addEvent(event);
    m_steps->applyEvent(event);
    const QString k = key(event.node, event.step);
    switch (event.type) {
    case EngineEvent::Type::PhaseStarted:
        for (int i = 0; i < m_plan.phases.size(); ++i)
            if (m_plan.phases.at(i).id == event.phase)
                m_phaseIndex = i;
        break;
    case EngineEvent::Type::Output: {
        QStringList &tail = m_tails[k];
        tail << event.text;
        if (tail.size() > 20)
            tail.removeFirst();
        break;
    }
    case EngineEvent::Type::Done:
    case EngineEvent::Type::Skipped:
    case EngineEvent::Type::Failed:
        ++m_stepsFinished;
        if (const Step *step = m_plan.find(event.node, event.step))
            m_doneWeight += event.type == EngineEvent::Type::Failed ? 0 : step->weight;
        if (event.type == EngineEvent::Type::Failed && !m_runner->stopRequested()) {
            // At once, not when the other nodes have finished their steps.
            StepOutcome failed;
            failed.node = event.node;
            failed.step = event.step;
            failed.exitCode = event.exitCode;
            failed.reason = event.text;
            failed.lastOutput = m_tails.value(k);
            showFailure(failed);
        }
        break;
    case EngineEvent::Type::Started:
    case EngineEvent::Type::Info:
        break;
    }
    updateHeader();
}

void DeployPage::showFailure(const StepOutcome &failed)
{
    const Step *step = m_plan.find(failed.node, failed.step);
    m_failure->setMessage(
        StatusLook::Status::Fail,
        tr("The step “%1” (%2) failed on %3 with exit code %4: %5\nFix the cause on the node, "
           "then press Retry: the steps already done are skipped.")
            .arg(step ? step->title : failed.step, failed.step, failed.node)
            .arg(failed.exitCode)
            .arg(failed.reason));
    m_failureOutput->setCaption(tr("Last lines of %1 on %2").arg(failed.step, failed.node));
    m_failureOutput->setText(failed.lastOutput.isEmpty()
                                 ? tr("(the step printed nothing)")
                                 : failed.lastOutput.join(QLatin1Char('\n')));
    m_failureBox->setVisible(true);
}

void DeployPage::onFinished(const DeployResult &result)
{
    if (m_state != State::Running && m_state != State::Stopping)
        return;
    m_lastResult = result;
    m_log->flush();
    lockBack(false);
    const StepOutcome *failed = result.failure();
    if (result.ok) {
        m_result->setMessage(StatusLook::Status::Pass,
                             tr("The cluster is deployed. Steps run now: %1; already done: %2. "
                                "Next shows the cluster's health.")
                                 .arg(result.count(StepOutcome::Status::Done))
                                 .arg(result.count(StepOutcome::Status::Skipped)));
        setState(State::Done);
    } else if (m_runner->stopRequested() || result.cancelled || !failed) {
        m_steps->markStopped();
        setState(State::Stopped);
    } else {
        setState(State::Failed);
        showFailure(*failed); // the engine's own account, with its last lines
        m_steps->showStep(failed->node, failed->step);
    }
}

} // namespace pveha
