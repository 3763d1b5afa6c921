// SPDX-License-Identifier: GPL-3.0-or-later
// The input pages (Nodes … Summary) driven through their widgets on the offscreen platform:
// Next follows each page's problems, nothing typed is lost going back and forth or switching
// language, and the saved file re-opens to the very spec that was typed.
#include "GuiTestUtil.h"
#include "InstallerWizard.h"
#include "PageId.h"
#include "SpecModel.h"
#include "common/I18n.h"
#include "pages/DerivedRulesView.h"
#include "pages/NodesTable.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace pveha;
using namespace guitest;

namespace {

template<typename T>
T *child(QWizard &wizard, int pageId, const char *name)
{
    T *w = wizard.page(pageId)->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s on page %d", name, pageId);
    return w;
}

void clickNext(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
}

void clickBack(QWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
}

/// What the admin types in fillEveryPageThroughWidgets(), as a spec.
ClusterSpec typedSpec()
{
    ClusterSpec s = InstallerWizard::newClusterSpec();
    s.cluster.name = QStringLiteral("pve-lab");
    s.nodes = {
        {QStringLiteral("node-a"), QStringLiteral("192.0.2.11"), 22, QStringLiteral("10.0.0.11")},
        {QStringLiteral("node-b"), QStringLiteral("192.0.2.12"), 2222, QStringLiteral("10.0.0.12")},
        {QStringLiteral("node-c"), QStringLiteral("192.0.2.13"), 22, QStringLiteral("10.0.0.13")}};
    s.ssh.user = QStringLiteral("admin");
    s.ssh.identityFile = QStringLiteral("~/.ssh/id_lab");
    s.ssh.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    s.network.privateInterface = QStringLiteral("ens1f1");
    s.network.bridge = QStringLiteral("vmbr9");
    s.network.cidr = QStringLiteral("10.0.0.0/24");
    s.network.mtu = 1500;
    s.storage.raidDevices = QStringList{QStringLiteral("/dev/sdb"), QStringLiteral("/dev/sdc"),
                                        QStringLiteral("/dev/sdd"), QStringLiteral("/dev/sde")};
    s.storage.volumeGroup = QStringLiteral("vg-ceph");
    s.ceph.pool.name = QStringLiteral("rbd-ha");
    s.ceph.publicNetwork = s.ceph.clusterNetwork = QStringLiteral("10.0.0.0/24");
    s.ha.group = QStringLiteral("grp-lab");
    s.ha.nodes = QStringList{QStringLiteral("node-a"), QStringLiteral("node-b")};
    s.ha.resources = {HaResource{100}, HaResource{101}};
    s.firewall.adminSources = QStringList{QStringLiteral("198.51.100.7/32")};
    FirewallRuleSpec https;
    https.sequence = 18;
    https.action = QStringLiteral("permit");
    https.protocol = QStringLiteral("tcp");
    https.source = QStringLiteral("198.51.100.0/24");
    https.destinationPort = 443;
    s.firewall.extraRules = {https};
    return s;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class InputPagesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { I18n::instance().setLanguage(QStringLiteral("en")); }

    void fillEveryPageThroughWidgets()
    {
        InstallerWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        clickNext(wizard); // "New cluster" is the default start
        QCOMPARE(wizard.currentId(), int(NodesPageId));
        QVERIFY(!wizard.model()->isDirty());

        // --- Nodes -------------------------------------------------------------------------
        QVERIFY(!nextEnabled(wizard)); // three empty rows
        retype(child<QLineEdit>(wizard, NodesPageId, "clusterName"), QStringLiteral("pve-lab"));
        auto *nodes = child<QTableWidget>(wizard, NodesPageId, "nodesTable");
        QCOMPARE(nodes->rowCount(), 3);
        const QStringList names{QStringLiteral("node-a"), QStringLiteral("node-b"),
                                QStringLiteral("node-c")};
        for (int row = 0; row < 3; ++row) {
            editCell(nodes, row, NodesTable::NameColumn, names.at(row));
            editCell(nodes, row, NodesTable::PublicColumn,
                     QStringLiteral("192.0.2.1%1").arg(row + 1));
            editCell(nodes, row, NodesTable::PrivateColumn,
                     row == 1 ? QStringLiteral("10.0.0")
                              : QStringLiteral("10.0.0.1%1").arg(row + 1));
        }
        editCell(nodes, 1, NodesTable::PortColumn, QStringLiteral("2222"));
        QCOMPARE(wizard.model()->spec().nodes.at(1).sshPort, 2222);
        // The bad private address blocks Next and is marked on its very cell.
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!nodes->item(1, NodesTable::PrivateColumn)->data(Qt::DecorationRole).isNull());
        QVERIFY(nodes->item(1, NodesTable::PrivateColumn)
                    ->toolTip()
                    .contains(QStringLiteral("10.0.0")));
        QVERIFY2(nodes->item(0, NodesTable::PrivateColumn)->data(Qt::DecorationRole).isNull(),
                 qPrintable(formatProblems(wizard.model()->problems()) +
                            wizard.model()->spec().nodes.at(0).privateAddress));
        editCell(nodes, 1, NodesTable::PrivateColumn, QStringLiteral("10.0.0.12"));
        QVERIFY(nodes->item(1, NodesTable::PrivateColumn)->data(Qt::DecorationRole).isNull());
        QVERIFY(nextEnabled(wizard));

        // Never fewer than three nodes; an added empty row blocks until removed.
        auto *remove = child<QPushButton>(wizard, NodesPageId, "removeNode");
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(nodes->rowCount(), 3);
        QVERIFY(child<InlineMessage>(wizard, NodesPageId, "removeRefusal")->isVisible());
        QTest::mouseClick(child<QPushButton>(wizard, NodesPageId, "addNode"), Qt::LeftButton);
        QCOMPARE(wizard.model()->spec().nodes.size(), 4);
        QVERIFY(!nextEnabled(wizard));
        nodes->setCurrentCell(3, 0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(wizard.model()->spec().nodes.size(), 3);
        QVERIFY(nextEnabled(wizard));

        auto *user = child<QLineEdit>(wizard, NodesPageId, "sshUser");
        retype(user, QStringLiteral("Admin!"));
        QVERIFY(!nextEnabled(wizard));
        retype(user, QStringLiteral("admin"));
        retype(child<QLineEdit>(wizard, NodesPageId, "identityFile"),
               QStringLiteral("~/.ssh/id_lab"));
        auto *policy = child<QComboBox>(wizard, NodesPageId, "hostKeyPolicy");
        policy->setCurrentIndex(policy->findData(int(HostKeyPolicy::AcceptNew)));
        QVERIFY(nextEnabled(wizard));
        clickNext(wizard);

        // --- Network -----------------------------------------------------------------------
        QCOMPARE(wizard.currentId(), int(NetworkPageId));
        QVERIFY(nextEnabled(wizard));
        retype(child<QLineEdit>(wizard, NetworkPageId, "privateInterface"),
               QStringLiteral("ens1f1"));
        retype(child<QLineEdit>(wizard, NetworkPageId, "bridge"), QStringLiteral("vmbr9"));
        auto *cidr = child<QLineEdit>(wizard, NetworkPageId, "cidr");
        retype(cidr, QStringLiteral("10.0.0.1/24"));
        QVERIFY(!nextEnabled(wizard));
        QVERIFY(!cidr->styleSheet().isEmpty()); // the red frame
        retype(cidr, QStringLiteral("10.0.0.0/24"));
        QVERIFY(cidr->styleSheet().isEmpty());
        QVERIFY(nextEnabled(wizard));
        retype(child<QSpinBox>(wizard, NetworkPageId, "mtu"), QStringLiteral("1500"));
        QCOMPARE(wizard.model()->spec().network.mtu, 1500);
        auto *preview = child<CodeView>(wizard, NetworkPageId, "interfacesPreview");
        QVERIFY(preview->text().contains(QStringLiteral("address 10.0.0.11/24")));
        QVERIFY(preview->text().contains(QStringLiteral("bridge-ports ens1f1")));
        QVERIFY(preview->text().contains(QStringLiteral("auto vmbr9")));
        QVERIFY(preview->text().contains(QStringLiteral("mtu 1500")));
        child<QComboBox>(wizard, NetworkPageId, "previewNode")->setCurrentIndex(1);
        QVERIFY(preview->text().contains(QStringLiteral("address 10.0.0.12/24")));
        QVERIFY(preview->editor()->isReadOnly());
        QTest::mouseClick(preview->findChild<QAbstractButton *>(QStringLiteral("copyButton")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), preview->text());
        clickNext(wizard);

        // --- Disks -------------------------------------------------------------------------
        QCOMPARE(wizard.currentId(), int(DisksPageId));
        QVERIFY(nextEnabled(wizard));
        auto *raid = child<QLineEdit>(wizard, DisksPageId, "raidDevices");
        QCOMPARE(raid->text(), QStringLiteral("/dev/sda /dev/sdb /dev/sdc /dev/sdd"));
        QVERIFY(child<QLabel>(wizard, DisksPageId, "capacityAfterRaid")
                    ->text()
                    .contains(QStringLiteral("49.1 TiB")));
        QVERIFY(child<QLabel>(wizard, DisksPageId, "capacityUsable")
                    ->text()
                    .contains(QStringLiteral("16.4 TiB")));
        retype(raid, QStringLiteral("/dev/sdb /dev/sdc"));
        QVERIFY(!nextEnabled(wizard)); // RAID 5 needs three disks
        auto *level = child<QComboBox>(wizard, DisksPageId, "raidLevel");
        level->setCurrentIndex(level->findData(1));
        QVERIFY(nextEnabled(wizard)); // RAID 1 takes two
        level->setCurrentIndex(level->findData(5));
        QVERIFY(!nextEnabled(wizard));
        retype(raid, QStringLiteral("/dev/sdb /dev/sdc /dev/sdd, /dev/nvme0n1"));
        QVERIFY(!nextEnabled(wizard)); // the system disk cannot join the RAID
        retype(raid, QStringLiteral("/dev/sdb /dev/sdc /dev/sdd /dev/sde"));
        QVERIFY(nextEnabled(wizard));
        retype(child<QLineEdit>(wizard, DisksPageId, "volumeGroup"), QStringLiteral("vg-ceph"));
        retype(child<QDoubleSpinBox>(wizard, DisksPageId, "hddSize"), QStringLiteral("12"));
        QVERIFY(child<QLabel>(wizard, DisksPageId, "capacityAfterRaid")
                    ->text()
                    .contains(QStringLiteral("108.0 TB")));
        QVERIFY(nextEnabled(wizard));
        clickNext(wizard);

        // --- Ceph and HA -------------------------------------------------------------------
        QCOMPARE(wizard.currentId(), int(CephHaPageId));
        QVERIFY(nextEnabled(wizard));
        auto *pool = child<QLineEdit>(wizard, CephHaPageId, "poolName");
        retype(pool, QStringLiteral("9pool"));
        QVERIFY(!nextEnabled(wizard));
        retype(pool, QStringLiteral("rbd-ha"));
        QVERIFY(nextEnabled(wizard));
        auto *repository = child<QComboBox>(wizard, CephHaPageId, "cephRepository");
        auto *repoWarning = child<InlineMessage>(wizard, CephHaPageId, "repositoryWarning");
        repository->setCurrentIndex(repository->findData(int(CephRepository::Enterprise)));
        QVERIFY(repoWarning->isVisible());
        QVERIFY(repoWarning->text().contains(QStringLiteral("subscription")));
        repository->setCurrentIndex(repository->findData(int(CephRepository::NoSubscription)));
        QVERIFY(!repoWarning->isVisible());
        retype(child<QSpinBox>(wizard, CephHaPageId, "poolSize"), QStringLiteral("4"));
        QVERIFY(!nextEnabled(wizard)); // four copies on three nodes
        retype(child<QSpinBox>(wizard, CephHaPageId, "poolSize"), QStringLiteral("3"));
        QVERIFY(nextEnabled(wizard));
        retype(child<QLineEdit>(wizard, CephHaPageId, "haGroup"), QStringLiteral("grp-lab"));
        auto *haNodes = child<QListWidget>(wizard, CephHaPageId, "haNodes");
        QCOMPARE(haNodes->count(), 3); // the HA list followed the names typed on Nodes
        QCOMPARE(haNodes->item(2)->text(), QStringLiteral("node-c"));
        QCOMPARE(haNodes->item(2)->checkState(), Qt::Checked);
        haNodes->item(2)->setCheckState(Qt::Unchecked);
        auto *vmids = child<QLineEdit>(wizard, CephHaPageId, "vmids");
        retype(vmids, QStringLiteral("100, 42"));
        QVERIFY(!nextEnabled(wizard));
        retype(vmids, QStringLiteral("100, 101"));
        QVERIFY(nextEnabled(wizard));
        clickNext(wizard);

        // --- Firewall ----------------------------------------------------------------------
        QCOMPARE(wizard.currentId(), int(FirewallPageId));
        QVERIFY(!nextEnabled(wizard)); // no admin source: the firewall would lock us out
        retype(child<QLineEdit>(wizard, FirewallPageId, "adminSources"),
               QStringLiteral("198.51.100.7/32"));
        QVERIFY(nextEnabled(wizard));
        auto *established = child<QCheckBox>(wizard, FirewallPageId, "allowTcpEstablished");
        auto *warning = child<InlineMessage>(wizard, FirewallPageId, "establishedWarning");
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(established, Qt::LeftButton, {}, QPoint(5, established->height() / 2));
        QVERIFY(!established->isChecked());
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("stateless")));
        QTest::mouseClick(established, Qt::LeftButton, {}, QPoint(5, established->height() / 2));
        QVERIFY(!warning->isVisible());
        QTest::mouseClick(child<QPushButton>(wizard, FirewallPageId, "addRule"), Qt::LeftButton);
        QVERIFY(!nextEnabled(wizard)); // the new rule has no source yet
        auto *extra = child<QTableWidget>(wizard, FirewallPageId, "extraRulesTable");
        QCOMPARE(cell(extra, 0, 0), QStringLiteral("18"));
        editCell(extra, 0, 3, QStringLiteral("198.51.100.0/24"));
        editCell(extra, 0, 4, QStringLiteral("443"));
        QVERIFY(nextEnabled(wizard));
        auto *rules = child<QTableWidget>(wizard, FirewallPageId, "derivedRulesTable");
        const QStringList expected{QStringLiteral("0 permit tcp 0.0.0.0/0 8006"),
                                   QStringLiteral("1 permit tcp 198.51.100.7/32 22"),
                                   QStringLiteral("2 permit ipv4 192.0.2.12/32 any"),
                                   QStringLiteral("3 permit ipv4 192.0.2.13/32 any"),
                                   QStringLiteral("4 permit tcp 0.0.0.0/0 any established"),
                                   QStringLiteral("18 permit tcp 198.51.100.0/24 443"),
                                   QStringLiteral("19 deny ipv4 0.0.0.0/0 any")};
        QCOMPARE(rules->rowCount(), int(expected.size()));
        for (int row = 0; row < rules->rowCount(); ++row) {
            QStringList parts;
            for (int column = 0; column <= DerivedRulesView::TcpOptionColumn; ++column) {
                if (!cell(rules, row, column).isEmpty())
                    parts << cell(rules, row, column);
            }
            QCOMPARE(parts.join(QLatin1Char(' ')), expected.at(row));
        }
        child<QComboBox>(wizard, FirewallPageId, "rulesNode")->setCurrentIndex(1);
        QCOMPARE(cell(rules, 1, DerivedRulesView::PortColumn), QStringLiteral("2222"));
        QCOMPARE(cell(rules, 2, DerivedRulesView::SourceColumn), QStringLiteral("192.0.2.11/32"));
        clickNext(wizard);

