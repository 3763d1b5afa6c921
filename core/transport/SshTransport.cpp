// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/SshTransport.h"

#include "common/Logging.h"
#include "transport/KnownHosts.h"
#include "transport/SshAuth.h"
#include "transport/SshExec.h"
#include "transport/TcpConnector.h"

#include <QElapsedTimer>
#include <QFile>

#include <unistd.h>

namespace pveha {
namespace {

/// The longest wait for the packet OpenSSH sends after a login (see acknowledgeLoginFollowUp).
constexpr int kLoginFollowUpWaitMaxMs = 100;

} // namespace

SshTransport::SshTransport(NodeEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{}

SshTransport::~SshTransport() = default;

QString SshTransport::describe() const
{
    return QStringLiteral("%1@%2:%3").arg(m_endpoint.user, m_endpoint.host).arg(m_endpoint.port);
}

bool SshTransport::isConnected() const
{
    return m_session && ssh_is_connected(m_session.get());
}

void SshTransport::disconnect()
{
    m_channels.reset(); // a channel belongs to its session: freed first
    m_session.reset();
}

ConnectResult SshTransport::connectFailed(ConnectFailure failure, const QString &detail) const
{
    ConnectResult result;
    result.status = TransportStatus::ConnectFailed;
    result.failure = failure;
    result.detail = detail;
    const QString node = m_endpoint.name;
    const QString host = m_endpoint.host;
    const quint16 port = m_endpoint.port;
    switch (failure) {
    case ConnectFailure::NameNotResolved:
        result.message =
            tr("Node %1: the name %2 could not be resolved (port %3).").arg(node, host).arg(port);
        break;
    case ConnectFailure::Unreachable:
        result.message = tr("Node %1 (%2 port %3) is unreachable.").arg(node, host).arg(port);
        break;
    case ConnectFailure::Refused:
        result.message = tr("Node %1 (%2 port %3) refused the connection: is SSH listening on "
                            "that port, and does a firewall allow it?")
                             .arg(node, host)
                             .arg(port);
        break;
    case ConnectFailure::Timeout:
        result.message = tr("Node %1 (%2 port %3) did not answer within %4 s.")
                             .arg(node, host)
                             .arg(port)
                             .arg(m_endpoint.connectTimeoutMs / 1000.0, 0, 'f', 1);
        break;
    case ConnectFailure::Handshake:
    case ConnectFailure::None:
        result.message =
            tr("Node %1 (%2 port %3): the SSH handshake failed.").arg(node, host).arg(port);
        break;
    }
    return result;
}

ConnectResult SshTransport::configure(ssh_session session) const
{
    const QByteArray host = m_endpoint.host.toUtf8();
    const unsigned int port = m_endpoint.port;
    const QByteArray user = m_endpoint.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(KnownHosts::fileFor(m_endpoint));
    const int on = 1;
    const int verbosity = SSH_LOG_NOLOG;
    const long timeoutSeconds = qMax(1, (m_endpoint.connectTimeoutMs + 999) / 1000);
    const bool processConfig = false;

    struct Option
    {
        ssh_options_e option;
        const void *value;
        const char *name;
    };
    // The spec says everything: ~/.ssh/config is not read, so runs are reproducible.
    const Option options[] = {
        {SSH_OPTIONS_LOG_VERBOSITY, &verbosity, "LOG_VERBOSITY"},
        {SSH_OPTIONS_PROCESS_CONFIG, &processConfig, "PROCESS_CONFIG"},
        {SSH_OPTIONS_HOST, host.constData(), "HOST"},
        {SSH_OPTIONS_PORT, &port, "PORT"},
        {SSH_OPTIONS_USER, user.constData(), "USER"},
        {SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData(), "KNOWNHOSTS"},
        {SSH_OPTIONS_TIMEOUT, &timeoutSeconds, "TIMEOUT"},
        {SSH_OPTIONS_NODELAY, &on, "NODELAY"},
    };
    for (const Option &o : options) {
        if (ssh_options_set(session, o.option, o.value) != SSH_OK) {
            ConnectResult result = connectFailed(
                ConnectFailure::Handshake,
                QStringLiteral("ssh_options_set(%1): %2")
                    .arg(QLatin1String(o.name), QString::fromUtf8(ssh_get_error(session))));
            result.message = tr("Node %1: invalid SSH setting %2 (%3).")
                                 .arg(m_endpoint.name, QLatin1String(o.name), result.detail);
            return result;
        }
    }
    return {};
}

void SshTransport::acknowledgeLoginFollowUp(int fd, int handshakeMs)
{
    // OpenSSH follows a successful login with a packet of its own (its host keys,
    // hostkeys-00@openssh.com, no reply wanted) sent just after the success message. sshd
    // leaves Nagle on for sessions without a terminal, so it holds that packet until the success
    // message is acknowledged, then holds its answer to our first channel open until that packet
    // is; and the kernel delays each acknowledgement by up to 40 ms. The first command of every
    // session waited for that. So acknowledge now, give the packet about the time the handshake
    // took (more than a round trip) to arrive, and acknowledge it at once too; libssh reads it
    // later, as before. A server that sends nothing costs that wait, once per login.
    TcpConnector::acknowledgeNow(fd);
    if (TcpConnector::waitReadable(fd, qBound(2, handshakeMs, kLoginFollowUpWaitMaxMs)))
        TcpConnector::acknowledgeNow(fd);
}

ConnectResult SshTransport::connect(const std::atomic_bool *cancel)
{
    if (isConnected())
        return {};
    disconnect();
    QElapsedTimer clock;
    clock.start();

    ssh::SessionPtr session(ssh_new());
    if (!session)
        return connectFailed(ConnectFailure::Handshake, QStringLiteral("ssh_new failed"));
    if (ConnectResult configured = configure(session.get()); !configured.ok())
        return configured;

    TcpConnector::Result tcp = TcpConnector::connect(m_endpoint.host, m_endpoint.port,
                                                     m_endpoint.connectTimeoutMs, cancel);
    if (tcp.cancelled) {
        ConnectResult result;
        result.status = TransportStatus::Cancelled;
        result.message = tr("Connecting to node %1 was cancelled.").arg(m_endpoint.name);
        result.detail = tcp.detail;
        return result;
    }
    if (tcp.fd < 0)
        return connectFailed(tcp.failure, tcp.detail);
    socket_t fd = tcp.fd;
    if (ssh_options_set(session.get(), SSH_OPTIONS_FD, &fd) != SSH_OK) {
        ::close(fd);
        return connectFailed(ConnectFailure::Handshake,
                             QStringLiteral("ssh_options_set(FD): %1")
                                 .arg(QString::fromUtf8(ssh_get_error(session.get()))));
    }

    QElapsedTimer handshake;
    handshake.start();
    if (ssh_connect(session.get()) != SSH_OK) {
        const QString error = QString::fromUtf8(ssh_get_error(session.get()));
        const bool timedOut = clock.elapsed() >= m_endpoint.connectTimeoutMs ||
                              error.contains(QLatin1String("Timeout"), Qt::CaseInsensitive);
        ConnectResult result =
            connectFailed(timedOut ? ConnectFailure::Timeout : ConnectFailure::Handshake,
                          QStringLiteral("ssh_connect: %1").arg(error));
        if (timedOut) {
            result.message = tr("Node %1 (%2 port %3) accepted the connection but did not start "
                                "an SSH session within %4 s: is it an SSH server?")
                                 .arg(m_endpoint.name, m_endpoint.host)
                                 .arg(m_endpoint.port)
                                 .arg(m_endpoint.connectTimeoutMs / 1000.0, 0, 'f', 1);
        } else {
            result.message = tr("Node %1 (%2 port %3): the SSH handshake failed: %4")
                                 .arg(m_endpoint.name, m_endpoint.host)
                                 .arg(m_endpoint.port)
                                 .arg(error);
        }
        return result;
    }

    if (ConnectResult trusted = KnownHosts::verify(session.get(), m_endpoint, m_hostKeyPrompt);
        !trusted.ok()) {
        qCWarning(lcSsh).noquote() << m_endpoint.name << trusted.detail;
        return trusted;
    }
    if (ConnectResult authenticated =
            SshAuth::authenticate(session.get(), m_endpoint, m_secretPrompt);
        !authenticated.ok()) {
        qCWarning(lcSsh).noquote() << m_endpoint.name << authenticated.detail;
        return authenticated;
    }
    acknowledgeLoginFollowUp(fd, int(handshake.elapsed()));
    qCInfo(lcSsh).noquote() << m_endpoint.name << "connected to" << describe() << "in"
                            << clock.elapsed() << "ms";
    m_session = std::move(session);
    SshExec::openAhead(m_session.get(), &m_channels); // the first command's channel
    return {};
}

CommandResult SshTransport::run(const CommandRequest &request, const OutputSink &sink,
                                const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    if (!isConnected()) {
        if (m_session)
            qCInfo(lcSsh) << m_endpoint.name << "session dropped earlier; reconnecting";
        const ConnectResult connected = connect(cancel);
        if (!connected.ok()) {
            CommandResult result = CommandResult::fromConnect(connected);
            result.elapsedMs = clock.elapsed();
            return result;
        }
    }
    CommandResult result =
        SshExec::run(m_session.get(), m_endpoint, request, sink, cancel, &m_channels);
    if (result.status == TransportStatus::ConnectionLost) {
        qCWarning(lcSsh).noquote() << m_endpoint.name << "connection lost:" << result.detail;
        disconnect();
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace pveha
