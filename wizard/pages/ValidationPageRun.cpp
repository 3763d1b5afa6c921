// SPDX-License-Identifier: GPL-3.0-or-later
// The validation page's run: the preflight's findings as they come, the follow-up question
// about a resumed deployment's disks, and the verdict. Layout and texts are in
// ValidationPage.cpp.
#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/MeshMatrix.h"
#include "pages/PreflightTable.h"
#include "pages/ResumedDisks.h"
#include "pages/ValidationPage.h"
#include "preflight/Preflight.h"
#include "widgets/BusySpinner.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTime>
#include <QTimer>

namespace pveha {

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
        m_busy->start();
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
    m_busy->stop();
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

} // namespace pveha
