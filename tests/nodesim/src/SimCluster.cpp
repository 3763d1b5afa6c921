// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding a simulated cluster: one state root and file system per node, the shared cluster
// directory (corosync, ceph, HA, and /etc/pve), and the control knobs tests turn.
#include "NodeSim.h"
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pveha::sim {
namespace {

constexpr qint64 kNvmeBytes = 512110190592LL;
constexpr qint64 kHddBytes = 6001175126016LL;
constexpr qint64 GiB = 1024LL * 1024 * 1024;

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    return true;
}

QString interfacesFile(const SimNodeConfig &n)
{
    QString s =
        QStringLiteral("auto lo\niface lo inet loopback\n\niface %1 inet manual\n\n"
                       "auto vmbr0\niface vmbr0 inet static\n\taddress %2/24\n"
                       "\tgateway %3\n\tbridge-ports %1\n\tbridge-stp off\n\tbridge-fd 0\n\n")
            .arg(n.publicInterface, n.publicAddress,
                 n.publicAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".254"));
    if (!n.privateNetworkConfigured) {
        s += QStringLiteral("iface %1 inet manual\n\n").arg(n.privateInterface);
    } else {
        const QString mtu =
            n.privateMtu != 1500 ? QStringLiteral("\tmtu %1\n").arg(n.privateMtu) : QString();
        s += QStringLiteral("auto %1\niface %1 inet manual\n%2\n").arg(n.privateInterface, mtu);
        s += QStringLiteral("auto %1\niface %1 inet static\n\taddress %2/%3\n\tbridge-ports %4\n"
                            "\tbridge-stp off\n\tbridge-fd 0\n%5\n")
                 .arg(n.bridge, n.privateAddress)
                 .arg(n.privatePrefix)
                 .arg(n.privateInterface, mtu);
    }
    return s + QStringLiteral("source /etc/network/interfaces.d/*\n");
}

Disk makeDisk(const SimDiskConfig &c, NodeState &node)
{
    Disk d;
    d.name = c.name;
    d.size = c.sizeBytes;
    d.rota = c.rotational;
    d.tran = c.transport;
    d.model = c.model;
    d.serial = c.serial;
    const QString seed = node.name + c.name;
    switch (c.content) {
    case DiskContent::Empty:
        break;
    case DiskContent::Ext4:
        d.fstype = QStringLiteral("ext4");
        d.fsUuid = seededUuid(seed + QStringLiteral("ext4"));
        break;
    case DiskContent::Partitioned: {
        d.ptable = QStringLiteral("gpt");
        const QString p = c.name + (c.name.startsWith(QLatin1String("nvme")) ? QStringLiteral("p1")
                                                                             : QStringLiteral("1"));
        d.parts << Partition{p, c.sizeBytes - 2 * 1024 * 1024, QStringLiteral("ext4"),
                             seededUuid(seed + QStringLiteral("p1")), QString()};
        break;
    }
    case DiskContent::OsInstall: {
        d.ptable = QStringLiteral("gpt");
        const QString p = c.name + QStringLiteral("p");
        const qint64 p3 = c.sizeBytes - 1031168 - GiB - 2 * 1024 * 1024;
        d.parts << Partition{p + QLatin1Char('1'), 1031168, QString(), QString(), QString()};
        d.parts << Partition{p + QLatin1Char('2'), GiB, QStringLiteral("vfat"),
                             seededHex(seed, 8).toUpper().insert(4, QLatin1Char('-')),
                             QStringLiteral("/boot/efi")};
        d.parts << Partition{p + QLatin1Char('3'), p3, QString(), QString(), QString()};
        const QString pv = QStringLiteral("/dev/") + p + QLatin1Char('3');
        node.pvs << Pv{pv, QStringLiteral("pve"), p3, seededUuid(seed + QStringLiteral("pv"))};
        node.vgs << Vg{QStringLiteral("pve"), seededUuid(seed + QStringLiteral("vg"))};
        const qint64 swap = 8 * GiB, root = 96 * GiB, data = p3 - swap - root - 16 * GiB;
        node.lvs << Lv{QStringLiteral("pve"),
                       QStringLiteral("swap"),
                       swap,
                       QStringLiteral("dm-0"),
                       QStringLiteral("swap"),
                       QStringLiteral("[SWAP]"),
                       seededUuid(seed + QStringLiteral("swap")),
                       {}};
        node.lvs << Lv{QStringLiteral("pve"),
                       QStringLiteral("root"),
                       root,
                       QStringLiteral("dm-1"),
                       QStringLiteral("ext4"),
                       QStringLiteral("/"),
                       seededUuid(seed + QStringLiteral("root")),
                       {}};
        node.lvs << Lv{QStringLiteral("pve"),
                       QStringLiteral("data"),
                       data,
                       QStringLiteral("dm-2"),
                       QString(),
                       QString(),
                       seededUuid(seed + QStringLiteral("data")),
                       {}};
        node.nextDm = 3;
        break;
    }
    }
    return d;
}

