// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace pveha {

/// What to do with a node's SSH host key that known_hosts does not list yet. A key that differs
/// from the known one is refused under every policy: that is the man-in-the-middle case.
enum class HostKeyPolicy {
    Strict,    ///< must already be in known_hosts
    AcceptNew, ///< trust on first use: store it, log its fingerprint, continue
    Ask,       ///< ask through a HostKeyPrompt; without one, behaves as Strict
};

/// What the user is asked about an unknown host key (policy Ask).
struct HostKeyQuestion
{
    QString node;
    QString host;
    quint16 port = 22;
    QString keyType;           ///< e.g. "ssh-ed25519"
    QString sha256Fingerprint; ///< OpenSSH form: "SHA256:" + unpadded base64
    QString knownHostsFile;    ///< where the key will be stored if accepted
};

/// Answers a HostKeyQuestion: true trusts (and stores) the key. Called on the node's worker
/// thread; a GUI must hop to its own thread (e.g. a BlockingQueuedConnection) to show a dialog.
using HostKeyPrompt = std::function<bool(const HostKeyQuestion &)>;

/// What kind of secret the SSH layer needs.
struct SecretQuestion
{
    enum class Kind { KeyPassphrase, Password };
    Kind kind = Kind::Password;
    QString node;
    QString host;
    quint16 port = 22;
    QString user;
    QString identityFile; ///< the key, for KeyPassphrase
};

/// Supplies a passphrase or a password; std::nullopt means "none, skip this method". Called on
/// the worker thread. Without a prompt, the environment variable PVE_HA_SSH_PASSWORD is used.
using SecretPrompt = std::function<std::optional<QString>(const SecretQuestion &)>;

/// "strict", "accept-new", "ask" (the spec file's spelling).
QString hostKeyPolicyName(HostKeyPolicy policy);

} // namespace pveha
