// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QCoreApplication>
#include <QStringList>

#include <libssh/libssh.h>

namespace pveha {

/// Authenticates a session whose host key is trusted: ssh-agent (when SSH_AUTH_SOCK is set),
/// then the identity file (or the default ~/.ssh/id_* keys), then a password. Passphrases and
/// passwords come from the SecretPrompt or, headless, from PVE_HA_SSH_PASSWORD; each one is
/// registered with the Redactor and never logged.
class SshAuth
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SshAuth)
public:
    static ConnectResult authenticate(ssh_session session, const NodeEndpoint &endpoint,
                                      const SecretPrompt &prompt);

    /// "publickey, password" from an ssh_userauth_list() bit set.
    static QString methodNames(int methods);

private:
    static QStringList identityFiles(const NodeEndpoint &endpoint);
};

} // namespace pveha
