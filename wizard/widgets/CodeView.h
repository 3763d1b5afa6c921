// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/CodeHighlighter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSyntaxHighlighter;
class QToolButton;

namespace pveha {

/// Commands, configs and logs as UX.md wants them: monospace, highlighted, selectable with the
/// mouse and the keyboard, read-only, with a Copy button that copies the whole text.
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget *parent = nullptr);

    void setLanguage(CodeLanguage language);
    CodeLanguage language() const { return m_language; }
    /// Replaces the text, keeping the scroll position when only values changed.
    void setText(const QString &text);
    QString text() const;
    /// A short title shown left of the Copy button, e.g. the file the text will go to.
    void setCaption(const QString &caption);
    QPlainTextEdit *editor() const { return m_edit; }

public Q_SLOTS:
    void copyToClipboard();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rehighlight();

    QLabel *m_caption = nullptr;
    QToolButton *m_copy = nullptr;
    QPlainTextEdit *m_edit = nullptr;
    QSyntaxHighlighter *m_highlighter = nullptr;
    CodeLanguage m_language = CodeLanguage::Plain;
    bool m_copied = false;
};

} // namespace pveha
