// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace pveha {

/// Runs one command on an authenticated session: a channel per command, stdout and stderr
/// streamed separately through channel callbacks driven by ssh_event_dopoll, stdin written as
/// the window allows then EOF, the cancel flag and the timeout checked between polls.
class SshExec
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SshExec)
public:
    /// `endpoint` only names the node in messages. When the result is ConnectionLost the caller
    /// must drop the session.
    static CommandResult run(ssh_session session, const NodeEndpoint &endpoint,
                             const CommandRequest &request, const OutputSink &sink,
                             const std::atomic_bool *cancel);
    /// The sentence for a command stopped after `timeoutMs`, also for callers that enforce a
    /// command's timeout themselves (BatchRunner).
    static QString timeoutMessage(const QString &node, int timeoutMs);
};

} // namespace pveha
