// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The product's view of the simulated nodes: the commands HealthGatherer runs on each node
// (CLI.md, health), run through the shims as an SSH session would, then read by core/health's
// parsers and evaluator. Used by the tests of the knobs that degrade a deployed cluster.
#include "SimHarness.h"
#include "engine/HealthGatherer.h"
#include "health/HealthSnapshot.h"

namespace simtest {

inline QStringList clusterNodes()
{
    return {QStringLiteral("node-01"), QStringLiteral("node-02"), QStringLiteral("node-03")};
}

/// Every node's outputs, gathered and judged as `pve-ha-installer health` does.
inline pveha::HealthSnapshot healthOf(const Harness &h, const QStringList &nodes = clusterNodes())
{
    QList<pveha::NodeOutputs> all;
    for (const QString &node : nodes) {
        pveha::NodeOutputs o;
        o.node = node;
        pveha::CommandOutput *slots[] = {&o.cephJson,    &o.cephPlain,   &o.mdstat, &o.haStatus,
                                         &o.pvesmStatus, &o.pvecmStatus, &o.osdTree};
        const QStringList commands = pveha::HealthGatherer::commands();
        for (int c = 0; c < commands.size(); ++c) {
            const Run r = h.sh(node, commands.at(c));
            slots[c]->collected = true;
            slots[c]->exitCode = r.rc;
            slots[c]->text = r.out;
            slots[c]->errorText = r.err;
        }
        all << o;
    }
    return pveha::HealthSnapshot::fromOutputs(all);
}

/// The reasons of a verdict as "level node subject: text", for failure messages.
inline QString describe(const pveha::HealthSnapshot &s)
{
    QStringList lines{
        QStringLiteral("overall %1").arg(pveha::HealthSnapshot::levelName(s.overall()))};
    for (const pveha::HealthReason &r : s.verdict.reasons)
        lines << QStringLiteral("%1 [%2] %3: %4 (%5)")
                     .arg(pveha::HealthSnapshot::levelName(r.level), r.node, r.subject, r.text,
                          r.hint);
    return lines.join(QLatin1Char('\n'));
}

/// The one reason about `subject` (on `node` when given), or nullptr.
inline const pveha::HealthReason *reason(const pveha::HealthSnapshot &s, const QString &subject,
                                         const QString &node = QString())
{
    for (const pveha::HealthReason &r : s.verdict.reasons)
        if (r.subject == subject && (node.isEmpty() || r.node == node))
            return &r;
    return nullptr;
}

/// Runs the pve-nodesim program itself (its control options, as a script would).
inline int nodesimProgram(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(NODESIM_PROGRAM), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace simtest
