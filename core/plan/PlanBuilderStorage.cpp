// SPDX-License-Identifier: GPL-3.0-or-later
// The storage half of the plan: the md RAID, the OSD on it with its DB on the NVMe, the pool,
// and HA (procedure §6.2 to §7).
#include "plan/PlanBuilder.h"
#include "plan/PlanScripts.h"
#include "spec/ClusterSpec.h"

namespace pveha {

using scripts::q;

namespace {

Step step(const char *id, const char *phase, const QString &node, const QString &title)
{
    Step s;
    s.id = QLatin1String(id);
    s.phase = QLatin1String(phase);
    s.node = node;
    s.title = title;
    return s;
}

QString joined(const QStringList &words, const QString &separator = QStringLiteral(" "))
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << q(w);
    return quoted.join(separator);
}

Phase raidPhase(const ClusterSpec &spec)
{
    Phase phase{QStringLiteral("raid"), PlanBuilder::tr("Software RAID (mdadm)"), {}};
    const StoragePart &st = spec.storage;
    const QString md = q(st.mdDevice);
    const QString uuid = QStringLiteral("$(mdadm --detail %1 | sed -n 's/^ *UUID : //p')").arg(md);
    for (const NodeSpec &node : spec.nodes) {
        Step tool = step("raid.mdadm", "raid", node.name, PlanBuilder::tr("Install mdadm"));
        tool.check = QStringLiteral("mdadm --version >/dev/null 2>&1");
        tool.run = QStringLiteral("DEBIAN_FRONTEND=noninteractive apt-get install -y mdadm");
        tool.timeoutSeconds = 600;
        phase.steps << tool;

        Step create = step("raid.create", "raid", node.name,
                           PlanBuilder::tr("Erase %1 and create the RAID %2 array %3")
                               .arg(st.raidDevices.join(QStringLiteral(", ")))
                               .arg(st.raidLevel)
                               .arg(st.mdDevice));
        create.check = QStringLiteral("mdadm --detail %1 >/dev/null 2>&1").arg(md);
        create.run = scripts::refuseUnlessEmpty(st.raidDevices) +
                     QStringLiteral("\nmdadm --create %1 --level=%2 --raid-devices=%3 %4 --run")
                         .arg(md)
                         .arg(st.raidLevel)
                         .arg(st.raidDevices.size())
                         .arg(joined(st.raidDevices));
        create.destructive = true;
        create.erases = st.raidDevices;
        create.weight = 3;
        phase.steps << create;

        Step persist =
            step("raid.persist", "raid", node.name,
                 PlanBuilder::tr("Record the array in mdadm.conf and update the initramfs"));
        persist.check =
            QStringLiteral(
                "uuid=%1 && [ -n \"$uuid\" ] && grep -qF \"UUID=$uuid\" /etc/mdadm/mdadm.conf")
                .arg(uuid);
        persist.run =
            QStringLiteral(
                "uuid=%1 && [ -n \"$uuid\" ] && mdadm --detail --scan | grep -F \"UUID=$uuid\" | "
                "sed 's/ spares=[0-9]*//' | tee -a /etc/mdadm/mdadm.conf >/dev/null && "
                "update-initramfs -u")
                .arg(uuid);
        persist.timeoutSeconds = 600;
        phase.steps << persist;
    }
    return phase;
}

Phase osdPhase(const ClusterSpec &spec)
{
    Phase phase{
        QStringLiteral("osd"), PlanBuilder::tr("Ceph OSD on the RAID, DB/WAL on the NVMe"), {}};
    const StoragePart &st = spec.storage;
    const QString vglv = q(st.volumeGroup + QLatin1Char('/') + st.logicalVolume);
    for (const NodeSpec &node : spec.nodes) {
        Step keyring = step("osd.keyring", "osd", node.name,
                            PlanBuilder::tr("Fetch the bootstrap-osd keyring"));
        keyring.check =
            QStringLiteral("cat /var/lib/ceph/bootstrap-osd/ceph.keyring >/dev/null 2>&1 && cat "
                           "/etc/pve/priv/ceph.client.bootstrap-osd.keyring >/dev/null 2>&1");
        keyring.run = QStringLiteral("mkdir -p /var/lib/ceph/bootstrap-osd\n"
                                     "ceph auth get client.bootstrap-osd | tee "
                                     "/var/lib/ceph/bootstrap-osd/ceph.keyring >/dev/null\n"
                                     "ceph auth get client.bootstrap-osd | tee "
                                     "/etc/pve/priv/ceph.client.bootstrap-osd.keyring >/dev/null");
        phase.steps << keyring;

        Step lvm = step("osd.lvm", "osd", node.name,
                        PlanBuilder::tr("Create the LVM volume %1/%2 on %3")
                            .arg(st.volumeGroup, st.logicalVolume, st.mdDevice));
        lvm.check = QStringLiteral("lvs %1 >/dev/null 2>&1").arg(vglv);
        lvm.run =
            QStringLiteral("{ pvs %1 >/dev/null 2>&1 || pvcreate %1; } && { vgs %2 >/dev/null 2>&1 "
                           "|| vgcreate %2 %1; } && lvcreate -l 100%FREE -n %3 %2")
                .arg(q(st.mdDevice), q(st.volumeGroup), q(st.logicalVolume));
        phase.steps << lvm;

        Step osd =
            step("osd.create", "osd", node.name,
                 PlanBuilder::tr("Erase %1 and create the OSD on %2/%3, with its DB/WAL on %1")
                     .arg(st.dbDevice, st.volumeGroup, st.logicalVolume));
        // ceph-volume's own listing proves the OSD exists, so a re-run never makes a second one.
        osd.check = QStringLiteral("ceph-volume lvm list %1 2>/dev/null | grep -q '^====== osd\\.'")
                        .arg(vglv);
        osd.run = scripts::refuseUnlessEmpty({st.dbDevice}) +
                  QStringLiteral("\nceph-volume lvm create --data %1 --block.db %2")
                      .arg(vglv, q(st.dbDevice));
        osd.destructive = true;
        osd.erases = {st.dbDevice};
        osd.timeoutSeconds = 600;
        osd.weight = 3;
        phase.steps << osd;
    }
    return phase;
}

Phase poolPhase(const ClusterSpec &spec)
{
    Phase phase{QStringLiteral("pool"), PlanBuilder::tr("Replicated pool and Proxmox storage"), {}};
    const PoolPart &pool = spec.ceph.pool;
    const QString first = spec.nodes.at(0).name;
    Step create = step("pool.create", "pool", first,
                       PlanBuilder::tr("Create the pool %1 (size %2, min_size %3)")
                           .arg(pool.name)
                           .arg(pool.size)
                           .arg(pool.minSize));
    create.check = QStringLiteral("ceph osd pool ls 2>/dev/null | grep -qxF %1").arg(q(pool.name));
    create.run = QStringLiteral("pveceph pool create %1 --size %2 --min_size %3 "
                                "--pg_autoscale_mode %4 --add_storages %5")
                     .arg(q(pool.name))
                     .arg(pool.size)
                     .arg(pool.minSize)
                     .arg(pool.pgAutoscale ? QStringLiteral("on") : QStringLiteral("warn"))
                     .arg(pool.addStorage ? 1 : 0);
    create.parallel = false;
    create.timeoutSeconds = 300;
    phase.steps << create;
    if (pool.addStorage) {
        Step storage = step("pool.storage", "pool", first,
                            PlanBuilder::tr("Add %1 as Proxmox storage").arg(pool.name));
        storage.check = QStringLiteral("pvesm status 2>/dev/null | grep -qE %1")
                            .arg(q(QStringLiteral("^%1 +rbd ")
                                       .arg(QString(pool.name).replace(QLatin1Char('.'),
                                                                       QStringLiteral("\\.")))));
        storage.run =
            QStringLiteral("pvesm add rbd %1 --pool %1 --content images,rootdir").arg(q(pool.name));
        storage.parallel = false;
        phase.steps << storage;
    }
    return phase;
}

Phase haPhase(const ClusterSpec &spec, const PlanFacts &facts)
{
    Phase phase{QStringLiteral("ha"), PlanBuilder::tr("High availability"), {}};
    const HaPart &ha = spec.ha;
    const QString first = spec.nodes.at(0).name;
    const QString nodes = q(ha.nodes.join(QLatin1Char(',')));
    QStringList sids;
    for (const HaResource &r : ha.resources)
        sids << QStringLiteral("vm:%1").arg(r.vmid);
    if (facts.pveMajor < 9) {
        Step group = step("ha.group", "ha", first,
                          PlanBuilder::tr("Create the HA group %1 on %2")
                              .arg(ha.group, ha.nodes.join(QStringLiteral(", "))));
        group.check = QStringLiteral("ha-manager groupconfig 2>/dev/null | grep -qxF %1")
                          .arg(q(QStringLiteral("group: ") + ha.group));
        group.run = QStringLiteral("ha-manager groupadd %1 --nodes %2").arg(q(ha.group), nodes);
        group.parallel = false;
        phase.steps << group;
    }
    for (const HaResource &r : ha.resources) {
        const QString sid = QStringLiteral("vm:%1").arg(r.vmid);
        Step add = step("ha.resource", "ha", first,
                        PlanBuilder::tr("Protect the guest %1 with HA").arg(r.vmid));
        add.id = QStringLiteral("ha.resource.%1").arg(r.vmid);
        add.check = QStringLiteral("ha-manager config 2>/dev/null | grep -qxF %1").arg(q(sid));
        add.run = facts.pveMajor < 9
                      ? QStringLiteral("ha-manager add %1 --group %2 --state started")
                            .arg(sid, q(ha.group))
                      : QStringLiteral("ha-manager add %1 --state started").arg(sid);
        add.parallel = false;
        phase.steps << add;
    }
    if (facts.pveMajor >= 9 && !sids.isEmpty()) {
        // PVE 9 migrated groups to rules; a rule needs at least one resource, so it comes last.
        Step rule = step("ha.rule", "ha", first,
                         PlanBuilder::tr("Create the node-affinity rule %1 on %2")
                             .arg(ha.group, ha.nodes.join(QStringLiteral(", "))));
        rule.check = QStringLiteral("ha-manager rules config 2>/dev/null | grep -qxF %1")
                         .arg(q(QStringLiteral("node-affinity: ") + ha.group));
        rule.run = QStringLiteral("ha-manager rules add node-affinity %1 --resources %2 --nodes %3")
                       .arg(q(ha.group), q(sids.join(QLatin1Char(','))), nodes);
        rule.parallel = false;
        phase.steps << rule;
    }
    return phase;
}

} // namespace

Plan buildStoragePhases(const ClusterSpec &spec, const PlanFacts &facts, Plan plan)
{
    plan.phases << raidPhase(spec) << osdPhase(spec) << poolPhase(spec) << haPhase(spec, facts);
    return plan;
}

} // namespace pveha
