// SPDX-License-Identifier: GPL-3.0-or-later
// The report writer on synthetic journal documents: every section with its values, hostile node
// values escaped, secrets redacted, missing documents said plainly, well-formed output.
#include "report/ReportWriter.h"
#include "ReportTestUtil.h"
#include "SyntheticReport.h"
#include "common/Redactor.h"
#include "ovh/EdgeFirewallSync.h"
#include "plan/PlanBuilder.h"
#include "report/Html.h"
#include "report/SvgCharts.h"
#include "spec/EdgeRules.h"

#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;
using namespace pveha::test;

namespace {

QString sectionOf(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("<section id=\"%1\"").arg(id));
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(QLatin1String("</section>"), start);
    return html.mid(start, end - start);
}

} // namespace

class ReportWriterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { Redactor::instance().clear(); }

    void everySectionWithItsValues()
    {
        const QString html = ReportWriter::html(syntheticData());
        const QString summary = sectionOf(html, QStringLiteral("summary"));
        for (const QString &v :
             {QStringLiteral("node-01"), QStringLiteral("node-02"), QStringLiteral("node-03"),
              QStringLiteral("203.0.113.11"), QStringLiteral("10.0.0.3"), QStringLiteral("S6DB2"),
              QStringLiteral("SER3sdd"), QStringLiteral("HGST HUS726T6TALE6L4"),
              QStringLiteral("49.1 TiB (54.0 TB)"), QStringLiteral("16.4 TiB (18.0 TB)"),
              QStringLiteral("8.2.4")}) {
            QVERIFY2(summary.contains(v), qPrintable(v));
        }
        const QString preflight = sectionOf(html, QStringLiteral("preflight"));
        QVERIFY(preflight.contains(QLatin1String("st-warn")));
        QVERIFY(preflight.contains(QLatin1String("clock drift on node-03")));
        QVERIFY(preflight.contains(QLatin1String("8 passed, 1 warnings, 0 failed")));

        const QString plan = sectionOf(html, QStringLiteral("plan"));
        const Plan built = PlanBuilder::build(syntheticData().spec, PlanFacts{8});
        for (const Phase &phase : built.phases) {
            QVERIFY2(plan.contains(Html::text(phase.title)), qPrintable(phase.title));
            for (const Step &s : phase.steps)
                QVERIFY2(plan.contains(QStringLiteral(">%1<").arg(s.id)), qPrintable(s.id));
        }
        QVERIFY(plan.contains(QLatin1String("12.4 s")));
        QVERIFY(plan.contains(QLatin1String("skipped (already done)")));
        QVERIFY(plan.contains(QLatin1String("not run")));

        const QString failure = sectionOf(html, QStringLiteral("failure"));
        QVERIFY(failure.contains(QLatin1String("exit code 1")));
        QVERIFY(failure.contains(QLatin1String("the hosts file is read-only")));
        QVERIFY(failure.contains(QLatin1String("tee: /etc/hosts: &lt;b&gt;denied&lt;/b&gt;")));

        const QString firewall = sectionOf(html, QStringLiteral("firewall"));
        const ClusterSpec spec = ClusterSpec::example();
        for (int i = 0; i < spec.nodes.size(); ++i)
            for (const EdgeRule &r : deriveEdgeRules(spec, i))
                QVERIFY2(firewall.contains(r.source), qPrintable(r.summary()));
        QVERIFY(firewall.contains(QLatin1String(">8006<")));
        QVERIFY(firewall.contains(QLatin1String(">198.51.100.7/32<")));
        QVERIFY(firewall.contains(QLatin1String(">203.0.113.12/32<")));
        QVERIFY(firewall.contains(QLatin1String("<td class=\"num\">19</td>")));

        const QString health = sectionOf(html, QStringLiteral("health"));
        for (const QString &v :
             {QStringLiteral("HEALTH_OK"), QStringLiteral("clean"), QStringLiteral("[UUUU]"),
              QStringLiteral("vm:100"), QStringLiteral("started"), QStringLiteral("Stockage-HA"),
              QStringLiteral("<details class=\"print-open\">"), QStringLiteral("quorate")})
            QVERIFY2(health.contains(v), qPrintable(v));
        QVERIFY(health.contains(QLatin1String("b-pass")));

        const QString crash = sectionOf(html, QStringLiteral("crashtest"));
        QVERIFY(crash.contains(QLatin1String("95.3 s")));
        QVERIFY(crash.contains(QLatin1String("goal met")));
        QVERIFY(crash.contains(QLatin1String("node-02")));
        QVERIFY(crash.contains(QLatin1String("<svg")));

        QVERIFY(html.contains(QLatin1String("9.8.7")));
        QVERIFY(html.contains(QLatin1String("2026-05-04 11:22")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
    }

    void hostileValuesAreEscaped()
    {
        const QString html = ReportWriter::html(syntheticData());
        QVERIFY(!html.contains(kHostile));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<b>denied")));
        const QString escaped = QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
        QVERIFY(sectionOf(html, QStringLiteral("summary")).contains(escaped));   // disk model
        QVERIFY(sectionOf(html, QStringLiteral("preflight")).contains(escaped)); // raw lsblk
        QVERIFY(sectionOf(html, QStringLiteral("health")).contains(escaped));    // raw ceph -s
        QVERIFY(html.contains(QLatin1String("&amp; &quot;quotes&quot;")));
        QCOMPARE(test::reportProblems(html), QString());
        // Attribute values too.
        QCOMPARE(Html::attr(QStringLiteral("a\"b'<c>\n")),
                 QStringLiteral("a&quot;b&#39;&lt;c&gt;&#10;"));
    }

    void secretsAreRedacted()
    {
        Redactor::instance().addSecret(kSecret);
        const QString html = ReportWriter::html(syntheticData());
        QVERIFY(!html.contains(kSecret));
        QVERIFY(html.contains(QStringLiteral("password was ") + Redactor::mask()));
    }

    void missingDocumentsAreSaid()
    {
        ReportData d;
        d.spec = ClusterSpec::example();
        d.toolVersion = QStringLiteral("1.0");
        d.generatedAt = QDateTime::currentDateTime();
        d.language = QStringLiteral("fr");
        QVERIFY(!d.hasAnything());
        const QString html = ReportWriter::html(d);
        QVERIFY(html.contains(QLatin1String("<html lang=\"fr\">")));
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("preflight"), QStringLiteral("pve-ha-installer validate")},
            {QStringLiteral("plan"), QStringLiteral("pve-ha-installer deploy")},
            {QStringLiteral("failure"), QStringLiteral("pve-ha-installer deploy")},
            {QStringLiteral("health"), QStringLiteral("pve-ha-installer health")},
            {QStringLiteral("crashtest"), QStringLiteral("pve-ha-installer crash-test")}};
        for (const auto &e : expected) {
            const QString s = sectionOf(html, e.first);
            QVERIFY2(s.contains(QLatin1String("not available yet")), qPrintable(e.first));
            QVERIFY2(s.contains(e.second), qPrintable(e.first));
        }
        // The summary still shows the spec; disks and capacity say why they are missing.
        const QString summary = sectionOf(html, QStringLiteral("summary"));
        QVERIFY(summary.contains(QLatin1String("203.0.113.13")));
        QCOMPARE(summary.count(QLatin1String("not available yet")), 2);
        // The plan still lists its steps, as not run.
        QVERIFY(sectionOf(html, QStringLiteral("plan")).contains(QLatin1String("raid.create")));
        QCOMPARE(test::reportProblems(html), QString());
        // No heading is left without content: every <h2> is followed by something else.
        QVERIFY(!html.contains(QLatin1String("</h2>\n</section>")));
    }

    void firewallStateFromTheJournal()
    {
        ReportData d = syntheticData();
        d.firewall = {};
        QString section = sectionOf(ReportWriter::html(d), QStringLiteral("firewall"));
        QVERIFY(section.contains(QLatin1String("has not read these firewalls")));
        QVERIFY(section.contains(QLatin1String("pve-ha-installer firewall --spec FILE")));

        // One node applied, one read with a difference, one that failed halfway.
        const QList<EdgeNodeTarget> targets = EdgeFirewallSync::targets(d.spec);
        QCOMPARE(targets.size(), 3);
        EdgeNodeResult applied;
        applied.target = targets.at(0);
        applied.currentKnown = applied.onFirewall = applied.diffKnown = true;
        applied.applyRequested = applied.applyStarted = applied.enabledNow = true;
        applied.created = {0, 1, 19};
        EdgeNodeResult differs;
        differs.target = targets.at(1);
        differs.currentKnown = differs.diffKnown = true;
        differs.diff.toCreate = targets.at(1).wanted;
        EdgeNodeResult failed;
        failed.target = targets.at(2);
        failed.currentKnown = failed.onFirewall = failed.diffKnown = true;
        failed.applyRequested = failed.applyStarted = true;
        failed.diff.toCreate = targets.at(2).wanted;
        failed.created = {0};
        failed.errors << QStringLiteral("POST refused: %1").arg(kHostile);
        d.firewall = QJsonObject{{QStringLiteral("apply"), true},
                                 {QStringLiteral("savedAt"), QStringLiteral("2026-11-25T18:50:34")},
                                 {QStringLiteral("nodes"),
                                  QJsonArray{applied.toJson(), differs.toJson(), failed.toJson()}}};
        const QString html = ReportWriter::html(d);
        section = sectionOf(html, QStringLiteral("firewall"));
        QVERIFY(section.contains(QLatin1String("Last applied through the OVHcloud API on "
                                               "2026-11-25 18:50:34")));
        const qsizetype n1 = section.indexOf(QLatin1String("<h3>node-01"));
        const qsizetype n2 = section.indexOf(QLatin1String("<h3>node-02"));
        const qsizetype n3 = section.indexOf(QLatin1String("<h3>node-03"));
        QVERIFY(n1 > 0 && n2 > n1 && n3 > n2);
        const QString first = section.mid(n1, n2 - n1);
        const QString second = section.mid(n2, n3 - n2);
        const QString third = section.mid(n3);
        QVERIFY2(first.contains(QLatin1String("created the rules at priorities 0, 1, 19")),
                 qPrintable(first));
        QVERIFY(first.contains(QLatin1String("b-pass")));
        QVERIFY2(second.contains(QLatin1String("the address is not on the Edge firewall")),
                 qPrintable(second));
        QVERIFY(second.contains(QLatin1String("b-warn")));
        QVERIFY(third.contains(QLatin1String("b-fail")));
        QVERIFY(third.contains(QLatin1String("Not applied:")));
        QVERIFY(!html.contains(kHostile));
        QVERIFY(third.contains(QLatin1String("&lt;script&gt;")));
        QCOMPARE(test::reportProblems(html), QString());
    }

    void failedCrashTestReadsAsFailure()
    {
        ReportData d = syntheticData();
        d.crashTest.insert(QStringLiteral("failoverSeconds"), 131.9);
        d.crashTest.insert(QStringLiteral("metTarget"), false);
        d.crashTest.insert(QStringLiteral("timeScale"), 20);
        const QString crash = sectionOf(ReportWriter::html(d), QStringLiteral("crashtest"));
        QVERIFY(crash.contains(QLatin1String("goal missed")));
        QVERIFY(crash.contains(QLatin1String("b-fail")));
        QVERIFY(crash.contains(QLatin1String("131.9 s")));
        QVERIFY(crash.contains(QLatin1String("20 times faster")));
    }

    void statusLook()
    {
        // Icon and word for every status: tick, triangle, cross, dash.
        for (const auto &[status, cls] :
             QList<QPair<QString, QString>>{{QStringLiteral("pass"), QStringLiteral("pass")},
                                            {QStringLiteral("done"), QStringLiteral("pass")},
                                            {QStringLiteral("warn"), QStringLiteral("warn")},
                                            {QStringLiteral("fail"), QStringLiteral("fail")},
                                            {QStringLiteral("error"), QStringLiteral("fail")},
                                            {QStringLiteral("skip"), QStringLiteral("skip")},
                                            {QStringLiteral("not-run"), QStringLiteral("skip")}}) {
            const QString html = Html::status(status);
            QVERIFY2(html.contains(QStringLiteral("#i-%1").arg(cls)), qPrintable(status));
            QVERIFY2(html.contains(Html::statusWord(status)), qPrintable(status));
        }
        QVERIFY(Html::iconSprite().contains(QLatin1String("id=\"i-warn\"")));
    }

    void chartsCarryTheirNumbers()
    {
        const QString bars = SvgCharts::horizontalBars(
            QStringLiteral("cap <x>"),
            {{QStringLiteral("a&b"), 2, QStringLiteral("2 s"), QStringLiteral("#000")}});
        QVERIFY(bars.contains(QLatin1String("cap &lt;x&gt;")));
        QVERIFY(bars.contains(QLatin1String("a&amp;b")));
        QVERIFY(bars.contains(QLatin1String(">2 s<")));
        QCOMPARE(test::reportProblems(QStringLiteral("<!DOCTYPE html>\n") + bars), QString());
        const QString line = SvgCharts::timeline(
            QStringLiteral("t"), {{95.3, QStringLiteral("up"), QStringLiteral("started")}}, 120,
            QStringLiteral("goal"));
        QVERIFY(line.contains(QStringLiteral("95.3 s \u2014 up")));
        QVERIFY(line.contains(QLatin1String(">90 s<"))); // a tick
        QVERIFY(line.contains(QLatin1String(">goal<"))); // the goal line, in place of 120 s
        QVERIFY(!line.contains(QLatin1String(">120 s<")));
    }

    void writtenFileIsValid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.html"));
        QString error;
        QVERIFY2(ReportWriter::write(syntheticData(), path, &error), qPrintable(error));
        if (qEnvironmentVariableIsSet("PVEHA_KEEP_REPORT"))
            QFile::copy(path, qEnvironmentVariable("PVEHA_KEEP_REPORT"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        QCOMPARE(test::reportProblems(html), QString());
        const QString tidy = test::tidyProblems(path);
        if (tidy.isNull())
            qInfo("tidy is not installed: its check is skipped");
        else
            QVERIFY2(tidy.isEmpty(), qPrintable(tidy));
        QVERIFY(!ReportWriter::write(syntheticData(),
                                     dir.filePath(QStringLiteral("no/such/r.html")), &error));
        QVERIFY(error.contains(QLatin1String("does not exist")));
    }
};

QTEST_GUILESS_MAIN(ReportWriterTest)
#include "ReportWriterTest.moc"
