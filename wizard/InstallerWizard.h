// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/WelcomePage.h"
#include "spec/ClusterSpec.h"

#include <QWizard>

namespace pveha {

class CrashTestPage;
class FinishPage;
class FirewallApplyPage;
class EngineRunner;
class HealthPage;
class SpecModel;
class StepsPanel;

/// The installer's window: a QWizard whose pages follow the flow of UX.md, with a side panel
/// listing every step. It owns the SpecModel the input pages edit, decides how a session
/// starts (new cluster, opened file, demo), and re-translates on language change. Pages edit
/// the model and observe the engine; the wizard only wires them together.
class InstallerWizard : public QWizard
{
    Q_OBJECT
public:
    explicit InstallerWizard(QWidget *parent = nullptr);
    ~InstallerWizard() override;

    SpecModel *model() const { return m_model; }
    /// Runs the preflight and the deployment for the pages 8 to 11.
    EngineRunner *runner() const { return m_runner; }

    /// Opens a spec file (`--spec FILE`, or the Welcome page). Returns true when the spec was
    /// loaded into the model; an invalid spec is still loaded, as far as it could be read, so
    /// the admin can fix it on the pages. Returns false, leaving the model as it was, when the
    /// file could not be read or is not JSON. Any problem is shown in a (non-blocking) message
    /// box and returned in `error`.
    bool openSpecFile(const QString &path, QString *error = nullptr);
    /// Starts on simulated nodes with the example cluster (the --demo flag).
    void startDemo();
    /// Starts a new cluster from newClusterSpec().
    void startNewCluster();
    bool isDemo() const { return m_demo; }

    /// What "New cluster" starts from: the example's choices (devices, names, networks,
    /// policies), which the seed's servers share, but three empty node rows and no admin
    /// source address, which only the admin can know.
    static ClusterSpec newClusterSpec();

    /// "Export report…": asks where, writes the HTML report from the journal and says so.
    /// Returns the written path (empty when cancelled or failed).
    QString exportReport();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    bool applyStart(WelcomePage::Start start, const QString &path);
    void markApplied(WelcomePage::Start start, const QString &path);

    SpecModel *m_model = nullptr;
    EngineRunner *m_runner = nullptr;
    HealthPage *m_health = nullptr;
    CrashTestPage *m_crash = nullptr;
    FirewallApplyPage *m_firewallApply = nullptr;
    FinishPage *m_finish = nullptr;
    WelcomePage *m_welcome = nullptr;
    StepsPanel *m_steps = nullptr;
    bool m_demo = false;
    WelcomePage::Start m_appliedStart = WelcomePage::Start::NewCluster;
    QString m_appliedPath;
};

} // namespace pveha
