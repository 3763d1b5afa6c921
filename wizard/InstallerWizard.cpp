// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallerWizard.h"

#include "CrashTestPage.h"
#include "HealthPage.h"
#include "PageId.h"
#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/CephHaPage.h"
#include "pages/DeployPage.h"
#include "pages/DisksPage.h"
#include "pages/FinishPage.h"
#include "pages/FirewallApplyPage.h"
#include "pages/FirewallPage.h"
#include "pages/NetworkPage.h"
#include "pages/NodesPage.h"
#include "pages/PlanPage.h"
#include "pages/ReportExport.h"
#include "pages/SummaryPage.h"
#include "pages/ValidationPage.h"
#include "pages/WelcomePage.h"
#include "widgets/StepsPanel.h"

#include "engine/Journal.h"
#include "report/JournalRecords.h"

#include <QDesktopServices>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace pveha {

InstallerWizard::InstallerWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("installerWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(1024, 700);
    resize(1200, 780);

    setPixmap(QWizard::LogoPixmap,
              QIcon(QStringLiteral(":/icons/pve-ha-installer.svg")).pixmap(48, 48));

    m_model = new SpecModel(this);
    m_model->setSpec(newClusterSpec());
    m_runner = new EngineRunner(m_model, this);
    m_runner->setDialogParent(this);

    m_welcome = new WelcomePage(this);
    m_welcome->setStartHandler(
        [this](WelcomePage::Start start, const QString &path) { return applyStart(start, path); });
    setPage(WelcomePageId, m_welcome);
    setPage(NodesPageId, new NodesPage(m_model, this));
    setPage(NetworkPageId, new NetworkPage(m_model, this));
    setPage(DisksPageId, new DisksPage(m_model, this));
    setPage(CephHaPageId, new CephHaPage(m_model, this));
    setPage(FirewallPageId, new FirewallPage(m_model, this));
    setPage(SummaryPageId, new SummaryPage(m_model, this));
    setPage(ValidationPageId, new ValidationPage(m_runner, m_model, this));
    m_firewallApply = new FirewallApplyPage(m_runner, m_model, this);
    setPage(FirewallApplyPageId, m_firewallApply);
    setPage(PlanPageId, new PlanPage(m_runner, this));
    setPage(DeployPageId, new DeployPage(m_runner, m_model, this));
    m_health = new HealthPage(this);
    setPage(HealthPageId, m_health);
    m_crash = new CrashTestPage(this);
    setPage(CrashTestPageId, m_crash);
    m_finish = new FinishPage(m_model, this);
    setPage(FinishPageId, m_finish);
    // What the observing pages saw is kept in the journal for the report, as the command line
    // keeps it.
    connect(m_health, &HealthPage::snapshotShown, this, [this](const HealthSnapshot &snapshot) {
        (void)Journal::saveDocument(m_model->spec().cluster.name, QStringLiteral("health"),
                                    JournalRecords::health(snapshot));
    });
    connect(m_crash, &CrashTestPage::resultReady, this, [this](const CrashTestResult &result) {
        (void)Journal::saveDocument(m_model->spec().cluster.name, QStringLiteral("crashtest"),
                                    result.toJson());
    });

    // "Export report…" under every page from the validation on (the Finish page has its own).
    setButton(QWizard::CustomButton1, new QPushButton(this));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("exportReportButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            exportReport();
    });
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setOption(QWizard::HaveCustomButton1, id >= ValidationPageId && id != FinishPageId);
    });
    // The observing pages get the cluster's sessions when they are reached (after a deployment,
    // or straight from a finished one).
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != HealthPageId && id != CrashTestPageId)
            return;
        QString error;
        ClusterSessions *sessions = m_runner->observerSessions(&error);
        if (!sessions)
            return;
        m_health->setSessions(sessions);
        m_crash->setCluster(m_model->spec(), sessions);
        m_crash->setDemo(m_runner->demoEnvironment());
    });

    m_steps = new StepsPanel(this);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrent);
    m_steps->setPageExists([this](int id) { return page(id) != nullptr; });
    m_steps->setPageVisited([this](int id) { return visitedIds().contains(id); });
    m_steps->setCurrent(WelcomePageId);
    retranslateUi();
}

InstallerWizard::~InstallerWizard() = default;

ClusterSpec InstallerWizard::newClusterSpec()
{
    ClusterSpec spec = ClusterSpec::example();
    spec.nodes = QList<NodeSpec>(3);
    spec.ha.nodes.clear(); // follows the node names as they are typed (SpecModel::follow)
    spec.firewall.adminSources.clear();
    return spec;
}

void InstallerWizard::startDemo()
{
    m_model->setSpec(ClusterSpec::example());
    m_demo = true;
    m_runner->setDemo(true);
    m_finish->setDemo(true);
    markApplied(WelcomePage::Start::Demo, QString());
    retranslateUi();
}

