// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CommandLine.h"
#include "spec/ClusterSpec.h"

#include <QTextStream>

#include <optional>

namespace pveha {

/// Runs one headless subcommand on the engine and returns the contract's exit code. It prints
/// to the given streams only, so tests can drive it in-process as well as through the binary.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(pveha::CliRunner)
public:
    CliRunner(QTextStream &out, QTextStream &err);
    [[nodiscard]] int run(const CliRequest &request);

    /// The cluster the request names: --spec FILE (validated), else the demo's example.
    /// Prints what is wrong and returns nothing when the file cannot be used.
    [[nodiscard]] std::optional<ClusterSpec> loadSpec(const CliRequest &request);

private:
    int notAvailable(const CliRequest &request);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace pveha
