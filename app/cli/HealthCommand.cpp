// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/HealthCommand.h"

#include "cli/CommandLine.h"
#include "common/ExitCode.h"
#include "engine/ClusterSessions.h"
#include "engine/HealthGatherer.h"
#include "engine/Journal.h"
#include "health/HealthJson.h"
#include "report/JournalRecords.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pveha {

void HealthCommand::printText(const HealthSnapshot &s, QTextStream &out)
{
    out << tr("Overall: %1").arg(HealthSnapshot::levelName(s.overall()).toUpper()) << '\n';
    if (s.ceph.understood)
        out << tr("Ceph: %1, monitors %2/%3 in quorum, OSDs %4 up / %5 in / %6, %7 PGs")
                   .arg(s.ceph.health)
                   .arg(s.ceph.monsInQuorum)
                   .arg(s.ceph.monsTotal)
                   .arg(s.ceph.osdsUp)
                   .arg(s.ceph.osdsIn)
                   .arg(s.ceph.osdsTotal)
                   .arg(s.ceph.pgsTotal)
            << '\n';
    for (const HealthReason &r : s.verdict.reasons) {
        out << "  - " << (r.node.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(r.node))
            << r.text << '\n';
        if (!r.hint.isEmpty())
            out << "    " << tr("What to do: %1").arg(r.hint) << '\n';
    }
    for (const NodeHealth &n : s.nodes) {
        out << '\n' << QStringLiteral("===== %1 =====").arg(n.name()) << '\n';
        if (!n.raw.reachable) {
            out << tr("unreachable: %1").arg(n.raw.unreachableReason) << '\n';
            continue;
        }
        const auto section = [&out](const QString &title, const CommandOutput &o) {
            out << QStringLiteral("--- %1").arg(title) << '\n'
                << (o.collected ? o.text : tr("(not collected)") + QLatin1Char('\n'));
            if (!o.errorText.isEmpty())
                out << o.errorText;
        };
        section(QStringLiteral("ceph -s"), n.raw.cephPlain);
        section(QStringLiteral("cat /proc/mdstat"), n.raw.mdstat);
        section(QStringLiteral("ha-manager status"), n.raw.haStatus);
        section(QStringLiteral("pvesm status"), n.raw.pvesmStatus);
    }
}

int HealthCommand::run(ClusterSessions &sessions, const CliRequest &request, QTextStream &out,
                       const QString &clusterName)
{
    const HealthSnapshot snapshot = HealthGatherer::gather(sessions);
    (void)Journal::saveDocument(clusterName, QStringLiteral("health"),
                                JournalRecords::health(snapshot));
    if (request.json)
        out << QJsonDocument(toContractJson(snapshot)).toJson(QJsonDocument::Indented);
    else
        printText(snapshot, out);
    out.flush();
    bool unreachable = false;
    for (const NodeHealth &n : snapshot.nodes)
        unreachable = unreachable || !n.raw.reachable;
    if (snapshot.overall() == HealthLevel::Ok)
        return toInt(ExitCode::Ok);
    return unreachable ? toInt(ExitCode::Unreachable) : toInt(ExitCode::Failed);
}

} // namespace pveha
