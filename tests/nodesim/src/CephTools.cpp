// SPDX-License-Identifier: GPL-3.0-or-later
// pveceph: install (repository, version, apt confirmation), init (writes /etc/pve/ceph.conf),
// mon create, mgr create, pool create/ls, status.
#include "Ceph.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>

namespace pveha::sim {

QString renderCephConf(const ClusterState &c)
{
    QString s =
        QStringLiteral("[global]\n        auth_client_required = cephx\n        "
                       "auth_cluster_required = cephx\n        auth_service_required = cephx\n"
                       "        cluster_network = %1\n        fsid = %2\n        "
                       "mon_allow_pool_delete = true\n")
            .arg(c.cephClusterNetwork.isEmpty() ? c.cephNetwork : c.cephClusterNetwork, c.fsid);
    if (!c.mons.isEmpty()) {
        QStringList hosts;
        for (const QString &m : c.mons)
            if (const NodeRef *r = c.node(m))
                hosts << r->privateAddress;
        s += QStringLiteral("        mon_host = %1\n").arg(hosts.join(QLatin1Char(' ')));
    }
    s += QStringLiteral("        osd_pool_default_min_size = 2\n        osd_pool_default_size = "
                        "3\n        public_network = %1\n\n"
                        "[client]\n        keyring = /etc/pve/priv/$cluster.$name.keyring\n")
             .arg(c.cephNetwork);
    for (const QString &m : c.mons)
        if (const NodeRef *r = c.node(m))
            s += QStringLiteral("\n[mon.%1]\n        public_addr = %2\n").arg(m, r->privateAddress);
    return s;
}

namespace {

int pveError(Ctx &ctx, const QString &msg)
{
    return ctx.fail(msg, 255);
}

bool parseOpts(Ctx &ctx, const QStringList &args, const QStringList &known, QStringList *pos,
               QMap<QString, QString> *opts, const QString &usage)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args[i];
        if (!a.startsWith(QLatin1Char('-'))) {
            pos->append(a);
            continue;
        }
        QString key = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1), value;
        if (key.contains(QLatin1Char('='))) {
            value = key.section(QLatin1Char('='), 1);
            key = key.section(QLatin1Char('='), 0, 0);
        } else {
            value = args.value(++i);
        }
        if (!known.contains(key)) {
            ctx.fail(QStringLiteral("Unknown option: %1\n400 unable to parse option\n%2")
                         .arg(key, usage),
                     255);
            return false;
        }
        opts->insert(key, value);
    }
    return true;
}

void writeConf(Ctx &ctx)
{
    QString err;
    ctx.writeFile(QStringLiteral("/etc/pve/ceph.conf"), renderCephConf(ctx.cluster).toUtf8(), false,
                  &err);
}

bool aptAssumeYes(const Ctx &ctx)
{
    const QString dir = ctx.hostPath(QStringLiteral("/etc/apt/apt.conf.d"));
    for (const QString &f : QDir(dir).entryList(QDir::Files)) {
        QByteArray d;
        QString err;
        if (ctx.readFile(QStringLiteral("/etc/apt/apt.conf.d/") + f, &d, &err) &&
            QString::fromUtf8(d).contains(
                QRegularExpression(QStringLiteral("Assume-Yes\\s+\"?(true|1|yes)\"?"),
                                   QRegularExpression::CaseInsensitiveOption)))
            return true;
    }
    return false;
}

