// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthJson.h"

#include <QJsonArray>

namespace pveha {

namespace {

QJsonObject cephJson(const HealthSnapshot &snapshot)
{
    const CephStatus &ceph = snapshot.ceph;
    const bool known = !snapshot.cephNode.isEmpty() && ceph.understood;
    QJsonObject byState;
    if (known) {
        for (auto it = ceph.pgsByState.begin(); it != ceph.pgsByState.end(); ++it)
            byState.insert(it.key(), QJsonValue(it.value()));
    }
    return QJsonObject{
        {QStringLiteral("health"), known ? ceph.health : QStringLiteral("unknown")},
        {QStringLiteral("monsInQuorum"), known ? ceph.monsInQuorum : 0},
        {QStringLiteral("monsTotal"), known ? ceph.monsTotal : 0},
        {QStringLiteral("osdsTotal"), known ? ceph.osdsTotal : 0},
        {QStringLiteral("osdsUp"), known ? ceph.osdsUp : 0},
        {QStringLiteral("osdsIn"), known ? ceph.osdsIn : 0},
        {QStringLiteral("pgsTotal"), known ? ceph.pgsTotal : 0},
        {QStringLiteral("pgsByState"), byState},
        {QStringLiteral("bytesTotal"), QJsonValue(known ? ceph.bytesTotal : qint64(0))},
        {QStringLiteral("bytesUsed"), QJsonValue(known ? ceph.bytesUsed : qint64(0))},
        {QStringLiteral("bytesAvail"), QJsonValue(known ? ceph.bytesAvail : qint64(0))},
    };
}

QJsonArray raidJson(const HealthSnapshot &snapshot)
{
    QJsonArray raid;
    for (const NodeHealth &node : snapshot.nodes) {
        if (!node.mdstat.understood)
            continue;
        for (const MdArray &array : node.mdstat.arrays) {
            const auto progress = array.progressPercent();
            raid.append(QJsonObject{
                {QStringLiteral("node"), node.name()},
                {QStringLiteral("device"), array.name},
                {QStringLiteral("level"), array.level},
                {QStringLiteral("state"), array.contractState()},
                {QStringLiteral("members"), array.contractMembers()},
                {QStringLiteral("membersUp"), array.contractMembersUp()},
                {QStringLiteral("pattern"), array.pattern},
                {QStringLiteral("progressPercent"),
                 progress ? QJsonValue(*progress) : QJsonValue()},
            });
        }
    }
    return raid;
}

QJsonObject haJson(const HealthSnapshot &snapshot)
{
    const HaStatus &ha = snapshot.ha;
    bool quorate = !snapshot.haNode.isEmpty() && ha.quorate;
    if (snapshot.haNode.isEmpty()) {
        for (const NodeHealth &node : snapshot.nodes)
            quorate = quorate || (node.pvecm.understood && node.pvecm.quorate);
    }
    QJsonArray services;
    for (const HaService &service : ha.services) {
        services.append(QJsonObject{{QStringLiteral("sid"), service.sid},
                                    {QStringLiteral("node"), service.node},
                                    {QStringLiteral("state"), service.state}});
    }
    return QJsonObject{{QStringLiteral("quorate"), quorate},
                       {QStringLiteral("master"), ha.hasMaster ? ha.masterNode : QString()},
                       {QStringLiteral("services"), services}};
}

QJsonArray storagesJson(const HealthSnapshot &snapshot)
{
    QJsonArray storages;
    for (const NodeHealth &node : snapshot.nodes) {
        for (const PveStorage &storage : node.storages) {
            storages.append(QJsonObject{
                {QStringLiteral("node"), node.name()},
                {QStringLiteral("name"), storage.name},
                {QStringLiteral("type"), storage.type},
                {QStringLiteral("status"), storage.status},
                {QStringLiteral("total"), QJsonValue(storage.totalBytes)},
                {QStringLiteral("used"), QJsonValue(storage.usedBytes)},
                {QStringLiteral("available"), QJsonValue(storage.availableBytes)},
            });
        }
    }
    return storages;
}

} // namespace

QJsonObject toContractJson(const HealthSnapshot &snapshot)
{
    return QJsonObject{
        {QStringLiteral("overall"), HealthSnapshot::levelName(snapshot.verdict.overall)},
        {QStringLiteral("ceph"), cephJson(snapshot)},
        {QStringLiteral("raid"), raidJson(snapshot)},
        {QStringLiteral("ha"), haJson(snapshot)},
        {QStringLiteral("storages"), storagesJson(snapshot)},
    };
}

QJsonArray reasonsToJson(const HealthVerdict &verdict)
{
    QJsonArray reasons;
    for (const HealthReason &reason : verdict.reasons) {
        reasons.append(
            QJsonObject{{QStringLiteral("level"), HealthSnapshot::levelName(reason.level)},
                        {QStringLiteral("node"), reason.node},
                        {QStringLiteral("subject"), reason.subject},
                        {QStringLiteral("text"), reason.text},
                        {QStringLiteral("hint"), reason.hint}});
    }
    return reasons;
}

} // namespace pveha
