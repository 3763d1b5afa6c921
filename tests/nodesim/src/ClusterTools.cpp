// SPDX-License-Identifier: GPL-3.0-or-later
// pveversion, pvecm (create, add, status, nodes) and pvesh get of the join information,
// cluster status and nodes. The cluster membership lives in the shared cluster state.
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pveha::sim {
namespace {

int pveError(Ctx &ctx, const QString &msg)
{
    return ctx.fail(msg, 255);
}

const char *kPve9Versions =
    "proxmox-ve: 9.1.0 (running kernel: 6.17.2-2-pve)\npve-manager: 9.1.1 (running version: "
    "9.1.1/42db4a6cf33dac83)\n"
    "proxmox-kernel-helper: 9.0.4\nproxmox-kernel-6.17.2-2-pve-signed: "
    "6.17.2-2\nproxmox-kernel-6.17: 6.17.2-2\n"
    "proxmox-kernel-6.14.11-4-pve-signed: 6.14.11-4\nproxmox-kernel-6.14: "
    "6.14.11-4\nproxmox-kernel-6.14.8-2-pve-signed: 6.14.8-2\n"
    "@CEPH@ceph-fuse: 19.2.3-pve1\ncorosync: 3.1.9-pve2\ncriu: 4.1.1-1\nfrr-pythontools: "
    "10.3.1-1+pve4\nifupdown2: 3.3.0-1+pmx11\n"
    "intel-microcode: 3.20250812.1~deb13u1\nksm-control-daemon: 1.5-1\nlibjs-extjs: "
    "7.0.0-5\nlibproxmox-acme-perl: 1.7.0\n"
    "libproxmox-backup-qemu0: 2.0.1\nlibproxmox-rs-perl: 0.4.1\nlibpve-access-control: "
    "9.0.4\nlibpve-apiclient-perl: 3.4.2\n"
    "libpve-cluster-api-perl: 9.0.7\nlibpve-cluster-perl: 9.0.7\nlibpve-common-perl: "
    "9.0.15\nlibpve-guest-common-perl: 6.0.2\n"
    "libpve-http-server-perl: 6.0.5\nlibpve-network-perl: 1.2.3\nlibpve-rs-perl: "
    "0.11.3\nlibpve-storage-perl: 9.1.0\n"
    "libspice-server1: 0.15.2-1+b1\nlvm2: 2.03.31-2+pmx1\nlxc-pve: 6.0.5-3\nlxcfs: "
    "6.0.4-pve1\nnovnc-pve: 1.6.0-3\n"
    "proxmox-backup-client: 4.1.0-1\nproxmox-backup-file-restore: "
    "4.1.0-1\nproxmox-backup-restore-image: 1.0.0\n"
    "proxmox-firewall: 1.2.1\nproxmox-kernel-helper: 9.0.4\nproxmox-mail-forward: "
    "1.0.2\nproxmox-mini-journalreader: 1.6\n"
    "proxmox-offline-mirror-helper: 0.7.3\nproxmox-widget-toolkit: 5.1.2\npve-cluster: "
    "9.0.7\npve-container: 6.0.18\n"
    "pve-docs: 9.1.1\npve-edk2-firmware: 4.2025.05-2\npve-esxi-import-tools: 1.0.1\npve-firewall: "
    "6.0.4\npve-firmware: 3.17-2\n"
    "pve-ha-manager: 5.0.8\npve-i18n: 3.6.4\npve-qemu-kvm: 10.1.2-4\npve-xtermjs: "
    "5.5.0-3\nqemu-server: 9.1.0\n"
    "smartmontools: 7.4-pve1\nspiceterm: 3.4.1\nswtpm: 0.8.0+pve3\nvncterm: 1.9.1\nzfsutils-linux: "
    "2.3.4-pve1\n";

const char *kPve8Versions =
    "proxmox-ve: 8.2.0 (running kernel: 6.8.8-2-pve)\npve-manager: 8.2.4 (running version: "
    "8.2.4/faa83925c9641325)\n"
    "proxmox-kernel-helper: 8.1.0\nproxmox-kernel-6.8: 6.8.8-2\nproxmox-kernel-6.8.8-2-pve-signed: "
    "6.8.8-2\n"
    "@CEPH@ceph-fuse: 17.2.7-pve3\ncorosync: 3.1.7-pve3\ncriu: 3.17.1-2\nglusterfs-client: "
    "10.3-5\nifupdown2: 3.2.0-1+pmx8\n"
    "ksm-control-daemon: 1.5-1\nlibjs-extjs: 7.0.0-4\nlibknet1: 1.28-pve1\nlibproxmox-acme-perl: "
    "1.5.1\n"
    "libproxmox-backup-qemu0: 1.4.1\nlibproxmox-rs-perl: 0.3.3\nlibpve-access-control: "
    "8.1.4\nlibpve-apiclient-perl: 3.3.2\n"
    "libpve-cluster-api-perl: 8.0.7\nlibpve-cluster-perl: 8.0.7\nlibpve-common-perl: "
    "8.2.1\nlibpve-guest-common-perl: 5.1.3\n"
    "libpve-http-server-perl: 5.1.0\nlibpve-network-perl: 0.9.8\nlibpve-rs-perl: "
    "0.8.9\nlibpve-storage-perl: 8.2.3\n"
    "libspice-server1: 0.15.1-1\nlvm2: 2.03.16-2\nlxc-pve: 6.0.0-1\nlxcfs: 6.0.0-pve2\nnovnc-pve: "
    "1.4.0-3\n"
    "proxmox-backup-client: 3.2.7-1\nproxmox-backup-file-restore: 3.2.7-1\nproxmox-firewall: "
    "0.5.0\n"
    "proxmox-kernel-helper: 8.1.0\nproxmox-mail-forward: 0.2.3\nproxmox-mini-journalreader: "
    "1.4.0\nproxmox-widget-toolkit: 4.2.3\n"
    "pve-cluster: 8.0.7\npve-container: 5.1.12\npve-docs: 8.2.3\npve-edk2-firmware: "
    "4.2023.08-4\npve-esxi-import-tools: 0.7.1\n"
    "pve-firewall: 5.0.7\npve-firmware: 3.13-1\npve-ha-manager: 4.0.5\npve-i18n: "
    "3.2.2\npve-qemu-kvm: 9.0.2-2\n"
    "pve-xtermjs: 5.3.0-3\nqemu-server: 8.2.4\nsmartmontools: 7.3-pve1\nspiceterm: 3.3.0\nswtpm: "
    "0.8.0+pve1\n"
    "vncterm: 1.8.0\nzfsutils-linux: 2.2.4-pve1\n";

QString cephPackageVersion(const QString &release)
{
    if (release == QLatin1String("quincy"))
        return QStringLiteral("17.2.7-pve3");
    if (release == QLatin1String("reef"))
        return QStringLiteral("18.2.4-pve3");
    return QStringLiteral("19.2.3-pve1");
}

bool isMember(const Ctx &ctx)
{
    return ctx.cluster.members.contains(ctx.node.name);
}

int notInCluster(Ctx &ctx)
{
    return ctx.fail(QStringLiteral("Error: Corosync config '/etc/pve/corosync.conf' does not exist "
                                   "- is this node part of a cluster?"),
                    2);
}

QString corosyncConf(const Ctx &ctx)
{
    QString s = QStringLiteral("logging {\n  debug: off\n  to_syslog: yes\n}\n\nnodelist {\n");
    int id = 1;
    for (const QString &m : ctx.cluster.members) {
        const NodeRef *r = ctx.cluster.node(m);
        s += QStringLiteral("  node {\n    name: %1\n    nodeid: %2\n    quorum_votes: 1\n    "
                            "ring0_addr: %3\n  }\n")
                 .arg(m)
                 .arg(id++)
                 .arg(r ? r->privateAddress : QString());
    }
    s += QStringLiteral("}\n\nquorum {\n  provider: corosync_votequorum\n}\n\ntotem {\n  "
                        "cluster_name: %1\n  config_version: %2\n"
                        "  interface {\n    linknumber: 0\n  }\n  ip_version: ipv4-6\n  link_mode: "
                        "passive\n  secauth: on\n  version: 2\n}\n")
             .arg(ctx.cluster.clusterName)
             .arg(ctx.cluster.configVersion);
    return s;
}

void writeCorosyncFiles(Ctx &ctx)
{
    QString err;
    const QByteArray conf = corosyncConf(ctx).toUtf8();
    ctx.writeFile(QStringLiteral("/etc/pve/corosync.conf"), conf, false, &err);
    ctx.writeFile(QStringLiteral("/etc/corosync/corosync.conf"), conf, false, &err);
    ctx.writeFile(QStringLiteral("/etc/corosync/authkey"),
                  seededHex(ctx.cluster.clusterName, 256).toLatin1(), false, &err);
    if (!ctx.node.activeServices.contains(QStringLiteral("corosync")))
        ctx.node.activeServices << QStringLiteral("corosync");
    ctx.nodeDirty = true;
}

bool hasLocalAddress(const NodeState &n, const QString &ip)
{
    for (const Iface &i : n.ifaces)
        for (const QString &a : i.addrs)
            if (a.section(QLatin1Char('/'), 0, 0) == ip)
                return true;
    return false;
}

int pvecmCreate(Ctx &ctx, const QStringList &pos, const QMap<QString, QString> &opts)
{
    const QString usage = QStringLiteral("pvecm create <clustername> [OPTIONS]");
    if (pos.isEmpty())
        return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
    const QString name = pos[0];
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9\\-]{1,15}$"));
    if (!re.match(name).hasMatch())
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nclustername: "
                                            "value does not match the regex pattern\n") +
                                 usage);
    if (ctx.exists(QStringLiteral("/etc/corosync/authkey")) || !ctx.cluster.clusterName.isEmpty())
        return pveError(ctx,
                        QStringLiteral("cluster config '/etc/pve/corosync.conf' already exists"));
    const QString link0 = opts.value(QStringLiteral("link0"))
                              .section(QLatin1Char(','), 0, 0)
                              .remove(QStringLiteral("address="));
    if (!link0.isEmpty() && !hasLocalAddress(ctx.node, link0))
        return pveError(ctx,
                        QStringLiteral("cannot use IP '%1', not found on local node!").arg(link0));
    ctx.cluster.clusterName = name;
    ctx.cluster.configVersion = 1;
    ctx.cluster.members = {ctx.node.name};
    if (NodeRef *r = ctx.cluster.node(ctx.node.name); r && !link0.isEmpty())
        r->privateAddress = link0;
    ctx.clusterDirty = true;
    writeCorosyncFiles(ctx);
    ctx.say(QStringLiteral("Corosync Cluster Engine Authentication key generator.\nGathering 2048 "
                           "bits for key from /dev/urandom.\n"
                           "Writing corosync key to /etc/corosync/authkey.\nWriting corosync "
                           "config to /etc/pve/corosync.conf\n"
                           "Restart corosync and cluster filesystem\n"));
    return 0;
}

