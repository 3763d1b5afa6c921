// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace pveha {

/// Several read-only commands for one node sent as one remote command, and the parser that
/// splits its output back into one result per command. A node's preflight then costs one
/// channel and one login shell instead of one of each per command, which is most of what a
/// small command costs a node.
///
/// Each command runs in a subshell of its own, `( COMMAND )`, and the whole batch is one line:
/// the shell's own messages read as for the command alone ("bash: line 1: pveversion: command
/// not found", "sh: 1: chronyc: not found"), and the batch's shell keeps quiet about a command
/// killed by a signal, as bash (root's shell on a node) does when it runs a lone command in its
/// own place. (dash forks even then and says "Terminated": the local shell of the demo would.)
/// Results are told apart by markers that carry a random token, drawn when the batch is built:
///  - Sequential: one command after the other. After each, `TOKEN:K:STATUS` ends its standard
///    output and `TOKEN:K` its standard error; each stream is split on its own.
///    (dash 0.5.12 ignores the redirection of a subshell that ends a redirected `{ }` group:
///    the batch moves its own stderr once, with `exec`, instead of around each command.)
///  - Concurrent: the commands at once (or a group of them at a time), each as a stage of one
///    pipeline. A stage keeps its command's stdout, exit status and stderr in shell variables,
///    waits until the stage before it has ended (end of file on its stdin), then prints one
///    block `TOKEN:K<…>TOKEN:K` on the real stdout: the blocks come out whole and in order,
///    whatever order the commands end in.
/// Only POSIX shell features are used (dash and bash), nothing is written to a file (the only
/// path is /dev/null) and no path is tested by the shell itself, so a batch runs alike on a real
/// node and a simulated one. Shell variables cannot hold NUL bytes: a concurrent command's
/// output loses them (the pings it is for print none).
class CommandBatch
{
public:
    enum class Mode { Sequential, Concurrent };

    /// One command's share of the output.
    struct Part
    {
        QByteArray out;
        QByteArray err;
        int exitCode = -1;
    };

    /// `atOnce` (Concurrent): at most that many commands run at the same time, the next ones
    /// start when a whole group has ended; 0: all at once. `token` is for tests; empty draws a
    /// random one.
    CommandBatch(Mode mode, QStringList commands, int atOnce = 0, QByteArray token = {});

    /// Whether `command` may go into a batch: not empty, one line, and no '#' (a comment would
    /// swallow the rest of the line). Others run on their own.
    [[nodiscard]] static bool fits(const QString &command);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] int size() const { return int(m_commands.size()); }
    /// How many commands start together: 1 when Sequential, the concurrent group's size
    /// otherwise. Group K starts when group K − 1 has ended.
    [[nodiscard]] int groupSize() const;
    [[nodiscard]] QByteArray token() const { return m_token; }
    /// The single remote command.
    [[nodiscard]] QString script() const;

    /// Takes output as it arrives; returns the commands this chunk completed, in order.
    [[nodiscard]] QList<Part> feed(OutputStream stream, const QByteArray &chunk);
    /// How many commands are complete.
    [[nodiscard]] int completed() const { return m_completed; }
    /// What the first incomplete command has printed so far. Sequential only: a concurrent
    /// command's output shows up whole, when it is complete.
    [[nodiscard]] Part pending() const;

private:
    QString sequentialScript() const;
    QString concurrentScript() const;
    QList<Part> takeSequential();
    QList<Part> takeConcurrent();

    Mode m_mode;
    QStringList m_commands;
    int m_atOnce = 0;
    QByteArray m_token;
    int m_completed = 0;
    QByteArray m_out;        ///< stdout not yet attributed
    QByteArray m_err;        ///< stderr not yet attributed
    qsizetype m_outScan = 0; ///< where the next search of m_out starts (nothing before matched)
    qsizetype m_errScan = 0;
    bool m_outDone = false; ///< Sequential: the current command's stdout marker was seen
    bool m_errDone = false; ///< Sequential: the current command's stderr marker was seen
    Part m_current;         ///< Sequential: what is known of the current command
};

} // namespace pveha