QList<Iface> makeIfaces(const SimNodeConfig &n, int index)
{
    const auto mac = [index](int k) {
        return QStringLiteral("a0:36:9f:%1:%2:%3")
            .arg(index, 2, 16, QLatin1Char('0'))
            .arg(k, 2, 16, QLatin1Char('0'))
            .arg(index * 16 + k, 2, 16, QLatin1Char('0'));
    };
    QList<Iface> l;
    l << Iface{QStringLiteral("lo"),
               QStringLiteral("loopback"),
               1,
               65536,
               true,
               QStringLiteral("00:00:00:00:00:00"),
               {QStringLiteral("127.0.0.1/8")},
               {},
               {}};
    l << Iface{n.publicInterface,
               QStringLiteral("ether"),
               2,
               1500,
               true,
               mac(0),
               {},
               QStringLiteral("vmbr0"),
               {}};
    const int privMtu = n.privateNetworkConfigured ? n.privateMtu : 1500;
    l << Iface{n.privateInterface,
               QStringLiteral("ether"),
               3,
               privMtu,
               true,
               mac(1),
               {},
               n.privateNetworkConfigured ? n.bridge : QString(),
               {}};
    l << Iface{QStringLiteral("vmbr0"),
               QStringLiteral("bridge"),
               4,
               1500,
               true,
               mac(0),
               {n.publicAddress + QStringLiteral("/24")},
               {},
               n.publicAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".254")};
    if (n.privateNetworkConfigured)
        l << Iface{n.bridge,
                   QStringLiteral("bridge"),
                   5,
                   privMtu,
                   true,
                   mac(1),
                   {n.privateAddress + QLatin1Char('/') + QString::number(n.privatePrefix)},
                   {},
                   {}};
    return l;
}

QByteArray certPem(const QString &seed, QString *fingerprint)
{
    QByteArray der = QByteArray::fromHex(seededHex(seed + QStringLiteral("cert"), 1400).toLatin1());
    der[0] = '\x30';
    const QByteArray b64 = der.toBase64();
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    for (int i = 0; i < b64.size(); i += 64)
        pem += b64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    *fingerprint = fingerprintOfPem(pem);
    return pem;
}

template<typename F>
bool withCluster(const QString &dir, F change)
{
    const QString c = dir + QStringLiteral("/cluster");
    ClusterLock lock(c);
    if (!lock.locked())
        return false;
    QJsonObject o;
    if (!loadJsonFile(c + QStringLiteral("/cluster.json"), &o))
        return false;
    ClusterState s = ClusterState::fromJson(o);
    if (!change(s))
        return false;
    return saveJsonFile(c + QStringLiteral("/cluster.json"), s.toJson());
}

qint64 simNow(const ClusterState &c)
{
    return QDateTime::currentMSecsSinceEpoch() + c.clockOffsetMs;
}

} // namespace

