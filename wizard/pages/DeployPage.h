// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DeploymentEngine.h"
#include "plan/Plan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace pveha {

class CodeView;
class DeployLog;
class DeployStepsView;
class EngineRunner;
class InlineMessage;
class SpecModel;

/// Page 11: runs the plan. First it asks the nodes which destructive steps are still to run;
/// those need the admin's confirmation (every disk listed, the cluster name typed), and a
/// real cluster needs the first node's root password for the joins (memory only). Then the
/// engine runs on the EngineRunner's thread while the page shows the phase, step n of m and
/// the elapsed time, each step's status and time, and a live log per node. Stop interrupts;
/// Resume and Retry run the plan again (done steps are skipped by their checks). A failing
/// step shows at once: step, node, exit code and its last lines.
class DeployPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Checking, Ready, Running, Stopping, Stopped, Failed, Done };
    Q_ENUM(State)

    DeployPage(EngineRunner *runner, SpecModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    State state() const { return m_state; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *stopButton() const { return m_stop; }
    DeployLog *log() const { return m_log; }
    DeployStepsView *steps() const { return m_steps; }
    InlineMessage *failure() const { return m_failure; }
    InlineMessage *result() const { return m_result; }

public Q_SLOTS:
    /// Deploy, Resume or Retry: whatever the button says now.
    void start();
    void stop();

Q_SIGNALS:
    void stateChanged(pveha::DeployPage::State state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void queryPending(bool thenRun);
    void onPending(const QList<Step> &steps);
    void onSetupFailed(const QString &message);
    void confirm(const QList<Step> &unconfirmed);
    void askPassword();
    void run();
    void cancelStart();
    void onEvent(const EngineEvent &event);
    void onFinished(const DeployResult &result);
    void showFailure(const StepOutcome &failed);
    void setState(State state);
    void lockBack(bool locked);
    void updateHeader();
    void updateButtons();
    void retranslateUi();

    EngineRunner *m_runner;
    SpecModel *m_model;
    Plan m_plan;
    State m_state = State::Idle;
    State m_stateBeforeStart = State::Ready;
    QList<Step> m_pending;
    QSet<QString> m_confirmed;
    bool m_runAfterQuery = false;
    QString m_setupError;

    QLabel *m_busy = nullptr;
    QLabel *m_headline = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QWidget *m_failureBox = nullptr;
    InlineMessage *m_failure = nullptr;
    CodeView *m_failureOutput = nullptr;
    InlineMessage *m_result = nullptr;
    DeployStepsView *m_steps = nullptr;
    DeployLog *m_log = nullptr;
    QLabel *m_logPath = nullptr;
    QTimer *m_clock = nullptr;
    int m_frame = 0;

    QElapsedTimer m_elapsed;
    qint64 m_elapsedBefore = 0; ///< ms of earlier runs (a resumed deployment counts on)
    int m_totalWeight = 0;
    int m_doneWeight = 0;
    int m_stepsFinished = 0;
    int m_phaseIndex = -1;
    DeployResult m_lastResult;
    QHash<QString, QStringList> m_tails; ///< "node/step" → its last output lines
};

} // namespace pveha
