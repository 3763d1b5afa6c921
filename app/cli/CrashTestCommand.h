// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace pveha {

class ClusterSessions;
class DemoEnvironment;
struct ClusterSpec;
struct CliRequest;

/// `crash-test`: panics a node on purpose (with --yes), follows the HA failover from the
/// surviving nodes and reports the measured time against the 2-minute goal. The result is kept
/// beside the journal for the report.
class CrashTestCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::CrashTestCommand)
public:
    [[nodiscard]] static int run(const ClusterSpec &spec, ClusterSessions &sessions,
                                 const CliRequest &request, DemoEnvironment *demo, QTextStream &out,
                                 QTextStream &err);
};

} // namespace pveha