QList<SimDiskConfig> SimNodeConfig::standardDisks(int index)
{
    const QString n = QString::number(index);
    QList<SimDiskConfig> d;
    d << SimDiskConfig{QStringLiteral("nvme0n1"),
                       kNvmeBytes,
                       false,
                       QStringLiteral("nvme"),
                       QStringLiteral("SAMSUNG MZVL2512HCJQ-00B00"),
                       QStringLiteral("S675NX0T10000") + n,
                       DiskContent::OsInstall};
    d << SimDiskConfig{QStringLiteral("nvme1n1"),
                       kNvmeBytes,
                       false,
                       QStringLiteral("nvme"),
                       QStringLiteral("SAMSUNG MZVL2512HCJQ-00B00"),
                       QStringLiteral("S675NX0T20000") + n,
                       DiskContent::Empty};
    const char *letters = "abcd";
    for (int i = 0; i < 4; ++i)
        d << SimDiskConfig{QStringLiteral("sd") + QLatin1Char(letters[i]),
                           kHddBytes,
                           true,
                           QStringLiteral("sata"),
                           QStringLiteral("HGST HUS726T6TALE6L4"),
                           QStringLiteral("V8G%1%2ABC").arg(index).arg(i),
                           DiskContent::Empty};
    return d;
}

SimNodeConfig SimNodeConfig::standard(int index)
{
    SimNodeConfig c;
    c.name = QStringLiteral("node-%1").arg(index, 2, 10, QLatin1Char('0'));
    c.publicAddress = QStringLiteral("203.0.113.%1").arg(10 + index);
    c.privateAddress = QStringLiteral("10.0.0.%1").arg(index);
    c.disks = standardDisks(index);
    return c;
}

SimDiskConfig *SimNodeConfig::disk(const QString &n)
{
    for (SimDiskConfig &d : disks)
        if (d.name == n)
            return &d;
    return nullptr;
}

QList<SimNodeConfig> SimCluster::defaultNodes()
{
    return {SimNodeConfig::standard(1), SimNodeConfig::standard(2), SimNodeConfig::standard(3)};
}

