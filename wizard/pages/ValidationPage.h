// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QSet>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace pveha {

class BusySpinner;
class CodeView;
class EngineRunner;
class InlineMessage;
class MeshMatrix;
class PreflightTable;
class SpecModel;
struct Finding;
struct MeshEntry;

/// Page 8: the preflight, run on the nodes when the page is entered (and on "Run the checks
/// again"), on the EngineRunner's worker thread. The findings fill a table per node and check
/// as they arrive; the MTU mesh fills a matrix; the selected check's command and output show
/// beside it. Next needs no failed check, and an explicit acknowledgement of the warnings.
class ValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    ValidationPage(EngineRunner *runner, SpecModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Starts the preflight (stopping one still running first).
    void runChecks();
    bool isRunning() const { return m_running; }
    PreflightTable *table() const { return m_table; }
    MeshMatrix *mesh() const { return m_mesh; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStarted();
    void onFinding(const QString &node, const Finding &finding);
    void onMeshEntry(const MeshEntry &entry);
    void onFinished();
    void onPending(const QList<Step> &pending);
    void finishRun();
    /// Failed and warned checks, counting a resumed deployment's own disks as warnings.
    int failures() const;
    int warnings() const;
    void onSetupFailed(const QString &message);
    void showDetails(const QString &title, const QString &command, const QString &output);
    void showSelectedMessage();
    void updateProgress();
    void updateState();
    void retranslateUi();

    EngineRunner *m_runner;
    SpecModel *m_model;
    BusySpinner *m_busy = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_runAgain = nullptr;
    QPushButton *m_stop = nullptr;
    PreflightTable *m_table = nullptr;
    MeshMatrix *m_mesh = nullptr;
    QLabel *m_meshCaption = nullptr;
    QLabel *m_meshNote = nullptr;
    CodeView *m_details = nullptr;
    InlineMessage *m_detailMessage = nullptr;
    InlineMessage *m_summary = nullptr;
    QCheckBox *m_acknowledge = nullptr;
    bool m_running = false;
    bool m_rerun = false;
    bool m_queryingResume = false;
    QSet<QString> m_exempt;
    bool m_done = false;
    bool m_started = false;
    QString m_detailTitle;
    QString m_detailCommand;
    QString m_detailOutput;
    QString m_setupError;
    int m_findings = 0;
    int m_meshDone = 0;
    int m_nodeCount = 0;
};

} // namespace pveha
