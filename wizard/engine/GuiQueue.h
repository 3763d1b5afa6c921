// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QObject>

#include <deque>
#include <functional>
#include <vector>

namespace pveha {

/// Carries work from worker threads to the GUI thread, in order and in batches: post() may be
/// called from any thread; the functions run on the thread the queue lives in. However many
/// are posted, at most one wake-up is pending at a time, so a chatty command (thousands of
/// output lines a second) costs one event per batch rather than one per line. A batch runs
/// for kBudgetMs at most; the rest waits behind the events that came meanwhile (paint,
/// input, timers), so a flood of output delays the log, never the window.
class GuiQueue : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBudgetMs = 8;

    explicit GuiQueue(QObject *parent = nullptr);

    /// Thread-safe. Runs `work` later on the queue's thread, after everything posted before.
    void post(std::function<void()> work);
    /// Runs what is waiting now (the queued wake-up calls it; tests may call it directly).
    void drain();
    /// How many functions waited in the largest batch so far (for the benchmark).
    [[nodiscard]] qsizetype largestBatch() const { return m_largestBatch; }

private:
    QMutex m_mutex;
    void scheduleWake(); // m_mutex held
    std::vector<std::function<void()>> m_pending;
    std::deque<std::function<void()>> m_backlog; ///< taken, not run yet (GUI thread only)
    bool m_wakeScheduled = false;
    qsizetype m_largestBatch = 0;
};

} // namespace pveha
