// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/SshHandles.h"
#include "transport/Transport.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace pveha {

/// The channels a session keeps around its commands, to take two waits off each one (bench_ssh
/// on loopback: 1.84 → 1.75 ms a trivial command, the rest is sshd forking the login shell):
/// - `next`: the channel for the next command, opened as soon as the current command has
///   started, so that the server's confirmation (a round trip through sshd, ~0.25 ms) arrives
///   while that command runs;
/// - `finished`: the last command's channel, closed once the next command has started, so that
///   sshd's work on a closed session comes after the next command's exec, not before it.
/// Both belong to the session they were opened on: reset() before that session is freed.
struct SessionChannels
{
    ssh::ChannelPtr next;
    ssh::ChannelPtr finished;
    /// The server refused a channel while another was open (sshd's MaxSessions 1): from then
    /// on, for this session, one at a time, each closed at once and opened on demand.
    bool single = false;
    void reset()
    {
        finished.reset();
        next.reset();
        single = false;
    }
};

/// Runs one command on an authenticated session: a channel per command, stdout and stderr
/// streamed separately through channel callbacks driven by ssh_event_dopoll, stdin written as
/// the window allows then EOF, the cancel flag and the timeout checked between polls.
class SshExec
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SshExec)
public:
    /// `endpoint` only names the node in messages. When the result is ConnectionLost the caller
    /// must drop `channels`, then the session. Without `channels` each command opens and closes
    /// its own channel.
    static CommandResult run(ssh_session session, const NodeEndpoint &endpoint,
                             const CommandRequest &request, const OutputSink &sink,
                             const std::atomic_bool *cancel, SessionChannels *channels = nullptr);
    /// Sends the open of the next command's channel without waiting for the server's answer.
    static void openAhead(ssh_session session, SessionChannels *channels);
    /// The sentence for a command stopped after `timeoutMs`, also for callers that enforce a
    /// command's timeout themselves (BatchRunner).
    static QString timeoutMessage(const QString &node, int timeoutMs);
};

} // namespace pveha