        // --- Summary -----------------------------------------------------------------------
        QCOMPARE(wizard.currentId(), int(SummaryPageId));
        QVERIFY(nextEnabled(wizard));
        QVERIFY(wizard.button(QWizard::NextButton)->isVisible()); // Validation follows
        QCOMPARE(child<InlineMessage>(wizard, SummaryPageId, "specState")->status(),
                 StatusLook::Status::Pass);
        const QString html =
            child<QTextBrowser>(wizard, SummaryPageId, "summaryView")->toPlainText();
        for (const char *value :
             {"pve-lab", "node-b", "2222", "ens1f1", "/dev/sde", "rbd-ha", "grp-lab", "101"})
            QVERIFY2(html.contains(QLatin1String(value)), value);
        QVERIFY(wizard.model()->spec() == typedSpec());
        QVERIFY(wizard.model()->isDirty());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("pve-lab.json"));
        QTest::mouseClick(child<QPushButton>(wizard, SummaryPageId, "saveSpec"), Qt::LeftButton);
        auto *dialog = wizard.findChild<QFileDialog *>(QStringLiteral("saveSpecDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QStringLiteral("pve-lab.json")));
        dialog->selectFile(path);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept"));
        QTRY_VERIFY(QFile::exists(path));
        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(!(perms &
                  (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
        QVERIFY(!wizard.model()->isDirty());
        QVERIFY(child<InlineMessage>(wizard, SummaryPageId, "saveResult")->text().contains(path));

        // Back to Nodes and forward again: every value is where it was typed.
        for (int id = SummaryPageId; id > NodesPageId; --id)
            clickBack(wizard);
        QCOMPARE(wizard.currentId(), int(NodesPageId));
        QCOMPARE(child<QLineEdit>(wizard, NodesPageId, "clusterName")->text(),
                 QStringLiteral("pve-lab"));
        QCOMPARE(cell(nodes, 1, NodesTable::PortColumn), QStringLiteral("2222"));
        QCOMPARE(cell(nodes, 2, NodesTable::PrivateColumn), QStringLiteral("10.0.0.13"));
        QCOMPARE(policy->currentData().toInt(), int(HostKeyPolicy::AcceptNew));
        clickBack(wizard);
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        for (int id = WelcomePageId; id < SummaryPageId; ++id) {
            QVERIFY2(nextEnabled(wizard), qPrintable(QString::number(id)));
            clickNext(wizard);
        }
        QCOMPARE(wizard.currentId(), int(SummaryPageId));
        QCOMPARE(raid->text(), QStringLiteral("/dev/sdb /dev/sdc /dev/sdd /dev/sde"));
        QCOMPARE(haNodes->item(2)->checkState(), Qt::Unchecked);
        QCOMPARE(extra->rowCount(), 1);
        QVERIFY(wizard.model()->spec() == typedSpec());

        // Re-opened in a fresh window: the same spec, shown on the pages.
        InstallerWizard reopened;
        QString error;
        QVERIFY2(reopened.openSpecFile(path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QVERIFY(reopened.model()->spec() == typedSpec());
        QCOMPARE(reopened.model()->filePath(), path);
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        clickNext(reopened); // Welcome keeps the opened spec
        QCOMPARE(reopened.currentId(), int(NodesPageId));
        QCOMPARE(child<QLineEdit>(reopened, NodesPageId, "sshUser")->text(),
                 QStringLiteral("admin"));
        QVERIFY(reopened.model()->spec() == typedSpec());
    }

    void languageSwitchKeepsValues()
    {
        InstallerWizard wizard;
        wizard.startDemo();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        for (int id = WelcomePageId; id < NetworkPageId; ++id)
            clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(NetworkPageId));
        auto *iface = child<QLineEdit>(wizard, NetworkPageId, "privateInterface");
        retype(iface, QStringLiteral("eno2"));
        auto *previewNode = child<QComboBox>(wizard, NetworkPageId, "previewNode");
        previewNode->setCurrentIndex(2);
        const ClusterSpec before = wizard.model()->spec();
        const QString englishTitle = wizard.currentPage()->title();

        MarkingTranslator marking;
        I18n::instance().setLanguage(QStringLiteral("fr"));
        QCoreApplication::installTranslator(&marking);
        QTRY_COMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Suivant >"));
        for (int id = NodesPageId; id <= SummaryPageId; ++id) {
            QWizardPage *page = wizard.page(id);
            QTRY_VERIFY2(page->title().startsWith(MarkingTranslator::mark()),
                         qPrintable(page->title()));
            // Every label, button and group title of the page was re-translated.
            for (auto *button : page->findChildren<QAbstractButton *>()) {
                if (!button->text().isEmpty())
                    QVERIFY2(button->text().startsWith(MarkingTranslator::mark()),
                             qPrintable(button->text()));
            }
            for (auto *group : page->findChildren<QGroupBox *>())
                QVERIFY2(group->title().startsWith(MarkingTranslator::mark()),
                         qPrintable(group->title()));
            for (auto *label : page->findChildren<QLabel *>()) {
                if (label->buddy() && !label->text().isEmpty())
                    QVERIFY2(label->text().startsWith(MarkingTranslator::mark()),
                             qPrintable(label->text()));
            }
        }
        QVERIFY(wizard.currentPage()->title() != englishTitle);
        QCOMPARE(iface->text(), QStringLiteral("eno2"));
        QCOMPARE(previewNode->currentIndex(), 2);
        QVERIFY(wizard.model()->spec() == before);
        QVERIFY(child<CodeView>(wizard, NetworkPageId, "interfacesPreview")
                    ->text()
                    .contains(QStringLiteral("10.0.0.3/24")));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(DisksPageId));
        QVERIFY(wizard.model()->spec() == before);

        QCoreApplication::removeTranslator(&marking);
        I18n::instance().setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(wizard.currentPage()->title(), QStringLiteral("Disks"));
        QVERIFY(wizard.model()->spec() == before);
    }

    void problemsAreRetranslated()
    {
        InstallerWizard wizard;
        wizard.startDemo();
        wizard.model()->edit([](ClusterSpec &s) { s.network.mtu = 100; });
        QVERIFY(!wizard.model()->problems().isEmpty());
        const QString english = wizard.model()->problems().constFirst().message;
        // The real French catalogue, or the marking translator for what it does not know yet.
        MarkingTranslator marking;
        QCoreApplication::installTranslator(&marking);
        I18n::instance().setLanguage(QStringLiteral("fr")); // re-validates: messages are sentences
        QVERIFY(wizard.model()->problems().constFirst().message != english);
        QCoreApplication::removeTranslator(&marking);
        I18n::instance().setLanguage(QStringLiteral("en"));
        QCOMPARE(wizard.model()->problems().constFirst().message, english);
    }

    void exampleRulesMatchTheProcedure()
    {
        // procedure-fr.md §3, node-01: GUI on 8006 from anywhere, admin SSH, the other two
        // nodes, then (our addition, a stateless firewall needs it) TCP established, and the
        // final DROP at 19.
        InstallerWizard wizard;
        wizard.startDemo();
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        while (wizard.currentId() != FirewallPageId) {
            QVERIFY(nextEnabled(wizard));
            clickNext(wizard);
        }
        auto *rules = child<QTableWidget>(wizard, FirewallPageId, "derivedRulesTable");
        QCOMPARE(child<QComboBox>(wizard, FirewallPageId, "rulesNode")->currentText(),
                 QStringLiteral("node-01 (203.0.113.11)"));
        const QList<QStringList> expected{
            {QStringLiteral("0"), QStringLiteral("permit"), QStringLiteral("tcp"),
             QStringLiteral("0.0.0.0/0"), QStringLiteral("8006"), QString()},
            {QStringLiteral("1"), QStringLiteral("permit"), QStringLiteral("tcp"),
             QStringLiteral("198.51.100.7/32"), QStringLiteral("22"), QString()},
            {QStringLiteral("2"), QStringLiteral("permit"), QStringLiteral("tcp"),
             QStringLiteral("198.51.100.8/32"), QStringLiteral("22"), QString()},
            {QStringLiteral("3"), QStringLiteral("permit"), QStringLiteral("ipv4"),
             QStringLiteral("203.0.113.12/32"), QStringLiteral("any"), QString()},
            {QStringLiteral("4"), QStringLiteral("permit"), QStringLiteral("ipv4"),
             QStringLiteral("203.0.113.13/32"), QStringLiteral("any"), QString()},
            {QStringLiteral("5"), QStringLiteral("permit"), QStringLiteral("tcp"),
             QStringLiteral("0.0.0.0/0"), QStringLiteral("any"), QStringLiteral("established")},
            {QStringLiteral("19"), QStringLiteral("deny"), QStringLiteral("ipv4"),
             QStringLiteral("0.0.0.0/0"), QStringLiteral("any"), QString()}};
        QCOMPARE(rules->rowCount(), int(expected.size()));
        for (int row = 0; row < rules->rowCount(); ++row) {
            for (int column = 0; column <= DerivedRulesView::TcpOptionColumn; ++column)
                QCOMPARE(cell(rules, row, column), expected.at(row).at(column));
        }
        QCOMPARE(cell(rules, 0, DerivedRulesView::CommentColumn), QStringLiteral("Proxmox GUI"));
        QVERIFY(child<QLabel>(wizard, FirewallPageId, "rulesCount")
                    ->text()
                    .startsWith(QStringLiteral("7 of the 20")));
    }

    void openingFiles()
    {
        QTemporaryDir dir;
        InstallerWizard wizard;
        wizard.startDemo();
        const ClusterSpec demo = wizard.model()->spec();

        // Not JSON: nothing changes, the reason is shown and returned.
        const QString garbage = dir.filePath(QStringLiteral("garbage.json"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ \"version\": 1, ");
        file.close();
        QString error;
        QVERIFY(!wizard.openSpecFile(garbage, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(wizard.model()->spec() == demo);
        QVERIFY(wizard.isDemo());
        auto *box = wizard.findChild<QMessageBox *>(QStringLiteral("openSpecMessage"));
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Critical);
        box->close();

        // Invalid: what could be read is loaded, every problem is listed, pages show them.
        ClusterSpec bad = ClusterSpec::example();
        bad.nodes[1].privateAddress = QStringLiteral("10.0.0");
        bad.network.mtu = 100;
        const QString invalid = dir.filePath(QStringLiteral("invalid.json"));
        QVERIFY(bad.saveFile(invalid));
        QTRY_VERIFY(!wizard.findChild<QMessageBox *>(QStringLiteral("openSpecMessage")));
        QVERIFY(wizard.openSpecFile(invalid, &error));
        QVERIFY(error.contains(QStringLiteral("nodes[1].privateAddress")));
        QVERIFY(error.contains(QStringLiteral("network.mtu")));
        QCOMPARE(wizard.model()->spec().nodes.at(1).privateAddress, QStringLiteral("10.0.0"));
        QVERIFY(!wizard.isDemo());
        box = wizard.findChild<QMessageBox *>(QStringLiteral("openSpecMessage"));
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(QStringLiteral("network.mtu")));
        box->close();

        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *welcome = qobject_cast<WelcomePage *>(wizard.page(WelcomePageId));
        QCOMPARE(welcome->start(), WelcomePage::Start::OpenSpec);
        QCOMPARE(welcome->openPath(), invalid);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(NodesPageId));
        QVERIFY(!nextEnabled(wizard));
        auto *nodes = child<QTableWidget>(wizard, NodesPageId, "nodesTable");
        QVERIFY(!nodes->item(1, NodesTable::PrivateColumn)->data(Qt::DecorationRole).isNull());
        editCell(nodes, 1, NodesTable::PrivateColumn, QStringLiteral("10.0.0.2"));
        QVERIFY2(nextEnabled(wizard), qPrintable(formatProblems(wizard.model()->problems())));
        clickNext(wizard);
        QVERIFY(!nextEnabled(wizard)); // the MTU, on the Network page
        auto *mtu = child<QSpinBox>(wizard, NetworkPageId, "mtu");
        retype(mtu, QStringLiteral("9000"));
        QVERIFY(nextEnabled(wizard));
    }

    void welcomeStartsAreKeptOnBack()
    {
        InstallerWizard wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *welcome = qobject_cast<WelcomePage *>(wizard.page(WelcomePageId));
        auto *openPath = welcome->findChild<QLineEdit *>(QStringLiteral("openPath"));
        welcome->setStart(WelcomePage::Start::OpenSpec);
        QVERIFY(!nextEnabled(wizard)); // no file named yet
        QVERIFY(openPath->isEnabled());
        welcome->setStart(WelcomePage::Start::Demo);
        QVERIFY(!openPath->isEnabled());
        clickNext(wizard);
        QVERIFY(wizard.isDemo());
        QCOMPARE(wizard.model()->spec().nodes.at(0).name, QStringLiteral("node-01"));
        retype(child<QLineEdit>(wizard, NodesPageId, "clusterName"), QStringLiteral("demo-2"));
        clickBack(wizard);
        clickNext(wizard); // the same start: nothing is reset
        QCOMPARE(wizard.model()->spec().cluster.name, QStringLiteral("demo-2"));
        QCOMPARE(child<QLineEdit>(wizard, NodesPageId, "clusterName")->text(),
                 QStringLiteral("demo-2"));
    }
};

QTEST_MAIN(InputPagesTest)
#include "InputPagesTest.moc"