int pvecmAdd(Ctx &ctx, const QStringList &pos, const QMap<QString, QString> &opts)
{
    const QString usage = QStringLiteral("pvecm add <hostname> [OPTIONS]");
    if (pos.isEmpty())
        return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
    const QString host = pos[0];
    QStringList problems;
    bool guests = false;
    for (const Vm &v : ctx.cluster.vms)
        guests = guests || v.node == ctx.node.name;
    if (guests)
        problems << QStringLiteral("this host already contains virtual guests");
    if (ctx.node.activeServices.contains(QStringLiteral("corosync")))
        problems << QStringLiteral(
            "corosync is already running, is this node already in a cluster?!");
    if (ctx.exists(QStringLiteral("/etc/corosync/authkey")))
        problems << QStringLiteral("authentication key '/etc/corosync/authkey' already exists");
    if (ctx.exists(QStringLiteral("/etc/corosync/corosync.conf")) || isMember(ctx))
        problems << QStringLiteral("cluster config '/etc/pve/corosync.conf' already exists");
    if (!problems.isEmpty())
        return pveError(ctx, QStringLiteral("detected the following error(s):\n* ") +
                                 problems.join(QStringLiteral("\n* ")) +
                                 QStringLiteral("\nCheck if node may join a cluster failed!"));
    const QString link0 = opts.value(QStringLiteral("link0"))
                              .section(QLatin1Char(','), 0, 0)
                              .remove(QStringLiteral("address="));
    if (!link0.isEmpty() && !hasLocalAddress(ctx.node, link0))
        return pveError(ctx,
                        QStringLiteral("cannot use IP '%1', not found on local node!").arg(link0));
    const NodeRef *target = nullptr;
    for (const NodeRef &r : ctx.cluster.nodes) {
        NodeState peer;
        if (r.name == ctx.node.name || !ctx.loadNodeState(r.name, &peer))
            continue;
        if (r.publicAddress == host || hasLocalAddress(peer, host) || r.name == host)
            target = &r;
    }
    const bool useSsh = opts.contains(QStringLiteral("use_ssh"));
    if (!useSsh) {
        // The password is read from stdin when it is not a terminal (never from the command line).
        const QString password = QString::fromUtf8(ctx.stdinData).trimmed();
        ctx.say(QStringLiteral("Please enter superuser (root) password for '%1': ").arg(host) +
                QLatin1Char('\n'));
        if (!target || ctx.nodeDown(*target))
            return pveError(
                ctx, QStringLiteral("500 Can't connect to %1:8006 (No route to host)").arg(host));
        ctx.say(QStringLiteral("Establishing API connection with host '%1'\n").arg(host));
        NodeState peer;
        ctx.loadNodeState(target->name, &peer);
        if (!opts.contains(QStringLiteral("fingerprint"))) {
            ctx.say(QStringLiteral("The authenticity of host '%1' can't be established.\nX509 "
                                   "SHA256 key fingerprint is %2.\n"
                                   "Are you sure you want to continue connecting (yes/no)? ")
                        .arg(host, peer.certFingerprint));
            return pveError(ctx, QStringLiteral("Aborting"));
        }
        if (opts.value(QStringLiteral("fingerprint"))
                .compare(peer.certFingerprint, Qt::CaseInsensitive) != 0)
            return pveError(ctx,
                            QStringLiteral("500 SSL certificate fingerprint mismatch: expected %1")
                                .arg(opts.value(QStringLiteral("fingerprint"))));
        if (password.isEmpty() || password != peer.rootPassword)
            return pveError(ctx, QStringLiteral("401 authentication failure"));
        ctx.say(QStringLiteral("Login succeeded.\ncheck cluster join API version\n"));
    } else if (!target || ctx.nodeDown(*target)) {
        return pveError(ctx, QStringLiteral("ssh: connect to host %1 port 22: No route to "
                                            "host\nunable to copy ssh ID: exit code 255")
                                 .arg(host));
    }
    if (!ctx.cluster.members.contains(target->name))
        return pveError(ctx, QStringLiteral("500 unable to get cluster join information: node is "
                                            "not in a cluster, no join info available!"));
    ctx.cluster.members << ctx.node.name;
    ctx.cluster.configVersion += 1;
    if (NodeRef *r = ctx.cluster.node(ctx.node.name); r && !link0.isEmpty())
        r->privateAddress = link0;
    ctx.clusterDirty = true;
    writeCorosyncFiles(ctx);
    ctx.say(
        QStringLiteral(
            "Request addition of this node\nJoin request OK, finishing setup locally\nstopping "
            "pve-cluster service\n"
            "backup old database to '/var/lib/pve-cluster/backup/config-%1.sql.gz'\nwaiting for "
            "quorum...OK\n"
            "(re)generate node files\ngenerate new node certificate\nmerge authorized SSH keys\n"
            "generated new node certificate, restart pveproxy and pvedaemon services\n"
            "successfully added node '%2' to cluster.\n")
            .arg(ctx.now() / 1000)
            .arg(ctx.node.name));
    return 0;
}