int install(Ctx &ctx, const QMap<QString, QString> &opts)
{
    const bool nine = ctx.node.pveMajor >= 9;
    const QStringList versions = nine
                                     ? QStringList{QStringLiteral("squid")}
                                     : QStringList{QStringLiteral("quincy"), QStringLiteral("reef"),
                                                   QStringLiteral("squid")};
    const QString version = opts.value(QStringLiteral("version"),
                                       nine ? QStringLiteral("squid") : QStringLiteral("reef"));
    if (!versions.contains(version))
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nversion: value "
                                            "'%1' does not have a value in the enumeration '%2'\n"
                                            "pveceph install [OPTIONS]")
                                 .arg(version, versions.join(QStringLiteral(", "))));
    const QString repo = opts.value(QStringLiteral("repository"), QStringLiteral("enterprise"));
    if (!QStringList{QStringLiteral("enterprise"), QStringLiteral("no-subscription"),
                     QStringLiteral("test")}
             .contains(repo))
        return pveError(
            ctx, QStringLiteral("400 Parameter verification failed.\nrepository: value '%1' does "
                                "not have a value in the enumeration "
                                "'enterprise, no-subscription, test'\npveceph install [OPTIONS]")
                     .arg(repo));
    const QString dist = nine ? QStringLiteral("trixie") : QStringLiteral("bookworm");
    QString err;
    ctx.writeFile(QStringLiteral("/etc/apt/sources.list.d/ceph.list"),
                  QStringLiteral("deb https://%1.proxmox.com/debian/ceph-%2 %3 %4\n")
                      .arg(repo == QLatin1String("enterprise") ? QStringLiteral("enterprise")
                                                               : QStringLiteral("download"),
                           version, dist, repo)
                      .toUtf8(),
                  false, &err);
    ctx.say(QStringLiteral("update available package list\n"));
    if (repo == QLatin1String("enterprise"))
        return pveError(
            ctx,
            QStringLiteral(
                "E: Failed to fetch "
                "https://enterprise.proxmox.com/debian/ceph-%1/dists/%2/enterprise/binary-amd64/"
                "Packages"
                "  401  Unauthorized [IP: 212.224.123.70 443]\nE: Some index files failed to "
                "download. They have been "
                "ignored, or old ones used instead.\napt failed during ceph installation (25600)")
                .arg(version, dist));
    if (ctx.node.cephRelease == version) {
        ctx.say(QStringLiteral("start installation\nceph is already the newest "
                               "version.\n\ninstalled ceph %1 successfully!\n")
                    .arg(version));
        return 0;
    }
    ctx.say(QStringLiteral("start installation\nReading package lists...\nBuilding dependency "
                           "tree...\nReading state information...\n"
                           "The following NEW packages will be installed:\n  ceph ceph-base "
                           "ceph-common ceph-fuse ceph-mds ceph-mgr ceph-mon "
                           "ceph-osd ceph-volume gdisk nvme-cli\n0 upgraded, 11 newly installed, 0 "
                           "to remove and 0 not upgraded.\n"));
    // apt-get runs without -y: it needs an Assume-Yes apt setting or a "y" on stdin.
    const bool yes = aptAssumeYes(ctx) || ctx.stdinData.trimmed().toLower().startsWith('y');
    if (!yes) {
        ctx.say(QStringLiteral("Do you want to continue? [Y/n] Abort.\n"));
        return pveError(ctx, QStringLiteral("apt failed during ceph installation (256)"));
    }
    ctx.say(QStringLiteral("Do you want to continue? [Y/n] \nSetting up ceph-common (%1-pve1) "
                           "...\nSetting up ceph-mon (%1-pve1) ...\n"
                           "Setting up ceph-osd (%1-pve1) ...\n\ninstalled ceph %2 successfully!\n")
                .arg(cephReleaseVersion(version), version));
    for (const char *p : {"ceph", "ceph-base", "ceph-common", "ceph-fuse", "ceph-mds", "ceph-mgr",
                          "ceph-mon", "ceph-osd", "ceph-volume", "gdisk", "nvme-cli"})
        if (!ctx.node.packages.contains(QLatin1String(p)))
            ctx.node.packages << QLatin1String(p);
    ctx.node.cephRelease = version;
    QDir().mkpath(ctx.hostPath(QStringLiteral("/var/lib/ceph/bootstrap-osd")));
    QDir().mkpath(ctx.hostPath(QStringLiteral("/etc/ceph")));
    ctx.nodeDirty = true;
    return 0;
}

QString localAddressIn(const NodeState &n, const QString &cidr)
{
    for (const Iface &i : n.ifaces)
        for (const QString &a : i.addrs)
            if (sameSubnet(cidr, a.section(QLatin1Char('/'), 0, 0)))
                return a.section(QLatin1Char('/'), 0, 0);
    return QString();
}

int needConfig(Ctx &ctx)
{
    if (ctx.node.cephRelease.isEmpty())
        return pveError(ctx, QStringLiteral("binary not installed: /usr/bin/ceph-mon"));
    if (ctx.cluster.fsid.isEmpty())
        return pveError(
            ctx,
            QStringLiteral("pveceph configuration not initialized - missing '/etc/pve/ceph.conf'"));
    return 0;
}

void addMgr(Ctx &ctx)
{
    const QString n = ctx.node.name;
    ctx.say(
        QStringLiteral(
            "creating manager directory '/var/lib/ceph/mgr/ceph-%1'\ncreating keys for "
            "'mgr.%1'\nsetting owner for directory\n"
            "enabling service 'ceph-mgr@%1.service'\nCreated symlink "
            "/etc/systemd/system/ceph-mgr.target.wants/ceph-mgr@%1.service "
            "-> /lib/systemd/system/ceph-mgr@.service.\nstarting service 'ceph-mgr@%1.service'\n")
            .arg(n));
    QDir().mkpath(ctx.hostPath(QStringLiteral("/var/lib/ceph/mgr/ceph-") + n));
    ctx.cluster.mgrs << n;
    ctx.node.activeServices << QStringLiteral("ceph-mgr@") + n;
}

