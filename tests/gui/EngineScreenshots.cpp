// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check but a look: the pages that drive the engine (Validation, Plan, Deploy) on the
// demo's simulated nodes, in the states an admin meets (all pass, problems; ready, running,
// failed, done), in English and French, saved as PNG for people to review. Runs only when
// PVEHA_SHOTS_DIR names a folder; skipped otherwise.
#include "EngineTestUtil.h"
#include "NodeSim.h"
#include "ShotsMain.h"
#include "common/I18n.h"
#include "dialogs/EraseConfirmDialog.h"
#include "pages/DeployLog.h"
#include "pages/DeployPage.h"
#include "pages/PlanPage.h"
#include "pages/PreflightTable.h"
#include "pages/ValidationPage.h"
#include "widgets/LogView.h"

#include <QDir>
#include <QTreeWidget>

using namespace pveha;

namespace {

void save(QWidget *widget, const QString &name, const QString &lang)
{
    QTest::qWait(300); // spinners, batched log lines
    const QString file =
        QStringLiteral("%1/%2-%3.png").arg(qEnvironmentVariable("PVEHA_SHOTS_DIR"), name, lang);
    QVERIFY2(widget->grab().save(file), qPrintable(file));
}

} // namespace

class EngineScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("PVEHA_SHOTS_DIR"))
            QSKIP("Set PVEHA_SHOTS_DIR to a folder to write the screenshots.");
        QDir().mkpath(qEnvironmentVariable("PVEHA_SHOTS_DIR"));
        guitest::initEngineTests(m_state);
    }
    void cleanup() { I18n::instance().setLanguage(QStringLiteral("en")); }

    void shots_data() { shots::languageRows(); }

    void shots()
    {
        QFETCH(QString, lang);
        I18n::instance().setLanguage(lang);
        problems(lang);
        flow(lang);
    }

private:
    /// Validation with problems: a disk that is not empty, a node without Proxmox VE, a clock
    /// that is not synchronised.
    void problems(const QString &lang)
    {
        QTemporaryDir dir;
        QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
        for (sim::SimNodeConfig &node : nodes)
            node.privateNetworkConfigured = false;
        nodes[1].disk(QStringLiteral("sda"))->content = sim::DiskContent::Ext4;
        nodes[1].disk(QStringLiteral("sdc"))->content = sim::DiskContent::Partitioned;
        nodes[2].timeSynced = false;
        QVERIFY(!sim::SimCluster::create(dir.path(), nodes).isEmpty());
        auto wizard = guitest::demoWizard();
        wizard->runner()->setDemoDirectory(dir.path());
        guitest::walkTo(*wizard, ValidationPageId);
        auto *page = qobject_cast<ValidationPage *>(wizard->currentPage());
        guitest::waitForChecks(page);
        page->table()->setCurrentItem(
            page->table()->checkItem(QStringLiteral("node-02"), QStringLiteral("disk.raid")));
        save(wizard.get(), QStringLiteral("08-validation-problems"), lang);
    }

    void flow(const QString &lang)
    {
        // Slowed down so that the running states can be seen at all.
        QTemporaryDir dir;
        QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
        for (sim::SimNodeConfig &node : nodes)
            node.privateNetworkConfigured = false;
        sim::SimScenario slow;
        slow.delaysMs.insert(QStringLiteral("*"), 400);
        QVERIFY(!sim::SimCluster::create(dir.path(), nodes, slow).isEmpty());
        auto wizard = guitest::demoWizard();
        wizard->runner()->setDemoDirectory(dir.path());
        guitest::walkTo(*wizard, ValidationPageId);
        auto *validation = qobject_cast<ValidationPage *>(wizard->currentPage());
        QTest::qWait(1500);
        save(wizard.get(), QStringLiteral("08-validation-running"), lang);
        QVERIFY(sim::SimCluster::setDelay(dir.path(), QStringLiteral("*"), 0));
        guitest::waitForChecks(validation);
        save(wizard.get(), QStringLiteral("08-validation-pass"), lang);

        guitest::walkTo(*wizard, PlanPageId);
        auto *plan = qobject_cast<PlanPage *>(wizard->currentPage());
        QTreeWidget *tree = plan->stepTree();
        for (int p = 0; p < tree->topLevelItemCount(); ++p)
            for (int s = 0; s < tree->topLevelItem(p)->childCount(); ++s)
                if (!tree->topLevelItem(p)->child(s)->text(2).isEmpty() && !tree->currentItem())
                    tree->setCurrentItem(tree->topLevelItem(p)->child(s));
        save(wizard.get(), QStringLiteral("10-plan"), lang);
        plan->setFilter(QStringLiteral("node-02"), QStringLiteral("raid"));
        save(wizard.get(), QStringLiteral("10-plan-filtered"), lang);
        plan->setFilter(QString(), QString());

        guitest::walkTo(*wizard, DeployPageId);
        auto *deploy = qobject_cast<DeployPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(deploy->state() == DeployPage::State::Ready, 60000);
        save(wizard.get(), QStringLiteral("11-deploy-ready"), lang);

        QVERIFY(sim::SimCluster::addFailure(
            dir.path(),
            {QStringLiteral("node-02"), QStringLiteral("mdadm"), QStringLiteral("--create"), 1,
             QStringLiteral("mdadm: cannot open /dev/sdc: Device or resource busy\n")}));
        QTest::mouseClick(deploy->startButton(), Qt::LeftButton);
        EraseConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = deploy->findChild<EraseConfirmDialog *>()) && dialog->isVisible());
        QTest::keyClicks(dialog->nameField(), wizard->model()->spec().cluster.name.left(8));
        save(dialog, QStringLiteral("11-deploy-confirm"), lang);
        QTest::keyClicks(dialog->nameField(), wizard->model()->spec().cluster.name.mid(8));
        QVERIFY(sim::SimCluster::setDelay(dir.path(), QStringLiteral("*"), 40));
        QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            deploy->log()->allView()->toPlainText().count(QStringLiteral(": done (")) >= 14,
            120000);
        save(wizard.get(), QStringLiteral("11-deploy-running"), lang);
        QVERIFY(sim::SimCluster::setDelay(dir.path(), QStringLiteral("*"), 0));
        QTRY_VERIFY_WITH_TIMEOUT(deploy->state() == DeployPage::State::Failed, 300000);
        save(wizard.get(), QStringLiteral("11-deploy-failed"), lang);

        QVERIFY(sim::SimCluster::clearFailures(dir.path()));
        QTest::mouseClick(deploy->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(deploy->state() == DeployPage::State::Done, 300000);
        save(wizard.get(), QStringLiteral("11-deploy-done"), lang);
    }

    QTemporaryDir m_state;
};

PVEHA_SHOTS_TEST_MAIN(EngineScreenshots)
#include "EngineScreenshots.moc"