int pvecmStatus(Ctx &ctx, bool nodesOnly)
{
    if (!isMember(ctx))
        return notInCluster(ctx);
    QList<int> alive;
    for (int i = 0; i < ctx.cluster.members.size(); ++i)
        if (!ctx.isDead(ctx.cluster.members[i]))
            alive << i;
    const int total = int(ctx.cluster.members.size());
    const int votes = int(alive.size());
    const int quorum = total / 2 + 1;
    const bool quorate = votes >= quorum;
    const int self = int(ctx.cluster.members.indexOf(ctx.node.name));
    if (!nodesOnly) {
        ctx.say(QStringLiteral("Cluster information\n~~~~~~~~~~~~~~~~~~~\nName:             "
                               "%1\nConfig Version:   %2\n"
                               "Transport:        knet\nSecure auth:      on\n\n")
                    .arg(ctx.cluster.clusterName)
                    .arg(ctx.cluster.configVersion));
        ctx.say(QStringLiteral("Quorum information\n~~~~~~~~~~~~~~~~~~\nDate:             "
                               "%1\nQuorum provider:  corosync_votequorum\n"
                               "Nodes:            %2\nNode ID:          0x%3\nRing ID:          "
                               "1.%4\nQuorate:          %5\n\n")
                    .arg(Ctx::ctime(ctx.now()))
                    .arg(votes)
                    .arg(self + 1, 8, 16, QLatin1Char('0'))
                    .arg(QString::number(0x10 + ctx.cluster.configVersion * 4 + votes, 16))
                    .arg(quorate ? QStringLiteral("Yes") : QStringLiteral("No")));
        ctx.say(QStringLiteral(
                    "Votequorum information\n~~~~~~~~~~~~~~~~~~~~~~\nExpected votes:   %1\nHighest "
                    "expected: %1\n"
                    "Total votes:      %2\nQuorum:           %3 %4\nFlags:            %5\n\n")
                    .arg(total)
                    .arg(votes)
                    .arg(quorum)
                    .arg(quorate ? QString() : QStringLiteral("Activity blocked"))
                    .arg(quorate ? QStringLiteral("Quorate") : QString()));
    } else {
        ctx.say(QStringLiteral("\n"));
    }
    ctx.say(QStringLiteral(
        "Membership information\n~~~~~~~~~~~~~~~~~~~~~~\n    Nodeid      Votes Name\n"));
    for (int i : alive) {
        const QString m = ctx.cluster.members[i];
        const NodeRef *r = ctx.cluster.node(m);
        const QString local = m == ctx.node.name ? QStringLiteral(" (local)") : QString();
        if (nodesOnly)
            ctx.say(QStringLiteral("%1 %2 %3%4\n").arg(i + 1, 10).arg(1, 10).arg(m, local));
        else
            ctx.say(QStringLiteral("0x%1 %2 %3%4\n")
                        .arg(i + 1, 8, 16, QLatin1Char('0'))
                        .arg(1, 10)
                        .arg(r ? r->privateAddress : m, local));
    }
    return 0;
}

} // namespace