void InstallerWizard::startNewCluster()
{
    m_model->setSpec(newClusterSpec());
    m_demo = false;
    m_runner->setDemo(false);
    m_finish->setDemo(false);
    markApplied(WelcomePage::Start::NewCluster, QString());
    retranslateUi();
}

bool InstallerWizard::openSpecFile(const QString &path, QString *error)
{
    const SpecLoadResult result = ClusterSpec::loadFile(path);
    const bool loaded = result.status == SpecLoadResult::Status::Ok ||
                        result.status == SpecLoadResult::Status::Invalid;
    if (loaded) {
        m_model->setSpec(result.spec, path);
        m_demo = false;
        m_runner->setDemo(false);
        m_finish->setDemo(false);
        markApplied(WelcomePage::Start::OpenSpec, path);
        retranslateUi();
    }
    if (error)
        *error = result.ok() ? QString() : result.describe();
    if (result.ok() && result.notices.isEmpty())
        return loaded;

    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("openSpecMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Open a cluster spec"));
    QStringList lines;
    for (const SpecProblem &p : result.problems + result.notices)
        lines << (p.path.isEmpty() ? p.message : tr("%1: %2").arg(p.path, p.message));
    if (!loaded) {
        box->setIcon(QMessageBox::Critical);
        box->setText(tr("%1 could not be opened. The current spec is unchanged.").arg(path));
        box->setInformativeText(result.describe());
    } else if (!result.ok()) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("%1 was opened, but some values must be fixed on the pages before "
                        "going on (%2):")
                         .arg(path)
                         .arg(result.problems.size()));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
    } else {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%1 was opened. Some fields are unknown and were ignored; check their "
                        "spelling:")
                         .arg(path));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
    }
    box->open();
    return loaded;
}

bool InstallerWizard::applyStart(WelcomePage::Start start, const QString &path)
{
    if (start == m_appliedStart && (start != WelcomePage::Start::OpenSpec || path == m_appliedPath))
        return true; // back on Welcome and Next again: keep everything typed
    if (m_model->isDirty()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace the cluster spec"),
            tr("The current cluster spec has changes that are not saved. Replace it anyway?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return false;
    }
    switch (start) {
    case WelcomePage::Start::NewCluster:
        startNewCluster();
        return true;
    case WelcomePage::Start::Demo:
        startDemo();
        return true;
    case WelcomePage::Start::OpenSpec:
        return openSpecFile(path);
    }
    return false;
}

void InstallerWizard::markApplied(WelcomePage::Start start, const QString &path)
{
    m_appliedStart = start;
    m_appliedPath = path;
    m_welcome->setStart(start);
    if (start == WelcomePage::Start::OpenSpec)
        m_welcome->setOpenPath(path);
}

void InstallerWizard::reject()
{
    if (m_firewallApply->isRunning() && isVisible()) {
        // Leaving now would stop the calls between a rule's deletion and its creation.
        QMessageBox::information(
            this, tr("Quit the installer"),
            tr("The Edge firewall is being read or changed through the OVHcloud API. Wait until "
               "it has finished (it stops by itself): quitting in the middle could leave a "
               "node's firewall half-applied."));
        return;
    }
    if (m_runner->isBusy() && isVisible()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit the installer"),
            m_runner->task() == EngineRunner::Task::Deploy
                ? tr("A deployment is running. Stop it and quit? What is done stays done; "
                     "running the deployment again later resumes it.")
                : tr("The nodes are being checked. Stop and quit?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        // Quit once the engine has stopped: its commands are interrupted, not abandoned.
        connect(
            m_runner, &EngineRunner::taskFinished, this, [this] { QWizard::reject(); },
            Qt::SingleShotConnection);
        m_runner->stop();
        return;
    }
    if (m_model->isDirty() && isVisible()) {
        const auto answer = QMessageBox::question(
            this, tr("Quit the installer"),
            tr("The cluster spec has changes that are not saved. Quit anyway and lose them?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QWizard::reject();
}

void InstallerWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void InstallerWizard::retranslateUi()
{
    setWindowTitle(m_demo ? tr("Proxmox VE HA cluster installer — demo (simulated nodes)")
                          : tr("Proxmox VE HA cluster installer"));
    // Next, Back and Finish keep Qt's own words (translated by qtbase_xx.qm).
    setButtonText(QWizard::CancelButton, tr("&Quit"));
    setButtonText(QWizard::CustomButton1, tr("E&xport report…"));
}

QString InstallerWizard::exportReport()
{
    QString error;
    const QString path = ReportExport::run(this, m_model->spec(), &error);
    if (path.isEmpty() && error.isEmpty())
        return {}; // cancelled
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("exportReportMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Export report"));
    if (path.isEmpty()) {
        box->setIcon(QMessageBox::Critical);
        box->setText(error);
    } else {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("Report written to %1.").arg(path));
        QPushButton *open = box->addButton(tr("&Open it"), QMessageBox::ActionRole);
        connect(open, &QPushButton::clicked, box,
                [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
        box->addButton(QMessageBox::Close);
    }
    box->open();
    return path;
}

} // namespace pveha
