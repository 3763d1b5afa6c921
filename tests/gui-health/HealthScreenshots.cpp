// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check but a look: the Health page (healthy and degraded, each tab) and the Crash-test
// page after a run on a deployed simulated cluster, in a wizard window of 1280×800 with the
// steps panel, in English and in French, for people to review (UX.md: check the French
// screenshots). Runs only when PVEHA_SHOTS_DIR names a folder; skipped otherwise.
#include "../gui/ShotsMain.h"
#include "CrashTestPage.h"
#include "HealthPage.h"
#include "HealthTestUtil.h"
#include "PageId.h"
#include "common/I18n.h"
#include "engine/HealthGatherer.h"
#include "widgets/StepsPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QWizard>

using namespace pveha;

class HealthScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_dir = qEnvironmentVariable("PVEHA_SHOTS_DIR");
        if (m_dir.isEmpty())
            QSKIP("Set PVEHA_SHOTS_DIR to a folder to write the screenshots.");
        QDir().mkpath(m_dir);
    }

    void shots_data() { shots::languageRows(); }

    void shots()
    {
        QFETCH(QString, lang);
        I18n::instance().setLanguage(lang);
        QWizard wizard;
        auto *page = new HealthPage;
        auto *crash = new CrashTestPage;
        setUp(wizard, page, crash);

        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // A simulated cluster, deployed and past its first RAID sync.
        healthtest::DeployedDemo demo;
        QString error;
        QVERIFY2(demo.deploy(&error), qPrintable(error));
        QVERIFY(demo.advance(600));
        page->showSnapshot(HealthGatherer::gather(*demo.sessions()));
        save(wizard, QStringLiteral("health-ok-%1").arg(lang));
        page->showSnapshot(healthtest::healthy());
        save(wizard, QStringLiteral("health-ok-captures-%1").arg(lang));
        page->showSnapshot(healthtest::degraded());
        save(wizard, QStringLiteral("health-degraded-%1").arg(lang));
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("healthTabs"));
        tabs->setCurrentIndex(1);
        save(wizard, QStringLiteral("health-degraded-ha-%1").arg(lang));
        tabs->setCurrentIndex(2);
        save(wizard, QStringLiteral("health-degraded-raw-%1").arg(lang));

        tabs->setCurrentIndex(0);

        // The crash test, run for real on the simulated cluster.
        crash->setCluster(demo.spec(), demo.sessions());
        crash->setDemo(demo.environment());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(CrashTestPageId));
        auto *check = crash->findChild<QWidget *>(QStringLiteral("crashCheck"));
        QTest::qWait(1500);
        Q_UNUSED(check)
        crash->findChild<QCheckBox *>(QStringLiteral("crashUnderstand"))->setChecked(true);
        QTest::keyClicks(crash->findChild<QLineEdit *>(QStringLiteral("crashTypedName")),
                         QStringLiteral("node-01"));
        save(wizard, QStringLiteral("crash-confirm-%1").arg(lang));
        QSignalSpy done(crash, &CrashTestPage::resultReady);
        auto *button = crash->findChild<QPushButton *>(QStringLiteral("crashNow"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTest::qWait(2500);
        save(wizard, QStringLiteral("crash-running-%1").arg(lang));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 60000);
        QTest::qWait(1500); // the refusal check of the next test comes back
        save(wizard, QStringLiteral("crash-result-%1").arg(lang));

        // Back on Health with a node down (crashed without the test, so not revived).
        QVERIFY(demo.crash(QStringLiteral("node-03")));
        QVERIFY(demo.advance(60));
        wizard.back();
        page->showSnapshot(HealthGatherer::gather(*demo.sessions()));
        save(wizard, QStringLiteral("health-node-down-%1").arg(lang));
    }

private:
    static void setUp(QWizard &wizard, HealthPage *page, CrashTestPage *crash)
    {
        wizard.setWizardStyle(QWizard::ModernStyle);
        wizard.setOption(QWizard::NoBackButtonOnStartPage, true);
        auto *steps = new StepsPanel(&wizard);
        wizard.setSideWidget(steps);
        wizard.setPage(HealthPageId, page);
        wizard.setPage(CrashTestPageId, crash);
        wizard.setStartId(HealthPageId);
        QObject::connect(&wizard, &QWizard::currentIdChanged, steps, &StepsPanel::setCurrent);
        steps->setCurrent(HealthPageId);
        wizard.resize(1280, 800);
    }

    void save(QWizard &wizard, const QString &name)
    {
        QTest::qWait(150);
        const QString path = QStringLiteral("%1/%2.png").arg(m_dir, name);
        QVERIFY2(wizard.grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    QString m_dir;
};

PVEHA_SHOTS_TEST_MAIN(HealthScreenshots)
#include "HealthScreenshots.moc"
