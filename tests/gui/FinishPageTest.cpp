// SPDX-License-Identifier: GPL-3.0-or-later
// The Finish page (page 14): the summary of what the journal recorded, and "Export report…",
// which writes the HTML report from that journal (the wizard's custom button does the same).
#include "pages/FinishPage.h"
#include "InstallerWizard.h"
#include "PageId.h"
#include "ShotsMain.h"
#include "SpecModel.h"
#include "common/I18n.h"
#include "engine/CrashTest.h"
#include "engine/Journal.h"
#include "ovh/EdgeFirewallSync.h"
#include "pages/ReportExport.h"
#include "widgets/InlineMessage.h"

#include <QDir>
#include <QJsonArray>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace pveha;

class FinishPageTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_state;

    /// A "firewall" document as an apply of `spec` leaves it; `failing` nodes stopped with an
    /// error, and the nodes after the first failing one were not attempted.
    static QJsonObject firewallRecord(const ClusterSpec &spec, const QStringList &failing)
    {
        QJsonArray nodes;
        bool stopped = false;
        for (const EdgeNodeTarget &t : EdgeFirewallSync::targets(spec)) {
            EdgeNodeResult r;
            r.target = t;
            r.applyRequested = r.currentKnown = r.diffKnown = true;
            r.attempted = !stopped;
            if (stopped)
                r.errors << QStringLiteral("Not attempted because an earlier node failed.");
            if (failing.contains(t.node)) {
                r.errors << QStringLiteral("POST /ip/…/rule answered HTTP 500.");
                stopped = true;
            }
            nodes.append(r.toJson());
        }
        return QJsonObject{{QStringLiteral("apply"), true},
                           {QStringLiteral("refused"), false},
                           {QStringLiteral("nodes"), nodes}};
    }
    QTemporaryDir m_out;

    static QString rowText(QTreeWidget *tree, const QString &part)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == part)
                return tree->topLevelItem(i)->toolTip(1);
        return QStringLiteral("<no row %1>").arg(part);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        QVERIFY(m_out.isValid());
        I18n::instance().setLanguage(QStringLiteral("en")); // plural forms come from the catalogue
        qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
        const QString cluster = ClusterSpec::example().cluster.name;

        // What a run of the wizard leaves in the journal.
        QVERIFY(Journal::saveDocument(
            cluster, QStringLiteral("preflight"),
            QJsonObject{{QStringLiteral("nodes"), QJsonArray()},
                        {QStringLiteral("summary"), QJsonObject{{QStringLiteral("pass"), 36},
                                                                {QStringLiteral("warn"), 1},
                                                                {QStringLiteral("fail"), 0},
                                                                {QStringLiteral("skip"), 0}}}}));
        QVERIFY(Journal::saveDocument(cluster, QStringLiteral("firewall"),
                                      firewallRecord(ClusterSpec::example(), {})));
        QVERIFY(Journal::saveDocument(
            cluster, QStringLiteral("health"),
            QJsonObject{
                {QStringLiteral("overall"), QStringLiteral("warn")},
                {QStringLiteral("ceph"),
                 QJsonObject{{QStringLiteral("health"), QStringLiteral("HEALTH_WARN")},
                             {QStringLiteral("monsInQuorum"), 3},
                             {QStringLiteral("monsTotal"), 3},
                             {QStringLiteral("osdsUp"), 3},
                             {QStringLiteral("osdsTotal"), 3}}},
                {QStringLiteral("reasons"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("text"), QStringLiteral("md0 on node-02 is resyncing")}}}}}));
        CrashTestResult crash;
        crash.crashedNode = QStringLiteral("node-01");
        crash.vmid = 100;
        crash.vmNodeBefore = QStringLiteral("node-01");
        crash.vmNodeAfter = QStringLiteral("node-02");
        crash.recovered = true;
        crash.failoverSeconds = 96.4;
        QVERIFY(Journal::saveDocument(cluster, QStringLiteral("crashtest"), crash.toJson()));
        DeployResult run;
        run.ok = true;
        for (const char *step : {"network.bridge", "cluster.create", "raid.create"}) {
            StepOutcome o;
            o.node = QStringLiteral("node-01");
            o.step = QLatin1String(step);
            o.phase = o.step.section(u'.', 0, 0);
            o.status = step[0] == 'r' ? StepOutcome::Status::Skipped : StepOutcome::Status::Done;
            run.steps << o;
        }
        QVERIFY(Journal::record(cluster, QDateTime::currentDateTime(), run, QString()));
    }

    void summaryFromTheJournal()
    {
        SpecModel model;
        model.setSpec(ClusterSpec::example());
        FinishPage page(&model);
        page.initializePage();
        QTreeWidget *tree = page.summaryTree();
        QCOMPARE(tree->topLevelItemCount(), 7);
        QVERIFY2(rowText(tree, QStringLiteral("Cluster")).contains(QLatin1String("node-03")),
                 qPrintable(rowText(tree, QStringLiteral("Cluster"))));
        QCOMPARE(rowText(tree, QStringLiteral("Validation")),
                 QStringLiteral("Warning: 36 passed, 1 with a warning, 0 failed, 0 skipped"));
        QCOMPARE(rowText(tree, QStringLiteral("Edge firewall")),
                 QStringLiteral("OK: applied and enabled on 3 nodes"));
        QCOMPARE(rowText(tree, QStringLiteral("Deployment")),
                 QStringLiteral("OK: done: 2 steps run, 1 already in place"));
        QVERIFY2(rowText(tree, QStringLiteral("Health"))
                     .startsWith(QLatin1String("Warning: HEALTH_WARN")),
                 qPrintable(rowText(tree, QStringLiteral("Health"))));
        QVERIFY(rowText(tree, QStringLiteral("Health")).contains(QLatin1String("resyncing")));
        QCOMPARE(rowText(tree, QStringLiteral("Crash test")),
                 QStringLiteral("OK: VM 100 restarted on node-02 after 96 s (goal: 120 s)"));
    }

    void firewallLineFollowsTheSpecAndFailures()
    {
        SpecModel model;
        ClusterSpec spec = ClusterSpec::example();
        spec.cluster.name = QStringLiteral("fw-cases");
        model.setSpec(spec);
        FinishPage page(&model);

        // Applied for these very rules: OK.
        QVERIFY(Journal::saveDocument(spec.cluster.name, QStringLiteral("firewall"),
                                      firewallRecord(spec, {})));
        page.refresh();
        QCOMPARE(rowText(page.summaryTree(), QStringLiteral("Edge firewall")),
                 QStringLiteral("OK: applied and enabled on 3 nodes"));

        // An admin source changed since: the record no longer answers for these rules.
        ClusterSpec changed = spec;
        changed.firewall.adminSources[0] = QStringLiteral("198.51.100.77/32");
        model.setSpec(changed);
        page.refresh();
        QCOMPARE(rowText(page.summaryTree(), QStringLiteral("Edge firewall")),
                 QStringLiteral("Warning: the spec changed since the last read or apply (3 nodes): "
                                "read the rules again"));

        // An apply that failed on node-02: node-02 failed and node-03 was not attempted.
        model.setSpec(spec);
        QVERIFY(Journal::saveDocument(spec.cluster.name, QStringLiteral("firewall"),
                                      firewallRecord(spec, {QStringLiteral("node-02")})));
        page.refresh();
        QCOMPARE(rowText(page.summaryTree(), QStringLiteral("Edge firewall")),
                 QStringLiteral("Problem: the last apply did not finish on 2 nodes"));

        // The demo cannot apply anything: it says so instead of "not applied yet".
        ClusterSpec fresh = spec;
        fresh.cluster.name = QStringLiteral("fw-demo");
        model.setSpec(fresh);
        page.setDemo(true);
        page.refresh();
        QCOMPARE(rowText(page.summaryTree(), QStringLiteral("Edge firewall")),
                 QStringLiteral("Skipped: not applied: the demo has no OVHcloud account"));
    }

    void exportWritesTheReport()
    {
        SpecModel model;
        model.setSpec(ClusterSpec::example());
        FinishPage page(&model);
        page.initializePage();
        // The chooser "returns" a name without extension: .html is added.
        ReportExport::setChoiceForTests(m_out.filePath(QStringLiteral("cluster-report")));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("exportReport")),
                          Qt::LeftButton);
        const QString path = m_out.filePath(QStringLiteral("cluster-report.html"));
        QCOMPARE(page.lastExport(), path);
        QCOMPARE(page.exportMessage()->status(), StatusLook::Status::Pass);
        QVERIFY(page.exportMessage()->text().contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        for (const char *id : {"id=\"summary\"", "id=\"preflight\"", "id=\"firewall\"",
                               "id=\"health\"", "id=\"crashtest\""})
            QVERIFY2(html.contains(QLatin1String(id)), id);
        QVERIFY(html.contains(QLatin1String("Last applied through the OVHcloud API")));
    }

    void exportFailureIsSaid()
    {
        SpecModel model;
        model.setSpec(ClusterSpec::example());
        FinishPage page(&model);
        ReportExport::setChoiceForTests(QStringLiteral("/nonexistent-dir/x/report.html"));
        page.exportReport();
        QCOMPARE(page.exportMessage()->status(), StatusLook::Status::Fail);
        QVERIFY2(page.exportMessage()->text().contains(QLatin1String("could not be written")),
                 qPrintable(page.exportMessage()->text()));

        // A cluster with nothing recorded: nothing to export, and the message says what to run.
        ClusterSpec other = ClusterSpec::example();
        other.cluster.name = QStringLiteral("never-validated");
        model.setSpec(other);
        ReportExport::setChoiceForTests(m_out.filePath(QStringLiteral("empty.html")));
        page.exportReport();
        QCOMPARE(page.exportMessage()->status(), StatusLook::Status::Fail);
        QVERIFY(page.exportMessage()->text().contains(QLatin1String("run the validation first")));
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("empty.html"))));
        ReportExport::setChoiceForTests({});
    }

    // Not a check but a look: the Finish page in the wizard after an export, in English and
    // French. Runs only when PVEHA_SHOTS_DIR names a folder.
    void screenshots_data() { shots::languageRows(); }

    void screenshots()
    {
        PVEHA_SHOTS_DIR_OR_SKIP(dir);
        QFETCH(QString, lang);
        I18n::instance().setLanguage(lang);
        InstallerWizard wizard;
        wizard.resize(1280, 800);
        wizard.model()->setSpec(ClusterSpec::example());
        wizard.setStartId(FinishPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<FinishPage *>(wizard.page(FinishPageId));
        QVERIFY(page);
        ReportExport::setChoiceForTests(m_out.filePath(QStringLiteral("shot-report.html")));
        page->exportReport();
        ReportExport::setChoiceForTests({});
        QCOMPARE(page->exportMessage()->status(), StatusLook::Status::Pass);
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/finish-%1.png").arg(lang)));
        I18n::instance().setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(FinishPageTest)
#include "FinishPageTest.moc"
