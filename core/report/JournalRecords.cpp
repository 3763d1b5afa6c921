// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/JournalRecords.h"

#include "health/HealthJson.h"
#include "health/HealthSnapshot.h"
#include "ovh/EdgeFirewallSync.h"
#include "spec/ClusterSpec.h"
#include "spec/EdgeRules.h"

#include <QJsonArray>

namespace pveha {

QJsonObject JournalRecords::health(const HealthSnapshot &snapshot)
{
    QJsonObject doc = toContractJson(snapshot);
    doc.insert(QStringLiteral("reasons"), reasonsToJson(snapshot.verdict));
    QJsonArray raw;
    for (const NodeHealth &n : snapshot.nodes)
        raw.append(QJsonObject{{QStringLiteral("node"), n.name()},
                               {QStringLiteral("reachable"), n.raw.reachable},
                               {QStringLiteral("cephStatus"), n.raw.cephPlain.text},
                               {QStringLiteral("mdstat"), n.raw.mdstat.text},
                               {QStringLiteral("haStatus"), n.raw.haStatus.text},
                               {QStringLiteral("pvesmStatus"), n.raw.pvesmStatus.text}});
    doc.insert(QStringLiteral("raw"), raw);
    doc.insert(QStringLiteral("gatheredAt"), snapshot.gatheredAt.toString(Qt::ISODate));
    return doc;
}

QJsonObject JournalRecords::firewallSummary(const QList<EdgeNodeResult> &results)
{
    int created = 0, deleted = 0, unchanged = 0, failed = 0;
    for (const EdgeNodeResult &r : results) {
        created += int(r.created.size());
        deleted += int(r.deleted.size());
        unchanged += int(r.diff.unchanged.size());
        failed += r.ok() ? 0 : 1;
    }
    return QJsonObject{{QStringLiteral("created"), created},
                       {QStringLiteral("deleted"), deleted},
                       {QStringLiteral("unchanged"), unchanged},
                       {QStringLiteral("failedNodes"), failed}};
}

QJsonObject JournalRecords::firewall(const EdgeFirewallSync &sync)
{
    QJsonObject doc = sync.toJson();
    doc.insert(QStringLiteral("provider"), QStringLiteral("ovh-edge"));
    doc.insert(QStringLiteral("apiContacted"), !sync.refused());
    doc.insert(QStringLiteral("summary"), firewallSummary(sync.results()));
    return doc;
}

QJsonObject JournalRecords::firewallNode(const QJsonObject &firewall, const QString &node)
{
    for (const QJsonValue &v : firewall.value(QStringLiteral("nodes")).toArray())
        if (v.toObject().value(QStringLiteral("node")).toString() == node)
            return v.toObject();
    return {};
}

bool JournalRecords::firewallNodeCurrent(const QJsonObject &nodeRecord, const ClusterSpec &spec,
                                         int nodeIndex)
{
    if (nodeIndex < 0 || nodeIndex >= spec.nodes.size())
        return false;
    if (nodeRecord.value(QStringLiteral("ip")).toString() != spec.nodes.at(nodeIndex).publicAddress)
        return false;
    QJsonArray recorded;
    for (const QJsonValue &v : nodeRecord.value(QStringLiteral("wanted")).toArray()) {
        QJsonObject o = v.toObject();
        o.remove(QStringLiteral("comment"));
        recorded.append(o);
    }
    QJsonArray now;
    for (const EdgeRule &r : deriveEdgeRules(spec, nodeIndex))
        now.append(r.toApiJson());
    return recorded == now;
}

} // namespace pveha
