// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/Finding.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace pveha {

class BatchRunner;
class ClusterSessions;
struct ClusterSpec;

/// The remote preflight: proves the nodes are what the spec says before anything is touched.
/// Every node is checked at once (one thread each, over its persistent session); then the MTU
/// mesh pings every ordered pair of private addresses. Nothing here changes a node. A node's
/// probes go out as one remote command, and its pings as another that sends them all at once
/// (BatchRunner): each still has its own result, output and timeout.
class Preflight
{
    Q_DECLARE_TR_FUNCTIONS(pveha::Preflight)
public:
    /// A finding as soon as it is known, for a live view. Called from the nodes' threads.
    using ProgressFn = std::function<void(const QString &node, const Finding &finding)>;
    using MeshProgressFn = std::function<void(const MeshEntry &entry)>;

    Preflight(const ClusterSpec &spec, ClusterSessions &sessions);

    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }
    void setMeshProgress(MeshProgressFn progress) { m_meshProgress = std::move(progress); }
    /// Per-command timeout (a hung node must not hang the preflight).
    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; }

    [[nodiscard]] PreflightReport run(const std::atomic_bool *cancel = nullptr);
    /// Only the mesh, for the deployment's network phase (its exit gate).
    [[nodiscard]] QList<MeshEntry> runMesh(const QList<NodeReport> &nodes,
                                           const std::atomic_bool *cancel = nullptr);

    /// The check ids every node reports, in order (CLI.md's required ones first).
    static QStringList checkIds();

private:
    NodeReport checkNode(int index, const std::atomic_bool *cancel);
    /// Runs read-only commands on node `index` through its session, several per remote command.
    BatchRunner runner(int index) const;
    void add(NodeReport &report, Finding finding, const QString &command = {},
             const QString &output = {});

    const ClusterSpec &m_spec;
    ClusterSessions &m_sessions;
    ProgressFn m_progress;
    MeshProgressFn m_meshProgress;
    int m_timeoutMs = 30000;
};

} // namespace pveha
