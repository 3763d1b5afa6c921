// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthSnapshot.h"
#include "health/HealthEvaluator.h"

namespace pveha {

NodeHealth HealthSnapshot::parseNode(const NodeOutputs &outputs)
{
    NodeHealth node;
    node.raw = outputs;
    if (!outputs.reachable)
        return node;
    if (outputs.cephJson.collected)
        node.ceph = parseCephStatusJson(outputs.cephJson.text.toUtf8());
    if (!node.ceph.understood && outputs.cephPlain.collected) {
        CephStatus plain = parseCephStatusPlain(outputs.cephPlain.text);
        if (plain.understood)
            node.ceph = plain;
    }
    if (outputs.mdstat.collected)
        node.mdstat = parseMdstat(outputs.mdstat.text);
    if (outputs.haStatus.collected)
        node.ha = parseHaManagerStatus(outputs.haStatus.text);
    if (outputs.pvesmStatus.collected) {
        node.storages = parsePvesmStatus(outputs.pvesmStatus.text, &node.storagesError);
        node.storagesUnderstood = node.storagesError.isEmpty();
    }
    if (outputs.pvecmStatus.collected)
        node.pvecm = parsePvecmStatus(outputs.pvecmStatus.text);
    if (outputs.osdTree.collected)
        node.osdTree = parseCephOsdTree(outputs.osdTree.text);
    return node;
}

HealthSnapshot HealthSnapshot::fromOutputs(const QList<NodeOutputs> &outputs,
                                           const QDateTime &gatheredAt)
{
    HealthSnapshot snapshot;
    snapshot.gatheredAt = gatheredAt;
    for (const NodeOutputs &output : outputs)
        snapshot.nodes.append(parseNode(output));

    for (const NodeHealth &node : std::as_const(snapshot.nodes)) {
        if (node.ceph.understood && snapshot.cephNode.isEmpty()) {
            snapshot.ceph = node.ceph;
            snapshot.cephNode = node.name();
        }
    }
    // A node without quorum sees a stale HA state: prefer a quorate node's view.
    for (int pass = 0; pass < 2 && snapshot.haNode.isEmpty(); ++pass) {
        for (const NodeHealth &node : std::as_const(snapshot.nodes)) {
            if (node.ha.understood && (pass == 1 || node.ha.quorate)) {
                snapshot.ha = node.ha;
                snapshot.haNode = node.name();
                break;
            }
        }
    }
    snapshot.verdict = HealthEvaluator::evaluate(snapshot);
    return snapshot;
}

QString HealthSnapshot::levelName(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return QStringLiteral("ok");
    case HealthLevel::Warn:
        return QStringLiteral("warn");
    case HealthLevel::Error:
        break;
    }
    return QStringLiteral("error");
}

} // namespace pveha
