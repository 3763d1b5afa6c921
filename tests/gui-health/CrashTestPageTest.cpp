// SPDX-License-Identifier: GPL-3.0-or-later
// The Crash-test page on a deployed simulated cluster: the red button stays disabled until the
// check passed, the box is ticked and the node's name typed; the test then runs on a worker
// thread to "vm:100 started on node-0X" with a failover time, and the result is kept.
#include "CrashTestPage.h"
#include "CrashResultView.h"
#include "CrashTimelineChart.h"
#include "HealthTestUtil.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace pveha;

class CrashTestPageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_demo.deploy(&error), qPrintable(error));
    }

    void refusesAnUnprotectedGuestWithoutSpec()
    {
        CrashTestPage page;
        auto *crash = page.findChild<QPushButton *>(QStringLiteral("crashNow"));
        QVERIFY(!crash->isEnabled()); // no cluster yet
        ClusterSpec spec = m_demo.spec();
        spec.ha.resources.clear();
        page.setCluster(spec, m_demo.sessions());
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("crashVm"))->count(), 0);
        QCOMPARE(page.findChild<InlineMessage *>(QStringLiteral("crashCheck"))->status(),
                 StatusLook::Status::Skip);
        QVERIFY(!crash->isEnabled());
    }

    void crashesAfterConfirmation()
    {
        CrashTestPage page;
        page.setCluster(m_demo.spec(), m_demo.sessions());
        page.setDemo(m_demo.environment());
        page.resize(1000, 700);
        page.show();
        auto *node = page.findChild<QComboBox *>(QStringLiteral("crashNode"));
        auto *crash = page.findChild<QPushButton *>(QStringLiteral("crashNow"));
        auto *understand = page.findChild<QCheckBox *>(QStringLiteral("crashUnderstand"));
        auto *typed = page.findChild<QLineEdit *>(QStringLiteral("crashTypedName"));
        auto *check = page.findChild<InlineMessage *>(QStringLiteral("crashCheck"));
        node->setCurrentIndex(node->findText(QStringLiteral("node-01")));
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("crashVm"))->currentText(),
                 QStringLiteral("vm:100"));
        QVERIFY(crash->text().contains(QLatin1String("node-01")));

        // The check runs on a worker: it answers OK (vm:100 runs on node-01, quorum holds).
        QTRY_VERIFY_WITH_TIMEOUT(check->status() != StatusLook::Status::Skip, 20000);
        QVERIFY2(check->status() == StatusLook::Status::Pass, qPrintable(check->text()));
        QVERIFY(!crash->isEnabled());
        understand->setChecked(true);
        QVERIFY(!crash->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("node-0"));
        QVERIFY(!crash->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("2"));
        QVERIFY(!crash->isEnabled()); // the wrong node's name
        QTest::keyClick(typed, Qt::Key_Backspace);
        QTest::keyClicks(typed, QStringLiteral("1"));
        QVERIFY(crash->isEnabled());
        understand->setChecked(false);
        QVERIFY(!crash->isEnabled());
        understand->setChecked(true);
        QVERIFY(crash->isEnabled());

        QSignalSpy results(&page, &CrashTestPage::resultReady);
        QTest::mouseClick(crash, Qt::LeftButton);
        QVERIFY(page.isRunning());
        QVERIFY(!page.isComplete());
        QVERIFY(!crash->isEnabled());
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("crashStop"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!results.isEmpty(), 60000);
        QVERIFY(!page.isRunning());
        QVERIFY(page.isComplete());

        const CrashTestResult &r = page.result();
        QVERIFY(page.hasResult());
        QVERIFY2(r.recovered, qPrintable(r.error));
        QVERIFY(r.vmNodeAfter.startsWith(QLatin1String("node-0")));
        QVERIFY(r.vmNodeAfter != QLatin1String("node-01"));
        QVERIFY(r.failoverSeconds > 0);
        QCOMPARE(r.timeScale, 20.0);

        QTreeWidget *timeline = page.resultView()->timeline();
        QCOMPARE(timeline->topLevelItemCount(), r.timeline.size());
        const QString last = timeline->topLevelItem(timeline->topLevelItemCount() - 1)->text(1);
        QCOMPARE(last, QStringLiteral("vm:100 started on %1.").arg(r.vmNodeAfter));
        QCOMPARE(page.resultView()->chart()->eventSeries()->count(), r.timeline.size());
        const QString text = page.resultView()->resultText();
        QVERIFY2(text.contains(r.vmNodeAfter) && text.contains(QLatin1String("Demo")),
                 qPrintable(text));
        QVERIFY(text.contains(r.metTarget() ? QLatin1String("Goal met")
                                            : QLatin1String("Goal missed")));
        QVERIFY(!crash->isEnabled()); // confirmation is asked again for another test
    }

private:
    healthtest::DeployedDemo m_demo;
};

QTEST_MAIN(CrashTestPageTest)
#include "CrashTestPageTest.moc"
