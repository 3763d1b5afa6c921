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
/// reader scrolled up to read.
class LogView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int kDefaultMaximumLines = 5000;
    static constexpr int kFlushIntervalMs = 50;

    explicit LogView(QWidget *parent = nullptr);

    void appendLine(const QString &line);
    void appendLines(const QStringList &lines);
    /// Appends what is queued now (tests, and before a screenshot).
    void flush();
    void clearLog();
    /// Lines appended since the last clearLog(), shown or already dropped.
    qint64 totalLines() const { return m_total; }
    qsizetype pendingLines() const { return m_pending.size(); }

private:
    QTimer *m_timer = nullptr;
    QStringList m_pending;
    qint64 m_total = 0;
};

} // namespace pveha
