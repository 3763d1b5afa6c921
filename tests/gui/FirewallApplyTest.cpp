// SPDX-License-Identifier: GPL-3.0-or-later
// The Firewall apply page (page 9) against a real HTTP server on 127.0.0.1 playing the
// OVHcloud API (FakeOvhServer): read, apply with confirmation, read again, errors, the
// lock-out guard, the demo, the consumer-key request, and secrets kept out of every file.
#include "FakeOvhServer.h"

#include "InstallerWizard.h"
#include "PageId.h"
#include "ShotsMain.h"
#include "SpecModel.h"
#include "common/I18n.h"
#include "engine/EngineRunner.h"
#include "engine/Journal.h"
#include "ovh/EdgeFirewallSync.h"
#include "pages/EdgeStateView.h"
#include "pages/FirewallApplyPage.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QDirIterator>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace pveha;

class FirewallApplyTest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeOvhServer> m_server;
    QTemporaryDir m_state;
    SpecModel *m_model = nullptr;
    EngineRunner *m_runner = nullptr;
    FirewallApplyPage *m_page = nullptr;
    QString m_confirmText;

    QPushButton *button(const char *name) const
    {
        return m_page->findChild<QPushButton *>(QLatin1String(name));
    }
    QLineEdit *field(const char *name) const
    {
        return m_page->findChild<QLineEdit *>(QLatin1String(name));
    }
    void typeKeys(const QString &consumerKey = QLatin1String(FakeOvhServer::consumerKey))
    {
        field("applicationKey")->setText(QLatin1String(FakeOvhServer::applicationKey));
        field("applicationSecret")->setText(QLatin1String(FakeOvhServer::applicationSecret));
        field("consumerKey")->setText(consumerKey);
    }
    bool waitForRun() const
    {
        return QTest::qWaitFor([this] { return !m_page->isRunning(); }, 20000);
    }
    QString resultText(int row) const
    {
        return m_page->state()->nodes()->item(row, EdgeStateView::ResultColumn)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        I18n::instance().setLanguage(QStringLiteral("en")); // plural forms come from the catalogue
        qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
        qunsetenv("OVH_APPLICATION_KEY");
        qunsetenv("OVH_APPLICATION_SECRET");
        qunsetenv("OVH_CONSUMER_KEY");
    }

    void init()
    {
        m_server = std::make_unique<FakeOvhServer>();
        QVERIFY(m_server->start());
        m_server->ownedBlocks = {QStringLiteral("203.0.113.11/32"),
                                 QStringLiteral("203.0.113.12/32"),
                                 QStringLiteral("203.0.113.13/32")};
        m_server->setClockSkew(-3600); // only a client signing with server time gets in
        ClusterSpec spec = ClusterSpec::example();
        spec.firewall.provider = FirewallProvider::OvhEdge;
        spec.firewall.apiEndpoint = m_server->baseUrl();
        m_model = new SpecModel;
        m_model->setSpec(spec);
        m_runner = new EngineRunner(m_model);
        m_page = new FirewallApplyPage(m_runner, m_model);
        EdgeSyncOptions options;
        options.pollIntervalMs = 10;
        options.maxPolls = 50;
        OvhRetryPolicy policy;
        policy.backoffMs = 20;
        policy.maxRetryAfterSeconds = 2;
        policy.timeoutMs = 3000;
        m_page->setTimings(options, policy);
        m_confirmText.clear();
        m_page->setConfirmHandler([this](const QString &text) {
            m_confirmText = text;
            return true;
        });
        m_page->resize(1100, 760);
        m_page->show();
        m_page->initializePage();
    }

    void cleanup()
    {
        delete m_page;
        delete m_runner;
        delete m_model;
        m_server.reset();
    }

    void readApplyReadAgain()
    {
        // Before anything: every node "not read", the wanted rules listed, nothing sent.
        QCOMPARE(m_page->state()->nodeCount(), 3);
        QVERIFY(resultText(0).contains(QLatin1String("Not read")));
        QVERIFY(m_page->state()->rules()->rowCount() >= 5);
        QVERIFY(m_page->isComplete());
        typeKeys();

        QTest::mouseClick(button("readRules"), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(!m_page->isComplete()); // Next waits for the run
        QVERIFY(waitForRun());
        QVERIFY(m_page->isComplete());
        QVERIFY2(m_server->changes().isEmpty(), qPrintable(m_server->changes().join(u'\n')));
        for (int row = 0; row < 3; ++row) {
            QVERIFY2(resultText(row).startsWith(QLatin1String("Differs")),
                     qPrintable(resultText(row)));
            QCOMPARE(m_page->state()->nodes()->item(row, EdgeStateView::FirewallColumn)->text(),
                     QStringLiteral("address not on the firewall"));
        }
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Warn);
        QVERIFY(m_page->summary()->text().contains(QLatin1String("3 nodes differ")));
        // The selected node's rules: every wanted rule is to be created.
        QTableWidget *rules = m_page->state()->rules();
        for (int i = 0; i < rules->rowCount(); ++i)
            QCOMPARE(rules->item(i, EdgeStateView::ChangeColumn)->text(), QStringLiteral("create"));
        // The dry run is kept for the report.
        QJsonObject doc =
            Journal::loadDocument(m_model->spec().cluster.name, QStringLiteral("firewall"));
        QCOMPARE(doc.value(QStringLiteral("apply")).toBool(true), false);
        QCOMPARE(doc.value(QStringLiteral("nodes")).toArray().size(), 3);

        QTest::mouseClick(button("applyRules"), Qt::LeftButton);
        QVERIFY2(m_confirmText.contains(QLatin1String("node-01 (203.0.113.11)")),
                 qPrintable(m_confirmText));
        QVERIFY(m_confirmText.contains(QLatin1String("enable the firewall")));
        QVERIFY(waitForRun());
        for (int row = 0; row < 3; ++row)
            QVERIFY2(resultText(row).startsWith(QLatin1String("Applied")),
                     qPrintable(resultText(row)));
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Pass);
        QCOMPARE(m_server->firewalls.size(), 3);
        for (const FakeOvhServer::Firewall &fw : std::as_const(m_server->firewalls)) {
            QVERIFY(fw.enabled);
            QCOMPARE(fw.rules.size(),
                     EdgeFirewallSync::targets(m_model->spec()).first().wanted.size());
        }
        doc = Journal::loadDocument(m_model->spec().cluster.name, QStringLiteral("firewall"));
        QCOMPARE(doc.value(QStringLiteral("apply")).toBool(), true);
        QCOMPARE(doc.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("failedNodes"))
                     .toInt(-1),
                 0);
        for (int i = 0; i < rules->rowCount(); ++i)
            QCOMPARE(rules->item(i, EdgeStateView::ChangeColumn)->text(),
                     QStringLiteral("created"));

        // A second read finds everything in place and changes nothing.
        const int changes = int(m_server->changes().size());
        QTest::mouseClick(button("readRules"), Qt::LeftButton);
        QVERIFY(waitForRun());
        QCOMPARE(m_server->changes().size(), changes);
        for (int row = 0; row < 3; ++row)
            QVERIFY2(resultText(row).startsWith(QLatin1String("In place")),
                     qPrintable(resultText(row)));
        QVERIFY(m_page->summary()->text().contains(QLatin1String("already holds")));

        // The secret and the consumer key never reach a file of the state directory or the log.
        const QByteArray secret(FakeOvhServer::applicationSecret);
        const QByteArray consumer(FakeOvhServer::consumerKey);
        int files = 0;
        QDirIterator it(m_state.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            QVERIFY2(!all.contains(secret) && !all.contains(consumer), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
        const QString log =
            m_page->findChild<QPlainTextEdit *>(QStringLiteral("firewallLog"))->toPlainText();
        QVERIFY(log.contains(QLatin1String("[node-01]")));
        QVERIFY(!log.contains(QLatin1String(secret)) && !log.contains(QLatin1String(consumer)));
    }

    void wrongConsumerKeyIsReported()
    {
        const QString cluster = m_model->spec().cluster.name;
        const QJsonObject before = Journal::loadDocument(cluster, QStringLiteral("firewall"));
        typeKeys(QStringLiteral("notTheRightConsumerKey000"));
        QVERIFY(m_page->startSync(false));
        QVERIFY(waitForRun());
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        // The cause is said once, in full, in the summary.
        QVERIFY2(m_page->summary()->text().contains(
                     QLatin1String("The OVHcloud API refused the consumer key")),
                 qPrintable(m_page->summary()->text()));
        QVERIFY2(resultText(0).startsWith(QLatin1String("Could not be read")),
                 qPrintable(resultText(0)));
        QVERIFY(m_server->changes().isEmpty());
        // A run the API did not answer does not replace the report's record.
        QCOMPARE(Journal::loadDocument(cluster, QStringLiteral("firewall")), before);
    }

    void applyFailingHalfwaySaysWhatIsLeft()
    {
        typeKeys();
        FakeOvhServer::Fault fault{"POST",
                                   QStringLiteral("203.0.113.11/32/firewall/203.0.113.11/rule"),
                                   500, R"({"message":"Internal server error"})", -1};
        fault.after = 5; // rules 0 to 4 go through, 5 and 19 never do
        m_server->addFault(fault);
        QTest::mouseClick(button("applyRules"), Qt::LeftButton);
        QVERIFY(waitForRun());
        QVERIFY2(resultText(0).contains(QLatin1String("Not applied: create the rules at "
                                                      "priorities 5, 19; enable the firewall")),
                 qPrintable(resultText(0)));
        QVERIFY(resultText(0).contains(QLatin1String("HTTP 500")));
        for (int row = 1; row < 3; ++row)
            QVERIFY2(resultText(row).startsWith(QLatin1String("Not attempted")),
                     qPrintable(resultText(row)));
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        QVERIFY2(m_page->summary()->text().contains(QLatin1String("The apply failed on 1 node")),
                 qPrintable(m_page->summary()->text()));
        QVERIFY(m_page->summary()->text().contains(QLatin1String("2 nodes after it")));
        // The rules of node-01: the last two are "not done".
        QTableWidget *rules = m_page->state()->rules();
        QStringList changes;
        for (int i = 0; i < rules->rowCount(); ++i)
            changes << rules->item(i, EdgeStateView::ChangeColumn)->text();
        QCOMPARE(changes.count(QStringLiteral("created")), 5);
        QCOMPARE(changes.count(QStringLiteral("not done: create")), 2);
        // The report's record says what was not applied.
        const QJsonObject doc =
            Journal::loadDocument(m_model->spec().cluster.name, QStringLiteral("firewall"));
        const QJsonObject first = doc.value(QStringLiteral("nodes")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("applied"))
                     .toObject()
                     .value(QStringLiteral("notApplied"))
                     .toObject()
                     .value(QStringLiteral("create"))
                     .toArray(),
                 (QJsonArray{5, 19}));

        // Once the API works again, a second apply finishes the job, a third changes nothing.
        m_server->clearFaults();
        QTest::mouseClick(button("applyRules"), Qt::LeftButton);
        QVERIFY(waitForRun());
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Pass);
        const qsizetype changed = m_server->changes().size();
        QTest::mouseClick(button("applyRules"), Qt::LeftButton);
        QVERIFY(waitForRun());
        QCOMPARE(m_server->changes().size(), changed);
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Pass);
        QVERIFY2(resultText(0).contains(QLatin1String("Applied: nothing")),
                 qPrintable(resultText(0)));
    }

    void apiErrorsAreWorded_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("words");
        QTest::newRow("429") << 429 << QStringLiteral("too many requests");
        QTest::newRow("500") << 500 << QStringLiteral("HTTP 500");
    }

    void apiErrorsAreWorded()
    {
        QFETCH(int, status);
        QFETCH(QString, words);
        typeKeys();
        FakeOvhServer::Fault fault{"GET", QStringLiteral("/firewall"), status,
                                   R"({"message":"Try again later"})", -1};
        fault.retryAfter = 1;
        m_server->addFault(fault);
        QVERIFY(m_page->startSync(false));
        QVERIFY(waitForRun());
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        QVERIFY2(m_page->summary()->text().contains(words), qPrintable(m_page->summary()->text()));
        QVERIFY(m_page->summary()->text().contains(QLatin1String("could not be read")));
        QVERIFY(m_server->changes().isEmpty());
    }

    void cancelledApplySendsNothing()
    {
        typeKeys();
        m_page->setConfirmHandler([](const QString &) { return false; });
        QTest::mouseClick(button("applyRules"), Qt::LeftButton);
        QVERIFY(!m_page->isRunning());
        QVERIFY(m_server->requests.isEmpty());
    }

    void confirmationComesAfterTheChecks()
    {
        bool asked = false;
        m_page->setConfirmHandler([&asked](const QString &) { return asked = true; });
        QTest::mouseClick(button("applyRules"), Qt::LeftButton); // no keys typed
        QVERIFY(!asked);
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        QVERIFY(m_page->summary()->text().contains(QLatin1String("incomplete")));
    }

    void missingKeysNameTheField()
    {
        field("applicationKey")->setText(QLatin1String(FakeOvhServer::applicationKey));
        QVERIFY(!m_page->startSync(false));
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        QVERIFY2(m_page->summary()->text().contains(QLatin1String("application secret")),
                 qPrintable(m_page->summary()->text()));
        QVERIFY(m_server->requests.isEmpty());
    }

    void lockOutIsRefusedBeforeAnythingIsSent()
    {
        m_model->edit([](ClusterSpec &s) {
            // A rule before the admin's that drops SSH from everywhere.
            FirewallRuleSpec r;
            r.sequence = 0;
            r.action = QStringLiteral("deny");
            r.protocol = QStringLiteral("tcp");
            r.source = QStringLiteral("0.0.0.0/0");
            r.destinationPort = 22;
            s.firewall.extraRules.prepend(r);
        });
        m_page->initializePage();
        typeKeys();
        QVERIFY(!button("applyRules")->isEnabled());
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Fail);
        QVERIFY(m_page->summary()->text().contains(QLatin1String("lock you out")));
        QVERIFY(!m_page->startSync(true));
        QVERIFY(m_server->requests.isEmpty());
    }

    void demoCallsNoApi()
    {
        m_runner->setDemo(true);
        m_page->initializePage();
        QVERIFY(!button("readRules")->isEnabled());
        QVERIFY(!button("applyRules")->isEnabled());
        QCOMPARE(m_page->summary()->status(), StatusLook::Status::Skip);
        QVERIFY2(
            m_page->summary()->text().contains(QLatin1String("Demo: there is no OVHcloud account")),
            qPrintable(m_page->summary()->text()));
        QVERIFY(!m_page->startSync(false));
        QVERIFY(m_page->state()->rules()->rowCount() >= 5); // the wanted rules are still shown
        QVERIFY(m_server->requests.isEmpty());
    }

    void consumerKeyRequest()
    {
        field("applicationKey")->setText(QLatin1String(FakeOvhServer::applicationKey));
        QTest::mouseClick(button("requestConsumerKey"), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                box = m_page->findChild<QMessageBox *>(QStringLiteral("consumerKeyMessage"));
                return box != nullptr;
            },
            10000));
        QCOMPARE(box->informativeText(),
                 QStringLiteral("https://eu.api.ovh.com/auth/?credentialToken=fake"));
        QCOMPARE(field("consumerKey")->text(), QStringLiteral("newConsumerKey4242"));
        // The new key is a secret: never in the page's log.
        QVERIFY(!m_page->findChild<QPlainTextEdit *>(QStringLiteral("firewallLog"))
                     ->toPlainText()
                     .contains(QLatin1String("newConsumerKey4242")));
        // Exactly the access rules the firewall needs.
        QCOMPARE(m_server->lastCredentialRequest.value(QStringLiteral("accessRules")).toArray(),
                 OvhClient::firewallAccessRules());
        box->close();
    }

    // Not a check but a look: the page in the wizard after a read that found differences and
    // after the apply, in English and French. Runs only when PVEHA_SHOTS_DIR names a folder.
    void screenshots_data() { shots::languageRows(); }

    void screenshots()
    {
        PVEHA_SHOTS_DIR_OR_SKIP(dir);
        QFETCH(QString, lang);
        QDir().mkpath(dir);
        I18n::instance().setLanguage(lang);
        InstallerWizard wizard;
        wizard.resize(1280, 800);
        ClusterSpec before = m_model->spec();
        before.firewall.adminSources[1] = QStringLiteral("198.51.100.99/32"); // a former admin
        wizard.model()->setSpec(before);
        auto *page = qobject_cast<FirewallApplyPage *>(wizard.page(FirewallApplyPageId));
        QVERIFY(page);
        EdgeSyncOptions options;
        options.pollIntervalMs = 10;
        options.maxPolls = 50;
        page->setTimings(options, OvhRetryPolicy());
        page->setConfirmHandler([](const QString &) { return true; });
        wizard.setStartId(FirewallApplyPageId);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        page->findChild<QLineEdit *>(QStringLiteral("applicationKey"))
            ->setText(QLatin1String(FakeOvhServer::applicationKey));
        page->findChild<QLineEdit *>(QStringLiteral("applicationSecret"))
            ->setText(QLatin1String(FakeOvhServer::applicationSecret));
        page->findChild<QLineEdit *>(QStringLiteral("consumerKey"))
            ->setText(QLatin1String(FakeOvhServer::consumerKey));
        QVERIFY(page->startSync(true));
        QVERIFY(QTest::qWaitFor([page] { return !page->isRunning(); }, 20000));

        wizard.model()->setSpec(m_model->spec()); // the admin source changed since
        page->initializePage();
        QVERIFY(page->startSync(false));
        QVERIFY(QTest::qWaitFor([page] { return !page->isRunning(); }, 20000));
        QCOMPARE(page->summary()->status(), StatusLook::Status::Warn);
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/firewall-apply-%1.png").arg(lang)));

        // The confirmation "Apply the rules…" asks for, as it shows: grabbed, then cancelled.
        page->setConfirmHandler({});
        bool shot = false;
        QTimer::singleShot(300, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || box->objectName() != QLatin1String("confirmApply") || !box->isVisible())
                    continue;
                shot = box->grab().save(dir + QStringLiteral("/firewall-confirm-%1.png").arg(lang));
                box->reject();
            }
        });
        auto *apply = page->findChild<QPushButton *>(QStringLiteral("applyRules"));
        QVERIFY(apply && apply->isEnabled());
        apply->click(); // returns once the box is closed
        QVERIFY(shot);
        QVERIFY(!page->isRunning()); // cancelled: nothing started

        QVERIFY(page->startSync(true));
        QVERIFY(QTest::qWaitFor([page] { return !page->isRunning(); }, 20000));
        QCOMPARE(page->summary()->status(), StatusLook::Status::Pass);
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/firewall-applied-%1.png").arg(lang)));
        I18n::instance().setLanguage(QStringLiteral("en"));
    }
};

QTEST_MAIN(FirewallApplyTest)
#include "FirewallApplyTest.moc"
