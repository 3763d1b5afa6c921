// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Simulated Proxmox nodes behind real OpenSSH daemons, for the preflight's integration tests and
// its benchmark: one sshd per node on its own loopback address (127.0.0.11, .12 …), whose
// sessions see that node's simulator state (NODESIM_ROOT / NODESIM_CLUSTER) and a PATH with the
// simulator's shims first; a spec file pointing at the daemons; the real pve-ha-installer run
// through QProcess.

#include "NodeSim.h"
#include "SshdFixture.h"
#include "spec/ClusterSpec.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace pveha::test {

struct SimSshOptions
{
    /// Simulated tools left out of the shim directory, so that the real one on /usr/bin or /bin
    /// answers (the netns lane leaves out `ping`).
    QStringList realTools;
    /// Per-node sshd_config lines (e.g. a ForceCommand into a network namespace).
    std::vector<QStringList> extraConfigFor;
    /// Node i listens on 127.0.0.(firstHost + i).
    int firstHost = 11;
    /// One simulated cluster per node (each node alone in its own cluster directory), so that
    /// each node can have its own injected delay (setDelayMs). The nodes then do not see each
    /// other: for the node checks only, not for the mesh.
    bool clusterPerNode = false;
    /// The simulated tools are run by a `pve-nodesim --serve` (the shims point at
    /// pve-nodesim-shim), not each by a new pve-nodesim process: the same outputs for a
    /// fraction of the CPU, which twelve nodes on two cores need (bench_preflight).
    bool simServer = true;
    /// false: the daemons run without re-exec per connection (SshdOptions::reexec).
    bool sshdReexec = true;
};

/// What one `pve-ha-installer validate` run gave.
struct ValidateRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json; ///< stdout parsed (empty when it is not a JSON object)
    qint64 elapsedMs = 0;
    /// For failure messages: exit code, stderr and stdout.
    QString describe() const;
};

class SimSshCluster
{
public:
    SimSshCluster();
    ~SimSshCluster();
    SimSshCluster(const SimSshCluster &) = delete;
    SimSshCluster &operator=(const SimSshCluster &) = delete;

    /// The programs under test, from CMake ($<TARGET_FILE:…>).
    static QString installerProgram();
    static QString nodesimProgram();

    /// Lays out the simulated cluster, installs the shims and starts one sshd per node.
    bool start(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {},
               const SimSshOptions &options = {});
    /// Re-creates the simulated cluster with other nodes of the same names (the daemons keep
    /// running: their sessions' NODESIM_* paths stay the same).
    bool reseed(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {});
    QString errorString() const { return m_error; }
    /// Delay on every simulated tool call ("*"): on every node (node = -1) or, with
    /// SimSshOptions::clusterPerNode, on one node.
    bool setDelayMs(int ms, int node = -1);

    SshdFixture &sshd() { return m_sshd; }
    const SshdFixture &sshd() const { return m_sshd; }
    int size() const { return int(m_configs.size()); }
    QList<sim::SimNodeConfig> configs() const { return m_configs; }
    QString simDir() const { return m_simDir.path(); }
    QString shimDir() const { return m_shimDir.path(); }
    QString tempPath(const QString &name) const { return m_work.filePath(name); }

    /// Adds every daemon's host key to the fixture's known_hosts (once).
    bool trustAll();
    /// A valid spec for the simulated nodes: names, private addresses and disks from the
    /// simulator's configs, public addresses and ports of the daemons, the fixture's user, key
    /// and known_hosts, the given host-key policy, the private network of the first node's
    /// address /24 (10.0.0.0/24 for SimNodeConfig::standard), MTU 9000.
    ClusterSpec spec(HostKeyPolicy policy = HostKeyPolicy::Strict) const;
    /// Saves a spec in the work directory; the file's path, or empty (see errorString()).
    QString writeSpec(const ClusterSpec &spec, const QString &name = QStringLiteral("spec.json"));

    /// Runs `pve-ha-installer validate --spec FILE --json` (or without --json) with its state
    /// and home in the work directory and no ssh-agent.
    ValidateRun validate(const QString &specFile, bool json = true, int timeoutMs = 180000) const;

    /// Asks node i's shell, over SSH, where each tool resolves (`command -v`). Empty when each
    /// is a shim, or a real tool listed in SimSshOptions::realTools; otherwise what is wrong.
    QString checkToolResolution(int node, const QStringList &tools);
    /// Every tool the preflight calls on a node, by name.
    static QStringList preflightTools();

private:
    bool fail(const QString &message);
    /// The simulated cluster directory node i belongs to.
    QString clusterDir(int node) const;

    QTemporaryDir m_work;
    QTemporaryDir m_simDir;
    QTemporaryDir m_shimDir;
    std::unique_ptr<QProcess> m_simServer; ///< stopped after the daemons (declared before)
    SshdFixture m_sshd;
    SimSshOptions m_options;
    QList<sim::SimNodeConfig> m_configs;
    bool m_trusted = false;
    QString m_error;
};

} // namespace pveha::test
