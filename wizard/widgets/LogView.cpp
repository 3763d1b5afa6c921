// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/LogView.h"

#include "widgets/CodeHighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTimer>

namespace pveha {

LogView::LogView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setMaximumBlockCount(kDefaultMaximumLines);
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    createCodeHighlighter(CodeLanguage::Log, document(), dark);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kFlushIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogView::flush);
}

void LogView::appendLine(const QString &line)
{
    m_pending << line;
    ++m_total;
    if (!m_timer->isActive())
        m_timer->start();
}

void LogView::appendLines(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    m_pending << lines;
    m_total += lines.size();
    if (!m_timer->isActive())
        m_timer->start();
}

void LogView::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty())
        return;
    // Lines the view would drop at once are not worth laying out.
    const int keep = maximumBlockCount() > 0 ? maximumBlockCount() : int(m_pending.size());
    if (m_pending.size() > keep)
        m_pending.erase(m_pending.begin(), m_pending.end() - keep);
    QScrollBar *bar = verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 2;
    appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (follow)
        bar->setValue(bar->maximum());
}

void LogView::clearLog()
{
    m_timer->stop();
    m_pending.clear();
    m_total = 0;
    clear();
}

} // namespace pveha
