// SPDX-License-Identifier: GPL-3.0-or-later
// The network side of the preflight's rules: name resolution, the package repositories and the
// MTU mesh.
#include "preflight/NodeEvaluator.h"

#include "spec/ClusterSpec.h"

#include <QRegularExpression>

namespace pveha {

Finding NodeEvaluator::nameResolution(const QString &hostsFile, const ClusterSpec &spec,
                                      int nodeIndex)
{
    QStringList missing;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        if (i == nodeIndex)
            continue;
        const NodeSpec &peer = spec.nodes.at(i);
        const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(.*\\s)?%2(\\s|$)")
                                          .arg(QRegularExpression::escape(peer.privateAddress),
                                               QRegularExpression::escape(peer.name)),
                                      QRegularExpression::MultilineOption |
                                          QRegularExpression::CaseInsensitiveOption);
        if (!line.match(hostsFile).hasMatch())
            missing << peer.name;
    }
    return missing.isEmpty()
               ? finding("host.resolve", CheckStatus::Pass,
                         tr("/etc/hosts maps every other node to its private address."))
               : finding("host.resolve", CheckStatus::Pass,
                         tr("/etc/hosts does not map %1 to the private addresses yet: "
                            "the network phase writes these entries.")
                             .arg(missing.join(QStringLiteral(", "))));
}

Finding NodeEvaluator::repositories(const QString &output, int exitCode)
{
    static const QRegularExpression answered(QStringLiteral("^(Hit|Get|Ign):\\d+ "),
                                             QRegularExpression::MultilineOption);
    static const QRegularExpression failed(
        QStringLiteral("^(Err:\\d+ .*|E: .*|W: Failed to fetch .*)$"),
        QRegularExpression::MultilineOption);
    int sources = 0;
    for (auto it = answered.globalMatch(output); it.hasNext(); it.next())
        ++sources;
    QStringList errors;
    for (auto it = failed.globalMatch(output); it.hasNext();)
        errors << it.next().captured(1).trimmed();
    const bool enterpriseRefused =
        output.contains(QLatin1String("enterprise.proxmox.com")) &&
        (output.contains(QLatin1String("401")) || output.contains(QLatin1String("Unauthorized")));
    Finding f;
    if (exitCode == 0 && errors.isEmpty() && sources > 0)
        f = finding("repo.reach", CheckStatus::Pass,
                    tr("The package repositories answer (sources checked: %1).").arg(sources));
    else if (sources == 0)
        f = finding(
            "repo.reach", CheckStatus::Fail,
            tr("No package repository could be reached, so Ceph could not be installed: check "
               "the node's DNS "
               "and outgoing HTTP (the Edge firewall needs its rule for TCP established)."));
    else if (enterpriseRefused)
        f = finding("repo.reach", CheckStatus::Warn,
                    tr("The Proxmox enterprise repository refuses this node (no subscription key). "
                       "Ceph comes from the "
                       "no-subscription repository; disable the enterprise entries in "
                       "/etc/apt/sources.list.d/ to keep "
                       "apt quiet."));
    else
        f = finding("repo.reach", CheckStatus::Warn,
                    tr("Some package repositories did not answer: %1")
                        .arg(errors.mid(0, 3).join(QStringLiteral("; "))));
    f.observed = sources;
    f.details = output;
    return f;
}

MeshEntry NodeEvaluator::meshEntry(const QString &from, const QString &to, int mtu,
                                   const PingResult &ping)
{
    MeshEntry e;
    e.from = from;
    e.to = to;
    e.mtu = mtu;
    using O = PingResult::Outcome;
    switch (ping.outcome) {
    case O::Passed:
        e.status = CheckStatus::Pass;
        e.message =
            tr("%1 bytes pass without fragmentation (%2 ms).").arg(mtu).arg(ping.averageRttMs);
        break;
    case O::PartialLoss:
        e.status = CheckStatus::Warn;
        e.message = tr("%1 bytes pass, but %2 of %3 probes were lost: the link is lossy.")
                        .arg(mtu)
                        .arg(ping.transmitted - ping.received)
                        .arg(ping.transmitted);
        break;
    case O::LocalMtuTooSmall:
        e.status = CheckStatus::Fail;
        e.message =
            tr("Local MTU too small: %1 cannot send %2-byte packets (its interface MTU is %3).")
                .arg(from)
                .arg(mtu)
                .arg(ping.reportedMtu);
        break;
    case O::FragmentationNeeded:
        e.status = CheckStatus::Fail;
        e.message = tr("Fragmentation needed: a hop between %1 and %2 only carries %3 bytes.")
                        .arg(from, to)
                        .arg(ping.reportedMtu);
        break;
    case O::SilentLoss:
        e.status = CheckStatus::Fail;
        e.message = tr("Silent loss: no %1-byte packet came back from %2 and nothing said why; a "
                       "switch or the peer's "
                       "interface drops jumbo frames (or the peer is down).")
                        .arg(mtu)
                        .arg(to);
        break;
    case O::Unreachable:
        e.status = CheckStatus::Fail;
        e.message = tr("%1 is unreachable from %2 on the private network.").arg(to, from);
        break;
    case O::NotUnderstood:
        e.status = CheckStatus::Fail;
        e.message =
            tr("The ping from %1 to %2 printed something that could not be read.").arg(from, to);
        break;
    }
    return e;
}

} // namespace pveha
