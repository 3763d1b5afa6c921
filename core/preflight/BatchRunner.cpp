// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/BatchRunner.h"

#include "transport/SshExec.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace pveha {
namespace {

using Clock = std::chrono::steady_clock;

/// How often the watchdog copies the caller's cancel flag into the one the transport watches
/// (the transport itself looks at it every 50 ms at most).
constexpr auto kCancelPoll = std::chrono::milliseconds(25);
/// The transport's own timeout on a batch, past the sum of its commands' timeouts: a backstop
/// only, the watchdog stops the batch first.
constexpr int kBackstopMarginMs = 5000;

Clock::time_point deadlineAfter(Clock::time_point start, int timeoutMs)
{
    // No timeout: far enough never to come, near enough for any clock arithmetic.
    return start + (timeoutMs > 0 ? std::chrono::milliseconds(timeoutMs)
                                  : std::chrono::milliseconds(std::chrono::hours(24 * 365)));
}

qint64 msSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
}

/// Stops a batch through the flag the transport watches: when the command in progress passes
/// its deadline, or when the caller's cancel flag is raised.
class Watchdog
{
public:
    Watchdog(const std::atomic_bool *cancel, Clock::time_point deadline)
        : m_cancel(cancel)
        , m_deadline(deadline)
    {
        m_thread = std::thread([this] { watch(); });
    }
    ~Watchdog()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    Watchdog(const Watchdog &) = delete;
    Watchdog &operator=(const Watchdog &) = delete;

    void setDeadline(Clock::time_point deadline)
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_deadline = deadline;
        }
        m_wake.notify_one();
    }
    const std::atomic_bool *flag() const { return &m_stop; }
    bool timedOut() const { return m_timedOut.load(); }

private:
    void watch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_finished) {
            const Clock::time_point now = Clock::now();
            if (m_cancel && m_cancel->load()) {
                m_stop = true;
                return;
            }
            if (now >= m_deadline) {
                m_timedOut = true;
                m_stop = true;
                return;
            }
            m_wake.wait_until(lock,
                              m_cancel ? std::min(m_deadline, now + kCancelPoll) : m_deadline);
        }
    }

    const std::atomic_bool *m_cancel;
    Clock::time_point m_deadline;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_finished = false;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_timedOut{false};
    std::thread m_thread;
};

/// What the commands that were never sent report after a cancel: the transport's own words.
CommandResult notSent(const CommandResult &cancelled)
{
    CommandResult result;
    result.status = TransportStatus::Cancelled;
    result.message = cancelled.message;
    result.detail = cancelled.detail;
    return result;
}

} // namespace

BatchRunner::BatchRunner(QString node, RunFn run)
    : m_node(std::move(node))
    , m_run(std::move(run))
{}

void BatchRunner::run(CommandBatch::Mode mode, const QList<Command> &commands,
                      const ResultFn &onResult, const std::atomic_bool *cancel, int atOnce) const
{
    const int n = int(commands.size());
    int next = 0;
    while (next < n) {
        int count = 1;
        if (CommandBatch::fits(commands.at(next).script)) {
            while (next + count < n && CommandBatch::fits(commands.at(next + count).script))
                ++count;
        }
        std::optional<CommandResult> cancelled;
        if (count == 1) {
            // Alone: sent as it is, with its own timeout, as it always was.
            CommandRequest request;
            request.script = commands.at(next).script;
            request.timeoutMs = commands.at(next).timeoutMs;
            const CommandResult result = m_run(request, {}, cancel);
            onResult(next, result, true);
            if (result.status == TransportStatus::Cancelled)
                cancelled = result;
            ++next;
        } else {
            QStringList scripts;
            for (int k = next; k < next + count; ++k)
                scripts << commands.at(k).script;
            next += runBatch(CommandBatch(mode, scripts, atOnce), commands, next, onResult, cancel,
                             &cancelled);
        }
        if (cancelled) {
            for (; next < n; ++next)
                onResult(next, notSent(*cancelled), false);
        }
    }
}

int BatchRunner::runBatch(CommandBatch batch, const QList<Command> &commands, int first,
                          const ResultFn &onResult, const std::atomic_bool *cancel,
                          std::optional<CommandResult> *cancelled) const
{
    const int count = batch.size();
    const int group = batch.groupSize();
    // The time of the group that starts at command k of the batch: its longest member's, 0 (no
    // limit) when one of them has none.
    const auto groupTimeout = [&](int k) {
        int longest = 0;
        for (int i = k; i < std::min(k + group, count); ++i) {
            const int timeoutMs = commands.at(first + i).timeoutMs;
            if (timeoutMs <= 0)
                return 0;
            longest = std::max(longest, timeoutMs);
        }
        return longest;
    };
    int total = 0; // the backstop: every group's time, 0 when one has none
    for (int k = 0; k < count && (k == 0 || total > 0); k += group)
        total = groupTimeout(k) > 0 ? total + groupTimeout(k) : 0;

    Clock::time_point started = Clock::now(); // when the group in progress started
    Watchdog watchdog(cancel, deadlineAfter(started, groupTimeout(0)));
    int delivered = 0;
    const OutputSink sink = [&](OutputStream stream, const QByteArray &chunk) {
        const QList<CommandBatch::Part> parts = batch.feed(stream, chunk);
        for (const CommandBatch::Part &part : parts) {
            CommandResult result;
            result.status = TransportStatus::Ok;
            result.exitCode = part.exitCode;
            result.out = part.out;
            result.err = part.err;
            result.elapsedMs = msSince(started);
            onResult(first + delivered, result, true);
            ++delivered;
            if (delivered < count && delivered % group == 0) {
                started = Clock::now();
                watchdog.setDeadline(deadlineAfter(started, groupTimeout(delivered)));
            }
        }
    };

    CommandRequest request;
    request.script = batch.script();
    request.keepOutput = false;
    request.timeoutMs = total > 0 ? total + kBackstopMarginMs : 0;
    const CommandResult result = m_run(request, sink, watchdog.flag());
    if (delivered == count)
        return delivered;

    // The batch stopped on command `delivered`: it gets the batch's outcome.
    const CommandBatch::Part partial = batch.pending();
    CommandResult failed = result;
    failed.exitCode = -1;
    failed.out.clear();
    failed.err.clear();
    failed.elapsedMs = msSince(started);
    const int timeoutMs = groupTimeout(delivered - delivered % group);
    // The watchdog may have fired just as the end of the group before arrived: then this
    // command has not had its time, and goes out again with the rest.
    if (watchdog.timedOut() && timeoutMs > 0 && failed.elapsedMs < timeoutMs)
        return delivered;
    if (watchdog.timedOut() || result.status == TransportStatus::Timeout) {
        failed.status = TransportStatus::Timeout;
        failed.message = SshExec::timeoutMessage(m_node, timeoutMs);
        failed.detail = QStringLiteral("timeout after %1 ms").arg(timeoutMs);
        failed.out = partial.out;
        failed.err = partial.err;
    } else if (result.status == TransportStatus::Cancelled) {
        failed.out = partial.out;
        failed.err = partial.err;
        *cancelled = failed;
    } else if (result.status == TransportStatus::Ok) {
        // The shell ended before this command's markers (it was killed, or could not parse
        // the batch): what it said and how it ended are this command's.
        failed.exitCode = result.exitCode;
        failed.out = partial.out;
        failed.err = partial.err;
    }
    onResult(first + delivered, failed, true);
    return delivered + 1;
}

} // namespace pveha
