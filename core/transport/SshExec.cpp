// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/SshExec.h"

#include "common/Logging.h"
#include "transport/SshHandles.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <libssh/callbacks.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace pveha {
namespace {

/// Poll slice: how late a cancel or a timeout may be noticed while nothing arrives.
constexpr int kPollSliceMs = 50;
constexpr qsizetype kStdinChunk = 32 * 1024;
/// How many times a refused channel open is asked again (see takeChannel).
constexpr int kOpenRetries = 7;

struct ExecState
{
    const OutputSink *sink = nullptr;
    bool keep = true;
    QByteArray out;
    QByteArray err;
    bool eof = false;
    bool closed = false;
    bool haveStatus = false;
    int exitStatus = -1;
    QString exitSignal;
};

int onData(ssh_session, ssh_channel, void *data, uint32_t len, int isStderr, void *userdata)
{
    auto *state = static_cast<ExecState *>(userdata);
    const QByteArray chunk(static_cast<const char *>(data), static_cast<qsizetype>(len));
    if (state->keep)
        (isStderr ? state->err : state->out).append(chunk);
    if (*state->sink)
        (*state->sink)(isStderr ? OutputStream::Stderr : OutputStream::Stdout, chunk);
    return static_cast<int>(len);
}

void onEof(ssh_session, ssh_channel, void *userdata)
{
    static_cast<ExecState *>(userdata)->eof = true;
}

void onClose(ssh_session, ssh_channel, void *userdata)
{
    static_cast<ExecState *>(userdata)->closed = true;
}

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExecState *>(userdata);
    state->haveStatus = true;
    state->exitStatus = status;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    static_cast<ExecState *>(userdata)->exitSignal = QString::fromLatin1(signal);
}

int signalNumber(const QString &name)
{
    static const QStringList names = {
        QStringLiteral("HUP"),  QStringLiteral("INT"),  QStringLiteral("QUIT"),
        QStringLiteral("ILL"),  QStringLiteral("TRAP"), QStringLiteral("ABRT"),
        QStringLiteral("BUS"),  QStringLiteral("FPE"),  QStringLiteral("KILL"),
        QStringLiteral("USR1"), QStringLiteral("SEGV"), QStringLiteral("USR2"),
        QStringLiteral("PIPE"), QStringLiteral("ALRM"), QStringLiteral("TERM")};
    const qsizetype index = names.indexOf(name);
    return index < 0 ? 0 : static_cast<int>(index) + 1;
}

/// Closes the last command's channel (see SessionChannels).
void closeFinished(SessionChannels *channels)
{
    if (channels && channels->finished) {
        ssh_channel_close(channels->finished.get());
        channels->finished.reset();
    }
}

/// Why takeChannel() found no channel.
struct OpenFailure
{
    bool timedOut = false; ///< no answer in time: the session is not to be trusted any more
    QString error;         ///< libssh's words, taken when the open failed
};

/// The channel for a command: the one opened ahead when the server accepted it, else a new one.
/// ssh_channel_open_session: SSH_OK, SSH_ERROR (refused, or the session failed) or SSH_AGAIN (no
/// answer within the session's timeout, the channel still opening). A refusal (sshd's
/// MaxSessions) is asked again a few times; a timeout is not: a channel still opening must not
/// be freed (the server would keep it open), so the caller drops the whole session.
ssh::ChannelPtr takeChannel(ssh_session session, SessionChannels *channels,
                            const std::atomic_bool *cancel, OpenFailure *failure)
{
    const auto refused = [&] {
        return ssh_is_connected(session) && ssh_get_error_code(session) == SSH_REQUEST_DENIED;
    };
    if (channels && channels->next) {
        const int rc = ssh_channel_open_session(channels->next.get());
        if (rc == SSH_OK)
            return std::move(channels->next);
        failure->error = QString::fromUtf8(ssh_get_error(session));
        if (rc == SSH_AGAIN) {
            failure->timedOut = true;
            return nullptr; // `next`, still opening, stays with the session and goes with it
        }
        // Failed, not opening: freeing it leaves nothing on the server.
        channels->next.reset();
        if (!refused())
            return nullptr;
        // Refused: this server runs one channel at a time, and the last must be closed first.
        channels->single = true;
        closeFinished(channels);
    }
    for (int attempt = 0;; ++attempt) {
        ssh::ChannelPtr channel(ssh_channel_new(session));
        if (!channel) {
            failure->error = QString::fromUtf8(ssh_get_error(session));
            return nullptr;
        }
        const int rc = ssh_channel_open_session(channel.get());
        if (rc == SSH_OK)
            return channel;
        failure->error = QString::fromUtf8(ssh_get_error(session));
        if (rc == SSH_AGAIN) {
            failure->timedOut = true;
            if (channels)
                channels->next = std::move(channel); // still opening: freed with the session
            return nullptr;
        }
        if (!refused() || attempt >= kOpenRetries || (cancel && cancel->load()))
            return nullptr;
        if (channels) { // a channel kept open is in the way: one at a time from now on
            channels->single = true;
            closeFinished(channels);
        }
        // sshd frees a finished command's session only once it has read our close, after the
        // packets that came with it: with MaxSessions 1 an open sent just behind that close is
        // refused. Ask again a moment later (1, 2, 4 … 64 ms).
        std::this_thread::sleep_for(std::chrono::milliseconds(1 << attempt));
    }
}

} // namespace

