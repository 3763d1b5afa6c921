// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/SshSessions.h"

#include "spec/ClusterSpec.h"
#include "transport/SshTransport.h"

namespace pveha {

ClusterSessions::Factory SshSessions::factory(const ClusterSpec &spec, HostKeyPrompt hostKeyPrompt,
                                              SecretPrompt secretPrompt)
{
    // The factory outlives this call: it keeps copies of what it needs, not the spec.
    const QList<NodeSpec> nodes = spec.nodes;
    const SshPart ssh = spec.ssh;
    return [nodes, ssh, hostKeyPrompt, secretPrompt](int index) -> std::unique_ptr<Transport> {
        const NodeSpec &node = nodes.at(index);
        NodeEndpoint endpoint;
        endpoint.name = node.name;
        endpoint.host = node.publicAddress;
        endpoint.port = quint16(node.sshPort);
        endpoint.user = ssh.user;
        endpoint.identityFile = ssh.identityFile;
        endpoint.knownHostsFile = ssh.knownHostsFile;
        endpoint.policy = ssh.hostKeyPolicy;
        auto transport = std::make_unique<SshTransport>(endpoint);
        if (hostKeyPrompt)
            transport->setHostKeyPrompt(hostKeyPrompt);
        if (secretPrompt)
            transport->setSecretPrompt(secretPrompt);
        return transport;
    };
}

} // namespace pveha
