// SPDX-License-Identifier: GPL-3.0-or-later
// The welcome page on the offscreen platform: the language choice really re-translates what
// the admin sees, in both directions, without losing the other choices.
#include "pages/WelcomePage.h"
#include "InstallerWizard.h"
#include "PageId.h"
#include "SpecModel.h"
#include "common/I18n.h"
#include "spec/ClusterSpec.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;

class WelcomePageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { I18n::instance().setLanguage(QStringLiteral("en")); }

    void languageSwitchRetranslates()
    {
        InstallerWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<WelcomePage *>(wizard.page(WelcomePageId));
        QVERIFY(page);
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        auto *demo = page->findChild<QRadioButton *>(QStringLiteral("startDemo"));
        auto *steps = wizard.findChild<QListWidget *>(QStringLiteral("stepsList"));
        QVERIFY(combo && demo && steps);

        QCOMPARE(page->title(), QStringLiteral("Build a Proxmox VE high-availability cluster"));
        QVERIFY(demo->text().startsWith(QStringLiteral("&Demo")));
        QCOMPARE(steps->count(), int(PageCount));
        QVERIFY(steps->item(NodesPageId)->text().endsWith(QStringLiteral("Nodes")));
        demo->setChecked(true);

        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QCOMPARE(I18n::instance().language(), QStringLiteral("fr"));
        // LanguageChange is posted: the event loop delivers it to every widget.
        QTRY_COMPARE(page->title(),
                     QStringLiteral("Construire un cluster Proxmox VE haute disponibilité"));
        QVERIFY2(demo->text().contains(QStringLiteral("simulés")), qPrintable(demo->text()));
        QVERIFY2(steps->item(NodesPageId)->text().endsWith(QStringLiteral("Nœuds")),
                 qPrintable(steps->item(1)->text()));
        // Qt's own catalogue follows: QWizard's own Next button is French too.
        QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Suivant >"));
        QCOMPARE(page->start(), WelcomePage::Start::Demo); // the choice survived the switch

        combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
        QTRY_COMPARE(page->title(), QStringLiteral("Build a Proxmox VE high-availability cluster"));
        QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Next >"));
        QVERIFY(steps->item(NodesPageId)->text().endsWith(QStringLiteral("Nodes")));
    }

    void demoTitle()
    {
        InstallerWizard wizard;
        QVERIFY(!wizard.windowTitle().contains(QStringLiteral("demo")));
        wizard.startDemo();
        QVERIFY(wizard.isDemo());
        QVERIFY(wizard.windowTitle().contains(QStringLiteral("demo")));
    }

    void deployedClusterOpensOnHealth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("XDG_STATE_HOME", dir.path().toUtf8()); // known_hosts and journal stay here
        // Nodes on loopback ports nothing listens on: the Health page's poller finds them
        // unreachable at once, and no packet leaves this machine.
        ClusterSpec spec = ClusterSpec::example();
        for (int i = 0; i < spec.nodes.size(); ++i) {
            spec.nodes[i].publicAddress = QStringLiteral("127.0.0.1");
            spec.nodes[i].sshPort = 9 + i;
        }
        const QString file = dir.filePath(QStringLiteral("deployed.json"));
        QVERIFY(spec.saveFile(file));

        InstallerWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *page = qobject_cast<WelcomePage *>(wizard.page(WelcomePageId));
        QVERIFY(page);
        QVERIFY(!page->toHealth()->isEnabled()); // only for an opened spec
        page->setStart(WelcomePage::Start::OpenSpec);
        page->setOpenPath(file);
        QVERIFY(page->toHealth()->isEnabled());
        QCOMPARE(page->nextId(), int(NodesPageId));
        page->toHealth()->setChecked(true);
        QCOMPARE(page->nextId(), int(HealthPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(HealthPageId));
        QCOMPARE(wizard.model()->spec().nodes.first().sshPort, 9);
        wizard.back();
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
    }
};

QTEST_MAIN(WelcomePageTest)
#include "WelcomePageTest.moc"
