// SPDX-License-Identifier: GPL-3.0-or-later
// Page 11 (Deploy) on the simulated nodes of the demo: the confirmation lists the disks and
// needs the exact cluster name; the deployment runs to the end with live logs per node; Stop
// interrupts and Resume completes; a failing step shows at once and Retry goes on.
#include "pages/DeployPage.h"
#include "EngineTestUtil.h"
#include "HealthPage.h"
#include "NodeSim.h"
#include "dialogs/EraseConfirmDialog.h"
#include "pages/DeployLog.h"
#include "pages/DeployStepsView.h"
#include "pages/PreflightTable.h"
#include "pages/ValidationPage.h"
#include "widgets/InlineMessage.h"
#include "widgets/LogView.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace pveha;

namespace {

constexpr int kDeployTimeoutMs = 300000;

void openDeployPage(InstallerWizard &wizard, DeployPage *&page)
{
    guitest::walkTo(wizard, ValidationPageId);
    guitest::waitForChecks(qobject_cast<ValidationPage *>(wizard.currentPage()));
    guitest::walkTo(wizard, DeployPageId);
    page = qobject_cast<DeployPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Ready, 60000);
}

/// Presses the start button and gets through the confirmation by typing the cluster name.
void startAndConfirm(DeployPage *page, const QString &clusterName)
{
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    EraseConfirmDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<EraseConfirmDialog *>()) && dialog->isVisible());
    QTest::keyClicks(dialog->nameField(), clusterName);
    QVERIFY(dialog->eraseButton()->isEnabled());
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
}

QString logText(LogView *view)
{
    view->flush();
    return view->toPlainText();
}

} // namespace

class DeployPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::initEngineTests(m_state); }

    void confirmationNeedsTheClusterNameThenDeploys()
    {
        auto wizard = guitest::demoWizard();
        DeployPage *page = nullptr;
        openDeployPage(*wizard, page);
        if (QTest::currentTestFailed())
            return;
        const QString cluster = wizard->model()->spec().cluster.name;
        const int nodes = int(wizard->model()->spec().nodes.size());
        // 4 RAID disks and the DB device on each node, named by what they do.
        QVERIFY2(page->startButton()->text().startsWith(QStringLiteral("Erase ")),
                 qPrintable(page->startButton()->text()));

        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        EraseConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<EraseConfirmDialog *>()) && dialog->isVisible());
        QTableWidget *disks = dialog->diskTable();
        QVERIFY(disks->rowCount() >= 4 * nodes);
        for (int r = 0; r < disks->rowCount(); ++r) {
            QVERIFY(!disks->item(r, 2)->text().isEmpty()); // model
            QVERIFY(disks->item(r, 3)->text() !=
                    QStringLiteral("not seen by the checks")); // serial
            QVERIFY2(disks->item(r, 4)->text().contains(QStringLiteral("B")),
                     qPrintable(disks->item(r, 4)->text())); // size
        }
        QCOMPARE(dialog->eraseButton()->text(),
                 EraseConfirmDialog::actionText(disks->rowCount(), nodes));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QTest::keyClicks(dialog->nameField(), cluster.left(cluster.size() - 1));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QTest::keyClicks(dialog->nameField(), QStringLiteral("X"));
        QVERIFY(!dialog->eraseButton()->isEnabled());
        QTest::keyClick(dialog->nameField(), Qt::Key_Return); // a wrong name: Enter does nothing
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog->nameField(), Qt::Key_Backspace);
        QTest::keyClicks(dialog->nameField(), cluster.right(1));
        QVERIFY(dialog->eraseButton()->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape); // changed their mind: nothing starts
        QTRY_VERIFY(!page->findChild<EraseConfirmDialog *>());
        QCOMPARE(page->state(), DeployPage::State::Ready);

        startAndConfirm(page, cluster);
        QTRY_COMPARE(page->state(), DeployPage::State::Running);
        QVERIFY(!wizard->button(QWizard::BackButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->state() != DeployPage::State::Running, kDeployTimeoutMs);
        QVERIFY2(page->state() == DeployPage::State::Done,
                 qPrintable(page->failure()->text() + logText(page->log()->allView()).right(3000)));
        QVERIFY(guitest::nextEnabled(*wizard)); // Finish
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());

        const QString all = logText(page->log()->allView());
        QVERIFY(all.contains(QStringLiteral("[node-02] raid.create: started")));
        QVERIFY(all.contains(QStringLiteral("[node-01] ")));
        const QString node3 = logText(page->log()->nodeView(QStringLiteral("node-03")));
        QVERIFY(node3.contains(QStringLiteral("[node-03] raid.create: done")));
        QVERIFY(!node3.contains(QStringLiteral("[node-01]")));
        QCOMPARE(
            page->steps()->statusText(QStringLiteral("node-03"), QStringLiteral("raid.create")),
            QStringLiteral("Done"));
        QVERIFY(QFile::exists(wizard->runner()->logFilePath()));

        // The flow goes on to the cluster's health, read from the nodes just deployed.
        wizard->next();
        QCOMPARE(wizard->currentId(), int(HealthPageId));
        auto *health = qobject_cast<HealthPage *>(wizard->currentPage());
        QVERIFY(health);
        QTRY_VERIFY_WITH_TIMEOUT(health->hasSnapshot(), 60000);
        // Ceph is healthy at once; the new RAID 5 arrays are still rebuilding, which is the only
        // thing allowed to hold the verdict at "warn" right after a deployment.
        const HealthSnapshot snapshot = health->snapshot();
        QCOMPARE(snapshot.ceph.health, QStringLiteral("HEALTH_OK"));
        QCOMPARE(snapshot.ceph.osdsUp, nodes);
        QVERIFY(snapshot.overall() != HealthLevel::Error);
        for (const HealthReason &reason : snapshot.verdict.reasons)
            QVERIFY2(reason.subject.startsWith(QStringLiteral("raid.")),
                     qPrintable(reason.subject + QLatin1Char(' ') + reason.text));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(CrashTestPageId));
    }

    void stopThenResumeCompletes()
    {
        auto wizard = guitest::demoWizard();
        DeployPage *page = nullptr;
        openDeployPage(*wizard, page);
        if (QTest::currentTestFailed())
            return;
        startAndConfirm(page, wizard->model()->spec().cluster.name);
        QTRY_COMPARE(page->state(), DeployPage::State::Running);
        // Stop once some steps are done and others still to come.
        QTRY_VERIFY_WITH_TIMEOUT(
            logText(page->log()->allView()).count(QStringLiteral(": done (")) >= 3, 60000);
        QTest::mouseClick(page->stopButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Stopped, 60000);
        QVERIFY(!guitest::nextEnabled(*wizard));
        QVERIFY2(page->startButton()->isVisible(), "Resume is offered");

        QTest::mouseClick(page->startButton(), Qt::LeftButton); // Resume: already confirmed
        QTRY_COMPARE_WITH_TIMEOUT(page->state(), DeployPage::State::Running, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(page->state() != DeployPage::State::Running, kDeployTimeoutMs);
        QVERIFY2(page->state() == DeployPage::State::Done, qPrintable(page->failure()->text()));
        QVERIFY(logText(page->log()->allView()).contains(QStringLiteral("skipped (already done)")));
    }

    void failingStepShowsAtOnceAndRetryGoesOn()
    {
        auto wizard = guitest::demoWizard();
        DeployPage *page = nullptr;
        openDeployPage(*wizard, page);
        if (QTest::currentTestFailed())
            return;
        const QString dir = wizard->runner()->demoDirectory();
        QVERIFY(sim::SimCluster::addFailure(
            dir, {QStringLiteral("node-02"), QStringLiteral("mdadm"), QStringLiteral("--create"), 1,
                  QStringLiteral("mdadm: cannot open /dev/sdc: Device or resource busy\n")}));
        startAndConfirm(page, wizard->model()->spec().cluster.name);
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Failed, kDeployTimeoutMs);
        QVERIFY(page->failure()->isVisible());
        const QString message = page->failure()->text();
        QVERIFY2(message.contains(QStringLiteral("node-02")) &&
                     message.contains(QStringLiteral("raid.create")),
                 qPrintable(message));
        QCOMPARE(
            page->steps()->statusText(QStringLiteral("node-02"), QStringLiteral("raid.create")),
            QStringLiteral("Failed"));
        QVERIFY(!guitest::nextEnabled(*wizard));

        QVERIFY(sim::SimCluster::clearFailures(dir));
        QTest::mouseClick(page->startButton(), Qt::LeftButton); // Retry
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Done, kDeployTimeoutMs);
        QVERIFY(!page->failure()->isVisible());
    }

    void checksAfterADeploymentLetItResume()
    {
        auto wizard = guitest::demoWizard();
        DeployPage *page = nullptr;
        openDeployPage(*wizard, page);
        if (QTest::currentTestFailed())
            return;
        startAndConfirm(page, wizard->model()->spec().cluster.name);
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Done, kDeployTimeoutMs);

        // Back to the Summary and forward again: the RAID disks are now in use, by this
        // deployment's own RAID. That must not block; it reads as a warning to acknowledge.
        while (wizard->currentId() > SummaryPageId)
            wizard->back();
        guitest::walkTo(*wizard, ValidationPageId);
        auto *validation = qobject_cast<ValidationPage *>(wizard->currentPage());
        guitest::waitForChecks(validation);
        QTreeWidgetItem *raid =
            validation->table()->checkItem(QStringLiteral("node-02"), QStringLiteral("disk.raid"));
        QVERIFY2(raid->text(1) == StatusLook::word(StatusLook::Status::Warn),
                 qPrintable(raid->text(1) + QLatin1Char(' ') + raid->text(2)));
        QVERIFY(raid->text(2).contains(QStringLiteral("raid.create")));
        QVERIFY(!guitest::nextEnabled(*wizard));
        auto *acknowledge =
            validation->findChild<QCheckBox *>(QStringLiteral("acknowledgeWarnings"));
        QVERIFY(acknowledge->isVisible());
        acknowledge->setChecked(true);
        QVERIFY(guitest::nextEnabled(*wizard));

        guitest::walkTo(*wizard, DeployPageId);
        page = qobject_cast<DeployPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Ready, 60000);
        QVERIFY2(!page->startButton()->text().startsWith(QStringLiteral("Erase")),
                 "nothing is left to erase");
        QTest::mouseClick(page->startButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->state() == DeployPage::State::Done, kDeployTimeoutMs);
        QVERIFY(!page->findChild<EraseConfirmDialog *>());
    }

private:
    QTemporaryDir m_state;
};

QTEST_MAIN(DeployPageTest)
#include "DeployPageTest.moc"
