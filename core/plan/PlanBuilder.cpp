// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanBuilder.h"

#include "plan/NetworkConfig.h"
#include "plan/PlanScripts.h"
#include "spec/ClusterSpec.h"

namespace pveha {

using scripts::q;

Plan buildStoragePhases(const ClusterSpec &spec, const PlanFacts &facts,
                        Plan plan); // PlanBuilderStorage.cpp

namespace {

Step step(const char *id, const char *phase, const NodeSpec &node, const QString &title)
{
    Step s;
    s.id = QLatin1String(id);
    s.phase = QLatin1String(phase);
    s.node = node.name;
    s.title = title;
    return s;
}

QString clusterIsNamed(const QString &name)
{
    return QStringLiteral("pvecm status 2>/dev/null | grep -qE %1")
        .arg(q(QStringLiteral("^Name: +") + name + QLatin1Char('$')));
}

Phase networkPhase(const ClusterSpec &spec)
{
    Phase phase{QStringLiteral("network"), PlanBuilder::tr("Private network (vRack)"), {}};
    const NetworkPart &net = spec.network;
    const QString prefix = NetworkConfig::prefixLength(net.cidr);
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &node = spec.nodes.at(i);
        Step hosts =
            step("network.hosts", "network", node,
                 PlanBuilder::tr("Name the other nodes on their private addresses in /etc/hosts"));
        const QString hb = QStringLiteral("# BEGIN pve-ha-installer hosts"),
                      he = QStringLiteral("# END pve-ha-installer hosts");
        hosts.check = scripts::blockIs(QStringLiteral("/etc/hosts"), hb, he,
                                       PlanBuilder::hostsBlock(spec, i));
        hosts.run = scripts::writeBlock(QStringLiteral("/etc/hosts"), hb, he,
                                        PlanBuilder::hostsBlock(spec, i));
        phase.steps << hosts;

        QStringList stanza = NetworkConfig::stanza(spec, i).split(QLatin1Char('\n'));
        stanza.removeLast();  // the text ends with a newline
        stanza.removeFirst(); // the markers are added by the block helpers
        stanza.removeLast();
        Step config = step("network.interfaces", "network", node,
                           PlanBuilder::tr("Write the vRack NIC %1 and bridge %2 (MTU %3) into "
                                           "/etc/network/interfaces, keeping a backup")
                               .arg(net.privateInterface, net.bridge)
                               .arg(net.mtu));
        const QString file = QStringLiteral("/etc/network/interfaces");
        config.check = scripts::blockIs(file, NetworkConfig::beginMarker(),
                                        NetworkConfig::endMarker(), stanza);
        config.run = QStringLiteral("cat %1 >/dev/null 2>&1 || cp %2 %1\n")
                         .arg(PlanBuilder::interfacesBackup(), file) +
                     scripts::writeBlock(file, NetworkConfig::beginMarker(),
                                         NetworkConfig::endMarker(), stanza);
        phase.steps << config;

        Step apply = step(
            "network.apply", "network", node,
            PlanBuilder::tr(
                "Apply the network configuration (ifreload), with an automatic rollback after %1 s")
                .arg(PlanBuilder::kNetworkRollbackSeconds));
        apply.check =
            QStringLiteral("ip -j addr show dev %1 2>/dev/null | grep -qF %2 && ip -j link show "
                           "dev %1 | grep -qF %3 && ip -j link show dev %4 | grep -qF %3")
                .arg(q(net.bridge),
                     q(QStringLiteral("\"local\":\"%1\",\"prefixlen\":%2")
                           .arg(node.privateAddress, prefix)),
                     q(QStringLiteral("\"mtu\":%1,").arg(net.mtu)), q(net.privateInterface));
        // The timer restores the previous file and reloads it unless network.confirm stops it:
        // a configuration that cuts the node off undoes itself.
        // No rollback timer, no reload: the change is never applied without its way back.
        apply.run = QStringLiteral("systemctl stop %1.timer >/dev/null 2>&1\n"
                                   "systemctl reset-failed %1.timer %1.service >/dev/null 2>&1\n"
                                   "systemd-run --on-active=%2 --unit=%1 sh -c %3 && ifreload -a")
                        .arg(PlanBuilder::rollbackUnit())
                        .arg(PlanBuilder::kNetworkRollbackSeconds)
                        .arg(q(QStringLiteral("cp %1 %2 && ifreload -a")
                                   .arg(PlanBuilder::interfacesBackup(), file)));
        apply.reconnectAfter = true;
        apply.timeoutSeconds = 90;
        phase.steps << apply;
    }
    Step gate;
    gate.kind = Step::Kind::MeshGate;
    gate.id = QStringLiteral("network.mtu");
    gate.phase = QStringLiteral("network");
    gate.node = spec.nodes.value(0).name;
    gate.title = PlanBuilder::tr(
                     "Prove MTU %1 between every pair of nodes (don't-fragment ping of %2 bytes)")
                     .arg(net.mtu)
                     .arg(net.mtu - 28);
    gate.check = QStringLiteral("false");
    gate.run = QStringLiteral("# from every node to every other: ping -M do -s %1 -c 3 PEER")
                   .arg(net.mtu - 28);
    gate.parallel = false;
    phase.steps << gate;
    for (const NodeSpec &node : spec.nodes) {
        Step confirm =
            step("network.confirm", "network", node,
                 PlanBuilder::tr("Keep the new network configuration (cancel the rollback)"));
        confirm.check = QStringLiteral("! systemctl is-active --quiet %1.timer")
                            .arg(PlanBuilder::rollbackUnit());
        confirm.run = QStringLiteral("systemctl stop %1.timer").arg(PlanBuilder::rollbackUnit());
        phase.steps << confirm;
    }
    return phase;
}

Phase clusterPhase(const ClusterSpec &spec)
{
    Phase phase{
        QStringLiteral("cluster"), PlanBuilder::tr("Proxmox cluster (Corosync on the vRack)"), {}};
    const NodeSpec &first = spec.nodes.at(0);
    const QString name = spec.cluster.name;
    Step create = step(
        "cluster.create", "cluster", first,
        PlanBuilder::tr("Create the cluster %1 with link0 on %2").arg(name, first.privateAddress));
    create.check = clusterIsNamed(name);
    create.run = QStringLiteral("pvecm create %1 --link0 %2").arg(q(name), q(first.privateAddress));
    create.parallel = false;
    create.timeoutSeconds = 300;
    phase.steps << create;
    for (int i = 1; i < spec.nodes.size(); ++i) {
        const NodeSpec &node = spec.nodes.at(i);
        Step join = step("cluster.join", "cluster", node,
                         PlanBuilder::tr("Join the cluster through %1 with link0 on %2")
                             .arg(first.name, node.privateAddress));
        join.check = clusterIsNamed(name);
        // The root password of the first node arrives on stdin (never on the command line);
        // the fingerprint is read on the first node right before.
        join.run = QStringLiteral("pvecm add %1 --link0 %2 --fingerprint \"$PVEHA_FINGERPRINT\"")
                       .arg(q(first.privateAddress), q(node.privateAddress));
        join.inputs << StepInput{
            QStringLiteral("PVEHA_FINGERPRINT"), first.name,
            QStringLiteral(
                "openssl x509 -in /etc/pve/local/pve-ssl.pem -noout -fingerprint -sha256"),
            QStringLiteral("Fingerprint=((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")};
        join.secret = Step::Secret::RootPassword;
        join.parallel = false; // Proxmox: one node at a time
        join.timeoutSeconds = 300;
        phase.steps << join;
    }
    Step quorum = step("cluster.quorum", "cluster", first,
                       PlanBuilder::tr("Wait until the cluster is quorate with %n node(s)", nullptr,
                                       int(spec.nodes.size())));
    const QString quorate = QStringLiteral("pvecm status 2>/dev/null | grep -qE '^Quorate: +Yes$' "
                                           "&& pvecm status | grep -qE '^Nodes: +%1$'")
                                .arg(spec.nodes.size());
    quorum.check = quorate;
    quorum.run =
        QStringLiteral(
            "i=0\nwhile [ $i -lt 60 ]; do\n  if %1; then exit 0; fi\n  i=$((i+1)); sleep 2\ndone\n"
            "echo 'the cluster did not become quorate with %2 nodes' >&2; exit 1")
            .arg(quorate)
            .arg(spec.nodes.size());
    quorum.parallel = false;
    quorum.timeoutSeconds = 150;
    phase.steps << quorum;
    return phase;
}

Phase cephPhase(const ClusterSpec &spec)
{
    Phase phase{
        QStringLiteral("ceph"), PlanBuilder::tr("Ceph packages, monitors and managers"), {}};
    for (const NodeSpec &node : spec.nodes) {
        Step install = step(
            "ceph.install", "ceph", node,
            PlanBuilder::tr("Install Ceph (%1 repository)").arg(toString(spec.ceph.repository)));
        install.check = QStringLiteral("ceph --version >/dev/null 2>&1");
        // pveceph runs apt-get without -y: `yes` answers it, DEBIAN_FRONTEND keeps it quiet.
        install.run =
            QStringLiteral("yes | DEBIAN_FRONTEND=noninteractive pveceph install --repository %1")
                .arg(q(toString(spec.ceph.repository)));
        install.timeoutSeconds = 1800;
        install.weight = 10;
        phase.steps << install;
    }
    const NodeSpec &first = spec.nodes.at(0);
    Step init = step("ceph.init", "ceph", first,
                     PlanBuilder::tr("Write the Ceph configuration (public %1, cluster %2)")
                         .arg(spec.ceph.publicNetwork, spec.ceph.clusterNetwork));
    init.check = QStringLiteral("cat /etc/pve/ceph.conf >/dev/null 2>&1");
    init.run = QStringLiteral("pveceph init --network %1 --cluster-network %2")
                   .arg(q(spec.ceph.publicNetwork), q(spec.ceph.clusterNetwork));
    init.parallel = false;
    phase.steps << init;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &node = spec.nodes.at(i);
        Step mon = step("ceph.mon", "ceph", node,
                        PlanBuilder::tr("Create the Ceph monitor on %1").arg(node.name));
        mon.check = QStringLiteral("grep -qF %1 /etc/pve/ceph.conf")
                        .arg(q(QStringLiteral("[mon.%1]").arg(node.name)));
        mon.run = QStringLiteral("pveceph mon create");
        mon.parallel = false; // monitors join the monmap one by one
        mon.timeoutSeconds = 300;
        phase.steps << mon;
        Step mgr = step("ceph.mgr", "ceph", node,
                        PlanBuilder::tr("Create the Ceph manager on %1").arg(node.name));
        mgr.check = QStringLiteral("systemctl is-active --quiet %1")
                        .arg(q(QStringLiteral("ceph-mgr@%1").arg(node.name)));
        mgr.run = QStringLiteral("pveceph mgr create");
        mgr.parallel = false;
        phase.steps << mgr;
    }
    return phase;
}

} // namespace

QStringList PlanBuilder::hostsBlock(const ClusterSpec &spec, int nodeIndex)
{
    QStringList lines;
    for (int i = 0; i < spec.nodes.size(); ++i)
        if (i != nodeIndex)
            lines << spec.nodes.at(i).privateAddress + QLatin1Char(' ') + spec.nodes.at(i).name;
    return lines;
}

Plan PlanBuilder::build(const ClusterSpec &spec, const PlanFacts &facts)
{
    Plan plan;
    if (spec.nodes.isEmpty())
        return plan;
    plan.phases << networkPhase(spec) << clusterPhase(spec) << cephPhase(spec);
    return buildStoragePhases(spec, facts, plan);
}

} // namespace pveha
