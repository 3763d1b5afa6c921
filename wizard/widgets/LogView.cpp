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
    connect(m_timer, &QTimer::timeout, this, &LogView::flushIfVisible);
    // Whoever scrolls up to read stops the following; back at the end, it follows again. A
    // grown range (new lines, a shorter view when a banner appears) keeps a follower at the end.
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum() - 1; });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_follow)
            bar->setValue(maximum);
    });
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

void LogView::trimPending()
{
    // Lines the view would drop at once are not worth keeping or laying out.
    const int keep = maximumBlockCount() > 0 ? maximumBlockCount() : int(m_pending.size());
    if (m_pending.size() > keep) {
        m_skipped += m_pending.size() - keep;
        m_pending.erase(m_pending.begin(), m_pending.end() - keep);
    }
}

void LogView::flushIfVisible()
{
    if (isVisible())
        flush();
    else
        trimPending();
}

void LogView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    flush();
}

void LogView::flush()
{
    m_timer->stop();
    if (m_pending.isEmpty())
        return;
    trimPending();
    if (m_pending.size() > kMaxLinesPerFlush) {
        const qsizetype left = m_pending.size() - kMaxLinesPerFlush;
        m_skipped += left;
        m_pending.erase(m_pending.begin(), m_pending.begin() + left);
        m_pending.prepend(tr("[… %n line(s) came too fast to show here; the full log file has "
                             "them …]",
                             nullptr, int(left)));
    }
    const bool follow = m_follow;
    appendPlainText(m_pending.join(QLatin1Char('\n')));
    m_pending.clear();
    if (follow)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void LogView::clearLog()
{
    m_timer->stop();
    m_pending.clear();
    m_total = 0;
    m_skipped = 0;
    m_follow = true;
    clear();
}

} // namespace pveha
