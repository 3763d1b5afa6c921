// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CrashTest.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pveha {

class ClusterSessions;
class CrashTestRunner;
class CrashResultView;
class DemoEnvironment;
class InlineMessage;
struct ClusterSpec;

/// Page 13 of UX.md: the optional crash test of procedure §8.2. The admin picks a node and a
/// protected guest, reads why the test is refused or what to expect, confirms twice (a box and
/// the node's name) and presses a red button named after what it does. The test runs on a
/// worker thread; its timeline fills a list and a chart live, and the measured failover time
/// is set against the 2-minute goal. The result is kept for the report.
class CrashTestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit CrashTestPage(QWidget *parent = nullptr);
    ~CrashTestPage() override;

    /// The deployed cluster (the spec is copied; the sessions must outlive the page).
    void setCluster(const ClusterSpec &spec, ClusterSessions *sessions);
    /// Demo mode: simulated time runs kDemoTimeScale times faster and the crashed simulated
    /// node is revived afterwards (null: real nodes).
    void setDemo(DemoEnvironment *demo);
    /// How long to follow the failover before giving up, in (real) seconds.
    void setTimeoutSeconds(int seconds) { m_timeoutSeconds = seconds; }

    bool isRunning() const;
    bool hasResult() const { return m_hasResult; }
    const CrashTestResult &result() const { return m_result; }

    CrashResultView *resultView() const { return m_view; }

    bool isComplete() const override;

public Q_SLOTS:
    void startCrash();
    void stopCrash();

Q_SIGNALS:
    /// The test ended (recovered, timed out or stopped): the Finish page keeps it.
    void resultReady(const pveha::CrashTestResult &result);
    void runningChanged(bool running);

protected:
    void initializePage() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillChoices();
    void selectionChanged();
    void onRefusal(const QString &node, int vmid, const QString &refusal, const QString &warning);
    void onEvent(const CrashEvent &event);
    void onFinished(const CrashTestResult &result);
    void updateButtons();
    QString selectedNode() const;
    int selectedVmid() const;

    CrashTestRunner *m_runner = nullptr;
    DemoEnvironment *m_demo = nullptr;
    QStringList m_nodes;
    QList<int> m_vmids;
    QLabel *m_nodeLabel = nullptr;
    QComboBox *m_node = nullptr;
    QLabel *m_vmLabel = nullptr;
    QComboBox *m_vm = nullptr;
    InlineMessage *m_check = nullptr;
    QLabel *m_demoNote = nullptr;
    QCheckBox *m_understand = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_crash = nullptr;
    QPushButton *m_stop = nullptr;
    CrashResultView *m_view = nullptr;
    CrashTestResult m_result;
    QString m_checkedNode;
    int m_checkedVmid = 0;
    QString m_refusal;
    QString m_warning;
    bool m_checked = false;
    bool m_hasResult = false;
    int m_timeoutSeconds = 300;
};

} // namespace pveha
