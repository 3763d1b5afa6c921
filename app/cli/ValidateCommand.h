// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace pveha {

class ClusterSessions;
struct ClusterSpec;
struct CliRequest;
struct PreflightReport;

/// `validate`: the preflight over every node, printed as a table (or the contract's JSON).
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::ValidateCommand)
public:
    [[nodiscard]] static int run(const ClusterSpec &spec, ClusterSessions &sessions,
                                 const CliRequest &request, QTextStream &out);
    /// The human-readable form: per node its checks, then the mesh and the counts.
    static void printTable(const PreflightReport &report, QTextStream &out);
    /// PASS / WARN / FAIL / SKIP, translated, padded for a column.
    static QString statusWord(int status);
};

} // namespace pveha
