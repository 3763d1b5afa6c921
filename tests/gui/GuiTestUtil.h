// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers for the GUI tests: edit widgets the way a user does (keys and clicks), so the
// signals the pages listen to (textEdited, itemChanged…) really fire.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>
#include <QWizard>

namespace guitest {

/// Replaces a line edit's text by typing: select all, delete, type.
inline void retype(QLineEdit *line, const QString &text)
{
    QVERIFY(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClicks(line, text);
}

/// Replaces a spin box's value by typing it.
inline void retype(QAbstractSpinBox *spin, const QString &text)
{
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Delete);
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Tab);
}

/// Edits a table cell as a user does: select it, F2, type into the editor, Enter.
inline void editCell(QTableWidget *table, int row, int column, const QString &text)
{
    QVERIFY(table);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    table->setFocus();
    table->setCurrentCell(row, column);
    QTest::keyClick(table, Qt::Key_F2);
    // The open editor is the visible one (closed ones wait for their deferred deletion).
    QWidget *editor = nullptr;
    QAbstractSpinBox *spin = nullptr;
    for (auto *candidate : table->viewport()->findChildren<QAbstractSpinBox *>()) {
        if (candidate->isVisible())
            editor = spin = candidate;
    }
    for (auto *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (!spin && candidate->isVisible())
            editor = candidate;
    }
    QVERIFY2(editor, "no cell editor opened");
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Delete);
        QTest::keyClicks(line, text);
    } else {
        spin->selectAll();
        QTest::keyClick(spin, Qt::Key_Delete);
        QTest::keyClicks(spin, text);
    }
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits in a queued call and deletes the editor later: run both, or the
    // value would not be in the model yet and the next edit would find the old editor.
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

inline bool nextEnabled(QWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QAbstractButton *finish = wizard.button(QWizard::FinishButton);
    return (next->isVisible() && next->isEnabled()) || (finish->isVisible() && finish->isEnabled());
}

/// A translator for our own contexts ("pveha::…") that marks every string, so a test can
/// see which texts were re-translated without depending on the real French catalogue.
class MarkingTranslator : public QTranslator
{
public:
    static QString mark() { return QStringLiteral("\u00BB"); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!QByteArray(context).startsWith("pveha::"))
            return {};
        return mark() + QString::fromUtf8(sourceText);
    }
};

} // namespace guitest
