// SPDX-License-Identifier: GPL-3.0-or-later
// Pages 8 (Validation) and 10 (Plan) on the simulated nodes of the demo: the preflight runs
// on entering, fills a row per node and check and the MTU matrix, and decides whether Next is
// allowed; the plan lists every step and filters by node and phase.
#include "EngineTestUtil.h"
#include "NodeSim.h"
#include "pages/MeshMatrix.h"
#include "pages/PlanPage.h"
#include "pages/PreflightTable.h"
#include "pages/ValidationPage.h"
#include "preflight/Preflight.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QTreeWidget>

using namespace pveha;

class ValidationPlanTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { guitest::initEngineTests(m_state); }

    void freshDemoPassesAndAllowsNext()
    {
        auto wizard = guitest::demoWizard();
        guitest::walkTo(*wizard, ValidationPageId);
        auto *page = qobject_cast<ValidationPage *>(wizard->currentPage());
        QVERIFY(page);
        QVERIFY(page->isRunning()); // started on entering, without blocking the window
        QVERIFY(!guitest::nextEnabled(*wizard));
        guitest::waitForChecks(page);

        PreflightTable *table = page->table();
        const QStringList nodes = wizard->model()->spec().nodeNames();
        QCOMPARE(table->topLevelItemCount(), nodes.size());
        for (const QString &node : nodes) {
            QCOMPARE(table->checksDone(node), Preflight::checkIds().size());
            for (const QString &id : Preflight::checkIds()) {
                QTreeWidgetItem *row = table->checkItem(node, id);
                QVERIFY2(row, qPrintable(node + QLatin1Char(' ') + id));
                QVERIFY2(row->text(1) == StatusLook::word(StatusLook::Status::Pass),
                         qPrintable(QStringLiteral("%1 %2: %3 — %4")
                                        .arg(node, id, row->text(1), row->text(2))));
                QVERIFY(!row->text(2).isEmpty());
            }
        }
        // A fresh OVHcloud install has no private network yet: the mesh is skipped, not failed.
        for (const QString &from : nodes)
            for (const QString &to : nodes)
                if (from != to)
                    QCOMPARE(page->mesh()->cell(from, to)->text(),
                             StatusLook::word(StatusLook::Status::Skip));
        auto *summary = page->findChild<InlineMessage *>(QStringLiteral("validationSummary"));
        QCOMPARE(summary->status(), StatusLook::Status::Pass);
        QVERIFY(guitest::nextEnabled(*wizard));
    }

    void detailsShowTheCommandAndItsOutput()
    {
        auto wizard = guitest::demoWizard();
        guitest::walkTo(*wizard, ValidationPageId);
        auto *page = qobject_cast<ValidationPage *>(wizard->currentPage());
        guitest::waitForChecks(page);
        page->table()->setCurrentItem(
            page->table()->checkItem(QStringLiteral("node-02"), QStringLiteral("disk.raid")));
        auto *details = page->findChild<CodeView *>(QStringLiteral("checkDetails"));
        QVERIFY(details->text().startsWith(QStringLiteral("$ ")));
        QVERIFY2(details->text().contains(QStringLiteral("lsblk")), qPrintable(details->text()));
        QVERIFY(details->text().contains(QStringLiteral("sda")));
    }

    void notEmptyDiskFailsAndBlocksNext()
    {
        // node-02's first RAID disk holds an ext4 filesystem: the preflight must refuse it.
        QTemporaryDir dir;
        QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
        for (sim::SimNodeConfig &node : nodes)
            node.privateNetworkConfigured = false;
        nodes[1].disk(QStringLiteral("sda"))->content = sim::DiskContent::Ext4;
        QString error;
        QVERIFY2(!sim::SimCluster::create(dir.path(), nodes, {}, &error).isEmpty(),
                 qPrintable(error));

        auto wizard = guitest::demoWizard();
        wizard->runner()->setDemoDirectory(dir.path());
        guitest::walkTo(*wizard, ValidationPageId);
        auto *page = qobject_cast<ValidationPage *>(wizard->currentPage());
        guitest::waitForChecks(page);
        QTreeWidgetItem *raid =
            page->table()->checkItem(QStringLiteral("node-02"), QStringLiteral("disk.raid"));
        QCOMPARE(raid->text(1), StatusLook::word(StatusLook::Status::Fail));
        QVERIFY2(raid->text(2).contains(QStringLiteral("/dev/sda")), qPrintable(raid->text(2)));
        QVERIFY(raid->parent()->isExpanded()); // a node with a problem stays open
        QCOMPARE(raid->parent()->text(1), StatusLook::word(StatusLook::Status::Fail));
        QCOMPARE(page->table()
                     ->checkItem(QStringLiteral("node-01"), QStringLiteral("disk.raid"))
                     ->text(1),
                 StatusLook::word(StatusLook::Status::Pass));
        auto *summary = page->findChild<InlineMessage *>(QStringLiteral("validationSummary"));
        QCOMPARE(summary->status(), StatusLook::Status::Fail);
        QVERIFY(!guitest::nextEnabled(*wizard));
        QVERIFY(!page->findChild<QCheckBox *>(QStringLiteral("acknowledgeWarnings"))->isVisible());

        // Fixed on the node, "Run the checks again" lets the admin through.
        nodes[1].disk(QStringLiteral("sda"))->content = sim::DiskContent::Empty;
        QVERIFY(!sim::SimCluster::create(dir.path(), nodes, {}, &error).isEmpty());
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("runAgain")),
                          Qt::LeftButton);
        QVERIFY(page->isRunning());
        guitest::waitForChecks(page);
        QCOMPARE(page->table()
                     ->checkItem(QStringLiteral("node-02"), QStringLiteral("disk.raid"))
                     ->text(1),
                 StatusLook::word(StatusLook::Status::Pass));
    }

    void planListsAndFiltersSteps()
    {
        auto wizard = guitest::demoWizard();
        guitest::walkTo(*wizard, ValidationPageId);
        guitest::waitForChecks(qobject_cast<ValidationPage *>(wizard->currentPage()));
        guitest::walkTo(*wizard, PlanPageId); // Firewall apply is not there yet: straight on
        auto *page = qobject_cast<PlanPage *>(wizard->currentPage());
        QVERIFY(page);
        const Plan &plan = page->plan();
        QVERIFY(plan.stepCount() > 10);
        QTreeWidget *tree = page->stepTree();
        QCOMPARE(tree->topLevelItemCount(), plan.phases.size());
        int listed = 0;
        bool destructiveMarked = false;
        for (int p = 0; p < tree->topLevelItemCount(); ++p)
            for (int s = 0; s < tree->topLevelItem(p)->childCount(); ++s) {
                ++listed;
                const QTreeWidgetItem *step = tree->topLevelItem(p)->child(s);
                destructiveMarked = destructiveMarked || !step->text(2).isEmpty();
            }
        QCOMPARE(listed, plan.stepCount());
        QVERIFY(destructiveMarked);
        QVERIFY(page->commands()->text().contains(QStringLiteral("node-03")));

        page->setFilter(QStringLiteral("node-02"), QString());
        for (int p = 0; p < tree->topLevelItemCount(); ++p)
            for (int s = 0; s < tree->topLevelItem(p)->childCount(); ++s)
                QCOMPARE(tree->topLevelItem(p)->child(s)->text(1), QStringLiteral("node-02"));
        QVERIFY(!page->commands()->text().contains(QStringLiteral("[node-03]")));
        QVERIFY(page->commands()->text().contains(QStringLiteral("[node-02]")));
        QCOMPARE(page->scriptForFilter(), plan.toScript(QStringLiteral("node-02")));

        page->setFilter(QString(), QStringLiteral("raid"));
        QCOMPARE(tree->topLevelItemCount(), 1);
        QVERIFY(page->commands()->text().contains(QStringLiteral("mdadm")));
        QVERIFY(!page->commands()->text().contains(QStringLiteral("pvecm create")));
        QCOMPARE(page->scriptForFilter(), plan.toText());

        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("copyScript")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), plan.toText());
        QVERIFY(guitest::nextEnabled(*wizard));
    }

private:
    QTemporaryDir m_state;
};

QTEST_MAIN(ValidationPlanTest)
#include "ValidationPlanTest.moc"
