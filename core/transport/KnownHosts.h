// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QCoreApplication>

#include <libssh/libssh.h>

namespace pveha {

/// Checks a freshly connected session's host key against an OpenSSH known_hosts file, the way
/// `ssh` does (same file, same `[host]:port` form), and applies the node's HostKeyPolicy.
/// Every state libssh reports has its own branch; a changed key is never accepted.
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(pveha::KnownHosts)
public:
    /// The file to use for `endpoint`: its knownHostsFile with "~" expanded, or
    /// ~/.ssh/known_hosts.
    static QString fileFor(const NodeEndpoint &endpoint);

    /// Verifies the server key of `session` (connected, not yet authenticated). The session's
    /// SSH_OPTIONS_KNOWNHOSTS must already point at fileFor(endpoint).
    static ConnectResult verify(ssh_session session, const NodeEndpoint &endpoint,
                                const HostKeyPrompt &prompt);

    /// OpenSSH's "SHA256:base64" fingerprint of a public key; empty on failure.
    static QString sha256Fingerprint(ssh_key key);

private:
    static ConnectResult store(ssh_session session, const NodeEndpoint &endpoint,
                               const QString &file, const QString &fingerprint);
};

} // namespace pveha
