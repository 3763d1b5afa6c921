// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/FirewallValidator.h"

#include "spec/EdgeRules.h"
#include "spec/SpecValidator.h"
#include "spec/Validators.h"

#include <QHash>
#include <QSet>

namespace pveha {

using namespace validators;

namespace {

QString at(const QString &list, qsizetype index)
{
    return list + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace

QList<SpecProblem> FirewallValidator::validate()
{
    m_problems.clear();
    const FirewallPart &fw = m_spec.firewall;
    if (!isApiEndpoint(fw.apiEndpoint)) {
        add(QStringLiteral("firewall.apiEndpoint"),
            tr("%1 is not an OVHcloud API endpoint (expected ovh-eu, ovh-ca, ovh-us, or a base "
               "URL such as https://eu.api.ovh.com/1.0; plain http only towards this machine).")
                .arg(quotedValue(fw.apiEndpoint)));
    }
    checkSources(QStringLiteral("firewall.guiSources"), fw.guiSources);
    checkSources(QStringLiteral("firewall.adminSources"), fw.adminSources);
    if (fw.provider == FirewallProvider::OvhEdge && fw.adminSources.isEmpty()) {
        add(QStringLiteral("firewall.adminSources"),
            tr("No address may reach SSH, so the Edge firewall would lock you out of every node "
               "(add your own public IPv4 address, such as 198.51.100.7/32)."));
    }
    for (int i = 0; i < fw.extraRules.size(); ++i)
        checkExtraRule(i);
    checkDerived();
    return m_problems;
}

void FirewallValidator::checkSources(const QString &path, const QStringList &sources)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString item = at(path, i);
        QList<SpecProblem> found;
        SpecValidator::checkCidr(found, item, sources.at(i), QStringLiteral("198.51.100.7/32"));
        m_problems += found;
        if (found.isEmpty() && seen.contains(sources.at(i))) {
            add(item, tr("%1 is listed twice (each entry takes one of the 20 firewall rules).")
                          .arg(quotedValue(sources.at(i))));
        }
        seen.insert(sources.at(i));
    }
}

void FirewallValidator::checkExtraRule(int index)
{
    const FirewallRuleSpec &rule = m_spec.firewall.extraRules.at(index);
    const QString path = at(QStringLiteral("firewall.extraRules"), index);
    const auto field = [&](const char *name) -> QString {
        return path + QLatin1Char('.') + QLatin1String(name);
    };

    if (rule.sequence < 0 || rule.sequence >= EdgeRules::denySequence) {
        add(field("sequence"),
            tr("%1 is not a usable rule sequence (expected a whole number from 0 to 18; 19 holds "
               "the final rule that drops everything else).")
                .arg(rule.sequence));
    } else {
        for (int j = 0; j < index; ++j) {
            if (m_spec.firewall.extraRules.at(j).sequence == rule.sequence) {
                add(field("sequence"),
                    tr("Sequence %1 is already used by firewall.extraRules[%2] (each rule needs "
                       "its own sequence).")
                        .arg(rule.sequence)
                        .arg(j));
                break;
            }
        }
    }
    if (rule.action != QLatin1String("permit") && rule.action != QLatin1String("deny")) {
        add(field("action"), tr("%1 is not a firewall action (expected permit or deny).")
                                 .arg(quotedValue(rule.action)));
    }
    static const QStringList protocols{QStringLiteral("ah"),   QStringLiteral("esp"),
                                       QStringLiteral("gre"),  QStringLiteral("icmp"),
                                       QStringLiteral("ipv4"), QStringLiteral("tcp"),
                                       QStringLiteral("udp")};
    const bool hasPorts =
        rule.protocol == QLatin1String("tcp") || rule.protocol == QLatin1String("udp");
    if (!protocols.contains(rule.protocol)) {
        add(field("protocol"),
            tr("%1 is not a protocol the Edge firewall knows (expected ah, esp, gre, icmp, ipv4, "
               "tcp or udp).")
                .arg(quotedValue(rule.protocol)));
    }
    SpecValidator::checkCidr(m_problems, field("source"), rule.source,
                             QStringLiteral("198.51.100.0/24"));
    const auto checkPort = [&](const char *name, const std::optional<int> &port) {
        if (!port)
            return;
        if (*port < 0 || *port > 65535) {
            add(field(name),
                tr("%1 is not a valid port (expected a whole number from 0 to 65535).").arg(*port));
        } else if (!hasPorts && protocols.contains(rule.protocol)) {
            add(field(name), tr("A port only applies to tcp or udp, but this rule's protocol is %1 "
                                "(remove the port or change the protocol).")
                                 .arg(rule.protocol));
        }
    };
    checkPort("destinationPort", rule.destinationPort);
    checkPort("sourcePort", rule.sourcePort);
    if (hasControlCharacter(rule.comment)) {
        add(field("comment"), tr("%1 contains a control character such as a newline (expected "
                                 "one line of text).")
                                  .arg(quotedValue(rule.comment)));
    }
}

void FirewallValidator::checkDerived()
{
    for (int i = 0; i < m_spec.nodes.size(); ++i) {
        const EdgeRules::Derivation d = EdgeRules::derive(m_spec, i);
        if (d.needed > EdgeRules::maxRules) {
            add(QStringLiteral("firewall"),
                tr("Node %1 would need %2 Edge firewall rules, but OVHcloud allows %3 per address "
                   "(sequences 0 to 19): list fewer guiSources, adminSources or extraRules, or "
                   "use wider CIDRs.")
                    .arg(escapedValue(m_spec.nodes.at(i).name))
                    .arg(d.needed)
                    .arg(EdgeRules::maxRules));
            return; // every node has about the same count: once is enough
        }
    }
}

} // namespace pveha