int monCreate(Ctx &ctx)
{
    if (const int rc = needConfig(ctx))
        return rc;
    const QString n = ctx.node.name;
    if (ctx.cluster.mons.contains(n))
        return pveError(ctx, QStringLiteral("monitor '%1' already exists").arg(n));
    const QString ip = localAddressIn(ctx.node, ctx.cluster.cephNetwork);
    if (ip.isEmpty())
        return pveError(ctx, QStringLiteral("unable to find local address within network '%1'")
                                 .arg(ctx.cluster.cephNetwork));
    const bool first = ctx.cluster.mons.isEmpty();
    const QString stamp = QDateTime::fromMSecsSinceEpoch(ctx.now()).toString(
        QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+0100"));
    if (first) {
        ctx.say(
            QStringLiteral("unable to get monitor info from DNS SRV with service name: "
                           "ceph-mon\nrados_connect failed - No such file or directory\n"
                           "creating new monitor keyring\ncreating /etc/pve/priv/ceph.mon.keyring\n"
                           "importing contents of /etc/pve/priv/ceph.client.admin.keyring into "
                           "/etc/pve/priv/ceph.mon.keyring\n"
                           "monmaptool: monmap file /tmp/monmap\nmonmaptool: generated fsid "
                           "%1\nsetting min_mon_release = octopus\nepoch 0\n"
                           "fsid %1\nlast_changed %2\ncreated %2\nmin_mon_release 15 "
                           "(octopus)\nelection_strategy: 1\n"
                           "0: [v2:%3:3300/0,v1:%3:6789/0] mon.%4\nmonmaptool: writing epoch 0 to "
                           "/tmp/monmap (1 monitors)\n"
                           "created the first monitor, assume it's safe to disable insecure global "
                           "ID reclaim for new setup\n"
                           "Configuring keyring for ceph-crash.service\n")
                .arg(ctx.cluster.fsid, stamp, ip, n));
        ctx.cluster.adminKey = cephKey(ctx.cluster.fsid + QStringLiteral("admin"));
        ctx.cluster.bootstrapOsdKey = cephKey(ctx.cluster.fsid + QStringLiteral("bootstrap-osd"));
        QString err;
        ctx.writeFile(
            QStringLiteral("/etc/pve/priv/ceph.client.admin.keyring"),
            QStringLiteral("[client.admin]\n\tkey = %1\n").arg(ctx.cluster.adminKey).toUtf8(),
            false, &err);
        ctx.writeFile(QStringLiteral("/etc/pve/priv/ceph.mon.keyring"),
                      QByteArray("[mon.]\n\tkey = ") + cephKey(ctx.cluster.fsid).toLatin1() + '\n',
                      false, &err);
    }
    ctx.say(QStringLiteral(
                "Created symlink /etc/systemd/system/ceph-mon.target.wants/ceph-mon@%1.service -> "
                "/lib/systemd/system/ceph-mon@.service.\n")
                .arg(n));
    ctx.cluster.mons << n;
    ctx.cluster.monCreatedMs.insert(n, ctx.now());
    ctx.node.activeServices << QStringLiteral("ceph-mon@") + n;
    QDir().mkpath(ctx.hostPath(QStringLiteral("/var/lib/ceph/mon/ceph-") + n));
    if (first && !ctx.cluster.mgrs.contains(n))
        addMgr(ctx);
    writeConf(ctx);
    ctx.clusterDirty = ctx.nodeDirty = true;
    return 0;
}

int poolCreate(Ctx &ctx, const QStringList &pos, const QMap<QString, QString> &opts)
{
    const QString usage = QStringLiteral("pveceph pool create <name> [OPTIONS]");
    if (pos.isEmpty())
        return pveError(ctx, QStringLiteral("400 not enough arguments\n") + usage);
    if (const int rc = needConfig(ctx))
        return rc;
    if (ctx.cluster.mons.isEmpty())
        return pveError(ctx, QStringLiteral("rados_connect failed - No such file or directory"));
    const QString name = pos[0];
    const int size = opts.value(QStringLiteral("size"), QStringLiteral("3")).toInt();
    const int minSize = opts.value(QStringLiteral("min_size"), QStringLiteral("2")).toInt();
    const QString mode = opts.value(QStringLiteral("pg_autoscale_mode"), QStringLiteral("warn"));
    if (size < 1 || size > 7)
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nsize: value must "
                                            "have a maximum value of 7\n") +
                                 usage);
    if (minSize < 1 || minSize > 7 || minSize > size)
        return pveError(ctx, QStringLiteral("400 Parameter verification failed.\nmin_size: value "
                                            "must have a maximum value of 7\n") +
                                 usage);
    if (!QStringList{QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("warn")}.contains(
            mode))
        return pveError(ctx,
                        QStringLiteral("400 Parameter verification failed.\npg_autoscale_mode: "
                                       "value '%1' does not have a value in the enumeration "
                                       "'on, off, warn'\n%2")
                            .arg(mode, usage));
    if (ctx.cluster.pool(name))
        return pveError(ctx, QStringLiteral("pool '%1' already exists").arg(name));
    const bool addStorage = opts.value(QStringLiteral("add_storages")) == QLatin1String("1");
    static const QRegularExpression storageId(QStringLiteral("^[a-z][a-z0-9\\-_.]*[a-z0-9]$"),
                                              QRegularExpression::CaseInsensitiveOption);
    if (addStorage && !storageId.match(name).hasMatch())
        return pveError(ctx,
                        QStringLiteral("400 Parameter verification failed.\nstorage: invalid "
                                       "format - storage ID '%1' contains illegal characters\n")
                            .arg(name));
    int id = 1;
    for (const CephPool &p : ctx.cluster.pools)
        id = qMax(id, p.id + 1);
    const int pgNum = opts.value(QStringLiteral("pg_num"), QStringLiteral("128")).toInt();
    for (const QString &line :
         {QStringLiteral("size = %1").arg(size), QStringLiteral("application = rbd"),
          QStringLiteral("min_size = %1").arg(minSize),
          QStringLiteral("pg_autoscale_mode = %1").arg(mode),
          QStringLiteral("pg_num = %1").arg(pgNum)})
        ctx.say(QStringLiteral("pool %1: applying %2\n").arg(name, line));
    CephPool p;
    p.id = id;
    p.name = name;
    p.size = size;
    p.minSize = minSize;
    p.pgNum = pgNum;
    p.autoscale = mode;
    p.createdMs = ctx.now();
    ctx.cluster.pools << p;
    if (addStorage)
        ctx.cluster.storages << Storage{name, QStringLiteral("rbd"), name,
                                        QStringLiteral("images,rootdir")};
    ctx.clusterDirty = true;
    return 0;
}

} // namespace

