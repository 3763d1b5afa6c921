// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ClusterSessions.h"

#include <thread>

namespace pveha {

ClusterSessions::ClusterSessions(QStringList nodeNames, Factory factory)
    : m_names(std::move(nodeNames))
    , m_factory(std::move(factory))
{
    for (int i = 0; i < m_names.size(); ++i)
        m_nodes.push_back(std::make_unique<Node>());
}

ClusterSessions::~ClusterSessions() = default;

Transport &ClusterSessions::transportLocked(int nodeIndex)
{
    Node &node = *m_nodes.at(size_t(nodeIndex));
    if (!node.transport)
        node.transport = m_factory(nodeIndex);
    return *node.transport;
}

CommandResult ClusterSessions::run(int nodeIndex, const CommandRequest &request,
                                   const OutputSink &sink, const std::atomic_bool *cancel)
{
    Node &node = *m_nodes.at(size_t(nodeIndex));
    QMutexLocker lock(&node.mutex);
    return transportLocked(nodeIndex).run(request, sink, cancel);
}

ConnectResult ClusterSessions::connect(int nodeIndex, const std::atomic_bool *cancel)
{
    Node &node = *m_nodes.at(size_t(nodeIndex));
    QMutexLocker lock(&node.mutex);
    return transportLocked(nodeIndex).connect(cancel);
}

void ClusterSessions::disconnectAll()
{
    for (auto &node : m_nodes) {
        QMutexLocker lock(&node->mutex);
        if (node->transport)
            node->transport->disconnect();
    }
}

void ClusterSessions::forEachInParallel(const QList<int> &nodes, const std::function<void(int)> &fn)
{
    std::vector<std::thread> threads;
    threads.reserve(size_t(nodes.size()));
    for (int index : nodes)
        threads.emplace_back([&fn, index] { fn(index); });
    for (std::thread &t : threads)
        t.join();
}

} // namespace pveha
