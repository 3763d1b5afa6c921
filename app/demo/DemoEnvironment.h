// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/ClusterSessions.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace pveha {

struct ClusterSpec;

/// The `--demo` world: the spec's nodes played by the node simulator on this machine, no
/// sshd and no root needed. Commands run in a real /bin/sh with the simulator's shims first on
/// PATH; the shims are links to a multi-call simulator program (by default this very
/// executable, which turns into the simulator when called by a tool's name).
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(pveha::DemoEnvironment)
public:
    /// Opens the simulated cluster in `directory`, creating it when it does not exist yet (or
    /// `reset` is set). The CLI keeps one per cluster under the state directory, so a demo
    /// deployment is still there for `health --demo`; the wizard starts afresh each time.
    [[nodiscard]] static std::unique_ptr<DemoEnvironment>
    open(const ClusterSpec &spec, const QString &directory, bool reset, QString *error);
    /// The CLI's demo directory for this spec (PVEHA_DEMO_DIR overrides it).
    [[nodiscard]] static QString defaultDirectory(const ClusterSpec &spec);
    /// The simulator program the shims point at; default: this executable.
    static void setSimulatorProgram(const QString &path);

    [[nodiscard]] ClusterSessions::Factory transportFactory() const;
    /// Simulated seconds per real second (the HA failover takes about two simulated minutes).
    bool setTimeScale(double scale);
    /// Brings a crashed simulated node back (a real one reboots by itself after its panic).
    bool revive(const QString &node);

    /// The simulated nodes' root password (they are not real: it is no secret).
    [[nodiscard]] static QString rootPassword() { return QStringLiteral("sim-root-password"); }
    [[nodiscard]] QString directory() const { return m_directory; }
    [[nodiscard]] QString shimDirectory() const { return m_shims.path(); }

private:
    DemoEnvironment() = default;
    QString m_directory;
    QTemporaryDir m_shims;
    QStringList m_nodeNames;
};

} // namespace pveha
