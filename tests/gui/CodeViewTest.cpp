// SPDX-License-Identifier: GPL-3.0-or-later
// CodeView: read-only, selectable, highlighted, copied whole; FieldStatus: a problem marks
// exactly its field, with the message beside it.
#include "widgets/CodeView.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace pveha;

class CodeViewTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void highlightsAndCopies_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("text");
        QTest::newRow("interfaces")
            << int(CodeLanguage::Interfaces)
            << QStringLiteral("auto vmbr1\niface vmbr1 inet static\n    mtu 9000\n");
        QTest::newRow("shell") << int(CodeLanguage::Shell)
                               << QStringLiteral(
                                      "# create the RAID\nmdadm --create /dev/md0 --level=5\n");
        QTest::newRow("log") << int(CodeLanguage::Log)
                             << QStringLiteral("12:00:01 ERROR it failed\n");
        QTest::newRow("json") << int(CodeLanguage::Json) << QStringLiteral("{\"mtu\": 9000}\n");
    }

    void highlightsAndCopies()
    {
        QFETCH(int, language);
        QFETCH(QString, text);
        CodeView view;
        view.setLanguage(static_cast<CodeLanguage>(language));
        view.setText(text);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.editor()->isReadOnly());
        QVERIFY(view.editor()->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(view.editor()->font().fixedPitch() ||
                view.editor()->font().styleHint() == QFont::TypeWriter ||
                QFontInfo(view.editor()->font()).fixedPitch());
        QTRY_VERIFY(!view.editor()->document()->firstBlock().layout()->formats().isEmpty());
        QTest::mouseClick(view.findChild<QToolButton *>(QStringLiteral("copyButton")),
                          Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text);
    }

    void fieldStatusMarksExactlyTheField()
    {
        QWidget page;
        auto *a = new QLineEdit(&page);
        auto *b = new QLineEdit(&page);
        auto *aMessage = new InlineMessage(&page);
        auto *bMessage = new InlineMessage(&page);
        FieldStatus status;
        status.bind(QStringLiteral("network.cidr"), a, aMessage);
        status.bind(QStringLiteral("network.mtu"), b, bMessage);
        page.show();
        const QList<SpecProblem> rest =
            status.apply({{QStringLiteral("network.cidr"), QStringLiteral("bad CIDR")},
                          {QStringLiteral("storage.osDisk"), QStringLiteral("elsewhere")}});
        QCOMPARE(rest.size(), 1);
        QVERIFY(!a->styleSheet().isEmpty());
        QVERIFY(b->styleSheet().isEmpty());
        QVERIFY(aMessage->isVisible());
        QVERIFY(aMessage->text().contains(QStringLiteral("bad CIDR")));
        QVERIFY(aMessage->text().startsWith(StatusLook::word(StatusLook::Status::Fail)));
        QVERIFY(!bMessage->isVisible());
        auto *icon = a->findChild<QAction *>(QStringLiteral("pvehaProblemAction"));
        QVERIFY(icon && icon->isVisible());
        status.apply({});
        QVERIFY(a->styleSheet().isEmpty());
        QVERIFY(!aMessage->isVisible());
        QVERIFY(!icon->isVisible());
    }
};

QTEST_MAIN(CodeViewTest)
#include "CodeViewTest.moc"
