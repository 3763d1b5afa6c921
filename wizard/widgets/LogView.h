// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QTimer;

namespace pveha {

/// A live log (STYLE.md habit 15): a read-only QPlainTextEdit with a maximum block count, fed
/// in batches. appendLine() only queues; a 50 ms timer appends what came meanwhile in one
/// insertion, so ten thousand lines a second cost twenty document updates, not ten thousand.
/// It keeps the last lines only (the full log is in a file) and follows the end unless the
/// reader scrolled up to read. A hidden view (another tab) only queues, up to its maximum,
/// and lays its lines out when it is shown.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaximumLines = 5000;
    static constexpr int kFlushIntervalMs = 50;
    /// More lines than this in one batch (over 10 000 a second) cannot be read anyway: the
    /// view shows the last ones and says how many it left out; the log file has them all.
    /// Laying out more would stall the window (bench/logview).
    static constexpr int kMaxLinesPerFlush = 500;

    explicit LogView(QWidget *parent = nullptr);

    void appendLine(const QString &line);
    void appendLines(const QStringList &lines);
    /// Appends what is queued now, shown or not (tests, and before a screenshot).
    void flush();
    void clearLog();
    /// Lines appended since the last clearLog(), shown or already dropped.
    qint64 totalLines() const { return m_total; }
    qsizetype pendingLines() const { return m_pending.size(); }
    /// Lines never laid out: they came too fast, or the view was hidden and they were older
    /// than its maximum (the log file has them all).
    qint64 skippedLines() const { return m_skipped; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void flushIfVisible();
    void trimPending();

    QTimer *m_timer = nullptr;
    QStringList m_pending;
    qint64 m_total = 0;
    qint64 m_skipped = 0;
    bool m_follow = true; ///< at the end: stays there as lines come and the view resizes
};

} // namespace pveha
