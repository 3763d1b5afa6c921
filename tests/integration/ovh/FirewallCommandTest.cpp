// SPDX-License-Identifier: GPL-3.0-or-later
// `firewall` in-process against the loopback API: exit codes, output, JSON, and that the
// application secret and consumer key appear nowhere (output, JSON, log file).
#include "OvhTestUtil.h"

#include "cli/CommandLine.h"
#include "cli/FirewallCommand.h"
#include "common/Logging.h"
#include "common/Redactor.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class FirewallCommandTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_state;
    std::unique_ptr<FakeOvhServer> m_server;
    ClusterSpec m_spec;

    Run run(bool apply, bool json, bool demo = false)
    {
        CliRequest request;
        request.command = QStringLiteral("firewall");
        request.apply = apply;
        request.json = json;
        request.demo = demo;
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = FirewallCommand::run(m_spec, request, out, err, ovhtest::fastPolicy(),
                                      ovhtest::fastOptions(apply));
        out.flush();
        err.flush();
        return r;
    }
    static void setKeys()
    {
        qputenv("OVH_APPLICATION_KEY", FakeOvhServer::applicationKey);
        qputenv("OVH_APPLICATION_SECRET", FakeOvhServer::applicationSecret);
        qputenv("OVH_CONSUMER_KEY", FakeOvhServer::consumerKey);
    }
    static void verifyNoSecret(const QString &text)
    {
        QVERIFY(!text.contains(QLatin1String(FakeOvhServer::applicationSecret)));
        QVERIFY(!text.contains(QLatin1String(FakeOvhServer::consumerKey)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_state.isValid());
        qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
        QVERIFY(!Logging::install(QStringLiteral("firewall-test")).isEmpty());
    }
    void init()
    {
        setKeys();
        m_server = ovhtest::startServer();
        m_spec = ovhtest::spec(*m_server);
    }
    void cleanup() { m_server.reset(); }

    void applyThenDryRunJsonAndNoSecretAnywhere()
    {
        const Run apply = run(true, false);
        QCOMPARE(apply.code, 0);
        QVERIFY2(apply.out.contains(QStringLiteral("applied: added 203.0.113.12 to the Edge "
                                                   "firewall; created the rules at priorities 0, "
                                                   "1, 2, 3, 4, 5, 19; enabled the firewall")),
                 qPrintable(apply.out));
        QVERIFY(apply.out.contains(QStringLiteral("[node-01] enabling the Edge firewall")));
        QVERIFY(apply.out.contains(QStringLiteral("Summary: rules created: 21, deleted: 0")));

        const Run dry = run(false, false);
        QCOMPARE(dry.code, 0);
        QVERIFY(
            dry.out.contains(QStringLiteral("difference: 0 to delete, 0 to create, 7 unchanged")));
        QVERIFY(dry.out.contains(QStringLiteral("5 permit tcp 0.0.0.0/0 established  [ok]")));
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: nothing was changed.")));

        const Run json = run(false, true);
        QCOMPARE(json.code, 0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray nodes = doc.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 3);
        const QJsonObject first = nodes.first().toObject();
        QCOMPARE(first.value(QStringLiteral("ip")).toString(), QStringLiteral("203.0.113.11"));
        QCOMPARE(first.value(QStringLiteral("wanted")).toArray().size(), 7);
        QCOMPARE(first.value(QStringLiteral("current")).toArray().size(), 7);
        QCOMPARE(first.value(QStringLiteral("difference"))
                     .toObject()
                     .value(QStringLiteral("create"))
                     .toArray()
                     .size(),
                 0);
        QVERIFY(first.value(QStringLiteral("errors")).toArray().isEmpty());

        for (const Run *r : {&apply, &dry, &json}) {
            verifyNoSecret(r->out);
            verifyNoSecret(r->err);
        }
        // Every file the run left under the state directory (the log among them).
        int files = 0;
        QDirIterator it(m_state.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString content = QString::fromUtf8(f.readAll());
            verifyNoSecret(content);
            if (content.contains(QStringLiteral("pveha.ovh")))
                ++files;
        }
        QVERIFY2(files >= 1, "the OVH calls were not logged at all");
        // And the secrets are what the Redactor masks, should any other text carry them.
        QCOMPARE(Redactor::instance().redact(QLatin1String(FakeOvhServer::consumerKey)),
                 Redactor::mask());
    }

    void changedAdminSourceOnlyThatRule()
    {
        QCOMPARE(run(true, false).code, 0);
        m_spec.firewall.adminSources[0] = QStringLiteral("198.51.100.77/32");
        const Run dry = run(false, false);
        QVERIFY2(dry.out.contains(QStringLiteral("- 1 permit tcp 198.51.100.7/32 dport 22")),
                 qPrintable(dry.out));
        QVERIFY(dry.out.contains(QStringLiteral("+ 1 permit tcp 198.51.100.77/32 dport 22")));
        const Run apply = run(true, false);
        QCOMPARE(apply.code, 0);
        QVERIFY(apply.out.contains(
            QStringLiteral("Summary: rules created: 3, deleted: 3, unchanged: 18")));
    }

    void missingKeys()
    {
        qunsetenv("OVH_CONSUMER_KEY");
        const Run apply = run(true, false);
        QCOMPARE(apply.code, 2);
        for (const char *name :
             {"OVH_APPLICATION_KEY", "OVH_APPLICATION_SECRET", "OVH_CONSUMER_KEY"})
            QVERIFY2(apply.err.contains(QLatin1String(name)), qPrintable(apply.err));
        const Run dry = run(false, false);
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("cannot be read without")));
        QVERIFY(dry.out.contains(QStringLiteral("19 deny ipv4 0.0.0.0/0")));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void providerNone()
    {
        m_spec.firewall.provider = FirewallProvider::None;
        const Run r = run(true, false);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("nothing to do")));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void demoNeverCallsTheApi()
    {
        // Even pointed at a reachable API and with keys set, --demo sends nothing.
        const Run dry = run(false, false, true);
        QCOMPARE(dry.code, 0);
        QVERIFY(dry.out.contains(QStringLiteral("OVHcloud API is not called")));
        const Run apply = run(true, true, true);
        QCOMPARE(apply.code, 0);
        const QJsonObject doc = QJsonDocument::fromJson(apply.out.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("apiContacted")).toBool(true), false);
        QVERIFY(doc.value(QStringLiteral("note"))
                    .toString()
                    .contains(QStringLiteral("Nothing was applied")));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void lockOutRefused()
    {
        FirewallRuleSpec deny;
        deny.sequence = 0;
        deny.action = QStringLiteral("deny");
        deny.protocol = QStringLiteral("tcp");
        deny.source = QStringLiteral("198.51.100.0/24");
        m_spec.firewall.extraRules << deny;
        const Run r = run(true, false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("would lock you out")), qPrintable(r.err));
        QCOMPARE(m_server->requests.size(), 0);
    }

    void unauthorizedIsExit3()
    {
        m_server->addFault(
            {"", QStringLiteral("ip/"), 403,
             R"({"errorCode":"INVALID_CREDENTIAL","message":"This credential does not exist"})",
             -1});
        const Run r = run(true, false);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QStringLiteral("refused the consumer key")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("NOT applied:")));
    }

    void unreachableIsExit3()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now: connection refused
        m_spec.firewall.apiEndpoint = QStringLiteral("http://127.0.0.1:%1/1.0").arg(port);
        const Run r = run(false, true);
        QCOMPARE(r.code, 3);
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString error = doc.value(QStringLiteral("nodes"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("errors"))
                                  .toArray()
                                  .first()
                                  .toString();
        QVERIFY2(error.contains(QStringLiteral("could not be reached")), qPrintable(error));
    }

    void failureMidwayIsExit1AndSaysWhatRemains()
    {
        FakeOvhServer::Fault fault{"POST",
                                   QStringLiteral("203.0.113.11/32/firewall/203.0.113.11/rule"),
                                   500, R"({"message":"Internal server error"})", -1};
        fault.after = 5;
        m_server->addFault(fault);
        const Run r = run(true, false);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("NOT applied: create the rules at priorities 5, "
                                               "19; enable the firewall (it is still disabled)")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Not attempted because node-01 failed")));
    }
};

QTEST_GUILESS_MAIN(FirewallCommandTest)
#include "FirewallCommandTest.moc"
