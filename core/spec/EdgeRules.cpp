// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/EdgeRules.h"

#include "spec/Ipv4Cidr.h"

#include <QSet>

#include <algorithm>

namespace pveha {

QJsonObject EdgeRule::toApiJson() const
{
    QJsonObject o{{QStringLiteral("sequence"), sequence},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("protocol"), protocol},
                  {QStringLiteral("source"), source}};
    if (destinationPort)
        o.insert(QStringLiteral("destinationPort"), *destinationPort);
    if (sourcePort)
        o.insert(QStringLiteral("sourcePort"), *sourcePort);
    if (tcpEstablished) {
        o.insert(QStringLiteral("tcpOption"),
                 QJsonObject{{QStringLiteral("option"), QStringLiteral("established")},
                             {QStringLiteral("fragments"), false}});
    }
    return o;
}

QString EdgeRule::summary() const
{
    QString s = QString::number(sequence) + QLatin1Char(' ') + action + QLatin1Char(' ') +
                protocol + QLatin1Char(' ') + source;
    if (sourcePort)
        s += QLatin1String(" sport ") + QString::number(*sourcePort);
    if (destinationPort)
        s += QLatin1String(" dport ") + QString::number(*destinationPort);
    if (tcpEstablished)
        s += QLatin1String(" established");
    return s;
}

EdgeRules::Derivation EdgeRules::derive(const ClusterSpec &spec, int nodeIndex)
{
    Derivation d;
    if (nodeIndex < 0 || nodeIndex >= spec.nodes.size())
        return d;
    const FirewallPart &fw = spec.firewall;
    const NodeSpec &self = spec.nodes.at(nodeIndex);
    const QString permit = QStringLiteral("permit");
    const QString tcp = QStringLiteral("tcp");
    const QString anywhere = QStringLiteral("0.0.0.0/0");

    QList<EdgeRule> automatic;
    for (const QString &source : fw.guiSources)
        automatic.append({0, permit, tcp, source, guiPort, {}, false, tr("Proxmox GUI")});
    for (const QString &source : fw.adminSources)
        automatic.append({0, permit, tcp, source, self.sshPort, {}, false, tr("Admin SSH")});
    if (fw.allowInterNode) {
        for (qsizetype i = 0; i < spec.nodes.size(); ++i) {
            const NodeSpec &other = spec.nodes.at(i);
            const std::optional<quint32> address = parseIpv4(other.publicAddress);
            if (i == nodeIndex || !address || other.publicAddress == self.publicAddress)
                continue; // a hostname cannot be a source; the validator reports it
            automatic.append({0,
                              permit,
                              QStringLiteral("ipv4"),
                              Ipv4Cidr(*address, 32).toString(),
                              {},
                              {},
                              false,
                              tr("Node %1").arg(other.name)});
        }
    }
    if (fw.allowTcpEstablished) {
        automatic.append(
            {0, permit, tcp, anywhere, {}, {}, true, tr("Replies to the nodes' own connections")});
    }

    QSet<int> taken{denySequence};
    for (const FirewallRuleSpec &x : fw.extraRules) {
        if (x.sequence < 0 || x.sequence >= denySequence || taken.contains(x.sequence))
            continue; // reported by the validator
        taken.insert(x.sequence);
        d.rules.append({x.sequence, x.action, x.protocol, x.source, x.destinationPort, x.sourcePort,
                        false, x.comment});
    }

    int next = 0;
    for (EdgeRule rule : automatic) {
        while (taken.contains(next))
            ++next;
        if (next >= denySequence)
            break;
        rule.sequence = next++;
        d.rules.append(rule);
    }
    d.rules.append({denySequence,
                    QStringLiteral("deny"),
                    QStringLiteral("ipv4"),
                    anywhere,
                    {},
                    {},
                    false,
                    tr("Drop everything else")});
    std::sort(d.rules.begin(), d.rules.end(),
              [](const EdgeRule &a, const EdgeRule &b) { return a.sequence < b.sequence; });
    d.needed = int(automatic.size() + fw.extraRules.size()) + 1;
    return d;
}

QList<EdgeRule> deriveEdgeRules(const ClusterSpec &spec, int nodeIndex)
{
    return EdgeRules::derive(spec, nodeIndex).rules;
}

} // namespace pveha
