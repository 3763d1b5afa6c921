// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ClusterSessions.h"
#include "transport/HostKeyPolicy.h"

namespace pveha {

struct ClusterSpec;

/// Builds the real transports of a cluster from its spec: one SSH session per node, to the
/// node's public address and port, as ssh.user, with the spec's key, known_hosts file and
/// host-key policy. Without a prompt, `ask` behaves as `strict` (headless, CLI.md).
class SshSessions
{
public:
    [[nodiscard]] static ClusterSessions::Factory factory(const ClusterSpec &spec,
                                                          HostKeyPrompt hostKeyPrompt = {},
                                                          SecretPrompt secretPrompt = {});
};

} // namespace pveha