int toolPveceph(Ctx &ctx)
{
    QStringList args = ctx.args;
    const QString cmd = args.isEmpty() ? QString() : args.takeFirst();
    QStringList pos;
    QMap<QString, QString> opts;
    if (cmd == QLatin1String("install")) {
        if (!parseOpts(ctx, args,
                       {QStringLiteral("repository"), QStringLiteral("version"),
                        QStringLiteral("allow-experimental")},
                       &pos, &opts, QStringLiteral("pveceph install [OPTIONS]")))
            return 255;
        return install(ctx, opts);
    }
    if (cmd == QLatin1String("init")) {
        if (!parseOpts(ctx, args,
                       {QStringLiteral("network"), QStringLiteral("cluster-network"),
                        QStringLiteral("size"), QStringLiteral("min_size"),
                        QStringLiteral("pg_bits"), QStringLiteral("disable_cephx")},
                       &pos, &opts, QStringLiteral("pveceph init [OPTIONS]")))
            return 255;
        if (ctx.node.cephRelease.isEmpty())
            return pveError(ctx, QStringLiteral("binary not installed: /usr/bin/ceph-mon"));
        quint32 a = 0;
        int prefix = 0;
        for (const QString &k : {QStringLiteral("network"), QStringLiteral("cluster-network")})
            if (opts.contains(k) && !parseCidr(opts.value(k), &a, &prefix))
                return pveError(ctx, QStringLiteral("400 Parameter verification failed.\n%1: value "
                                                    "does not look like a valid CIDR network\n"
                                                    "pveceph init [OPTIONS]")
                                         .arg(k));
        if (!ctx.cluster.fsid.isEmpty())
            return 0; // an existing configuration is kept
        ctx.cluster.fsid = seededUuid(ctx.clusterDir + QString::number(ctx.now()));
        ctx.cluster.cephNetwork = opts.value(
            QStringLiteral("network"),
            ctx.node.privateAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/24"));
        ctx.cluster.cephClusterNetwork =
            opts.value(QStringLiteral("cluster-network"), ctx.cluster.cephNetwork);
        ctx.cluster.cephInitMs = ctx.now();
        ctx.clusterDirty = true;
        writeConf(ctx);
        return 0;
    }
    if (cmd == QLatin1String("mon") || cmd == QLatin1String("mgr")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub != QLatin1String("create"))
            return pveError(ctx,
                            QStringLiteral("ERROR: unknown command 'pveceph %1 %2'").arg(cmd, sub));
        if (!parseOpts(
                ctx, args,
                {QStringLiteral("mon-address"), QStringLiteral("monid"), QStringLiteral("id")},
                &pos, &opts, QStringLiteral("pveceph %1 create [OPTIONS]").arg(cmd)))
            return 255;
        if (cmd == QLatin1String("mon"))
            return monCreate(ctx);
        if (const int rc = needConfig(ctx))
            return rc;
        if (ctx.cluster.mgrs.contains(ctx.node.name))
            return pveError(
                ctx,
                QStringLiteral("ceph manager directory '/var/lib/ceph/mgr/ceph-%1' already exists")
                    .arg(ctx.node.name));
        addMgr(ctx);
        ctx.clusterDirty = ctx.nodeDirty = true;
        return 0;
    }
    if (cmd == QLatin1String("pool")) {
        const QString sub = args.isEmpty() ? QString() : args.takeFirst();
        if (sub == QLatin1String("ls") || sub == QLatin1String("list")) {
            if (!parseOpts(ctx, args,
                           {QStringLiteral("output-format"), QStringLiteral("noborder"),
                            QStringLiteral("noheader")},
                           &pos, &opts, QStringLiteral("pveceph pool ls [OPTIONS]")))
                return 255;
            QList<QByteArray> items;
            QList<QStringList> rows{{QStringLiteral("Name"), QStringLiteral("Size"),
                                     QStringLiteral("Min Size"), QStringLiteral("PG Num"),
                                     QStringLiteral("PG Autoscale Mode")}};
            for (const CephPool &p : ctx.cluster.pools) {
                items << json::obj({{"pool", json::num(p.id)},
                                    {"pool_name", json::str(p.name)},
                                    {"size", json::num(p.size)},
                                    {"min_size", json::num(p.minSize)},
                                    {"pg_num", json::num(pgCount(p))},
                                    {"pg_autoscale_mode", json::str(p.autoscale)},
                                    {"application", json::str(p.application)}},
                                   json::Style::Compact);
                rows << QStringList{p.name, QString::number(p.size), QString::number(p.minSize),
                                    QString::number(pgCount(p)), p.autoscale};
            }
            if (opts.value(QStringLiteral("output-format")).startsWith(QLatin1String("json")))
                ctx.out += json::arr(items, json::Style::Compact) + '\n';
            else
                ctx.say(textTable(rows, {false, true, true, true, false}, 1));
            return 0;
        }
        if (sub != QLatin1String("create"))
            return pveError(ctx,
                            QStringLiteral("ERROR: unknown command 'pveceph pool %1'").arg(sub));
        if (!parseOpts(ctx, args,
                       {QStringLiteral("size"), QStringLiteral("min_size"),
                        QStringLiteral("pg_autoscale_mode"), QStringLiteral("add_storages"),
                        QStringLiteral("pg_num"), QStringLiteral("application"),
                        QStringLiteral("crush_rule"), QStringLiteral("target_size")},
                       &pos, &opts, QStringLiteral("pveceph pool create <name> [OPTIONS]")))
            return 255;
        return poolCreate(ctx, pos, opts);
    }
    if (cmd == QLatin1String("osd")) {
        const QString dev = args.value(1);
        if (args.value(0) == QLatin1String("create") && dev.startsWith(QLatin1String("/dev/md")))
            return pveError(ctx, QStringLiteral("unable to get device info for '%1'").arg(dev));
        return pveError(ctx,
                        QStringLiteral("pveceph osd is not simulated: use ceph-volume lvm create"));
    }
    if (cmd == QLatin1String("status")) {
        ctx.tool = QStringLiteral("ceph");
        ctx.args = {QStringLiteral("-s")};
        return toolCeph(ctx);
    }
    return pveError(
        ctx, QStringLiteral(
                 "ERROR: unknown command 'pveceph %1'\nUSAGE: pveceph <COMMAND> [ARGS] [OPTIONS]")
                 .arg(cmd));
}

} // namespace pveha::sim
