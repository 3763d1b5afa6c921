// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CodeView.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSyntaxHighlighter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace pveha {

CodeView::CodeView(QWidget *parent)
    : QWidget(parent)
{
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("codeCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setAutoRaise(false);
    connect(m_copy, &QToolButton::clicked, this, &CodeView::copyToClipboard);

    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("codeText"));
    m_edit->setReadOnly(true);
    m_edit->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setTabChangesFocus(true);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_caption, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    retranslateUi();
}

void CodeView::setLanguage(CodeLanguage language)
{
    if (language == m_language && m_highlighter)
        return;
    m_language = language;
    rehighlight();
}

void CodeView::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    const int v = m_edit->verticalScrollBar()->value();
    const int h = m_edit->horizontalScrollBar()->value();
    m_edit->setPlainText(text);
    m_edit->verticalScrollBar()->setValue(v);
    m_edit->horizontalScrollBar()->setValue(h);
}

QString CodeView::text() const
{
    return m_edit->toPlainText();
}

void CodeView::setCaption(const QString &caption)
{
    m_caption->setText(caption);
}

void CodeView::copyToClipboard()
{
    QApplication::clipboard()->setText(m_edit->toPlainText());
    m_copied = true;
    retranslateUi();
    QTimer::singleShot(1500, this, [this] {
        m_copied = false;
        retranslateUi();
    });
}

void CodeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        rehighlight(); // light ↔ dark: the theme follows the palette
    QWidget::changeEvent(event);
}

void CodeView::retranslateUi()
{
    m_copy->setText(m_copied ? tr("Copied") : tr("&Copy"));
    m_copy->setToolTip(tr("Copy the whole text to the clipboard."));
}

void CodeView::rehighlight()
{
    delete m_highlighter;
    const bool dark = m_edit->palette().color(QPalette::Base).lightness() < 128;
    m_highlighter = createCodeHighlighter(m_language, m_edit->document(), dark);
}

} // namespace pveha
