// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/CommandBatch.h"
#include "transport/Transport.h"

#include <atomic>
#include <functional>
#include <optional>

namespace pveha {

/// Runs read-only commands on one node as few remote commands as CommandBatch allows, and
/// hands back one CommandResult per command, in order, each as soon as it is known.
///
/// Each command keeps what it had when it ran on its own:
///  - its own timeout, counted from when it starts (Sequential: when the one before it ended;
///    Concurrent: when its group starts, and a group has its longest member's time), enforced
///    by a watchdog that stops the batch;
///  - when a batch stops early (a timeout, a dropped connection, a shell that died), the
///    command it was on gets that outcome, with what it had printed, and the commands after it
///    go out again in a new batch (which reconnects if needed);
///  - when the run is cancelled, the command in progress reports Cancelled, and the commands
///    after it report Cancelled without being sent (`started` false).
/// A command that CommandBatch::fits() refuses, or one left alone, runs exactly as before.
class BatchRunner
{
public:
    struct Command
    {
        QString script;
        int timeoutMs = 0; ///< 0: none
    };
    /// How a command is run on the node (ClusterSessions::run for one node, a Transport …).
    using RunFn = std::function<CommandResult(const CommandRequest &request, const OutputSink &sink,
                                              const std::atomic_bool *cancel)>;
    /// One command's result, in the commands' order, on the thread that called run() (the
    /// transports call their sink on the thread that runs them).
    using ResultFn = std::function<void(int index, const CommandResult &result, bool started)>;

    /// `node` names the node in messages.
    BatchRunner(QString node, RunFn run);

    /// `atOnce`: see CommandBatch (Concurrent only; 0: all at once).
    void run(CommandBatch::Mode mode, const QList<Command> &commands, const ResultFn &onResult,
             const std::atomic_bool *cancel = nullptr, int atOnce = 0) const;

private:
    /// Runs `batch`, commands[first, first + batch.size()), as one remote command; returns how
    /// many results it delivered.
    /// When the run was cancelled, `cancelled` receives the cancelled command's result.
    int runBatch(CommandBatch batch, const QList<Command> &commands, int first,
                 const ResultFn &onResult, const std::atomic_bool *cancel,
                 std::optional<CommandResult> *cancelled) const;

    QString m_node;
    RunFn m_run;
};

} // namespace pveha
