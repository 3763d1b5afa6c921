// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ValidationPage.h"

#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/MeshMatrix.h"
#include "pages/PreflightTable.h"
#include "pages/ResumedDisks.h"
#include "preflight/Preflight.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTime>
#include <QTimer>
#include <QTreeWidgetItem>
#include <QVBoxLayout>

namespace pveha {

ValidationPage::ValidationPage(EngineRunner *runner, SpecModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
    , m_model(model)
{
    setObjectName(QStringLiteral("validationPage"));
    m_busy = new QLabel(this);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_runAgain = new QPushButton(this);
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopChecks"));
    connect(m_runAgain, &QPushButton::clicked, this, &ValidationPage::runChecks);
    connect(m_stop, &QPushButton::clicked, m_runner, &EngineRunner::stop);

    m_table = new PreflightTable(this);
    m_mesh = new MeshMatrix(this);
    m_meshCaption = new QLabel(this);
    m_meshCaption->setWordWrap(true);
    m_meshNote = new QLabel(this);
    m_meshNote->setObjectName(QStringLiteral("meshNote"));
    m_meshNote->setWordWrap(true);
    m_details = new CodeView(this);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setLanguage(CodeLanguage::Shell);
    // The table elides long messages: the selected one is shown whole above its command.
    m_detailMessage = new InlineMessage(this);
    m_detailMessage->setObjectName(QStringLiteral("checkMessage"));
    connect(m_table, &PreflightTable::detailsChanged, this, &ValidationPage::showDetails);

    auto *meshBox = new QWidget(this);
    auto *meshLayout = new QVBoxLayout(meshBox);
    meshLayout->setContentsMargins(0, 0, 0, 0);
    meshLayout->addWidget(m_meshCaption);
    meshLayout->addWidget(m_mesh);
    meshLayout->addWidget(m_meshNote);
    meshLayout->addStretch(1);
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailMessage);
    detailsLayout->addWidget(m_details, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(meshBox);
    bottom->addWidget(detailsBox);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_summary = new InlineMessage(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarnings"));
    m_acknowledge->setVisible(false);
    connect(m_acknowledge, &QCheckBox::toggled, this, &ValidationPage::completeChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_busy);
    top->addWidget(m_progressText, 1);
    top->addWidget(m_stop);
    top->addWidget(m_runAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_acknowledge);

    m_spinner = new QTimer(this);
    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, [this] {
        m_frame = (m_frame + 1) % StatusLook::kSpinnerFrames;
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_busy->setPixmap(StatusLook::runningIcon(m_frame).pixmap(size, size));
    });

    connect(m_runner, &EngineRunner::findingReady, this, &ValidationPage::onFinding);
    connect(m_runner, &EngineRunner::meshEntryReady, this, &ValidationPage::onMeshEntry);
    connect(m_runner, &EngineRunner::preflightFinished, this, &ValidationPage::onFinished);
    connect(m_runner, &EngineRunner::pendingDestructiveReady, this, &ValidationPage::onPending);
    connect(m_runner, &EngineRunner::taskFinished, this, [this] {
        if (m_rerun) {
            m_rerun = false;
            runChecks();
        }
    });
    retranslateUi();
    updateState();
}

void ValidationPage::initializePage()
{
    runChecks();
}

void ValidationPage::cleanupPage()
{
    // Back: nothing waits for these checks any more.
    if (m_running)
        m_runner->stop();
}

void ValidationPage::runChecks()
{
    if (m_runner->isBusy()) {
        m_rerun = true; // as soon as the running task has stopped
        m_runner->stop();
        return;
    }
    m_setupError.clear();
    m_started = true;
    m_done = false;
    m_queryingResume = false;
    m_exempt.clear();
    m_findings = 0;
    m_meshDone = 0;
    m_acknowledge->setChecked(false);
    const QStringList nodes = m_model->spec().nodeNames();
    m_nodeCount = int(nodes.size());
    m_table->start(nodes, Preflight::checkIds());
    m_mesh->start(nodes);
    showDetails({}, {}, {});
    connect(m_runner, &EngineRunner::setupFailed, this, &ValidationPage::onSetupFailed,
            Qt::SingleShotConnection);
    m_running = m_runner->startPreflight();
    disconnect(m_runner, &EngineRunner::setupFailed, this, &ValidationPage::onSetupFailed);
    if (m_running)
        m_spinner->start();
    updateState();
}

void ValidationPage::onSetupFailed(const QString &message)
{
    m_setupError = message;
    m_table->setStopped();
    m_mesh->setStopped();
}

void ValidationPage::onFinding(const QString &node, const Finding &finding)
{
    if (!m_running)
        return;
    m_table->addFinding(node, finding);
    ++m_findings;
    updateProgress();
}

void ValidationPage::onMeshEntry(const MeshEntry &entry)
{
    if (!m_running)
        return;
    m_mesh->setEntry(entry);
    ++m_meshDone;
    updateProgress();
}

void ValidationPage::onFinished()
{
    if (!m_running || m_queryingResume)
        return;
    if (m_runner->hasReport()) {
        m_table->setReport(m_runner->report());
        m_mesh->setEntries(m_runner->report().mesh);
        // Disks in use may be this deployment's own RAID or OSD: ask which destructive steps
        // are still to run before saying no.
        if (ResumedDisks::mayApply(m_runner->report())) {
            m_queryingResume = m_runner->startPendingQuery(m_runner->currentPlan());
            if (m_queryingResume) {
                m_progressText->setText(tr("Some disks are in use: checking whether this "
                                           "deployment's own steps put them to use…"));
                return;
            }
        }
        m_done = true;
    } else {
        m_table->setStopped();
        m_mesh->setStopped();
    }
    finishRun();
}

void ValidationPage::onPending(const QList<Step> &pending)
{
    if (!m_queryingResume)
        return;
    m_queryingResume = false;
    if (!m_runner->stopRequested()) {
        m_done = true;
        m_exempt = ResumedDisks::exempt(m_runner->report(), pending);
        for (const QString &key : std::as_const(m_exempt)) {
            const QString node = key.section(QLatin1Char('/'), 0, 0);
            const QString check = key.section(QLatin1Char('/'), 1);
            m_table->markResumed(
                node, check,
                tr("In use by this deployment: its step %1 has already run on %2, so these "
                   "disks will not be erased again; the deployment resumes after it.")
                    .arg(ResumedDisks::stepOf(check), node));
        }
    }
    finishRun();
}

void ValidationPage::finishRun()
{
    m_running = false;
    m_spinner->stop();
    updateState();
}

int ValidationPage::failures() const
{
    return m_runner->hasReport()
               ? m_runner->report().count(CheckStatus::Fail) - int(m_exempt.size())
               : 0;
}

int ValidationPage::warnings() const
{
    return m_runner->hasReport()
               ? m_runner->report().count(CheckStatus::Warn) + int(m_exempt.size())
               : 0;
}

void ValidationPage::showDetails(const QString &title, const QString &command,
                                 const QString &output)
{
    m_detailTitle = title;
    m_detailCommand = command;
    m_detailOutput = output;
    showSelectedMessage();
    if (title.isEmpty()) {
        m_details->setCaption(tr("Command and output"));
        m_details->setText(tr("# Select a check to see its command and output."));
        return;
    }
    m_details->setCaption(title);
    QString text = command.isEmpty() ? tr("# This check ran no command of its own.")
                                     : QStringLiteral("$ ") + command;
    if (!output.isEmpty())
        text += QLatin1Char('\n') + output;
    m_details->setText(text);
}

void ValidationPage::showSelectedMessage()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !item->parent() || item->text(2).isEmpty()) {
        m_detailMessage->clear();
        return;
    }
    m_detailMessage->setMessage(PreflightTable::lookOf(item), item->text(2));
}

