// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/EdgeFirewallDiff.h"

#include "spec/Ipv4Cidr.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

namespace pveha {

EdgeFirewallDiff EdgeFirewallDiff::compute(const QList<RemoteEdgeRule> &current,
                                           const QList<EdgeRule> &wanted)
{
    EdgeFirewallDiff d;
    std::map<int, const RemoteEdgeRule *> bySequence;
    for (const RemoteEdgeRule &r : current)
        bySequence[r.rule.sequence] = &r;
    std::map<int, const EdgeRule *> wantedBySequence;
    for (const EdgeRule &w : wanted)
        wantedBySequence[w.sequence] = &w;

    for (const auto &[sequence, want] : wantedBySequence) {
        const auto it = bySequence.find(sequence);
        if (it == bySequence.end()) {
            d.toCreate.append(*want);
            continue;
        }
        const RemoteEdgeRule &have = *it->second;
        const bool goingAway = have.state == QLatin1String("removalPending");
        if (have.understood && !goingAway && RemoteEdgeRule::sameEffect(have.rule, *want)) {
            d.unchanged.append(*want);
        } else {
            d.toDelete.append(have);
            d.toCreate.append(*want);
        }
    }
    for (const auto &[sequence, have] : bySequence) {
        if (!wantedBySequence.count(sequence))
            d.toDelete.append(*have);
    }
    std::sort(d.toDelete.begin(), d.toDelete.end(),
              [](const RemoteEdgeRule &a, const RemoteEdgeRule &b) {
                  return a.rule.sequence < b.rule.sequence;
              });
    return d;
}

QStringList EdgeFirewallDiff::lines() const
{
    std::multimap<int, QString> out;
    for (const RemoteEdgeRule &r : toDelete)
        out.emplace(r.rule.sequence * 2, QStringLiteral("- ") + r.rule.summary());
    for (const EdgeRule &r : toCreate)
        out.emplace(r.sequence * 2 + 1, QStringLiteral("+ ") + r.summary());
    QStringList list;
    for (const auto &[key, line] : out)
        list << line;
    return list;
}

QJsonObject EdgeFirewallDiff::toJson() const
{
    QJsonArray deleted, created, same;
    for (const RemoteEdgeRule &r : toDelete)
        deleted.append(r.toReportJson());
    for (const EdgeRule &r : toCreate)
        created.append(r.toApiJson());
    for (const EdgeRule &r : unchanged)
        same.append(r.sequence);
    return QJsonObject{{QStringLiteral("delete"), deleted},
                       {QStringLiteral("create"), created},
                       {QStringLiteral("unchangedSequences"), same}};
}

namespace {

bool covers(const Ipv4Cidr &outer, const Ipv4Cidr &inner)
{
    return outer.prefixLength() <= inner.prefixLength() && outer.contains(inner.network());
}

} // namespace

EdgeFirewallSafety::Reach EdgeFirewallSafety::evaluate(const QList<EdgeRule> &rules,
                                                       const Ipv4Cidr &source, int port,
                                                       int *decidedBy)
{
    QList<EdgeRule> ordered = rules;
    std::sort(ordered.begin(), ordered.end(),
              [](const EdgeRule &a, const EdgeRule &b) { return a.sequence < b.sequence; });
    if (decidedBy)
        *decidedBy = -1;
    const Ipv4Cidr wanted = source.normalized();
    for (const EdgeRule &rule : ordered) {
        if (rule.protocol != QLatin1String("tcp") && rule.protocol != QLatin1String("ipv4"))
            continue;
        if (rule.destinationPort && *rule.destinationPort != port)
            continue;
        const std::optional<Ipv4Cidr> parsed = Ipv4Cidr::parse(rule.source);
        if (!parsed)
            continue;
        const Ipv4Cidr ruleSource = parsed->normalized();
        if (!covers(ruleSource, wanted) && !covers(wanted, ruleSource))
            continue; // disjoint
        const bool deny = rule.action == QLatin1String("deny");
        // A rule limited to established packets or to a source port does not match every
        // packet of a new connection: it neither grants access nor, if a deny, can be ignored.
        const bool partialMatch =
            rule.tcpEstablished || rule.sourcePort.has_value() || !covers(ruleSource, wanted);
        if (deny) {
            if (decidedBy)
                *decidedBy = rule.sequence;
            return partialMatch ? Reach::PartlyBlocked : Reach::Blocked;
        }
        if (!partialMatch) {
            if (decidedBy)
                *decidedBy = rule.sequence;
            return Reach::Permitted;
        }
    }
    return Reach::Permitted;
}

QStringList EdgeFirewallSafety::check(const QList<EdgeRule> &rules, const QStringList &adminSources,
                                      const QStringList &guiSources, int sshPort)
{
    QStringList problems;
    if (adminSources.isEmpty()) {
        problems << tr("No admin source is listed (firewall.adminSources), so nobody could reach "
                       "SSH once the final rule drops everything else: add your own public "
                       "IPv4 address.");
    }
    const auto checkSources = [&](const QStringList &sources, int port, const QString &what) {
        for (const QString &text : sources) {
            const std::optional<Ipv4Cidr> source = Ipv4Cidr::parse(text);
            if (!source) {
                problems
                    << tr("%1 is not an IPv4 CIDR, so its access cannot be checked.").arg(text);
                continue;
            }
            int sequence = -1;
            const Reach reach = evaluate(rules, *source, port, &sequence);
            if (reach == Reach::Permitted)
                continue;
            problems << tr("%1 could not reach %2 (TCP %3): rule %4 drops at least part of its "
                           "traffic before any rule permits it. Applying this would lock you "
                           "out.")
                            .arg(text, what)
                            .arg(port)
                            .arg(sequence);
        }
    };
    checkSources(adminSources, sshPort, tr("SSH"));
    checkSources(guiSources, EdgeRules::guiPort, tr("the Proxmox GUI"));
    return problems;
}

} // namespace pveha