void SshExec::openAhead(ssh_session session, SessionChannels *channels)
{
    if (!channels || channels->next || channels->single)
        return;
    ssh::ChannelPtr channel(ssh_channel_new(session));
    if (!channel)
        return;
    ssh_set_blocking(session, 0);
    const int rc = ssh_channel_open_session(channel.get()); // sends, reads what is there, returns
    ssh_set_blocking(session, 1);
    // A channel still opening must stay alive until its answer: freed now, libssh would leave
    // it open on the server. Only SSH_ERROR (refused, or the session failing) frees it here.
    if (rc == SSH_OK || rc == SSH_AGAIN)
        channels->next = std::move(channel);
    else if (ssh_is_connected(session) && ssh_get_error_code(session) == SSH_REQUEST_DENIED)
        channels->single = true; // refused at once: the server runs one channel at a time
}

QString SshExec::timeoutMessage(const QString &node, int timeoutMs)
{
    return tr("The command on node %1 did not finish within %2 s and was stopped.")
        .arg(node)
        .arg(timeoutMs / 1000.0, 0, 'f', 1);
}

CommandResult SshExec::run(ssh_session session, const NodeEndpoint &endpoint,
                           const CommandRequest &request, const OutputSink &sink,
                           const std::atomic_bool *cancel, SessionChannels *channels)
{
    QElapsedTimer clock;
    clock.start();
    CommandResult result;
    auto finish = [&](TransportStatus status, const QString &message, const QString &detail) {
        result.status = status;
        result.message = message;
        result.detail = detail;
        result.elapsedMs = clock.elapsed();
        return result;
    };
    auto sessionError = [&] { return QString::fromUtf8(ssh_get_error(session)); };
    auto lost = [&](const QString &detail) {
        return finish(TransportStatus::ConnectionLost,
                      tr("The connection to node %1 (%2 port %3) was lost; the command may not "
                         "have finished. The next command reconnects.")
                          .arg(endpoint.name, endpoint.host)
                          .arg(endpoint.port),
                      detail);
    };
    auto channelError = [&](const QString &what) {
        if (!ssh_is_connected(session))
            return lost(what + QStringLiteral(": ") + sessionError());
        return finish(TransportStatus::ChannelError,
                      tr("Node %1 (%2 port %3) refused to start the command: %4")
                          .arg(endpoint.name, endpoint.host)
                          .arg(endpoint.port)
                          .arg(sessionError()),
                      what + QStringLiteral(": ") + sessionError());
    };

    OpenFailure openFailure;
    ssh::ChannelPtr channel = takeChannel(session, channels, cancel, &openFailure);
    if (!channel) {
        if (openFailure.timedOut || !ssh_is_connected(session))
            return lost(
                QStringLiteral("ssh_channel_open_session: ") +
                (openFailure.timedOut ? QStringLiteral("no answer in time") : openFailure.error));
        return finish(TransportStatus::ChannelError,
                      tr("Node %1 (%2 port %3) refused to start the command: %4")
                          .arg(endpoint.name, endpoint.host)
                          .arg(endpoint.port)
                          .arg(openFailure.error),
                      QStringLiteral("ssh_channel_open_session: ") + openFailure.error);
    }

    ExecState state;
    state.sink = &sink;
    state.keep = request.keepOutput;
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = &state;
    callbacks.channel_data_function = onData;
    callbacks.channel_eof_function = onEof;
    callbacks.channel_close_function = onClose;
    callbacks.channel_exit_status_function = onExitStatus;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_callbacks_init(&callbacks);
    if (ssh_set_channel_callbacks(channel.get(), &callbacks) != SSH_OK)
        return channelError(QStringLiteral("ssh_set_channel_callbacks"));
    // A channel closed early lives on in the session until the server's close arrives: it must
    // not call back into this stack frame then.
    auto removeCallbacks =
        qScopeGuard([&] { ssh_remove_channel_callbacks(channel.get(), &callbacks); });

    if (ssh_channel_request_exec(channel.get(), request.script.toUtf8().constData()) != SSH_OK)
        return channelError(QStringLiteral("ssh_channel_request_exec"));
    closeFinished(channels);
    openAhead(session, channels);

    ssh::EventPtr event(ssh_event_new());
    if (!event || ssh_event_add_session(event.get(), session) != SSH_OK)
        return channelError(QStringLiteral("ssh_event_add_session"));
    auto removeFromEvent = qScopeGuard([&] { ssh_event_remove_session(event.get(), session); });

    qsizetype written = 0;
    bool eofSent = false;
    TransportStatus stopped = TransportStatus::Ok;
    while (!state.closed) {
        if (cancel && cancel->load())
            stopped = TransportStatus::Cancelled;
        else if (request.timeoutMs > 0 && clock.elapsed() >= request.timeoutMs)
            stopped = TransportStatus::Timeout;
        if (stopped != TransportStatus::Ok)
            break;

        if (!eofSent && !state.eof) {
            const qsizetype left = request.stdinData.size() - written;
            const qsizetype window = static_cast<qsizetype>(ssh_channel_window_size(channel.get()));
            if (left > 0 && window > 0) {
                const int n =
                    ssh_channel_write(channel.get(), request.stdinData.constData() + written,
                                      static_cast<uint32_t>(std::min({left, window, kStdinChunk})));
                if (n == SSH_ERROR) {
                    if (!ssh_is_connected(session))
                        return lost(QStringLiteral("ssh_channel_write: ") + sessionError());
                    written = request.stdinData.size(); // remote stopped reading: not an error
                } else {
                    written += n;
                }
            }
            if (written >= request.stdinData.size()) {
                ssh_channel_send_eof(channel.get());
                eofSent = true;
            }
        }

        int slice = kPollSliceMs;
        if (request.timeoutMs > 0)
            slice =
                static_cast<int>(std::clamp<qint64>(request.timeoutMs - clock.elapsed(), 1, slice));
        if (!eofSent && written < request.stdinData.size())
            slice = qMin(slice, 5); // waiting for window space, not for data
        const int rc = ssh_event_dopoll(event.get(), slice);
        if (rc == SSH_ERROR || !ssh_is_connected(session)) {
            if (state.closed)
                break;
            return lost(QStringLiteral("ssh_event_dopoll: ") + sessionError());
        }
    }

    result.out = std::move(state.out);
    result.err = std::move(state.err);
    if (stopped != TransportStatus::Ok) {
        // Ask the server to TERM the command's process group, then close. OpenSSH refuses the
        // signal for root logins (their sessions skip post-auth privilege separation): there
        // the remote command runs on to its end, only its output is dropped.
        ssh_channel_request_send_signal(channel.get(), "TERM");
        ssh_channel_close(channel.get());
        if (stopped == TransportStatus::Cancelled) {
            return finish(stopped, tr("The command on node %1 was cancelled.").arg(endpoint.name),
                          QStringLiteral("cancelled after %1 ms").arg(clock.elapsed()));
        }
        return finish(stopped, timeoutMessage(endpoint.name, request.timeoutMs),
                      QStringLiteral("timeout after %1 ms").arg(request.timeoutMs));
    }

    if (!state.haveStatus && state.exitSignal.isEmpty()) {
#if LIBSSH_VERSION_INT >= SSH_VERSION_INT(0, 11, 0)
        uint32_t code = 0;
        char *signalName = nullptr;
        int coreDumped = 0;
        if (ssh_channel_get_exit_state(channel.get(), &code, &signalName, &coreDumped) == SSH_OK) {
            ssh::CharPtr owned(signalName);
            if (signalName)
                state.exitSignal = QString::fromLatin1(signalName);
            else {
                state.haveStatus = true;
                state.exitStatus = static_cast<int>(code);
            }
        }
#else
        const int code = ssh_channel_get_exit_status(channel.get());
        if (code >= 0) {
            state.haveStatus = true;
            state.exitStatus = code;
        }
#endif
    }
    removeCallbacks.dismiss();
    ssh_remove_channel_callbacks(channel.get(), &callbacks);
    if (channels && !channels->single)
        channels->finished = std::move(channel); // closed once the next command has started
    else
        ssh_channel_close(channel.get());

    if (state.haveStatus) {
        result.exitCode = state.exitStatus;
    } else if (!state.exitSignal.isEmpty()) {
        result.exitCode = 128 + signalNumber(state.exitSignal);
        result.detail = QStringLiteral("killed by signal %1").arg(state.exitSignal);
        result.message = tr("The command on node %1 was killed by signal %2.")
                             .arg(endpoint.name, state.exitSignal);
    } else {
        return finish(
            TransportStatus::ChannelError,
            tr("Node %1 closed the command's channel without an exit status.").arg(endpoint.name),
            QStringLiteral("channel closed, no exit-status or exit-signal"));
    }
    result.status = TransportStatus::Ok;
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace pveha
