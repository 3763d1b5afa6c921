// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeSync.h"

#include <QJsonObject>
#include <QObject>

namespace pveha {

struct ClusterSpec;

/// Brings the Edge Network Firewall of every node to the rules derived from the spec, one node
/// after the other, or (dry run, the default) only reads them and computes the difference.
///
/// Before it changes anything it checks every node's wanted set with EdgeFirewallSafety and
/// refuses the whole run when one would lock the admin out. An apply stops at the first node
/// that fails; that node's result says exactly what was and was not applied, and the nodes
/// after it say they were not touched.
class EdgeFirewallSync : public QObject
{
    Q_OBJECT
public:
    EdgeFirewallSync(OvhClient *client, const ClusterSpec &spec, const EdgeSyncOptions &options,
                     QObject *parent = nullptr);

    /// Each node's address and wanted rules (a node whose publicAddress is not an IPv4 address
    /// gets a `problem`).
    [[nodiscard]] static QList<EdgeNodeTarget> targets(const ClusterSpec &spec);
    /// Lock-out problems of every node's wanted set, each prefixed with the node's name.
    [[nodiscard]] static QStringList safetyProblems(const ClusterSpec &spec);

    /// Starts; finished() follows (at once when the run is refused).
    void start();
    /// start() and wait in a local event loop: for the command line, never the GUI thread.
    void run();

    /// An apply whose rule sets would lock the admin out: nothing is sent at all.
    [[nodiscard]] bool refused() const { return m_options.apply && !m_unsafe.isEmpty(); }
    /// Why the wanted rule sets would lock the admin out (also computed for a dry run).
    [[nodiscard]] const QStringList &unsafe() const { return m_unsafe; }
    [[nodiscard]] const QList<EdgeNodeResult> &results() const { return m_results; }
    [[nodiscard]] bool allOk() const;
    /// No node got any HTTP answer: the API could not be reached at all.
    [[nodiscard]] bool unreachable() const;
    [[nodiscard]] bool authenticationFailed() const;
    /// {"apply": …, "refused": bool, "unsafe": […], "nodes": [EdgeNodeResult::toJson() …]}
    [[nodiscard]] QJsonObject toJson() const;

Q_SIGNALS:
    void progress(const QString &node, const QString &text);
    void nodeFinished(int index);
    void finished();

private:
    void startNode(int index);

    OvhClient *m_client;
    EdgeSyncOptions m_options;
    QList<EdgeNodeTarget> m_targets;
    QStringList m_unsafe;
    QList<EdgeNodeResult> m_results;
    bool m_running = false;
};

} // namespace pveha
