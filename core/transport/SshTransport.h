// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/SshExec.h"
#include "transport/SshHandles.h"
#include "transport/Transport.h"

#include <QCoreApplication>

namespace pveha {

/// The real transport: one persistent libssh session per node, a channel per command.
/// Connects lazily; host keys are checked against an OpenSSH known_hosts file (KnownHosts) and
/// authentication follows SshAuth. When the session drops, the command that noticed reports
/// ConnectionLost and the next one reconnects. Thread-confined like every Transport.
class SshTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SshTransport)
public:
    explicit SshTransport(NodeEndpoint endpoint);
    ~SshTransport() override;

    /// Asked about unknown host keys under the Ask policy (none: behaves as Strict).
    void setHostKeyPrompt(HostKeyPrompt prompt) { m_hostKeyPrompt = std::move(prompt); }
    /// Asked for key passphrases and passwords (none: PVE_HA_SSH_PASSWORD).
    void setSecretPrompt(SecretPrompt prompt) { m_secretPrompt = std::move(prompt); }

    const NodeEndpoint &endpoint() const { return m_endpoint; }

    ConnectResult connect(const std::atomic_bool *cancel = nullptr) override;
    void disconnect() override;
    bool isConnected() const override;
    CommandResult run(const CommandRequest &request, const OutputSink &sink = {},
                      const std::atomic_bool *cancel = nullptr) override;
    QString describe() const override;

private:
    ConnectResult configure(ssh_session session) const;
    ConnectResult connectFailed(ConnectFailure failure, const QString &detail) const;
    /// Keeps the first command of a session from waiting for a delayed TCP acknowledgement.
    static void acknowledgeLoginFollowUp(int fd, int handshakeMs);

    NodeEndpoint m_endpoint;
    HostKeyPrompt m_hostKeyPrompt;
    SecretPrompt m_secretPrompt;
    ssh::SessionPtr m_session;
    SessionChannels m_channels; // after m_session: freed before it
};

} // namespace pveha
