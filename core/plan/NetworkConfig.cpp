// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/NetworkConfig.h"

#include "spec/ClusterSpec.h"

namespace pveha {

QString NetworkConfig::prefixLength(const QString &cidr)
{
    const qsizetype slash = cidr.indexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : cidr.mid(slash + 1);
}

QString NetworkConfig::stanza(const ClusterSpec &spec, int nodeIndex)
{
    if (nodeIndex < 0 || nodeIndex >= spec.nodes.size())
        return {};
    const NetworkPart &net = spec.network;
    const QString mtu = QString::number(net.mtu);
    const QString prefix = prefixLength(net.cidr);
    QString address = spec.nodes.at(nodeIndex).privateAddress;
    if (!prefix.isEmpty())
        address += QLatin1Char('/') + prefix;
    QString text;
    text += beginMarker() + QLatin1Char('\n');
    text += QStringLiteral("auto %1\niface %1 inet manual\n    mtu %2\n\n")
                .arg(net.privateInterface, mtu);
    text += QStringLiteral("auto %1\niface %1 inet static\n    address %2\n    bridge-ports %3\n"
                           "    bridge-stp off\n    bridge-fd 0\n    mtu %4\n")
                .arg(net.bridge, address, net.privateInterface, mtu);
    text += endMarker() + QLatin1Char('\n');
    return text;
}

} // namespace pveha
