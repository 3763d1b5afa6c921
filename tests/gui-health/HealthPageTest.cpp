// SPDX-License-Identifier: GPL-3.0-or-later
// The Health page: a healthy snapshot reads OK with the right numbers in the charts, a degraded
// one reads Warning with its reasons and the RAID progress, the raw outputs are shown, the
// texts re-translate, and Pause really stops the poller.
#include "HealthPage.h"
#include "HealthBanner.h"
#include "HealthCharts.h"
#include "HealthTables.h"
#include "HealthTestUtil.h"
#include "RawOutputs.h"
#include "engine/HealthGatherer.h"
#include "widgets/CodeView.h"
#include "widgets/StatusLook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace pveha;

namespace {

/// Marks every string of our own contexts, to see which texts were made again.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (!QByteArray(context).startsWith("pveha::"))
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (n >= 0)
            text.replace(QLatin1String("%n"), QString::number(n));
        return QStringLiteral("\u00BB") + text;
    }
};

} // namespace

class HealthPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthySnapshot()
    {
        const HealthSnapshot s = healthtest::healthy();
        QCOMPARE(s.overall(), HealthLevel::Ok);
        HealthPage page;
        page.showSnapshot(s);
        QVERIFY(page.hasSnapshot());
        QCOMPARE(page.banner()->word(), StatusLook::word(StatusLook::Status::Pass));
        QVERIFY(page.banner()->reasonTexts().isEmpty());
        auto *summary = page.findChild<QLabel *>(QStringLiteral("healthSummary"));
        QVERIFY(summary->text().contains(QLatin1String("HEALTH_OK")));

        // Reef capture: 34639450083328 B used, 88264260317184 B available; 129 PGs active+clean.
        QPieSeries *capacity = page.charts()->capacitySeries();
        QCOMPARE(capacity->slices().at(0)->value(), 34639450083328.0);
        QCOMPARE(capacity->slices().at(1)->value(), 88264260317184.0);
        QVERIFY2(capacity->slices().at(0)->label().contains(QLatin1String("TiB")),
                 qPrintable(capacity->slices().at(0)->label()));
        QCOMPARE(page.charts()->pgAxis()->categories(),
                 QStringList{QStringLiteral("active+clean")});
        QCOMPARE(page.charts()->pgSet()->at(0), 129.0);
        QBarSet *working = page.charts()->workingSet();
        QBarSet *missing = page.charts()->missingSet();
        QCOMPARE(working->count(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(missing->at(i), 0.0);
        QCOMPARE(working->at(0), qreal(s.ceph.osdsUp));
        QCOMPARE(working->at(2), qreal(s.ceph.monsInQuorum));

        auto *bar = page.findChild<QProgressBar *>(QStringLiteral("raidProgress-pve1-md0"));
        QVERIFY(bar);
        QCOMPARE(bar->value(), bar->maximum());
        auto *state = page.findChild<QLabel *>(QStringLiteral("raidState-pve1-md0"));
        QVERIFY2(state->text().contains(QLatin1String("clean [UUUU]")), qPrintable(state->text()));

        QTableWidget *services = page.tables()->servicesTable();
        QCOMPARE(services->rowCount(), s.ha.services.size());
        QCOMPARE(services->item(0, 0)->text(), s.ha.services.at(0).sid);
        QCOMPARE(page.tables()->storagesTable()->rowCount(), 9); // 3 storages × 3 nodes

        CodeView *md = page.rawOutputs()->view(QStringLiteral("pve2"), QStringLiteral("mdstat"));
        QVERIFY(md);
        QCOMPARE(md->text(), healthtest::fixture(QStringLiteral("mdstat-raid5-4disk-clean.txt")));
        QVERIFY(md->editor()->isReadOnly());
    }

    void degradedSnapshot()
    {
        const HealthSnapshot s = healthtest::degraded();
        // The sample's "101 pgs stale" means PGs serving no I/O: an error, not a warning.
        QCOMPARE(s.overall(), HealthLevel::Error);
        HealthPage page;
        page.showSnapshot(healthtest::healthy());
        page.showSnapshot(s); // the charts follow the newest snapshot
        QCOMPARE(page.banner()->word(), StatusLook::word(StatusLook::Status::Fail));
        const QStringList reasons = page.banner()->reasonTexts();
        QCOMPARE(reasons.size(), s.verdict.reasons.size());
        QVERIFY(std::any_of(reasons.begin(), reasons.end(), [](const QString &r) {
            return r.contains(QLatin1String("1 osds down")) &&
                   r.contains(QLatin1String("What to do"));
        }));
        QVERIFY(std::any_of(reasons.begin(), reasons.end(),
                            [](const QString &r) { return r.contains(QLatin1String("pve1")); }));

        QCOMPARE(page.charts()->workingSet()->at(0), 1.0); // 1 of 2 OSDs up
        QCOMPARE(page.charts()->missingSet()->at(0), 1.0);
        QCOMPARE(page.charts()->pgAxis()->categories().size(), 2);
        QCOMPARE(page.charts()->pgSet()->count(), 2);

        auto *recovering = page.findChild<QProgressBar *>(QStringLiteral("raidProgress-pve2-md0"));
        QVERIFY(recovering);
        QCOMPARE(recovering->value(), 85); // 8.5 % of 1000
        QVERIFY2(recovering->text().contains(QLatin1String("8.5")), qPrintable(recovering->text()));
        auto *eta = page.findChild<QLabel *>(QStringLiteral("raidState-pve2-md0"));
        QVERIFY2(eta->text().contains(QLatin1String("17.0 min")), qPrintable(eta->text()));
        auto *failed = page.findChild<QLabel *>(QStringLiteral("raidState-pve1-md0"));
        QVERIFY2(failed->text().contains(QLatin1String("degraded [UUU_]")),
                 qPrintable(failed->text()));
    }

    void retranslates()
    {
        HealthPage page;
        page.showSnapshot(healthtest::degraded());
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        QCoreApplication::processEvents(); // LanguageChange is posted
        const QString mark = QStringLiteral("\u00BB");
        QVERIFY(page.title().startsWith(mark));
        QVERIFY(
            page.findChild<QPushButton *>(QStringLiteral("healthPause"))->text().startsWith(mark));
        const QStringList reasons = page.banner()->reasonTexts();
        QVERIFY(!reasons.isEmpty());
        for (const QString &r : reasons)
            QVERIFY2(r.startsWith(mark), qPrintable(r));
        QVERIFY(page.charts()->capacitySeries()->slices().at(0)->label().startsWith(mark));
        QCoreApplication::removeTranslator(&marking);
        QCoreApplication::processEvents();
        QVERIFY(!page.title().startsWith(mark));
    }

    void deployedDemo()
    {
        healthtest::DeployedDemo demo;
        QString error;
        QVERIFY2(demo.deploy(&error), qPrintable(error));
        QVERIFY(demo.advance(600)); // the RAID arrays' first sync ends
        HealthPage page;
        HealthSnapshot s = HealthGatherer::gather(*demo.sessions());
        page.showSnapshot(s);
        QVERIFY2(s.overall() == HealthLevel::Ok,
                 qPrintable(page.banner()->reasonTexts().join(QLatin1Char('\n'))));
        QCOMPARE(page.banner()->word(), StatusLook::word(StatusLook::Status::Pass));
        QCOMPARE(page.charts()->workingSet()->at(0), qreal(s.ceph.osdsTotal));
        QVERIFY(s.ceph.osdsTotal >= 3);
        QCOMPARE(page.tables()->servicesTable()->item(0, 0)->text(), QStringLiteral("vm:100"));
        CodeView *ceph = page.rawOutputs()->view(QStringLiteral("node-02"), QStringLiteral("ceph"));
        QVERIFY(ceph->text().contains(QLatin1String("HEALTH_OK")));

        // A crashed node: its monitor leaves the quorum, its OSD goes down, it answers nothing.
        QVERIFY(demo.crash(QStringLiteral("node-03")));
        QVERIFY(demo.advance(60));
        s = HealthGatherer::gather(*demo.sessions());
        page.showSnapshot(s);
        QVERIFY(s.overall() != HealthLevel::Ok);
        QVERIFY(page.banner()->word() != StatusLook::word(StatusLook::Status::Pass));
        const QStringList reasons = page.banner()->reasonTexts();
        QVERIFY(std::any_of(reasons.begin(), reasons.end(),
                            [](const QString &r) { return r.contains(QLatin1String("node-03")); }));
        QVERIFY(page.charts()->missingSet()->at(0) >= 1); // an OSD down
        QVERIFY(page.charts()->missingSet()->at(2) >= 1); // a monitor out of quorum
    }

    void pauseStopsRefreshes()
    {
        healthtest::DeployedDemo demo;
        QString error;
        QVERIFY2(demo.deploy(&error), qPrintable(error));
        HealthPoller poller(*demo.sessions());
        HealthPage page;
        page.setPoller(&poller);
        QSignalSpy shown(&page, &HealthPage::snapshotShown);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        poller.setInterval(150); // faster than the page's minimum, to see several refreshes
        QVERIFY(poller.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() >= 2, 20000);
        QCOMPARE(page.snapshot().nodes.size(), 3);
        QVERIFY(page.snapshot().ceph.understood);

        auto *pause = page.findChild<QPushButton *>(QStringLiteral("healthPause"));
        const QString pauseText = pause->text();
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(page.isPaused());
        QVERIFY(!poller.isRunning());
        QVERIFY(pause->text() != pauseText); // now "Resume"
        QTest::qWait(400);                   // a gathering under way may still land
        const qsizetype count = shown.size();
        QTest::qWait(1000);
        QCOMPARE(shown.size(), count);

        // "Refresh now" still works while paused, once.
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("healthRefresh")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), count + 1, 20000);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("healthLastRefresh"))
                    ->text()
                    .contains(QLatin1String("paused")));

        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(poller.isRunning());
        page.hide(); // nobody reads a hidden page: it stops polling
        QVERIFY(!poller.isRunning());
    }
};

QTEST_MAIN(HealthPageTest)
#include "HealthPageTest.moc"
