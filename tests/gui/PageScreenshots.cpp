// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check but a look: walks the input pages in the demo state and saves a PNG of the
// window per page, in English and in French, for people to review (UX.md: check the French
// screenshots). Runs only when PVEHA_SHOTS_DIR names a folder; skipped otherwise.
#include "InstallerWizard.h"
#include "PageId.h"
#include "ShotsMain.h"
#include "SpecModel.h"
#include "common/I18n.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QTranslator>

using namespace pveha;

namespace {

/// Pads every string of our own contexts by about 30 % (whole words, so wrapping behaves as
/// with real text), to see where longer French labels would be cut.
class LongerTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (!QByteArray(context).startsWith("pveha::"))
            return {};
        const QString text = QString::fromUtf8(sourceText);
        if (text.size() < 4)
            return text;
        QString pad;
        const QStringList words{QStringLiteral("plus"), QStringLiteral("long"),
                                QStringLiteral("encore")};
        for (int i = 0; pad.size() < text.size() * 3 / 10; ++i)
            pad += QLatin1Char(' ') + words.at(i % words.size());
        if (text.endsWith(QLatin1Char(':')))
            return text.chopped(1) + pad + QStringLiteral("\u00A0:");
        return text + pad;
    }
};

} // namespace

class PageScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shots_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<bool>("broken");
        QTest::newRow("en") << QStringLiteral("en") << false;
        QTest::newRow("fr") << QStringLiteral("fr") << false;
        QTest::newRow("en-problems") << QStringLiteral("en") << true;
        // Our strings made 30 % longer, as French will be, before the translations exist.
        QTest::newRow("long") << QStringLiteral("long") << false;
        QTest::newRow("long-problems") << QStringLiteral("long") << true;
    }

    void shots()
    {
        PVEHA_SHOTS_DIR_OR_SKIP(dir);
        QFETCH(QString, lang);
        QFETCH(bool, broken);
        QDir().mkpath(dir);
        LongerTranslator longer;
        if (lang == QLatin1String("long")) {
            I18n::instance().setLanguage(QStringLiteral("fr"));
            QCoreApplication::installTranslator(&longer);
        } else {
            I18n::instance().setLanguage(lang);
        }
        InstallerWizard wizard;
        wizard.resize(1280, 800);
        wizard.startDemo();
        if (broken) {
            wizard.model()->edit([](ClusterSpec &s) {
                s.nodes[1].privateAddress = QStringLiteral("10.0.0");
                s.nodes[2].publicAddress = QStringLiteral("203.0.113.11");
                s.network.cidr = QStringLiteral("10.0.0.1/24");
                s.network.bridge = QStringLiteral("vmbr 1");
                s.storage.raidDevices =
                    QStringList{QStringLiteral("/dev/sda"), QStringLiteral("/dev/nvme0n1")};
                s.ceph.pool.size = 4;
                s.ceph.repository = CephRepository::Enterprise;
                s.ha.resources = {HaResource{42}};
                s.firewall.adminSources = {QStringLiteral("198.51.100.7")};
                s.firewall.allowTcpEstablished = false;
                s.firewall.extraRules = {FirewallRuleSpec{3,
                                                          QStringLiteral("permit"),
                                                          QStringLiteral("udp"),
                                                          QStringLiteral("198.51.100.0/24"),
                                                          53,
                                                          {},
                                                          QStringLiteral("DNS")}};
            });
        }
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCoreApplication::processEvents();
        for (int id = WelcomePageId; id <= SummaryPageId; ++id) {
            QTRY_COMPARE(wizard.currentId(), id);
            QTest::qWait(50);
            const QString file =
                QStringLiteral("%1/%2-%3-%4%5.png")
                    .arg(dir, QString::number(id).rightJustified(2, QLatin1Char('0')),
                         wizard.currentPage()->objectName(), lang,
                         broken ? QStringLiteral("-problems") : QString());
            QVERIFY(wizard.grab().save(file));
            // next() does not ask isComplete(): the pages with problems are shown too.
            if (id < SummaryPageId)
                wizard.next();
        }
        QCoreApplication::removeTranslator(&longer);
        I18n::instance().setLanguage(QStringLiteral("en"));
    }
};

PVEHA_SHOTS_TEST_MAIN(PageScreenshots)
#include "PageScreenshots.moc"
