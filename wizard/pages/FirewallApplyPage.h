// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeSync.h"
#include "ovh/OvhClient.h"

#include <QWizardPage>

#include <functional>
#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pveha {

class BusySpinner;
class EdgeFirewallSync;
class EdgeStateView;
class EngineRunner;
class InlineMessage;
class SpecModel;

/// Page 9 of UX.md: the Edge Network Firewall of each node's public address, through the
/// OVHcloud API. The admin types (or gets from the environment) the three API keys, which stay
/// in this page's memory; "Read the current rules" compares what each firewall holds with the
/// rules derived from the spec (a dry run); "Apply" brings them in line after a confirmation.
/// A rule set that would lock the admin out of SSH or the GUI is refused before anything is
/// sent. The page may be left without applying: the firewall can be applied later, here or
/// with `pve-ha-installer firewall --apply`.
class FirewallApplyPage : public QWizardPage
{
    Q_OBJECT
public:
    FirewallApplyPage(EngineRunner *runner, SpecModel *model, QWidget *parent = nullptr);
    ~FirewallApplyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /// Reads every node's firewall (apply = false) or applies the difference (apply = true,
    /// without asking: the button asks first). Returns false when it cannot start (no keys,
    /// demo, refused rule set); the reason is shown on the page.
    bool startSync(bool apply);
    bool isRunning() const { return m_sync != nullptr; }
    EdgeStateView *state() const { return m_state; }
    InlineMessage *summary() const { return m_summary; }

    /// How long to wait for the API's pending states and how hard to retry (tests shrink them).
    void setTimings(const EdgeSyncOptions &options, const OvhRetryPolicy &policy);

    /// Tests replace the confirmation of "Apply" (true = confirmed).
    void setConfirmHandler(std::function<bool(const QString &text)> handler)
    {
        m_confirm = std::move(handler);
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyClicked();
    void requestConsumerKey();
    void onProgress(const QString &node, const QString &text);
    void onNodeFinished(int index);
    void onFinished();
    OvhCredentials credentials() const;
    /// Why a read (or an apply) cannot start now; empty when it can.
    QString cannotStart(bool apply) const;
    QString baseUrl() const;
    void resetTargets();
    void updateState();
    void showResult();
    void retranslateUi();

    EngineRunner *m_runner;
    SpecModel *m_model;
    QLabel *m_intro = nullptr;
    QGroupBox *m_keysBox = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLabel *m_endpoint = nullptr;
    QLabel *m_appKeyLabel = nullptr;
    QLineEdit *m_appKey = nullptr;
    QLabel *m_appSecretLabel = nullptr;
    QLineEdit *m_appSecret = nullptr;
    QLabel *m_consumerKeyLabel = nullptr;
    QLineEdit *m_consumerKey = nullptr;
    QPushButton *m_requestKey = nullptr;
    QLabel *m_keysNote = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_apply = nullptr;
    BusySpinner *m_busy = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    EdgeStateView *m_state = nullptr;
    QPlainTextEdit *m_log = nullptr;
    InlineMessage *m_summary = nullptr;

    std::unique_ptr<OvhClient> m_client;
    EdgeFirewallSync *m_sync = nullptr; ///< owned (a child) while a run goes on
    std::unique_ptr<OvhClient> m_keyClient;
    std::function<bool(const QString &)> m_confirm;
    EdgeSyncOptions m_options;
    OvhRetryPolicy m_policy;
    bool m_lastApply = false;
    bool m_haveResult = false;
    bool m_apiRefused = false;
    bool m_apiUnreachable = false;
    QString m_runCluster; ///< where the running sync's result is kept
    QString m_runJournal;
    int m_nodesDone = 0;
    QString m_problem;
};

} // namespace pveha
