// SPDX-License-Identifier: GPL-3.0-or-later
// EdgeFirewallSync and OvhClient against a real HTTP server on 127.0.0.1 that checks every
// signature and keeps the Edge firewall's state.
#include "OvhTestUtil.h"

#include "ovh/EdgeFirewallSync.h"
#include "spec/Ipv4Cidr.h"

#include <QUrl>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pveha;

class OvhSyncTest : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<FakeOvhServer> m_server;
    ClusterSpec m_spec;
    std::unique_ptr<OvhClient> m_client;

    std::unique_ptr<EdgeFirewallSync> sync(bool apply)
    {
        auto s =
            std::make_unique<EdgeFirewallSync>(m_client.get(), m_spec, ovhtest::fastOptions(apply));
        s->run();
        return s;
    }
    QStringList errors(const EdgeFirewallSync &s)
    {
        QStringList out;
        for (const EdgeNodeResult &r : s.results())
            out += r.errors;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_server = ovhtest::startServer();
        m_spec = ovhtest::spec(*m_server);
        m_client = std::make_unique<OvhClient>(m_server->baseUrl(), ovhtest::credentials());
        m_client->setRetryPolicy(ovhtest::fastPolicy());
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void dryRunReadsAndChangesNothing()
    {
        const auto s = sync(false);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        QCOMPARE(s->results().size(), 3);
        for (const EdgeNodeResult &r : s->results()) {
            QVERIFY(r.currentKnown);
            QVERIFY(!r.onFirewall);
            QCOMPARE(r.diff.toCreate.size(), 7);
            QVERIFY(r.needsEnable);
        }
        QCOMPARE(m_server->changes(), QStringList());
        QCOMPARE(m_server->rejected, 0);
        QVERIFY(m_client->timeKnown());
        QVERIFY(qAbs(m_client->timeOffset() + 3600) <= 2);
    }

    void firstApplyCreatesRulesAndEnablesLast()
    {
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        QCOMPARE(m_server->rejected, 0);
        for (const EdgeNodeResult &r : s->results()) {
            QVERIFY(r.complete());
            QVERIFY(r.addedToFirewall);
            QCOMPARE(r.created, (QList<int>{0, 1, 2, 3, 4, 5, 19}));
            QVERIFY(r.enabledNow);
            const FakeOvhServer::Firewall fw = m_server->firewalls.value(r.target.ip);
            QVERIFY(fw.enabled);
            QCOMPARE(fw.rules.size(), 7);
        }
        // Per node: add the address, create the rules by sequence, enable last.
        const QStringList changes = m_server->changes();
        QCOMPARE(changes.size(), 3 * 9);
        const QString node1 = QStringLiteral("ip/203.0.113.11/32/firewall");
        QCOMPARE(changes.at(0), QStringLiteral("POST ") + node1);
        QCOMPARE(changes.at(1),
                 QStringLiteral("POST ") + node1 + QStringLiteral("/203.0.113.11/rule"));
        QCOMPARE(changes.at(8), QStringLiteral("PUT ") + node1 + QStringLiteral("/203.0.113.11"));
        // The block travels escaped, the bodies as compact JSON.
        bool sawEstablished = false;
        for (const FakeOvhServer::Request &r : m_server->requests) {
            if (r.target.contains("/ip/"))
                QVERIFY2(r.target.contains("/ip/203.0.113.1") && r.target.contains("%2F32"),
                         r.target.constData());
            if (r.body.contains("established")) {
                sawEstablished = true;
                QCOMPARE(r.body, QByteArray(R"({"action":"permit","protocol":"tcp","sequence":5,)"
                                            R"("source":"0.0.0.0/0","tcpOption":{"fragments":)"
                                            R"(false,"option":"established"}})"));
            }
        }
        QVERIFY(sawEstablished);
    }

    void secondApplyChangesNothing()
    {
        QVERIFY(sync(true)->allOk());
        const qsizetype before = m_server->changes().size();
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        QCOMPARE(m_server->changes().size(), before);
        for (const EdgeNodeResult &r : s->results()) {
            QVERIFY(r.diff.isEmpty());
            QCOMPARE(r.diff.unchanged.size(), 7);
            QVERIFY(r.created.isEmpty() && r.deleted.isEmpty() && !r.enabledNow);
            QVERIFY(r.complete());
        }
    }

    void changedAdminSourceIsReplacedAlone()
    {
        QVERIFY(sync(true)->allOk());
        const qsizetype before = m_server->changes().size();
        m_spec.firewall.adminSources[1] = QStringLiteral("198.51.100.9/32");
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        for (const EdgeNodeResult &r : s->results()) {
            QCOMPARE(r.deleted, QList<int>{2});
            QCOMPARE(r.created, QList<int>{2});
            QCOMPARE(m_server->firewalls.value(r.target.ip)
                         .rules.value(2)
                         .json.value(QStringLiteral("source")),
                     QJsonValue(QStringLiteral("198.51.100.9/32")));
        }
        const QStringList changes = m_server->changes().mid(before);
        QCOMPARE(changes.size(), 6);
        QVERIFY(changes.at(0).startsWith(QLatin1String("DELETE ")));
        QVERIFY(changes.at(0).endsWith(QLatin1String("/rule/2")));
        QVERIFY(changes.at(1).startsWith(QLatin1String("POST ")));
    }

    void shiftedPrioritiesNeverCutAnAdminOff()
    {
        // A GUI source added first moves every rule one priority down. Deleting and creating
        // priority by priority would delete each admin's SSH permit before its copy existed one
        // priority further: replayed request by request, no source listed before and after may
        // lose SSH or the GUI at any moment.
        QVERIFY(sync(true)->allOk());
        const QString ip = QStringLiteral("203.0.113.11");
        QMap<int, EdgeRule> live;
        for (const FakeOvhServer::Rule &r : m_server->firewalls.value(ip).rules)
            live.insert(r.json.value(QStringLiteral("sequence")).toInt(),
                        RemoteEdgeRule::fromApiJson(r.json).rule);
        const QStringList admins = m_spec.firewall.adminSources;
        const QStringList guis = m_spec.firewall.guiSources;
        QVERIFY(!admins.isEmpty() && !guis.isEmpty());
        const qsizetype before = m_server->requests.size();
        m_spec.firewall.guiSources.prepend(QStringLiteral("192.0.2.77/32"));
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));

        const QByteArray node = QUrl::toPercentEncoding(ip + QStringLiteral("/32")) + "/firewall/" +
                                ip.toLatin1() + "/rule";
        int steps = 0;
        for (qsizetype i = before; i < m_server->requests.size(); ++i) {
            const FakeOvhServer::Request &r = m_server->requests.at(i);
            if (!r.target.contains(node) || (r.method != "DELETE" && r.method != "POST"))
                continue;
            QVERIFY2(r.status / 100 == 2, r.target.constData());
            if (r.method == "DELETE") {
                live.remove(r.target.mid(r.target.lastIndexOf('/') + 1).toInt());
            } else {
                const EdgeRule rule =
                    RemoteEdgeRule::fromApiJson(QJsonDocument::fromJson(r.body).object()).rule;
                live.insert(rule.sequence, rule);
            }
            ++steps;
            for (const QString &a : admins)
                QVERIFY2(EdgeFirewallSafety::evaluate(live.values(), *Ipv4Cidr::parse(a), 22) ==
                             EdgeFirewallSafety::Reach::Permitted,
                         qPrintable(QStringLiteral("%1 lost SSH after %2 %3")
                                        .arg(a, QString::fromLatin1(r.method),
                                             QString::fromLatin1(r.body + r.target))));
            for (const QString &g : guis)
                QVERIFY2(
                    EdgeFirewallSafety::evaluate(live.values(), *Ipv4Cidr::parse(g),
                                                 EdgeRules::guiPort) ==
                        EdgeFirewallSafety::Reach::Permitted,
                    qPrintable(QStringLiteral("%1 lost the GUI after step %2").arg(g).arg(steps)));
        }
        QVERIFY2(steps >= 10, qPrintable(QString::number(steps))); // every rule moved
        const QList<EdgeRule> wanted = deriveEdgeRules(m_spec, 0);
        QCOMPARE(live.size(), wanted.size());
        for (const EdgeRule &w : wanted)
            QVERIFY(RemoteEdgeRule::sameEffect(live.value(w.sequence), w));
        const EdgeNodeResult &first = s->results().at(0);
        QVERIFY(std::is_sorted(first.created.begin(), first.created.end()));
        QVERIFY(first.complete());
    }

    void swappedAdminSourcesStillComplete()
    {
        // Two permits trading priorities leave no free priority for either copy: one of them
        // has to go first, and the apply says so and still ends with the wanted rules.
        QVERIFY(sync(true)->allOk());
        QVERIFY(m_spec.firewall.adminSources.size() >= 2);
        m_spec.firewall.adminSources.swapItemsAt(0, 1);
        auto s = std::make_unique<EdgeFirewallSync>(m_client.get(), m_spec,
                                                    ovhtest::fastOptions(true));
        QStringList said;
        connect(s.get(), &EdgeFirewallSync::progress, this,
                [&](const QString &, const QString &text) { said << text; });
        s->run();
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        for (const EdgeNodeResult &r : s->results()) {
            QVERIFY(r.complete());
            QCOMPARE(r.deleted.size(), 2);
            QCOMPARE(r.created.size(), 2);
            const FakeOvhServer::Firewall fw = m_server->firewalls.value(r.target.ip);
            const QList<EdgeRule> wanted = r.target.wanted;
            QCOMPARE(fw.rules.size(), wanted.size());
            for (const EdgeRule &w : wanted)
                QVERIFY(RemoteEdgeRule::sameEffect(
                    RemoteEdgeRule::fromApiJson(fw.rules.value(w.sequence).json).rule, w));
        }
        QVERIFY2(said.filter(QStringLiteral("no order of the remaining changes")).size() == 3,
                 qPrintable(said.join(QLatin1Char('\n'))));
    }

    void extraRuleOnServerIsDeleted()
    {
        QVERIFY(sync(true)->allOk());
        FakeOvhServer::Rule extra;
        extra.json = QJsonDocument::fromJson(
                         R"({"sequence":10,"action":"permit","protocol":"udp","source":"any",)"
                         R"("destinationPort":"eq 53","tcpOption":null,"state":"ok"})")
                         .object();
        m_server->firewalls[QStringLiteral("203.0.113.13")].rules.insert(10, extra);
        const auto s = sync(true);
        QVERIFY(s->allOk());
        QCOMPARE(s->results().at(2).deleted, QList<int>{10});
        QVERIFY(s->results().at(0).deleted.isEmpty());
        QVERIFY(!m_server->firewalls.value(QStringLiteral("203.0.113.13")).rules.contains(10));
    }

    void unauthorizedGivesAClearMessage()
    {
        m_server->addFault({"GET", QStringLiteral("/firewall/"), 401,
                            R"({"errorCode":"INVALID_CREDENTIAL","message":"Invalid credentials"})",
                            -1});
        const auto s = sync(false);
        QVERIFY(!s->allOk());
        QVERIFY(s->authenticationFailed());
        const EdgeNodeResult &first = s->results().first();
        QVERIFY2(first.errors.join(QLatin1Char(' ')).contains(QStringLiteral("OVH_CONSUMER_KEY")),
                 qPrintable(first.errors.join(QLatin1Char(' '))));
        QVERIFY(s->results().at(1).errors.first().contains(QStringLiteral("Not attempted")));
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        m_server->addFault({"GET", QStringLiteral("203.0.113.12/32/firewall/203.0.113.12"), 429,
                            R"({"message":"Too many requests"})", 1, 0, 1});
        QElapsedTimer clock;
        clock.start();
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        QVERIFY2(clock.elapsed() >= 1000, "Retry-After: 1 was not waited for");
        int refused = 0;
        for (const FakeOvhServer::Request &r : m_server->requests)
            refused += r.status == 429 ? 1 : 0;
        QCOMPARE(refused, 1);
    }

    void retryAfterBeyondTheBoundIsNotWaitedFor()
    {
        m_server->addFault(
            {"GET", QStringLiteral("ip"), 429, R"({"message":"Slow down"})", -1, 0, 600});
        QElapsedTimer clock;
        clock.start();
        const OvhResult r = m_client->call("GET", QStringLiteral("/ip"));
        QVERIFY(clock.elapsed() < 2000);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.attempts, 1);
        QVERIFY2(r.message.contains(QStringLiteral("asks to wait 600 seconds")),
                 qPrintable(r.message));
    }

    void serverErrorTwiceThenSuccess()
    {
        m_server->addFault({"POST", QStringLiteral("203.0.113.11/32/firewall/203.0.113.11/rule"),
                            500, R"({"message":"Internal server error"})", 2});
        const auto s = sync(true);
        QVERIFY2(s->allOk(), qPrintable(errors(*s).join(QLatin1Char('\n'))));
        QCOMPARE(m_server->firewalls.value(QStringLiteral("203.0.113.11")).rules.size(), 7);
        int failures = 0;
        for (const FakeOvhServer::Request &r : m_server->requests)
            failures += r.status == 500 ? 1 : 0;
        QCOMPARE(failures, 2);
    }

    void serverErrorForeverSaysWhatWasApplied()
    {
        FakeOvhServer::Fault fault{"POST",
                                   QStringLiteral("203.0.113.12/32/firewall/203.0.113.12/rule"),
                                   500, R"({"message":"Internal server error"})", -1};
        fault.after = 3; // rules 0, 1 and 2 go through
        m_server->addFault(fault);
        const auto s = sync(true);
        QVERIFY(!s->allOk());
        QVERIFY(!s->unreachable());
        const EdgeNodeResult &one = s->results().at(0);
        const EdgeNodeResult &two = s->results().at(1);
        const EdgeNodeResult &three = s->results().at(2);
        QVERIFY(one.complete());
        QCOMPARE(two.created, (QList<int>{0, 1, 2}));
        QCOMPARE(two.pendingCreates(), (QList<int>{3, 4, 5, 19}));
        QVERIFY(!two.enabledNow);
        QVERIFY2(two.errors.first().contains(QStringLiteral("HTTP 500")),
                 qPrintable(two.errors.first()));
        QCOMPARE(two.appliedText(), QStringLiteral("added 203.0.113.12 to the Edge firewall; "
                                                   "created the rules at priorities 0, 1, 2"));
        QCOMPARE(two.notAppliedText(),
                 QStringLiteral("create the rules at priorities 3, 4, 5, 19; "
                                "enable the firewall (it is still disabled)"));
        const QJsonObject json = two.toJson().value(QStringLiteral("applied")).toObject();
        QCOMPARE(
            json.value(QStringLiteral("notApplied")).toObject().value(QStringLiteral("create")),
            QJsonValue(QJsonArray{3, 4, 5, 19}));
        QVERIFY(three.errors.first().contains(QStringLiteral("nothing was changed")));
        QVERIFY(!m_server->firewalls.contains(QStringLiteral("203.0.113.13")));
        // What the result says matches the server.
        QCOMPARE(m_server->firewalls.value(QStringLiteral("203.0.113.12")).rules.keys(),
                 (QList<int>{0, 1, 2}));
        QVERIFY(!m_server->firewalls.value(QStringLiteral("203.0.113.12")).enabled);
    }

    void slowServerTimesOut()
    {
        OvhRetryPolicy policy = ovhtest::fastPolicy();
        policy.timeoutMs = 300;
        policy.maxAttempts = 2;
        m_client->setRetryPolicy(policy);
        FakeOvhServer::Fault slow{"GET", QStringLiteral("/firewall/"), 200, {}, -1};
        slow.delayMs = 2000;
        m_server->addFault(slow);
        QElapsedTimer clock;
        clock.start();
        const auto s = sync(false);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(s->unreachable());
        QVERIFY2(s->results().first().errors.first().contains(QStringLiteral("did not answer")),
                 qPrintable(s->results().first().errors.first()));
    }

    void badSignatureIsRejected()
    {
        OvhCredentials wrong = ovhtest::credentials();
        wrong.applicationSecret = QStringLiteral("notTheRightSecret000");
        OvhClient client(m_server->baseUrl(), wrong);
        client.setRetryPolicy(ovhtest::fastPolicy());
        const OvhResult r = client.call("GET", QStringLiteral("/ip"));
        QCOMPARE(r.httpStatus, 400);
        QCOMPARE(r.errorCode, QStringLiteral("INVALID_SIGNATURE"));
        QVERIFY(r.message.contains(QStringLiteral("Invalid signature")));
        QCOMPARE(m_server->rejected, 1);
    }

    void blockNotOnTheAccount()
    {
        m_server->ownedBlocks.remove(QStringLiteral("203.0.113.12/32"));
        const auto dry = sync(false); // a dry run already tells it, and reads the others
        QVERIFY(!dry->allOk());
        QVERIFY(dry->results().at(0).ok() && dry->results().at(2).ok());
        const QString error = dry->results().at(1).errors.join(QLatin1Char(' '));
        QVERIFY2(error.contains(QStringLiteral("203.0.113.12/32 is not on this OVHcloud account")),
                 qPrintable(error));
        const auto s = sync(true);
        QVERIFY(s->results().at(0).complete());
        QCOMPARE(s->results().at(1).notAppliedText(),
                 QStringLiteral("everything (the current rules could not be read)"));
        QCOMPARE(s->results().at(2).notAppliedText(),
                 QStringLiteral("everything (this node was not attempted)"));
        QVERIFY(
            s->results().at(2).errors.first().contains(QStringLiteral("because node-02 failed")));
    }

    void lockOutIsRefusedBeforeAnyRequest()
    {
        m_spec.firewall.adminSources.clear();
        const auto s = sync(true);
        QVERIFY(s->refused());
        QVERIFY(!s->allOk());
        QVERIFY(s->results().isEmpty());
        QCOMPARE(m_server->requests.size(), 0);
    }

    void consumerKeyRequest()
    {
        OvhResult result;
        OvhConsumerKeyRequest answer;
        bool done = false;
        m_client->requestConsumerKey(QStringLiteral("https://example.invalid/done"),
                                     [&](const OvhResult &r, const OvhConsumerKeyRequest &a) {
                                         result = r;
                                         answer = a;
                                         done = true;
                                     });
        QTRY_VERIFY(done);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(answer.validationUrl.startsWith(QStringLiteral("https://")));
        QCOMPARE(answer.consumerKey, QStringLiteral("newConsumerKey4242"));
        QCOMPARE(m_server->lastCredentialRequest.value(QStringLiteral("accessRules")).toArray(),
                 OvhClient::firewallAccessRules());
        QCOMPARE(m_server->lastCredentialRequest.value(QStringLiteral("redirection")).toString(),
                 QStringLiteral("https://example.invalid/done"));
    }
};

QTEST_GUILESS_MAIN(OvhSyncTest)
#include "OvhSyncTest.moc"