int toolPveversion(Ctx &ctx)
{
    const bool verbose =
        ctx.args.contains(QStringLiteral("-v")) || ctx.args.contains(QStringLiteral("--verbose"));
    for (const QString &a : ctx.args)
        if (a != QLatin1String("-v") && a != QLatin1String("--verbose"))
            return pveError(ctx, QStringLiteral("Unknown option: %1\nUSAGE: pveversion [--verbose]")
                                     .arg(a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1)));
    const bool nine = ctx.node.pveMajor >= 9;
    if (!verbose) {
        ctx.say(nine ? QStringLiteral(
                           "pve-manager/9.1.1/42db4a6cf33dac83 (running kernel: 6.17.2-2-pve)\n")
                     : QStringLiteral(
                           "pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)\n"));
        return 0;
    }
    QString v = QString::fromLatin1(nine ? kPve9Versions : kPve8Versions);
    v.replace(QStringLiteral("@CEPH@"),
              ctx.node.cephRelease.isEmpty()
                  ? QString()
                  : QStringLiteral("ceph: %1\n").arg(cephPackageVersion(ctx.node.cephRelease)));
    ctx.say(v);
    return 0;
}

int toolPvecm(Ctx &ctx)
{
    QStringList args = ctx.args;
    const QString cmd = args.isEmpty() ? QString() : args.takeFirst();
    QStringList pos;
    QMap<QString, QString> opts;
    static const QStringList known = {QStringLiteral("link0"),       QStringLiteral("link1"),
                                      QStringLiteral("fingerprint"), QStringLiteral("nodeid"),
                                      QStringLiteral("votes"),       QStringLiteral("force"),
                                      QStringLiteral("use_ssh")};
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (!a.startsWith(QLatin1Char('-'))) {
            pos << a;
            continue;
        }
        QString key = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
        QString value;
        if (key.contains(QLatin1Char('='))) {
            value = key.section(QLatin1Char('='), 1);
            key = key.section(QLatin1Char('='), 0, 0);
        } else if (key == QLatin1String("use_ssh") || key == QLatin1String("force")) {
            if (i + 1 < args.size() &&
                (args[i + 1] == QLatin1String("1") || args[i + 1] == QLatin1String("0")))
                value = args[++i];
            else
                value = QStringLiteral("1");
        } else {
            value = args.value(++i);
        }
        if (!known.contains(key))
            return pveError(
                ctx,
                QStringLiteral("Unknown option: %1\n400 unable to parse option\npvecm %2 [OPTIONS]")
                    .arg(key, cmd));
        if (value != QLatin1String("0"))
            opts.insert(key, value);
    }
    if (cmd == QLatin1String("create"))
        return pvecmCreate(ctx, pos, opts);
    if (cmd == QLatin1String("add"))
        return pvecmAdd(ctx, pos, opts);
    if (cmd == QLatin1String("status"))
        return pvecmStatus(ctx, false);
    if (cmd == QLatin1String("nodes"))
        return pvecmStatus(ctx, true);
    if (cmd == QLatin1String("updatecerts"))
        return 0;
    return pveError(
        ctx,
        QStringLiteral("ERROR: unknown command 'pvecm %1'\nUSAGE: pvecm <COMMAND> [ARGS] [OPTIONS]")
            .arg(cmd));
}

