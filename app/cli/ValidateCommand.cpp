// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ValidateCommand.h"

#include "cli/CommandLine.h"
#include "engine/ClusterSessions.h"
#include "engine/Journal.h"
#include "preflight/Preflight.h"
#include "spec/ClusterSpec.h"

#include <QJsonDocument>

namespace pveha {

QString ValidateCommand::statusWord(int status)
{
    switch (static_cast<CheckStatus>(status)) {
    case CheckStatus::Pass:
        return tr("PASS");
    case CheckStatus::Warn:
        return tr("WARN");
    case CheckStatus::Fail:
        return tr("FAIL");
    case CheckStatus::Skip:
        break;
    }
    return tr("SKIP");
}

void ValidateCommand::printTable(const PreflightReport &report, QTextStream &out)
{
    for (const NodeReport &node : report.nodes) {
        out << node.node << '\n';
        for (const Finding &f : node.findings)
            out << "  " << statusWord(int(f.status)).leftJustified(6) << f.id.leftJustified(16)
                << f.message << '\n';
    }
    if (!report.mesh.isEmpty()) {
        out << tr("MTU mesh (don't-fragment ping between private addresses)") << '\n';
        for (const MeshEntry &m : report.mesh)
            out << "  " << statusWord(int(m.status)).leftJustified(6)
                << QString(m.from + QStringLiteral(" → ") + m.to).leftJustified(22) << m.message
                << '\n';
    }
    out << tr("Summary: %1 passed, %2 warnings, %3 failed, %4 skipped.")
               .arg(report.count(CheckStatus::Pass))
               .arg(report.count(CheckStatus::Warn))
               .arg(report.count(CheckStatus::Fail))
               .arg(report.count(CheckStatus::Skip))
        << '\n';
}

int ValidateCommand::run(const ClusterSpec &spec, ClusterSessions &sessions,
                         const CliRequest &request, QTextStream &out)
{
    Preflight preflight(spec, sessions);
    const PreflightReport report = preflight.run();
    (void)Journal::saveDocument(spec.cluster.name, QStringLiteral("preflight"),
                                report.toReportJson());
    if (request.json)
        out << QJsonDocument(report.toContractJson()).toJson(QJsonDocument::Indented);
    else
        printTable(report, out);
    out.flush();
    return report.exitCode();
}

} // namespace pveha
