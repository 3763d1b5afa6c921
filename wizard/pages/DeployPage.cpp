// SPDX-License-Identifier: GPL-3.0-or-later
// The deploy page's layout and its look per state; the flow (confirm, run, events) is in
// DeployPageFlow.cpp.
#include "pages/DeployPage.h"

#include "SpecModel.h"
#include "dialogs/EraseConfirmDialog.h"
#include "engine/EngineRunner.h"
#include "pages/DeployLog.h"
#include "pages/DeployStepsView.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace pveha {

namespace {
QString clock(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

DeployPage::DeployPage(EngineRunner *runner, SpecModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
    , m_model(model)
{
    setObjectName(QStringLiteral("deployPage"));
    m_busy = new QLabel(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("deployHeadline"));
    m_headline->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deployProgress"));
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("startDeploy"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopDeploy"));
    m_stop->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    connect(m_start, &QPushButton::clicked, this, &DeployPage::start);
    connect(m_stop, &QPushButton::clicked, this, &DeployPage::stop);

    m_failure = new InlineMessage(this);
    m_failure->setObjectName(QStringLiteral("deployFailure"));
    m_failureOutput = new CodeView(this);
    m_failureOutput->setObjectName(QStringLiteral("failureOutput"));
    m_failureOutput->setLanguage(CodeLanguage::Log);
    m_failureOutput->setMaximumHeight(130);
    m_failureBox = new QWidget(this);
    auto *failureLayout = new QVBoxLayout(m_failureBox);
    failureLayout->setContentsMargins(0, 0, 0, 0);
    failureLayout->addWidget(m_failure);
    failureLayout->addWidget(m_failureOutput);
    m_failureBox->setVisible(false);
    m_result = new InlineMessage(this);
    m_result->setObjectName(QStringLiteral("deployResult"));

    m_steps = new DeployStepsView(this);
    m_log = new DeployLog(this);
    m_logPath = new QLabel(this);
    m_logPath->setObjectName(QStringLiteral("logPath"));
    m_logPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logPath->setWordWrap(true);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_log, 1);
    logLayout->addWidget(m_logPath);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_steps);
    split->addWidget(logBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *top = new QHBoxLayout;
    top->addWidget(m_busy, 0, Qt::AlignTop);
    top->addWidget(m_headline, 1);
    top->addWidget(m_stop, 0, Qt::AlignTop);
    top->addWidget(m_start, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(m_failureBox);
    layout->addWidget(m_result);
    layout->addWidget(split, 1);

    m_clock = new QTimer(this);
    m_clock->setInterval(250);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_frame = (m_frame + 1) % StatusLook::kSpinnerFrames;
        updateHeader();
    });

    connect(m_runner, &EngineRunner::pendingDestructiveReady, this, &DeployPage::onPending);
    connect(m_runner, &EngineRunner::engineEvent, this, &DeployPage::onEvent);
    connect(m_runner, &EngineRunner::deployFinished, this, &DeployPage::onFinished);
    connect(m_runner, &EngineRunner::setupFailed, this, &DeployPage::onSetupFailed);
    retranslateUi();
    setState(State::Idle);
}

bool DeployPage::isComplete() const
{
    return m_state == State::Done;
}

void DeployPage::setState(State state)
{
    m_state = state;
    const bool busy =
        state == State::Checking || state == State::Running || state == State::Stopping;
    if (busy && !m_clock->isActive())
        m_clock->start();
    else if (!busy)
        m_clock->stop();
    m_busy->setVisible(busy);
    m_progress->setVisible(state != State::Idle && state != State::Checking &&
                           state != State::Ready);
    if (state != State::Failed)
        m_failureBox->setVisible(false);
    updateHeader();
    updateButtons();
    Q_EMIT stateChanged(state);
    Q_EMIT completeChanged();
}

void DeployPage::lockBack(bool locked)
{
    // QWizard disables Back when the previous page is a commit page: that page becomes one
    // while the engine runs, so nobody leaves a running deployment by accident.
    QWizard *w = wizard();
    if (!w)
        return;
    const QList<int> ids = w->visitedIds();
    if (ids.size() >= 2)
        if (QWizardPage *previous = w->page(ids.at(ids.size() - 2)))
            previous->setCommitPage(locked);
    Q_EMIT completeChanged(); // makes QWizard refresh its buttons
}

void DeployPage::updateButtons()
{
    m_stop->setVisible(m_state == State::Running || m_state == State::Stopping);
    m_stop->setEnabled(m_state == State::Running);
    const bool canStart =
        m_state == State::Ready || m_state == State::Stopped || m_state == State::Failed;
    m_start->setVisible(canStart);
    QString styleSheet;
    int disks = 0;
    QSet<QString> nodes;
    for (const Step &step : std::as_const(m_pending)) {
        disks += int(step.erases.size());
        nodes.insert(step.node);
    }
    switch (m_state) {
    case State::Stopped:
        m_start->setText(tr("&Resume the deployment"));
        break;
    case State::Failed:
        m_start->setText(tr("&Retry"));
        break;
    default:
        if (disks > 0) {
            m_start->setText(EraseConfirmDialog::actionText(disks, int(nodes.size())) +
                             QStringLiteral("…"));
            styleSheet = QStringLiteral(
                "QPushButton { background-color: #c62828; color: white; border: 1px solid "
                "#8e0000; border-radius: 3px; padding: 5px 12px; }"
                "QPushButton:focus { border: 2px solid #4a0000; }");
        } else {
            m_start->setText(tr("&Deploy the cluster"));
        }
        break;
    }
    m_start->setIcon(disks > 0 && m_state == State::Ready ? StatusLook::destructiveIcon()
                                                          : QIcon());
    m_start->setStyleSheet(styleSheet);
}

void DeployPage::updateHeader()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_busy->setPixmap(StatusLook::runningIcon(m_frame).pixmap(size, size));
    const int total = m_plan.stepCount();
    const qint64 elapsed = m_elapsedBefore + (m_elapsed.isValid() ? m_elapsed.elapsed() : 0);
    m_progress->setRange(0, std::max(1, m_totalWeight));
    m_progress->setValue(m_doneWeight);
    m_progress->setFormat(tr("%1 of %2 steps").arg(m_stepsFinished).arg(total));
    switch (m_state) {
    case State::Idle:
        m_headline->clear();
        break;
    case State::Checking:
        m_headline->setText(tr("Asking the nodes which steps are already done…"));
        break;
    case State::Ready:
        m_headline->setText(
            m_pending.isEmpty()
                ? tr("Ready: %1 steps on %2 nodes. No disk is left to erase.")
                      .arg(total)
                      .arg(m_model->spec().nodes.size())
                : tr("Ready: %1 steps on %2 nodes. %n step(s) will erase disks: you will see "
                     "each disk and confirm before anything starts.",
                     nullptr, int(m_pending.size()))
                      .arg(total)
                      .arg(m_model->spec().nodes.size()));
        break;
    case State::Running: {
        const QString phase = m_phaseIndex >= 0 ? m_plan.phases.at(m_phaseIndex).title : QString();
        m_headline->setText(tr("Phase %1 of %2: %3. Step %4 of %5, %6 elapsed.")
                                .arg(m_phaseIndex + 1)
                                .arg(m_plan.phases.size())
                                .arg(phase)
                                .arg(std::min(m_stepsFinished + 1, total))
                                .arg(total)
                                .arg(clock(elapsed)));
        break;
    }
    case State::Stopping:
        m_headline->setText(tr("Stopping: the commands running on the nodes are interrupted…"));
        break;
    case State::Stopped:
        m_headline->setText(tr("Stopped after %1 of %2 steps (%3). Resume runs the plan again: "
                               "the steps already done are skipped.")
                                .arg(m_stepsFinished)
                                .arg(total)
                                .arg(clock(elapsed)));
        break;
    case State::Failed:
        m_headline->setText(tr("The deployment stopped at a failed step after %1 of %2 steps (%3).")
                                .arg(m_stepsFinished)
                                .arg(total)
                                .arg(clock(elapsed)));
        break;
    case State::Done:
        m_headline->setText(
            tr("Deployed: all %1 steps done, in %2.").arg(total).arg(clock(elapsed)));
        break;
    }
}

void DeployPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void DeployPage::retranslateUi()
{
    setTitle(tr("Deployment"));
    setSubTitle(tr("The plan runs on the nodes, step by step. You can stop at any time and "
                   "resume later: the steps already done are skipped."));
    m_stop->setText(tr("S&top"));
    m_stop->setToolTip(tr("Interrupts the commands running now. Nothing is undone; Resume "
                          "continues from there."));
    const QString path = m_runner->logFilePath();
    m_logPath->setText(path.isEmpty() ? QString() : tr("Full log: %1").arg(path));
    updateHeader();
    updateButtons();
}

} // namespace pveha
