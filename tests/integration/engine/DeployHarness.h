// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The deployment end to end: simulated Proxmox nodes behind real OpenSSH daemons (one per node,
// each on its own loopback address so that the spec's public addresses differ), a spec file
// pointing at them, and the real pve-ha-installer driven through QProcess. Also the node-side
// probes the tests assert with (a shell with the simulator's shims, as the node's sshd session
// would run it) and the plan lint shared with the in-process tests and bench/engine.

#include "NodeSim.h"
#include "SshdFixture.h"
#include "plan/Plan.h"
#include "spec/ClusterSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QPair>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pveha::test {

/// What one pve-ha-installer run gave.
struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    [[nodiscard]] QString stdoutText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString stderrText() const { return QString::fromUtf8(err); }
    /// For failure messages: exit code, stderr and the end of stdout.
    [[nodiscard]] QString describe() const;
};

/// A command run on a simulated node through /bin/sh with the shims first on PATH.
struct NodeRun
{
    int exitCode = -1;
    QString out;
    QString err;
    [[nodiscard]] bool ok() const { return exitCode == 0; }
};

class DeployHarness
{
public:
    DeployHarness();
    ~DeployHarness();
    DeployHarness(const DeployHarness &) = delete;
    DeployHarness &operator=(const DeployHarness &) = delete;

    /// The programs under test, from CMake ($<TARGET_FILE:…>).
    static QString installerProgram();
    static QString nodesimProgram();

    /// Lays out the simulated cluster and installs the shims (no sshd yet).
    bool prepare(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {});
    /// prepare(), then one sshd per node on 127.0.0.(firstHost + i).
    bool start(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {},
               int firstHost = 21);
    /// A fresh simulated cluster with nodes of the same names (the daemons keep running).
    bool reseed(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {});
    [[nodiscard]] QString errorString() const { return m_error; }

    SshdFixture &sshd() { return m_sshd; }
    [[nodiscard]] int size() const { return int(m_configs.size()); }
    [[nodiscard]] QList<sim::SimNodeConfig> configs() const { return m_configs; }
    [[nodiscard]] QString simDir() const { return m_simDir.path(); }
    [[nodiscard]] QString shimDir() const { return m_shimDir.path(); }
    [[nodiscard]] QString workPath(const QString &name) const { return m_work.filePath(name); }
    [[nodiscard]] sim::SimNode node(int i) const;

    /// Adds every daemon's host key to the fixture's known_hosts (once).
    bool trustAll();
    /// A valid spec for the nodes: the example's values, the daemons' addresses and ports, the
    /// fixture's user, key and known_hosts (strict: trustAll() first), no firewall.
    [[nodiscard]] ClusterSpec spec() const;
    /// Points `base` at the daemons (addresses, ports, ssh part) and changes nothing else.
    [[nodiscard]] ClusterSpec pointAtDaemons(ClusterSpec base) const;
    /// Saves a spec in the work directory; its path, or empty (see errorString()).
    QString writeSpec(const ClusterSpec &spec, const QString &name = QStringLiteral("spec.json"));

    /// The environment of a pve-ha-installer run: state and home in the work directory, no
    /// ssh-agent, the simulated nodes' root password in PVE_HA_ROOT_PASSWORD.
    [[nodiscard]] QProcessEnvironment cliEnvironment() const;
    /// Runs pve-ha-installer with `args` and waits.
    [[nodiscard]] CliRun runCli(const QStringList &args, int timeoutMs = 300000) const;
    /// Starts pve-ha-installer with `args` (the caller waits, reads and kills).
    [[nodiscard]] std::unique_ptr<QProcess> startCli(const QStringList &args) const;

    /// Runs `script` on node i's simulated state through /bin/sh with the shims first on PATH
    /// (what the node's sshd session runs), locally.
    [[nodiscard]] NodeRun sh(int i, const QString &script) const;
    /// The same script through node i's sshd (a new OpenSSH-free libssh session).
    [[nodiscard]] NodeRun overSsh(int i, const QString &script);
    /// Every file of the simulated cluster (each node's filesystem and state, /etc/pve, the
    /// cluster's state) with a hash of its content: for "nothing changed" assertions.
    [[nodiscard]] QMap<QString, QByteArray> fsSnapshot() const;

    /// What is wrong with the deployed cluster, checked through the nodes' shells and parsed by
    /// core/health: quorate with every node, HEALTH_OK with every monitor in quorum and one OSD
    /// up and in per node, each OSD's DB on the spec's NVMe, one md array per node recorded once
    /// in mdadm.conf, the pool and its rbd storage, the HA group or rule and every resource
    /// started. Empty when the cluster is as the spec says.
    [[nodiscard]] QStringList clusterProblems(const ClusterSpec &spec, int pveMajor = 8) const;
    /// Node by node: how many md arrays /proc/mdstat lists and how many OSDs ceph-volume lists.
    [[nodiscard]] QList<int> mdArrayCounts() const;
    [[nodiscard]] QList<int> osdCounts() const;

    /// Where each tool resolves in node i's sshd session (`command -v`): empty when each is a
    /// shim or in `allowedReal`; otherwise what is wrong.
    QString checkToolResolution(int i, const QStringList &tools,
                                const QStringList &allowedReal = {});

private:
    bool fail(const QString &message);

    QTemporaryDir m_work;
    QTemporaryDir m_simDir;
    QTemporaryDir m_shimDir;
    SshdFixture m_sshd;
    QList<sim::SimNodeConfig> m_configs;
    bool m_trusted = false;
    QString m_error;
};

/// Static checks over a plan that every test of this folder (and the benchmark) can share.
namespace planlint {

/// Every script of the plan (checks, runs, inputs' commands), labelled "node step check|run".
QList<QPair<QString, QString>> scripts(const Plan &plan);
/// The tool names the scripts call in command position (after |, &&, ;, $(, then, do …, and
/// after VAR=value words), shell keywords and builtins left out.
QStringList toolsCalled(const QString &script);
QStringList toolsCalled(const Plan &plan);
/// Real tools a plan may call outside the simulator because they cannot change anything.
QStringList harmlessRealTools();
/// Redirections to a file other than /dev/null (`>\s*/(?!dev/null)` and `>>`), one line each.
QStringList forbiddenRedirections(const Plan &plan);

} // namespace planlint

/// `--events` file parsed: one object per line; problems (a line that is no JSON object, a field
/// missing, a started step without an end) in `problems`.
struct EventsFile
{
    QList<QJsonObject> events;
    QStringList problems;
    static EventsFile read(const QString &path);
    /// "node step" keys of the events of that type ("started", "done", …).
    [[nodiscard]] QStringList keys(const QString &type) const;
};

} // namespace pveha::test