QProcessEnvironment SimNode::environment(const QString &shimDir) const
{
    QProcessEnvironment e;
    e.insert(QStringLiteral("PATH"), shimDir + QStringLiteral(":/usr/bin:/bin"));
    e.insert(QStringLiteral("NODESIM_ROOT"), root);
    e.insert(QStringLiteral("NODESIM_CLUSTER"), cluster);
    e.insert(QStringLiteral("HOME"), root + QStringLiteral("/fs/root"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return e;
}

QList<SimNode> SimCluster::create(const QString &dirIn, const QList<SimNodeConfig> &configs,
                                  const SimScenario &sc, QString *error)
{
    const QString dir = QDir::cleanPath(QFileInfo(dirIn).absoluteFilePath());
    const QString clusterDir = dir + QStringLiteral("/cluster");
    QDir(clusterDir).removeRecursively();
    QDir(dir + QStringLiteral("/nodes")).removeRecursively();
    if (!QDir().mkpath(clusterDir + QStringLiteral("/pmxcfs/priv"))) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(clusterDir);
        return {};
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ClusterState cs;
    cs.timeScale = sc.timeScale > 0 ? sc.timeScale : 1.0;
    cs.raidSyncSeconds = sc.raidSyncSeconds;
    cs.pgPeeringSeconds = sc.pgPeeringSeconds;
    cs.networkRollbackSeconds = sc.networkRollbackSeconds;
    cs.switchMtu = sc.switchMtu;
    cs.ha = HaTimings{sc.haLrmDeadAfter, sc.haFenceAfter, sc.haRecoveryAfter, sc.haStartedAfter};
    cs.delaysMs = sc.delaysMs;
    for (const SimFailure &f : sc.failures)
        cs.failRules << FailRule{f.node, f.tool, f.argsPattern, f.exitCode, f.stderrText};
    QList<SimNode> result;
    int index = 0;
    for (const SimNodeConfig &c : configs) {
        ++index;
        const QString root = dir + QStringLiteral("/nodes/") + c.name;
        const QString fs = root + QStringLiteral("/fs");
        for (const char *sub :
             {"root", "tmp", "etc/corosync", "etc/apt/apt.conf.d", "etc/apt/sources.list.d",
              "etc/network/interfaces.d", "var/lib/ceph", "var/lib/vz", "var/log", "boot",
              "proc/sys/net/ipv4", "dev", "run"})
            QDir().mkpath(fs + QLatin1Char('/') + QLatin1String(sub));
        NodeState n;
        n.name = c.name;
        n.publicAddress = c.publicAddress;
        n.privateAddress = c.privateAddress;
        n.privateInterface = c.privateInterface;
        n.domain = c.domain;
        n.pveMajor = c.pveMajor;
        n.rootPassword = c.rootPassword;
        n.timeSynced = c.timeSynced;
        n.ifreloadBreaksNetwork = c.ifreloadBreaksNetwork;
        for (const SimDiskConfig &d : c.disks)
            n.disks << makeDisk(d, n);
        n.ifaces = makeIfaces(c, index);
        n.packages = QStringList{QStringLiteral("lvm2"), QStringLiteral("chrony"),
                                 QStringLiteral("ifupdown2"), QStringLiteral("openssl"),
                                 QStringLiteral("initramfs-tools")} +
                     c.extraPackages;
        n.activeServices = {QStringLiteral("ssh"), QStringLiteral("chrony"),
                            QStringLiteral("networking")};
        if (c.pveMajor > 0) {
            n.packages << QStringLiteral("proxmox-ve") << QStringLiteral("pve-manager");
            n.activeServices << QStringLiteral("pve-cluster") << QStringLiteral("pveproxy")
                             << QStringLiteral("pvedaemon") << QStringLiteral("pvestatd")
                             << QStringLiteral("pve-ha-lrm") << QStringLiteral("pve-ha-crm");
            const QByteArray pem = certPem(dir + c.name, &n.certFingerprint);
            writeText(clusterDir + QStringLiteral("/pmxcfs/nodes/") + c.name +
                          QStringLiteral("/pve-ssl.pem"),
                      QString::fromLatin1(pem));
            QDir().mkpath(clusterDir + QStringLiteral("/pmxcfs/nodes/") + c.name +
                          QStringLiteral("/qemu-server"));
        }
        const QString fqdn = c.name + QLatin1Char('.') + c.domain;
        writeText(fs + QStringLiteral("/etc/hostname"), c.name + QLatin1Char('\n'));
        writeText(fs + QStringLiteral("/etc/hosts"),
                  QStringLiteral("127.0.0.1 localhost.localdomain localhost\n%1 %2 %3\n\n"
                                 "# The following lines are desirable for IPv6 capable hosts\n"
                                 "::1     ip6-localhost ip6-loopback\n")
                      .arg(c.publicAddress, fqdn, c.name));
        writeText(fs + QStringLiteral("/etc/network/interfaces"), interfacesFile(c));
        const bool trixie = c.pveMajor >= 9;
        writeText(fs + QStringLiteral("/etc/debian_version"),
                  trixie ? QStringLiteral("13.2\n") : QStringLiteral("12.6\n"));
        writeText(
            fs + QStringLiteral("/etc/os-release"),
            trixie
                ? QStringLiteral(
                      "PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nNAME=\"Debian GNU/Linux\"\n"
                      "VERSION_ID=\"13\"\nVERSION_CODENAME=trixie\nID=debian\n")
                : QStringLiteral(
                      "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian GNU/Linux\"\n"
                      "VERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\nID=debian\n"));
        writeText(fs + QStringLiteral("/proc/sys/net/ipv4/ip_forward"), QStringLiteral("0\n"));
        writeText(fs + QStringLiteral("/proc/cmdline"),
                  QStringLiteral(
                      "BOOT_IMAGE=/boot/vmlinuz-6.8.8-2-pve root=/dev/mapper/pve-root ro quiet\n"));
        writeText(fs + QStringLiteral("/etc/passwd"),
                  QStringLiteral("root:x:0:0:root:/root:/bin/bash\nsimulated:x:1000:1000::/home/"
                                 "simulated:/bin/sh\n"));
        if (!saveJsonFile(root + QStringLiteral("/state.json"), n.toJson())) {
            if (error)
                *error = QStringLiteral("cannot write %1/state.json").arg(root);
            return {};
        }
        NodeRef ref{c.name, root, c.publicAddress, c.privateAddress, 0, 0};
        if (sc.deadNodes.contains(c.name))
            ref.deadSinceMs = now;
        cs.nodes << ref;
        result << SimNode{c.name, root, clusterDir};
    }
    if (sc.withTestVm && !configs.isEmpty() && configs.first().pveMajor > 0) {
        const QString first = configs.first().name;
        cs.vms << Vm{100, QStringLiteral("test-ha"), first, QStringLiteral("running"), 2048, 32};
        writeText(clusterDir + QStringLiteral("/pmxcfs/nodes/") + first +
                      QStringLiteral("/qemu-server/100.conf"),
                  QStringLiteral(
                      "boot: order=scsi0\ncores: 2\nmemory: 2048\nname: test-ha\n"
                      "net0: virtio=BC:24:11:00:01:00,bridge=vmbr0\n"
                      "scsi0: local-lvm:vm-100-disk-0,size=32G\nscsihw: virtio-scsi-single\n"));
    }
    if (!saveJsonFile(clusterDir + QStringLiteral("/cluster.json"), cs.toJson())) {
        if (error)
            *error = QStringLiteral("cannot write %1/cluster.json").arg(clusterDir);
        return {};
    }
    return result;
}

QList<SimNode> SimCluster::nodes(const QString &dirIn)
{
    const QString dir = QDir::cleanPath(QFileInfo(dirIn).absoluteFilePath());
    QJsonObject o;
    if (!loadJsonFile(dir + QStringLiteral("/cluster/cluster.json"), &o))
        return {};
    QList<SimNode> out;
    for (const NodeRef &r : ClusterState::fromJson(o).nodes)
        out << SimNode{r.name, r.root, dir + QStringLiteral("/cluster")};
    return out;
}

bool SimCluster::crash(const QString &dir, const QString &node)
{
    return withCluster(dir, [&](ClusterState &c) {
        NodeRef *r = c.node(node);
        if (!r)
            return false;
        if (r->deadSinceMs == 0)
            r->deadSinceMs = simNow(c);
        return true;
    });
}

bool SimCluster::revive(const QString &dir, const QString &node)
{
    return withCluster(dir, [&](ClusterState &c) {
        NodeRef *r = c.node(node);
        if (!r)
            return false;
        materializeHa(c, simNow(c));
        // Its monitor rejoins (a new election) and its OSDs boot, marked in again if out.
        const qint64 now = simNow(c);
        if (r->deadSinceMs > 0 && c.mons.contains(node))
            c.quorumChangedMs = now;
        for (const CephOsd &o : c.osds)
            if (r->deadSinceMs > 0 && o.host == node) {
                c.osdsUpChangedMs = now;
                if (double(now - r->deadSinceMs) / 1000.0 * c.timeScale >= 600)
                    c.osdsInChangedMs = now;
            }
        r->deadSinceMs = 0;
        r->unreachableUntilMs = 0;
        return true;
    });
}

bool SimCluster::advanceClock(const QString &dir, double seconds)
{
    return withCluster(dir, [&](ClusterState &c) {
        c.clockOffsetMs += qint64(seconds * 1000.0 / c.timeScale);
        return true;
    });
}

bool SimCluster::setTimeScale(const QString &dir, double scale)
{
    return scale > 0 && withCluster(dir, [&](ClusterState &c) {
               c.timeScale = scale;
               return true;
           });
}

bool SimCluster::addFailure(const QString &dir, const SimFailure &f)
{
    return withCluster(dir, [&](ClusterState &c) {
        c.failRules << FailRule{f.node, f.tool, f.argsPattern, f.exitCode, f.stderrText};
        return true;
    });
}

bool SimCluster::clearFailures(const QString &dir)
{
    return withCluster(dir, [&](ClusterState &c) {
        c.failRules.clear();
        return true;
    });
}

bool SimCluster::setDelay(const QString &dir, const QString &tool, int ms)
{
    return withCluster(dir, [&](ClusterState &c) {
        c.delaysMs[tool] = ms;
        return true;
    });
}

} // namespace pveha::sim