void ValidationPage::updateProgress()
{
    const int checks = m_nodeCount * int(Preflight::checkIds().size());
    const int paths = m_nodeCount * (m_nodeCount - 1);
    m_progress->setRange(0, std::max(1, checks + paths));
    m_progress->setValue(std::min(m_findings, checks) + m_meshDone);
    m_progressText->setText(
        tr("Checking %n node(s) in parallel: %1 of %2 checks done, then %3 of %4 network paths.",
           nullptr, m_nodeCount)
            .arg(std::min(m_findings, checks))
            .arg(checks)
            .arg(m_meshDone)
            .arg(paths));
}

void ValidationPage::updateState()
{
    m_busy->setVisible(m_running);
    m_progress->setVisible(m_running);
    m_stop->setVisible(m_running);
    m_runAgain->setEnabled(!m_running);
    if (m_running) {
        updateProgress();
        m_summary->clear();
        m_acknowledge->setVisible(false);
        Q_EMIT completeChanged();
        return;
    }
    const PreflightReport &report = m_runner->report();
    const int fails = m_done ? failures() : 0;
    const int warns = m_done ? warnings() : 0;
    m_progressText->setText(
        m_done ? tr("Checked at %1.")
                     .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
               : QString());
    bool meshSkipped = m_done && !report.mesh.isEmpty();
    for (const MeshEntry &entry : report.mesh)
        meshSkipped = meshSkipped && entry.status == CheckStatus::Skip;
    // The preflight's own sentence says why and when the deployment tests it.
    m_meshNote->setText(meshSkipped ? report.mesh.first().message : QString());
    m_meshNote->setVisible(meshSkipped);
    if (!m_setupError.isEmpty()) {
        m_summary->setMessage(StatusLook::Status::Fail,
                              tr("The checks could not start: %1").arg(m_setupError));
    } else if (!m_started) {
        m_summary->clear();
    } else if (!m_done) {
        m_summary->setMessage(StatusLook::Status::Skip,
                              tr("The checks were stopped before the end. Run them again: the "
                                 "deployment needs a complete check of every node."));
    } else if (fails > 0) {
        m_summary->setMessage(
            StatusLook::Status::Fail,
            tr("%n check(s) failed. Fix the nodes or the spec (Back), then run the checks "
               "again: nothing is deployed until every check passes.",
               nullptr, fails));
    } else if (warns > 0) {
        m_summary->setMessage(StatusLook::Status::Warn,
                              tr("No check failed, but %n warning(s) need your attention: "
                                 "read them in the table before going on.",
                                 nullptr, warns));
    } else {
        m_summary->setMessage(StatusLook::Status::Pass,
                              tr("Every check passed on the %n node(s): the servers fit the spec.",
                                 nullptr, m_nodeCount));
    }
    m_acknowledge->setVisible(m_done && fails == 0 && warns > 0);
    Q_EMIT completeChanged();
}

bool ValidationPage::isComplete() const
{
    if (m_running || !m_done || !m_runner->hasReport() || failures() > 0)
        return false;
    return warnings() == 0 || m_acknowledge->isChecked();
}

void ValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ValidationPage::retranslateUi()
{
    setTitle(tr("Validation"));
    setSubTitle(tr("The servers are checked against the spec: reachable, Proxmox VE installed, "
                   "the disks present and empty, the private network able to carry its MTU. "
                   "Nothing is changed on them."));
    m_runAgain->setText(tr("&Run the checks again"));
    m_stop->setText(tr("S&top the checks"));
    m_meshCaption->setText(tr("Jumbo frames between the nodes (rows send, columns answer):"));
    m_acknowledge->setText(tr("I have read the warnings and want to continue anyway."));
    showDetails(m_detailTitle, m_detailCommand, m_detailOutput);
    if (!m_running)
        updateState();
}

} // namespace pveha
