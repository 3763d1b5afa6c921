// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QMutex>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace pveha {

/// One persistent session per node, shared by the preflight, the engine and the health
/// poller, so a node is logged into once per run. Each node's transport is created on first
/// use and used by one thread at a time (its mutex), while different nodes run in parallel.
class ClusterSessions
{
public:
    using Factory = std::function<std::unique_ptr<Transport>(int nodeIndex)>;

    ClusterSessions(QStringList nodeNames, Factory factory);
    ~ClusterSessions();
    ClusterSessions(const ClusterSessions &) = delete;
    ClusterSessions &operator=(const ClusterSessions &) = delete;

    [[nodiscard]] int size() const { return int(m_nodes.size()); }
    [[nodiscard]] QString nodeName(int index) const { return m_names.value(index); }
    [[nodiscard]] int indexOf(const QString &name) const { return int(m_names.indexOf(name)); }

    /// Runs one command on a node (waits while another thread uses that node's session).
    [[nodiscard]] CommandResult run(int nodeIndex, const CommandRequest &request,
                                    const OutputSink &sink = {},
                                    const std::atomic_bool *cancel = nullptr);
    /// Connects a node's session now (run() also does it when needed).
    [[nodiscard]] ConnectResult connect(int nodeIndex, const std::atomic_bool *cancel = nullptr);
    /// Closes every session (e.g. after the network changed, to prove a fresh login works).
    void disconnectAll();

    /// Calls fn(nodeIndex) for every index in `nodes` at once, one thread each, and waits.
    static void forEachInParallel(const QList<int> &nodes, const std::function<void(int)> &fn);

private:
    struct Node
    {
        QMutex mutex;
        std::unique_ptr<Transport> transport;
    };
    Transport &transportLocked(int nodeIndex);

    QStringList m_names;
    Factory m_factory;
    std::vector<std::unique_ptr<Node>> m_nodes;
};

} // namespace pveha
