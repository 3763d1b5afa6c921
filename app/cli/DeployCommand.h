// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <optional>

namespace pveha {

class ClusterSessions;
struct ClusterSpec;
struct CliRequest;
struct PlanFacts;
struct PreflightReport;

/// `plan` and `deploy` (CLI.md): the plan printed as data or text; the deployment with its
/// event lines, --events, --from/--only, the confirmation of destructive steps (exit 4), and
/// the journal.
class DeployCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::DeployCommand)
public:
    [[nodiscard]] static int plan(const ClusterSpec &spec, ClusterSessions &sessions,
                                  const CliRequest &request, QTextStream &out, QTextStream &err);
    [[nodiscard]] static int deploy(const ClusterSpec &spec, ClusterSessions &sessions,
                                    const CliRequest &request, QTextStream &out, QTextStream &err,
                                    const std::function<std::optional<QString>()> &rootPassword);
    /// The plan's facts from a node that can be asked (PVE major version); PVE 8 when none answers.
    [[nodiscard]] static PlanFacts factsFrom(const PreflightReport &report);
};

} // namespace pveha
