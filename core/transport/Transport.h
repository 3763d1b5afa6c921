// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/HostKeyPolicy.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace pveha {

/// Where and how to reach one node. Built by the caller from the spec (ssh.* and nodes[]).
struct NodeEndpoint
{
    QString name; ///< node name, used in messages
    QString host; ///< address or hostname SSH connects to
    quint16 port = 22;
    QString user = QStringLiteral("root");
    QString identityFile;   ///< optional; "~" is expanded. Empty: the default ~/.ssh/id_* keys
    QString knownHostsFile; ///< empty: ~/.ssh/known_hosts; "~" is expanded
    HostKeyPolicy policy = HostKeyPolicy::Ask;
    int connectTimeoutMs = 10000;
};

/// One remote command: a script for the node's non-interactive shell.
struct CommandRequest
{
    QString script;
    QByteArray stdinData;   ///< written to the command's stdin, then EOF (secrets go here)
    int timeoutMs = 0;      ///< 0: no timeout
    bool keepOutput = true; ///< false: stream through the sink only, leave result.out/err empty
};

enum class OutputStream { Stdout = 1, Stderr = 2 };

/// Receives output as it arrives, in order per stream. Called on the thread that calls run().
using OutputSink = std::function<void(OutputStream stream, const QByteArray &chunk)>;

/// Why a transport call ended. Only Ok means the command ran (see exitCode).
enum class TransportStatus {
    Ok,              ///< the command ran; exitCode says how it ended
    ConnectFailed,   ///< name not resolved, unreachable, refused, connect timeout, SSH handshake
    AuthFailed,      ///< the server refused every method we could offer
    HostKeyRejected, ///< unknown under strict, changed, another type, refused by the user
    Timeout,         ///< the command ran past CommandRequest::timeoutMs and was stopped
    Cancelled,       ///< the cancel flag was raised
    ConnectionLost,  ///< the session dropped; the next command reconnects
    ChannelError,    ///< the session is up but the command could not be started or finished
};

/// What went wrong while connecting, for callers (preflight) that explain it further.
enum class ConnectFailure { None, NameNotResolved, Unreachable, Refused, Timeout, Handshake };

/// The outcome of connect(). message is translated, for the user; detail is raw, for the log.
struct [[nodiscard]] ConnectResult
{
    TransportStatus status = TransportStatus::Ok;
    ConnectFailure failure = ConnectFailure::None;
    QString message;
    QString detail;
    bool ok() const { return status == TransportStatus::Ok; }
};

/// The outcome of one command.
struct [[nodiscard]] CommandResult
{
    using Status = TransportStatus;
    Status status = Status::ChannelError;
    int exitCode = -1; ///< with Ok: the exit status (128 + n when killed by signal n)
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    QString message; ///< translated, for the user
    QString detail;  ///< raw, for the log

    /// The command ran and exited 0.
    bool ok() const { return status == Status::Ok && exitCode == 0; }
    /// The command ran (whatever its exit code).
    bool ran() const { return status == Status::Ok; }
    /// The node could not be reached, authenticated or trusted (CLI exit code 3).
    bool isUnreachable() const
    {
        return status == Status::ConnectFailed || status == Status::AuthFailed ||
               status == Status::HostKeyRejected || status == Status::ConnectionLost;
    }
    static CommandResult fromConnect(const ConnectResult &connect);
};

/// "ok", "connect-failed", … for logs and journals.
QString transportStatusName(TransportStatus status);

/// Runs commands on one node. Blocking and thread-confined: one instance is used by one thread
/// at a time (a node's worker). Implementations keep one session and reconnect lazily.
class Transport
{
public:
    virtual ~Transport() = default;
    Transport() = default;
    Transport(const Transport &) = delete;
    Transport &operator=(const Transport &) = delete;

    /// Connects (and authenticates) if not connected. run() does it too when needed.
    virtual ConnectResult connect(const std::atomic_bool *cancel = nullptr) = 0;
    virtual void disconnect() = 0;
    virtual bool isConnected() const = 0;

    /// Runs one command. Output reaches `sink` (may be empty) as it arrives. Returns when the
    /// command ended, timed out, was cancelled through `cancel` (may be null) or failed.
    virtual CommandResult run(const CommandRequest &request, const OutputSink &sink = {},
                              const std::atomic_bool *cancel = nullptr) = 0;

    /// A short description for logs, e.g. "root@203.0.113.5:22".
    virtual QString describe() const = 0;
};

} // namespace pveha

Q_DECLARE_METATYPE(pveha::CommandResult)
Q_DECLARE_METATYPE(pveha::CommandRequest)
