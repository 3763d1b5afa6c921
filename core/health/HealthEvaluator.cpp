// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthEvaluator.h"
#include "health/ParseUtil.h"

namespace pveha {

HealthVerdict HealthEvaluator::evaluate(const HealthSnapshot &snapshot)
{
    HealthEvaluator evaluator(snapshot);
    if (snapshot.nodes.isEmpty())
        evaluator.add(HealthLevel::Error, QString(), QStringLiteral("nodes"),
                      tr("No node was examined, so the cluster's health is unknown."));
    for (const NodeHealth &node : snapshot.nodes) {
        if (!node.raw.reachable) {
            evaluator.add(
                HealthLevel::Error, node.name(), QStringLiteral("node.unreachable"),
                tr("%1 could not be reached: %2").arg(node.name(), node.raw.unreachableReason),
                tr("Check that %1 is powered on and that SSH answers on it.").arg(node.name()));
            continue;
        }
        evaluator.checkOutputs(node);
    }
    evaluator.checkQuorum();
    evaluator.checkCeph();
    evaluator.checkHa();
    for (const NodeHealth &node : snapshot.nodes) {
        if (!node.raw.reachable)
            continue;
        evaluator.checkRaid(node);
        evaluator.checkStorages(node);
    }

    HealthVerdict verdict;
    verdict.overall = HealthLevel::Ok;
    for (const HealthReason &reason : std::as_const(evaluator.m_reasons)) {
        if (reason.level == HealthLevel::Error)
            verdict.overall = HealthLevel::Error;
        else if (reason.level == HealthLevel::Warn && verdict.overall == HealthLevel::Ok)
            verdict.overall = HealthLevel::Warn;
    }
    verdict.reasons = evaluator.m_reasons;
    return verdict;
}

void HealthEvaluator::add(HealthLevel level, const QString &node, const QString &subject,
                          const QString &text, const QString &hint)
{
    m_reasons.append({level, node, subject, text, hint});
}

void HealthEvaluator::unreadable(const NodeHealth &node, const CommandOutput &output,
                                 const QString &command, const QString &parserError,
                                 const QString &subject)
{
    QString text;
    if (!output.collected) {
        text = tr("The output of %1 on %2 could not be read: the command was not run.")
                   .arg(command, node.name());
    } else if (output.exitCode != 0) {
        const QString detail =
            output.errorText.trimmed().isEmpty()
                ? parserError
                : parseutil::excerpt(output.errorText.trimmed().section(QLatin1Char('\n'), 0, 0));
        text = tr("The output of %1 on %2 could not be read: the command failed with exit code %3 "
                  "(%4).")
                   .arg(command, node.name(), QString::number(output.exitCode), detail);
    } else {
        text = tr("The output of %1 on %2 could not be read: %3")
                   .arg(command, node.name(), parserError);
    }
    add(HealthLevel::Warn, node.name(), subject, text);
}

void HealthEvaluator::checkOutputs(const NodeHealth &node)
{
    const NodeOutputs &raw = node.raw;
    // Ceph and HA are cluster-wide: one unreadable node matters only when another could be read
    // (when none could, checkCeph/checkHa report one error instead).
    if (!node.ceph.understood && !m_snapshot.cephNode.isEmpty())
        unreadable(node, raw.cephJson, QStringLiteral("ceph -s"), node.ceph.error,
                   QStringLiteral("output.ceph"));
    if (!node.ha.understood && !m_snapshot.haNode.isEmpty())
        unreadable(node, raw.haStatus, QStringLiteral("ha-manager status"), node.ha.error,
                   QStringLiteral("output.ha"));
    if (!node.mdstat.understood)
        unreadable(node, raw.mdstat, QStringLiteral("cat /proc/mdstat"), node.mdstat.error,
                   QStringLiteral("output.mdstat"));
    if (!node.storagesUnderstood)
        unreadable(node, raw.pvesmStatus, QStringLiteral("pvesm status"), node.storagesError,
                   QStringLiteral("output.pvesm"));
    if (raw.pvecmStatus.collected && !node.pvecm.understood)
        unreadable(node, raw.pvecmStatus, QStringLiteral("pvecm status"), node.pvecm.error,
                   QStringLiteral("output.pvecm"));
}

void HealthEvaluator::checkQuorum()
{
    int known = 0;
    int quorate = 0;
    QStringList lost;
    const PvecmStatus *votes = nullptr;
    for (const NodeHealth &node : m_snapshot.nodes) {
        if (node.pvecm.understood && !votes)
            votes = &node.pvecm;
        bool nodeQuorate = false;
        if (node.ha.understood)
            nodeQuorate = node.ha.quorate;
        else if (node.pvecm.understood)
            nodeQuorate = node.pvecm.quorate;
        else
            continue;
        ++known;
        if (nodeQuorate)
            ++quorate;
        else
            lost.append(node.name());
    }
    const QString hint = tr("Run pvecm status and corosync-cfgtool -s on each node to see which "
                            "corosync links are down.");
    if (known > 0 && quorate == 0) {
        add(HealthLevel::Error, QString(), QStringLiteral("cluster.quorum"),
            tr("The Proxmox cluster has no quorum: its configuration is read-only and HA cannot "
               "recover anything."),
            hint);
    } else {
        for (const QString &node : std::as_const(lost))
            add(HealthLevel::Warn, node, QStringLiteral("cluster.quorum"),
                tr("%1 has lost the cluster's quorum; if it runs HA resources, its watchdog will "
                   "restart it.")
                    .arg(node),
                hint);
    }
    if (votes && votes->totalVotes < votes->expectedVotes)
        add(HealthLevel::Warn, QString(), QStringLiteral("cluster.votes"),
            tr("Only %1 of the %2 expected cluster votes are present: a node is missing.")
                .arg(votes->totalVotes)
                .arg(votes->expectedVotes),
            hint);
}

void HealthEvaluator::checkHa()
{
    const HaStatus &ha = m_snapshot.ha;
    if (m_snapshot.haNode.isEmpty()) {
        add(HealthLevel::Error, QString(), QStringLiteral("ha.unreadable"),
            tr("The output of ha-manager status could not be read on any node."),
            tr("Run ha-manager status on a node and check that pve-ha-crm and pve-ha-lrm run: "
               "systemctl status pve-ha-crm pve-ha-lrm."));
        return;
    }
    if (ha.masterDead())
        add(HealthLevel::Warn, ha.masterNode, QStringLiteral("ha.master"),
            tr("The HA master %1 has not updated its status for a while.").arg(ha.masterNode),
            tr("Check that %1 is up and that pve-ha-crm runs on it: systemctl status pve-ha-crm.")
                .arg(ha.masterNode));
    else if (!ha.hasMaster && !ha.services.isEmpty())
        add(HealthLevel::Warn, QString(), QStringLiteral("ha.master"),
            tr("No HA master is elected although HA resources are configured."),
            tr("Check that pve-ha-crm runs on every node: systemctl status pve-ha-crm."));

    for (const HaLrm &lrm : ha.lrms) {
        const QString subject = QStringLiteral("ha.lrm");
        const QString lrmHint =
            tr("Check that %1 is up and that pve-ha-lrm runs on it: systemctl status pve-ha-lrm.")
                .arg(lrm.node);
        if (lrm.dead)
            add(HealthLevel::Warn, lrm.node, subject,
                tr("The HA resource manager of %1 has not reported for more than 30 seconds: is "
                   "the "
                   "node down?")
                    .arg(lrm.node),
                lrmHint);
        else if (lrm.timeDrift)
            add(HealthLevel::Warn, lrm.node, subject,
                tr("HA detected a time drift on %1: its clock is ahead of the others.")
                    .arg(lrm.node),
                tr("Check that chrony (or another NTP client) runs and is synchronised on every "
                   "node: chronyc tracking."));
        else if (lrm.unreadable)
            add(HealthLevel::Warn, lrm.node, subject,
                tr("The status of the HA resource manager of %1 could not be read.").arg(lrm.node),
                lrmHint);
        else if (lrm.status == QLatin1String("maintenance mode"))
            add(HealthLevel::Warn, lrm.node, subject,
                tr("%1 is in HA maintenance mode: its HA resources have moved away.").arg(lrm.node),
                tr("When the maintenance is over, run ha-manager node-maintenance disable %1.")
                    .arg(lrm.node));
        else if (lrm.status == QLatin1String("lost_agent_lock"))
            add(HealthLevel::Warn, lrm.node, subject,
                tr("The HA resource manager of %1 lost its lock: the node may be fenced.")
                    .arg(lrm.node),
                lrmHint);
    }

    for (const HaService &service : ha.services) {
        const QString subject = QStringLiteral("ha.") + service.sid;
        if (service.state == QLatin1String("error"))
            add(HealthLevel::Error, service.node, subject,
                tr("The HA resource %1 is in the error state on %2.")
                    .arg(service.sid, service.node),
                tr("Find the cause with journalctl -u pve-ha-lrm on %2, then run ha-manager set %1 "
                   "--state disabled and ha-manager set %1 --state started.")
                    .arg(service.sid, service.node));
        else if (service.state == QLatin1String("fence"))
            add(HealthLevel::Warn, service.node, subject,
                tr("The HA resource %1 waits for its node %2 to be fenced.")
                    .arg(service.sid, service.node),
                tr("The node is being isolated by its watchdog; the resource restarts on another "
                   "node "
                   "once the node's lock expires (about 2 minutes)."));
        else if (service.state == QLatin1String("recovery"))
            add(HealthLevel::Warn, service.node, subject,
                tr("The HA resource %1 is being recovered from the failed node %2.")
                    .arg(service.sid, service.node),
                tr("If it stays in recovery, check that another node allowed for it is online and "
                   "reaches its storage."));
        else if (service.state == QLatin1String("freeze"))
            add(HealthLevel::Warn, service.node, subject,
                tr("The HA resource %1 is frozen on %2 while its node shuts down or restarts.")
                    .arg(service.sid, service.node));
    }
}

void HealthEvaluator::checkStorages(const NodeHealth &node)
{
    for (const PveStorage &storage : node.storages) {
        if (storage.status == QLatin1String("active") ||
            storage.status == QLatin1String("disabled"))
            continue;
        add(HealthLevel::Warn, node.name(), QStringLiteral("storage.") + storage.name,
            storage.status == QLatin1String("inactive")
                ? tr("The storage %1 (%2) is inactive on %3.")
                      .arg(storage.name, storage.type, node.name())
                : tr("The storage %1 (%2) is in an unknown state on %3.")
                      .arg(storage.name, storage.type, node.name()),
            tr("Run pvesm status on %1 and check the storage's backend (for rbd: ceph -s; for nfs: "
               "the server and the network).")
                .arg(node.name()));
    }
}

} // namespace pveha