int toolPvesh(Ctx &ctx)
{
    QStringList pos;
    QString format = QStringLiteral("text");
    for (int i = 0; i < ctx.args.size(); ++i) {
        if (ctx.args[i] == QLatin1String("--output-format"))
            format = ctx.args.value(++i);
        else if (ctx.args[i].startsWith(QLatin1String("--output-format=")))
            format = ctx.args[i].mid(16);
        else if (ctx.args[i] == QLatin1String("--noborder") ||
                 ctx.args[i] == QLatin1String("--noheader"))
            continue;
        else if (ctx.args[i].startsWith(QLatin1Char('-')))
            return pveError(ctx, QStringLiteral("Unknown option: %1\n400 unable to parse option")
                                     .arg(ctx.args[i].mid(2)));
        else
            pos << ctx.args[i];
    }
    if (pos.value(0) != QLatin1String("get"))
        return pveError(
            ctx,
            QStringLiteral("the simulator supports only 'pvesh get PATH --output-format json'"));
    QString path = pos.value(1);
    while (path.endsWith(QLatin1Char('/')) && path.size() > 1)
        path.chop(1);
    QByteArray body;
    if (path == QLatin1String("/cluster/config/join")) {
        if (!isMember(ctx))
            return pveError(ctx,
                            QStringLiteral("node is not in a cluster, no join info available!"));
        QList<QByteArray> nodes;
        int id = 1;
        for (const QString &m : ctx.cluster.members) {
            NodeState n;
            ctx.loadNodeState(m, &n);
            const NodeRef *r = ctx.cluster.node(m);
            nodes << json::obj({{"name", json::str(m)},
                                {"nodeid", json::str(QString::number(id++))},
                                {"pve_addr", json::str(r->publicAddress)},
                                {"pve_fp", json::str(n.certFingerprint)},
                                {"quorum_votes", json::str(QStringLiteral("1"))},
                                {"ring0_addr", json::str(r->privateAddress)}},
                               json::Style::Compact);
        }
        const QByteArray totem =
            json::obj({{"cluster_name", json::str(ctx.cluster.clusterName)},
                       {"config_version", json::str(QString::number(ctx.cluster.configVersion))},
                       {"interface", QByteArray("{\"0\":{\"linknumber\":\"0\"}}")},
                       {"ip_version", json::str(QStringLiteral("ipv4-6"))},
                       {"link_mode", json::str(QStringLiteral("passive"))},
                       {"secauth", json::str(QStringLiteral("on"))},
                       {"version", json::str(QStringLiteral("2"))}},
                      json::Style::Compact);
        body = json::obj(
            {{"config_digest",
              json::str(seededHex(
                  ctx.cluster.clusterName + QString::number(ctx.cluster.configVersion), 40))},
             {"nodelist", json::arr(nodes, json::Style::Compact)},
             {"preferred_node", json::str(ctx.node.name)},
             {"totem", totem}},
            json::Style::Compact);
    } else if (path == QLatin1String("/cluster/status")) {
        QList<QByteArray> items;
        if (isMember(ctx)) {
            int alive = 0;
            for (const QString &m : ctx.cluster.members)
                alive += ctx.isDead(m) ? 0 : 1;
            items << json::obj({{"id", json::str(QStringLiteral("cluster"))},
                                {"name", json::str(ctx.cluster.clusterName)},
                                {"nodes", json::num(ctx.cluster.members.size())},
                                {"quorate", json::num(alive * 2 > ctx.cluster.members.size())},
                                {"type", json::str(QStringLiteral("cluster"))},
                                {"version", json::num(ctx.cluster.configVersion)}},
                               json::Style::Compact);
        }
        const QStringList names = isMember(ctx) ? ctx.cluster.members : QStringList{ctx.node.name};
        for (int i = 0; i < names.size(); ++i) {
            const NodeRef *r = ctx.cluster.node(names[i]);
            items << json::obj({{"id", json::str(QStringLiteral("node/") + names[i])},
                                {"ip", json::str(r ? r->privateAddress : QString())},
                                {"level", json::str(QString())},
                                {"local", json::num(names[i] == ctx.node.name)},
                                {"name", json::str(names[i])},
                                {"nodeid", json::num(isMember(ctx) ? i + 1 : 0)},
                                {"online", json::num(!ctx.isDead(names[i]))},
                                {"type", json::str(QStringLiteral("node"))}},
                               json::Style::Compact);
        }
        body = json::arr(items, json::Style::Compact);
    } else if (path == QLatin1String("/nodes")) {
        QList<QByteArray> items;
        const QStringList names = isMember(ctx) ? ctx.cluster.members : QStringList{ctx.node.name};
        for (const QString &n : names)
            items << json::obj({{"node", json::str(n)},
                                {"status", json::str(ctx.isDead(n) ? QStringLiteral("offline")
                                                                   : QStringLiteral("online"))},
                                {"type", json::str(QStringLiteral("node"))}},
                               json::Style::Compact);
        body = json::arr(items, json::Style::Compact);
    } else if (path == QLatin1String("/version")) {
        const bool nine = ctx.node.pveMajor >= 9;
        body = json::obj(
            {{"release", json::str(nine ? QStringLiteral("9.1") : QStringLiteral("8.2"))},
             {"repoid", json::str(nine ? QStringLiteral("42db4a6cf33dac83")
                                       : QStringLiteral("faa83925c9641325"))},
             {"version", json::str(nine ? QStringLiteral("9.1.1") : QStringLiteral("8.2.4"))}},
            json::Style::Compact);
    } else {
        return pveError(ctx, QStringLiteral("No 'get' handler defined for '%1'").arg(path));
    }
    // Only JSON is simulated; "text" prints the same JSON (documented).
    ctx.out += body + '\n';
    return 0;
}

} // namespace pveha::sim
