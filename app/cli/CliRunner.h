// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "spec/ClusterSpec.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace pveha {

class ClusterSessions;
class DemoEnvironment;

/// Runs one headless subcommand on the engine and returns the contract's exit code. It prints
/// to the given streams only, so tests can drive it in-process as well as through the binary.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(pveha::CliRunner)
public:
    CliRunner(QTextStream &out, QTextStream &err);
    ~CliRunner();
    [[nodiscard]] int run(const CliRequest &request);

    /// The cluster the request names: --spec FILE (validated), else the demo's example.
    /// Prints what is wrong and returns nothing when the file cannot be used.
    [[nodiscard]] std::optional<ClusterSpec> loadSpec(const CliRequest &request);

private:
    int notAvailable(const CliRequest &request);
    /// The sessions to the cluster's nodes: SSH, or the simulated nodes of --demo.
    std::unique_ptr<ClusterSessions> openSessions(const ClusterSpec &spec,
                                                  const CliRequest &request);

    std::unique_ptr<DemoEnvironment> m_demo;

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pveha
