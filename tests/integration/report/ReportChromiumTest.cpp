// SPDX-License-Identifier: GPL-3.0-or-later
// The report in a real browser: Debian's headless Chromium opens the file with every network
// path closed, and the test fails on any request that is not the file itself and on any console
// error. Negative tests prove the checker sees both. Screenshots (screen and print) and the
// printed PDF go to /tmp/shots-report/ to be looked at.
#include "ChromiumPage.h"
#include "ReportHarness.h"

#include "common/I18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace pveha;
using namespace pveha::test;

namespace {

const QString kShots = QStringLiteral("/tmp/shots-report");

QString writeHtml(const QTemporaryDir &dir, const QString &name, const QString &html)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(html.toUtf8());
    return path;
}

QString describe(const PageVisit &v)
{
    return QStringLiteral("error: %1\nrequests: %2\noutside: %3\nconsole errors: %4")
        .arg(v.error, v.requests.join(QLatin1Char(' ')), v.outside.join(QLatin1Char(' ')),
             v.consoleErrors.join(QLatin1String(" | ")));
}

} // namespace

class ReportChromiumTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void brokenPageIsCaught()
    {
        // A request to the outside and a console error: both must be reported.
        const QString file = writeHtml(
            m_dir, QStringLiteral("broken.html"),
            QStringLiteral("<!DOCTYPE html><html><head><title>x</title></head><body>"
                           "<img src=\"http://198.51.100.1/x.png\" alt=\"\">"
                           "<script>console.error('boom from the page')</script></body></html>"));
        const PageVisit v = ChromiumPage::visit(file, {});
        QVERIFY2(v.error.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.loaded, qPrintable(describe(v)));
        QVERIFY2(v.outside.contains(QStringLiteral("http://198.51.100.1/x.png")),
                 qPrintable(describe(v)));
        QVERIFY2(!v.consoleErrors.filter(QStringLiteral("boom from the page")).isEmpty(),
                 qPrintable(describe(v)));
    }

    void eachKindAloneIsCaught()
    {
        // A style sheet import only (no script): a request, caught.
        const QString css =
            writeHtml(m_dir, QStringLiteral("css.html"),
                      QStringLiteral("<!DOCTYPE html><html><head><title>x</title><style>@import "
                                     "url(\"https://fonts.example.invalid/a.css\");</style></head>"
                                     "<body>text</body></html>"));
        PageVisit v = ChromiumPage::visit(css, {});
        QVERIFY2(v.error.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(!v.outside.filter(QStringLiteral("fonts.example.invalid")).isEmpty(),
                 qPrintable(describe(v)));
        // A thrown exception only (no request): a console error, caught.
        const QString js = writeHtml(
            m_dir, QStringLiteral("js.html"),
            QStringLiteral("<!DOCTYPE html><html><head><title>x</title></head><body>"
                           "<script>throw new Error('thrown by the page')</script></body></html>"));
        v = ChromiumPage::visit(js, {});
        QVERIFY2(v.error.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.outside.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(!v.consoleErrors.filter(QStringLiteral("thrown by the page")).isEmpty(),
                 qPrintable(describe(v)));
        // And a clean page is clean: the checker does not invent problems.
        const QString clean = writeHtml(m_dir, QStringLiteral("clean.html"),
                                        QStringLiteral("<!DOCTYPE html><html><head><title>x</title>"
                                                       "</head><body>ok</body></html>"));
        v = ChromiumPage::visit(clean, {});
        QVERIFY2(v.error.isEmpty() && v.outside.isEmpty() && v.consoleErrors.isEmpty(),
                 qPrintable(describe(v)));
        QVERIFY2(v.requests.size() == 1, qPrintable(describe(v))); // the file itself is seen
    }

    void reportOfASimulatedDeployment_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void reportOfASimulatedDeployment()
    {
        QFETCH(QString, lang);
        SimulatedDeployment sim;
        QVERIFY2(sim.record(), qPrintable(sim.log()));
        I18n::instance().setLanguage(lang);
        const QString file = m_dir.filePath(QStringLiteral("report-%1.html").arg(lang));
        QString err;
        QCOMPARE(sim.writeReport(file, &err), 0);
        I18n::instance().setLanguage(QStringLiteral("en"));

        QDir().mkpath(kShots);
        QFile::remove(kShots + QStringLiteral("/report-%1.html").arg(lang));
        QFile::copy(file, kShots + QStringLiteral("/report-%1.html").arg(lang));
        VisitOptions o;
        o.screenshotStem = kShots + QStringLiteral("/report-%1").arg(lang);
        if (lang == QLatin1String("en")) {
            o.printScreenshot = kShots + QStringLiteral("/report-print.png");
            o.pdfFile = kShots + QStringLiteral("/report.pdf");
        } else {
            o.maxTiles = 2;
        }
        const PageVisit v = ChromiumPage::visit(file, o);
        QVERIFY2(v.error.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.loaded, qPrintable(describe(v)));
        QVERIFY2(v.outside.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.consoleErrors.isEmpty(), qPrintable(describe(v)));
        QVERIFY2(v.requests.size() == 1, qPrintable(describe(v)));
        QVERIFY(!v.screenshots.isEmpty());
        if (!o.pdfFile.isEmpty()) {
            // Seven sections, each from a new page when printed.
            QVERIFY2(v.pdfPages >= 7, qPrintable(QString::number(v.pdfPages)));
        }
        qInfo("screenshots: %s; printed: %d A4 pages",
              qPrintable(v.screenshots.join(QLatin1Char(' '))), v.pdfPages);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (ChromiumPage::executable().isEmpty()) {
        std::fprintf(stderr, "SKIP: /usr/bin/chromium is not installed (Debian package chromium): "
                             "the report cannot be opened in a browser.\n");
        return 77;
    }
    ReportChromiumTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "ReportChromiumTest.moc"
