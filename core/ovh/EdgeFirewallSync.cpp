// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/EdgeFirewallSync.h"

#include "common/Logging.h"
#include "spec/ClusterSpec.h"
#include "spec/Ipv4Cidr.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace pveha {

EdgeFirewallSync::EdgeFirewallSync(OvhClient *client, const ClusterSpec &spec,
                                   const EdgeSyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
    , m_targets(targets(spec))
    , m_unsafe(safetyProblems(spec))
{}

QList<EdgeNodeTarget> EdgeFirewallSync::targets(const ClusterSpec &spec)
{
    QList<EdgeNodeTarget> out;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &node = spec.nodes.at(i);
        EdgeNodeTarget t;
        t.node = node.name;
        t.sshPort = node.sshPort;
        t.wanted = deriveEdgeRules(spec, i);
        t.adminSources = spec.firewall.adminSources;
        t.guiSources = spec.firewall.guiSources;
        if (const std::optional<quint32> address = parseIpv4(node.publicAddress)) {
            t.ip = ipv4ToString(*address);
        } else {
            t.problem = tr("%1's public address %2 is not an IPv4 address; the Edge firewall "
                           "needs the node's public IPv4 address in nodes[].publicAddress.")
                            .arg(node.name, node.publicAddress);
        }
        out << t;
    }
    return out;
}

QStringList EdgeFirewallSync::safetyProblems(const ClusterSpec &spec)
{
    QStringList out;
    const QList<EdgeNodeTarget> list = targets(spec);
    for (const EdgeNodeTarget &t : list) {
        const QStringList problems = EdgeFirewallSafety::check(t.wanted, spec.firewall.adminSources,
                                                               spec.firewall.guiSources, t.sshPort);
        for (const QString &p : problems)
            out << tr("%1: %2").arg(t.node, p);
        if (spec.firewall.adminSources.isEmpty())
            break; // the same reason for every node: once is enough
    }
    return out;
}

void EdgeFirewallSync::start()
{
    m_results.clear();
    if (refused()) {
        for (const QString &line : m_unsafe)
            qCInfo(lcOvh, "refused: %s", qUtf8Printable(line));
        QTimer::singleShot(0, this, &EdgeFirewallSync::finished);
        return;
    }
    m_running = true;
    QTimer::singleShot(0, this, [this] { startNode(0); });
}

void EdgeFirewallSync::run()
{
    QEventLoop loop;
    connect(this, &EdgeFirewallSync::finished, &loop, &QEventLoop::quit);
    start();
    loop.exec();
}

void EdgeFirewallSync::startNode(int index)
{
    if (index >= m_targets.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    // After a failure: an apply stops (nothing more is changed); a dry run goes on reading
    // unless the API is out of reach or refuses the keys, which would fail the same way.
    if (index > 0) {
        // Copies: m_results grows below.
        const QString previousNode = m_results.last().target.node;
        const bool failed = !m_results.last().ok();
        const bool unreachable = m_results.last().unreachable;
        const bool authFailed = m_results.last().authenticationFailed;
        if (failed && (m_options.apply || unreachable || authFailed)) {
            for (int i = index; i < m_targets.size(); ++i) {
                EdgeNodeResult skipped;
                skipped.target = m_targets.at(i);
                skipped.attempted = false;
                skipped.applyRequested = m_options.apply;
                skipped.unreachable = unreachable;
                skipped.authenticationFailed = authFailed;
                skipped.errors << tr("Not attempted because %1 failed; nothing was changed on "
                                     "this node.")
                                      .arg(previousNode);
                m_results << skipped;
                Q_EMIT nodeFinished(i);
            }
            m_running = false;
            Q_EMIT finished();
            return;
        }
    }
    auto *node = new EdgeNodeSync(m_client, m_targets.at(index), m_options, this);
    connect(node, &EdgeNodeSync::progress, this, &EdgeFirewallSync::progress);
    connect(node, &EdgeNodeSync::finished, this, [this, node, index] {
        m_results << node->result();
        node->deleteLater();
        Q_EMIT nodeFinished(index);
        startNode(index + 1);
    });
    node->start();
}

bool EdgeFirewallSync::allOk() const
{
    if (refused())
        return false;
    for (const EdgeNodeResult &r : m_results) {
        if (!r.ok())
            return false;
    }
    return true;
}

bool EdgeFirewallSync::unreachable() const
{
    if (m_results.isEmpty())
        return false;
    for (const EdgeNodeResult &r : m_results) {
        if (!r.unreachable)
            return false;
    }
    return true;
}

bool EdgeFirewallSync::authenticationFailed() const
{
    for (const EdgeNodeResult &r : m_results) {
        if (r.authenticationFailed)
            return true;
    }
    return false;
}

QJsonObject EdgeFirewallSync::toJson() const
{
    QJsonArray nodes;
    for (const EdgeNodeResult &r : m_results)
        nodes.append(r.toJson());
    return QJsonObject{{QStringLiteral("apply"), m_options.apply},
                       {QStringLiteral("refused"), refused()},
                       {QStringLiteral("unsafe"), QJsonArray::fromStringList(m_unsafe)},
                       {QStringLiteral("nodes"), nodes}};
}

} // namespace pveha
