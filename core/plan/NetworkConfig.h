// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pveha {

struct ClusterSpec;

/// The vRack part of a node's /etc/network/interfaces (procedure §4): the private NIC and the
/// bridge on it, both with the MTU (ifupdown2 resets an interface without an `mtu` line to
/// 1500 on reload). Shared by the wizard's preview, the plan and the report so all three show
/// exactly what is written.
class NetworkConfig
{
public:
    /// The stanza for node `nodeIndex`, ending with a newline. Empty when the index is invalid.
    [[nodiscard]] static QString stanza(const ClusterSpec &spec, int nodeIndex);
    /// The prefix length of network.cidr ("24" for 10.0.0.0/24), or empty when it has none.
    [[nodiscard]] static QString prefixLength(const QString &cidr);
    /// Marker lines around the block the tool manages, so a re-run replaces it in place and
    /// leaves the rest of the file alone.
    static QString beginMarker() { return QStringLiteral("# BEGIN pve-ha-installer vRack"); }
    static QString endMarker() { return QStringLiteral("# END pve-ha-installer vRack"); }
};

} // namespace pveha
