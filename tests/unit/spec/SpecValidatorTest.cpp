// SPDX-License-Identifier: GPL-3.0-or-later
// (No raw string literal here may hold "//": moc would take it for a comment.)
// Bad specs, one per row: a mutation of the example and the exact field path the problem must
// name. The example itself is valid (checked first), so each problem comes from its mutation.
#include "spec/ClusterSpec.h"

#include "SpecTestUtil.h"

#include <QTest>

using namespace pveha;
using spectest::mutated;

namespace {

QString paths(const QList<SpecProblem> &problems)
{
    QStringList out;
    for (const SpecProblem &p : problems)
        out << p.path;
    return out.join(QLatin1String(", "));
}

QString sources(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << QStringLiteral("\"198.51.100.%1/32\"").arg(i + 1);
    return QLatin1Char('[') + list.join(QLatin1Char(',')) + QLatin1Char(']');
}

const QString extraRule = QStringLiteral(
    R"(firewall.extraRules[0]={"sequence":10,"action":"permit","protocol":"tcp","source":"192.0.2.0/24","destinationPort":443})");

} // namespace

class SpecValidatorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleIsValid()
    {
        const SpecLoadResult r = ClusterSpec::loadJson(spectest::exampleBytes());
        QCOMPARE(r.status, SpecLoadResult::Status::Ok);
        QVERIFY2(r.problems.isEmpty(), qPrintable(r.describe()));
        QVERIFY(r.notices.isEmpty());
        QVERIFY(ClusterSpec::example().validate().isEmpty());
    }

    void rejectsBadSpec_data()
    {
        QTest::addColumn<QStringList>("mutations");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        const auto row = [](const char *name, const QStringList &m, const char *path,
                            const QString &message = QString()) {
            QTest::newRow(name) << m << QString::fromUtf8(path) << message;
        };
        const auto S = [](const char *s) { return QString::fromUtf8(s); };
        // version and cluster
        row("version 2", {S("version=2")}, "version", S("expected 1"));
        row("version missing", {S("-version")}, "version", S("missing"));
        row("version as text", {S(R"(version="1")")}, "version", S("whole number"));
        row("cluster name too long", {S(R"(cluster.name="cluster-pve-ha-01")")}, "cluster.name",
            S("1 to 15"));
        row("cluster name underscore", {S(R"(cluster.name="pve_ha")")}, "cluster.name");
        row("cluster name missing", {S("-cluster.name")}, "cluster.name");
        row("cluster not an object", {S(R"(cluster="pve")")}, "cluster", S("not an object"));
        // ssh
        row("ssh user upper case", {S(R"(ssh.user="Root")")}, "ssh.user", S("login name"));
        row("ssh user empty", {S(R"(ssh.user="")")}, "ssh.user");
        row("host key policy", {S(R"(ssh.hostKeyPolicy="yes")")}, "ssh.hostKeyPolicy",
            S("strict, accept-new, ask"));
        row("identity newline", {S(R"(ssh.identityFile="~/.ssh/id\nrm")")}, "ssh.identityFile",
            S("control character"));
        row("known hosts bell", {S(R"(ssh.knownHostsFile="kh\u0007")")}, "ssh.knownHostsFile");
        row("known hosts empty", {S(R"(ssh.knownHostsFile="")")}, "ssh.knownHostsFile");
        row("identity number", {S("ssh.identityFile=5")}, "ssh.identityFile", S("not text"));
        // nodes
        row("two nodes", {S("-nodes[2]")}, "nodes", S("at least 3"));
        row("nodes not a list", {S("nodes={}")}, "nodes", S("not a list"));
        row("node not an object", {S(R"(nodes[1]="node-02")")}, "nodes[1]", S("not an object"));
        row("node name leading hyphen", {S(R"(nodes[1].name="-node")")}, "nodes[1].name");
        row("node name with dot", {S(R"(nodes[1].name="node.02")")}, "nodes[1].name");
        row("node name 64 chars", {S("nodes[1].name=\"") + QString(64, QLatin1Char('a')) + S("\"")},
            "nodes[1].name");
        row("duplicate node name", {S(R"(nodes[2].name="node-01")")}, "nodes[2].name",
            S("already the name of nodes[0]"));
        row("duplicate node name case", {S(R"(nodes[2].name="NODE-01")")}, "nodes[2].name");
        row("public address 3 octets", {S(R"(nodes[0].publicAddress="203.0.113")")},
            "nodes[0].publicAddress", S("neither an IPv4 address nor a hostname"));
        row("public address leading zero", {S(R"(nodes[0].publicAddress="203.0.113.011")")},
            "nodes[0].publicAddress");
        row("duplicate public address", {S(R"(nodes[2].publicAddress="203.0.113.11")")},
            "nodes[2].publicAddress", S("already the public address of nodes[0]"));
        row("hostname with edge firewall", {S(R"(nodes[0].publicAddress="node-01.example.com")")},
            "nodes[0].publicAddress", S("Edge firewall"));
        row("ssh port 0", {S("nodes[0].sshPort=0")}, "nodes[0].sshPort", S("1 to 65535"));
        row("ssh port 65536", {S("nodes[0].sshPort=65536")}, "nodes[0].sshPort");
        row("ssh port as text", {S(R"(nodes[0].sshPort="22")")}, "nodes[0].sshPort",
            S(R"("22" is not a whole number)"));
        row("ssh port fraction", {S("nodes[0].sshPort=22.5")}, "nodes[0].sshPort",
            S("whole number"));
        row("ssh port huge", {S("nodes[0].sshPort=1e12")}, "nodes[0].sshPort");
        row("private address 3 octets", {S(R"(nodes[1].privateAddress="10.0.0")")},
            "nodes[1].privateAddress",
            S(R"("10.0.0" is not an IPv4 address (expected four numbers 0–255 such as 10.0.0.2))"));
        row("private octet 256", {S(R"(nodes[1].privateAddress="10.0.0.256")")},
            "nodes[1].privateAddress");
        row("private outside cidr", {S(R"(nodes[1].privateAddress="10.0.1.2")")},
            "nodes[1].privateAddress", S("not inside the private network 10.0.0.0/24"));
        row("private network address", {S(R"(nodes[1].privateAddress="10.0.0.0")")},
            "nodes[1].privateAddress", S("network or broadcast"));
        row("private broadcast", {S(R"(nodes[1].privateAddress="10.0.0.255")")},
            "nodes[1].privateAddress", S("network or broadcast"));
        row("duplicate private", {S(R"(nodes[2].privateAddress="10.0.0.1")")},
            "nodes[2].privateAddress", S("already the private address of nodes[0]"));
        row("private missing", {S("-nodes[0].privateAddress")}, "nodes[0].privateAddress");
        // network
        row("interface too long", {S(R"(network.privateInterface="enp1s0f1np1vrack")")},
            "network.privateInterface", S("1 to 15"));
        row("interface slash", {S(R"(network.privateInterface="enp1s0/1")")},
            "network.privateInterface");
        row("interface colon", {S(R"(network.privateInterface="eth0:1")")},
            "network.privateInterface");
        row("interface missing", {S("-network.privateInterface")}, "network.privateInterface");
        row("bridge space", {S(R"(network.bridge="vmbr 1")")}, "network.bridge");
        row("bridge is the nic", {S(R"(network.bridge="enp1s0f1")")}, "network.bridge",
            S("also the private interface"));
        row("cidr host bits", {S(R"(network.cidr="10.0.0.1/24")")}, "network.cidr",
            S("network address 10.0.0.0/24"));
        row("cidr without prefix", {S(R"(network.cidr="10.0.0.0")")}, "network.cidr", S("CIDR"));
        row("cidr /33", {S(R"(network.cidr="10.0.0.0/33")")}, "network.cidr");
        row("mtu 1279", {S("network.mtu=1279")}, "network.mtu", S("1280 to 9216"));
        row("mtu 9217", {S("network.mtu=9217")}, "network.mtu");
        row("mtu as text", {S(R"(network.mtu="9000")")}, "network.mtu", S("whole number"));
        // storage
        row("os disk relative", {S(R"(storage.osDisk="sda")")}, "storage.osDisk", S("device path"));
        row("os disk dotdot", {S(R"(storage.osDisk="/dev/../etc/passwd")")}, "storage.osDisk");
        row("db device is os disk", {S(R"(storage.dbDevice="/dev/nvme0n1")")}, "storage.dbDevice",
            S("already used as storage.osDisk"));
        row("os disk in raid", {S(R"(storage.raidDevices[0]="/dev/nvme0n1")")},
            "storage.raidDevices[0]", S("already used as storage.osDisk"));
        row("db device in raid", {S(R"(storage.raidDevices[3]="/dev/nvme1n1")")},
            "storage.raidDevices[3]", S("storage.dbDevice"));
        row("raid disk twice", {S(R"(storage.raidDevices[1]="/dev/sda")")},
            "storage.raidDevices[1]", S("storage.raidDevices[0]"));
        row("raid 5 with 2 disks", {S(R"(storage.raidDevices=["/dev/sda","/dev/sdb"])")},
            "storage.raidDevices", S("RAID 5 needs at least 3 disks, but 2 are listed"));
        row("raid 6 with 3 disks",
            {S("storage.raidLevel=6"),
             S(R"(storage.raidDevices=["/dev/sda","/dev/sdb","/dev/sdc"])")},
            "storage.raidDevices", S("RAID 6 needs at least 4"));
        row("raid 10 with 5 disks",
            {S("storage.raidLevel=10"), S(R"(storage.raidDevices[4]="/dev/sde")")},
            "storage.raidDevices", S("even number"));
        row("raid 1 with 1 disk",
            {S("storage.raidLevel=1"), S(R"(storage.raidDevices=["/dev/sda"])")},
            "storage.raidDevices", S("RAID 1 needs at least 2"));
        row("raid level 4", {S("storage.raidLevel=4")}, "storage.raidLevel", S("1, 5, 6 or 10"));
        row("raid devices not a list", {S(R"(storage.raidDevices="/dev/sda")")},
            "storage.raidDevices", S("not a list"));
        row("raid device number", {S("storage.raidDevices[2]=3")}, "storage.raidDevices[2]",
            S("not text"));
        row("md device not md", {S(R"(storage.mdDevice="/dev/sde")")}, "storage.mdDevice",
            S("/dev/md0"));
        row("vg leading hyphen", {S(R"(storage.volumeGroup="-ceph")")}, "storage.volumeGroup",
            S("volume group"));
        row("lv reserved prefix", {S(R"(storage.logicalVolume="snapshot1")")},
            "storage.logicalVolume", S("logical volume"));
        row("lv reserved infix", {S(R"(storage.logicalVolume="osd_rimage")")},
            "storage.logicalVolume");
        // ceph
        row("repository", {S(R"(ceph.repository="pro")")}, "ceph.repository",
            S("no-subscription, enterprise"));
        row("public network /33", {S(R"(ceph.publicNetwork="10.0.0.0/33")")}, "ceph.publicNetwork");
        row("cluster network host bits", {S(R"(ceph.clusterNetwork="10.0.0.5/24")")},
            "ceph.clusterNetwork", S("host bits"));
        row("public network misses nodes", {S(R"(ceph.publicNetwork="192.168.0.0/24")")},
            "ceph.publicNetwork", S("does not contain the private address 10.0.0.1"));
        row("pool name digit first", {S(R"(ceph.pool.name="1pool")")}, "ceph.pool.name",
            S("storage id"));
        row("pool name trailing hyphen", {S(R"(ceph.pool.name="pool-")")}, "ceph.pool.name");
        row("pool name one char", {S(R"(ceph.pool.name="p")")}, "ceph.pool.name");
        row("min size above size", {S("ceph.pool.size=2"), S("ceph.pool.minSize=3")},
            "ceph.pool.minSize", S("larger than ceph.pool.size 2"));
        row("size above node count", {S("ceph.pool.size=4")}, "ceph.pool.size", S("lists 3 node"));
        row("size 0", {S("ceph.pool.size=0")}, "ceph.pool.size");
        row("min size 0", {S("ceph.pool.minSize=0")}, "ceph.pool.minSize");
        row("autoscale as text", {S(R"(ceph.pool.pgAutoscale="on")")}, "ceph.pool.pgAutoscale",
            S("true or false"));
        row("pool not an object", {S("ceph.pool=[]")}, "ceph.pool");
        // ha
        row("ha group digit first", {S(R"(ha.group="1group")")}, "ha.group", S("HA group id"));
        row("ha group one char", {S(R"(ha.group="a")")}, "ha.group");
        row("ha node unknown", {S(R"(ha.nodes[1]="node-09")")}, "ha.nodes[1]",
            S("node-01, node-02, node-03"));
        row("ha node twice", {S(R"(ha.nodes[2]="node-01")")}, "ha.nodes[2]", S("twice"));
        row("vmid 99", {S("ha.resources[0].vmid=99")}, "ha.resources[0].vmid",
            S("100 to 999999999"));
        row("vmid too large", {S("ha.resources[0].vmid=1000000000")}, "ha.resources[0].vmid");
        row("vmid twice", {S(R"(ha.resources[1]={"vmid":100})")}, "ha.resources[1].vmid",
            S("already listed"));
        row("vmid as text", {S(R"(ha.resources[0].vmid="100")")}, "ha.resources[0].vmid",
            S("whole number"));
        row("vmid fraction", {S("ha.resources[0].vmid=100.5")}, "ha.resources[0].vmid");
        row("vmids without ha nodes", {S("ha.nodes=[]")}, "ha.nodes", S("no node"));
        row("resource not an object", {S("ha.resources[0]=100")}, "ha.resources[0]");
        // firewall
        row("provider", {S(R"(firewall.provider="ovh")")}, "firewall.provider",
            S("ovh-edge, none"));
        row("endpoint name", {S(R"(firewall.apiEndpoint="ovh-fr")")}, "firewall.apiEndpoint",
            S("ovh-eu, ovh-ca, ovh-us"));
        row("endpoint scheme", {S("firewall.apiEndpoint=\"ftp://eu.api.ovh.com/1.0\"")},
            "firewall.apiEndpoint");
        row("endpoint port", {S("firewall.apiEndpoint=\"http://127.0.0.1:70000/1.0\"")},
            "firewall.apiEndpoint");
        row("endpoint query", {S("firewall.apiEndpoint=\"https://eu.api.ovh.com/1.0?x=1\"")},
            "firewall.apiEndpoint");
        row("gui source without prefix", {S(R"(firewall.guiSources[0]="198.51.100.7")")},
            "firewall.guiSources[0]", S("CIDR"));
        row("admin source host bits", {S(R"(firewall.adminSources[0]="198.51.100.7/24")")},
            "firewall.adminSources[0]", S("198.51.100.0/24"));
        row("no admin source", {S("firewall.adminSources=[]")}, "firewall.adminSources",
            S("lock you out"));
        row("admin source twice", {S(R"(firewall.adminSources[1]="198.51.100.7/32")")},
            "firewall.adminSources[1]", S("twice"));
        row("gui sources not a list", {S(R"(firewall.guiSources="0.0.0.0/0")")},
            "firewall.guiSources");
        row("inter node as text", {S(R"(firewall.allowInterNode="yes")")},
            "firewall.allowInterNode");
        row("sequence 20", {extraRule, S("firewall.extraRules[0].sequence=20")},
            "firewall.extraRules[0].sequence", S("0 to 18"));
        row("sequence 19", {extraRule, S("firewall.extraRules[0].sequence=19")},
            "firewall.extraRules[0].sequence", S("19 holds"));
        row("sequence -1", {extraRule, S("firewall.extraRules[0].sequence=-1")},
            "firewall.extraRules[0].sequence");
        row("sequence missing", {extraRule, S("-firewall.extraRules[0].sequence")},
            "firewall.extraRules[0].sequence", S("no sequence"));
        row("sequence twice",
            {extraRule,
             S(R"(firewall.extraRules[1]={"sequence":10,"action":"deny","protocol":"icmp","source":"0.0.0.0/0"})")},
            "firewall.extraRules[1].sequence", S("already used by firewall.extraRules[0]"));
        row("rule action", {extraRule, S(R"(firewall.extraRules[0].action="allow")")},
            "firewall.extraRules[0].action", S("permit or deny"));
        row("rule protocol", {extraRule, S(R"(firewall.extraRules[0].protocol="http")")},
            "firewall.extraRules[0].protocol", S("ah, esp, gre"));
        row("rule source", {extraRule, S(R"(firewall.extraRules[0].source="any")")},
            "firewall.extraRules[0].source");
        row("rule port 70000", {extraRule, S("firewall.extraRules[0].destinationPort=70000")},
            "firewall.extraRules[0].destinationPort", S("0 to 65535"));
        row("port with icmp", {extraRule, S(R"(firewall.extraRules[0].protocol="icmp")")},
            "firewall.extraRules[0].destinationPort", S("only applies to tcp or udp"));
        row("source port with ipv4",
            {extraRule, S(R"(firewall.extraRules[0].protocol="ipv4")"),
             S("-firewall.extraRules[0].destinationPort"),
             S("firewall.extraRules[0].sourcePort=53")},
            "firewall.extraRules[0].sourcePort", S("only applies to tcp or udp"));
        row("port as text", {extraRule, S(R"(firewall.extraRules[0].destinationPort="443")")},
            "firewall.extraRules[0].destinationPort", S("whole number"));
        row("rule not an object", {S("firewall.extraRules[0]=7")}, "firewall.extraRules[0]");
        row("rule comment newline", {extraRule, S(R"(firewall.extraRules[0].comment="a\nb")")},
            "firewall.extraRules[0].comment");
        // 1 GUI + 16 admin + 2 other nodes + established + deny = 21 rules
        row("21 derived rules", {S("firewall.adminSources=") + sources(16)}, "firewall",
            S("would need 21 Edge firewall rules"));
        row("extra rules push past 20",
            {S("firewall.adminSources=") + sources(14), extraRule,
             S(R"(firewall.extraRules[1]={"sequence":11,"action":"deny","protocol":"udp","source":"0.0.0.0/0"})")},
            "firewall", S("would need 21"));
    }

    void rejectsBadSpec()
    {
        QFETCH(QStringList, mutations);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const SpecLoadResult r = ClusterSpec::loadJson(mutated(mutations));
        QCOMPARE(r.status, SpecLoadResult::Status::Invalid);
        const auto it = std::find_if(r.problems.cbegin(), r.problems.cend(),
                                     [&](const SpecProblem &p) { return p.path == path; });
        QVERIFY2(it != r.problems.cend(), qPrintable(QLatin1String("no problem at ") + path +
                                                     QLatin1String("; got: ") + paths(r.problems)));
        QVERIFY2(it->message.contains(message), qPrintable(it->message));
        QVERIFY(it->message.endsWith(QLatin1Char('.')));
        QVERIFY(r.describe().contains(path + QLatin1String(": ") + it->message));
        // One problem per line, whatever the values hold.
        QCOMPARE(r.describe().count(QLatin1Char('\n')), r.problems.size() - 1);
    }

    void rejectsShellSyntax_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        // Every value that reaches a command line on a node (or the OVH API URL).
        const QList<QPair<const char *, const char *>> fields{
            {"cluster.name", "pve"},
            {"ssh.user", "root"},
            {"nodes[0].name", "node-01"},
            {"nodes[0].publicAddress", "203.0.113.11"},
            {"nodes[1].publicAddress", "node-02.example.com"},
            {"nodes[0].privateAddress", "10.0.0.1"},
            {"network.privateInterface", "enp1s0f1"},
            {"network.bridge", "vmbr1"},
            {"network.cidr", "10.0.0.0/24"},
            {"storage.osDisk", "/dev/nvme0n1"},
            {"storage.dbDevice", "/dev/nvme1n1"},
            {"storage.raidDevices[0]", "/dev/sda"},
            {"storage.mdDevice", "/dev/md0"},
            {"storage.volumeGroup", "ceph-raid"},
            {"storage.logicalVolume", "osd"},
            {"ceph.publicNetwork", "10.0.0.0/24"},
            {"ceph.clusterNetwork", "10.0.0.0/24"},
            {"ceph.pool.name", "Stockage-HA"},
            {"ha.group", "Cluster-Prod"},
            {"ha.nodes[0]", "node-01"},
            {"firewall.apiEndpoint", "https://eu.api.ovh.com/1.0"},
            {"firewall.guiSources[0]", "0.0.0.0/0"},
            {"firewall.adminSources[0]", "198.51.100.7/32"},
        };
        const QList<QPair<const char *, const char *>> payloads{
            {"semicolon", "; rm -rf /"},
            {"command substitution", "$(reboot)"},
            {"backticks", "`id`"},
            {"newline", "\nid"},
            {"single quote", "'"},
            {"double quote", "\""},
            {"space", " x"},
            {"pipe", "|sh"},
            {"and", "&&id"},
            {"redirect", ">x"},
            {"glob", "*"},
            {"tab", "\tx"},
        };
        for (const auto &[path, base] : fields) {
            for (const auto &[name, payload] : payloads) {
                QTest::addRow("%s %s", path, name)
                    << QString::fromUtf8(path)
                    << QString::fromUtf8(base) + QString::fromUtf8(payload);
            }
        }
        QTest::newRow("identity file newline")
            << QStringLiteral("ssh.identityFile") << QStringLiteral("~/.ssh/id\n; rm -rf /");
        QTest::newRow("known hosts newline")
            << QStringLiteral("ssh.knownHostsFile") << QStringLiteral("~/.ssh/kh\r\n");
    }

    void rejectsShellSyntax()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QJsonObject root = spectest::exampleObject();
        if (path == QLatin1String("nodes[1].publicAddress"))
            root = spectest::mutate(root, QStringLiteral(R"(firewall.provider="none")"));
        root = spectest::mutate(root, path + QLatin1Char('=') +
                                          QString::fromUtf8(QJsonDocument(QJsonArray{value})
                                                                .toJson(QJsonDocument::Compact)
                                                                .chopped(1)
                                                                .mid(1)));
        const SpecLoadResult r = ClusterSpec::loadJson(QJsonDocument(root).toJson());
        QCOMPARE(r.status, SpecLoadResult::Status::Invalid);
        QVERIFY2(std::any_of(r.problems.cbegin(), r.problems.cend(),
                             [&](const SpecProblem &p) { return p.path == path; }),
                 qPrintable(paths(r.problems)));
        QCOMPARE(r.describe().count(QLatin1Char('\n')), r.problems.size() - 1);
    }

    void reportsEveryProblemAtOnce()
    {
        const SpecLoadResult r = ClusterSpec::loadJson(mutated({
            QStringLiteral(R"(cluster.name="this-name-is-too-long")"),
            QStringLiteral(R"(nodes[1].privateAddress="10.0.0")"),
            QStringLiteral(R"(nodes[2].sshPort="22")"),
            QStringLiteral(R"(storage.raidDevices=["/dev/sda","/dev/nvme0n1"])"),
            QStringLiteral("ceph.pool.minSize=4"),
            QStringLiteral("ha.resources[0].vmid=99"),
            QStringLiteral("firewall.extraRules[0]={\"sequence\":20}"),
        }));
        QCOMPARE(r.status, SpecLoadResult::Status::Invalid);
        const QStringList expected{
            QStringLiteral("cluster.name"),
            QStringLiteral("nodes[1].privateAddress"),
            QStringLiteral("nodes[2].sshPort"),
            QStringLiteral("storage.raidDevices"),
            QStringLiteral("storage.raidDevices[1]"),
            QStringLiteral("ceph.pool.minSize"),
            QStringLiteral("ha.resources[0].vmid"),
            QStringLiteral("firewall.extraRules[0].sequence"),
            QStringLiteral("firewall.extraRules[0].action"),
            QStringLiteral("firewall.extraRules[0].protocol"),
            QStringLiteral("firewall.extraRules[0].source"),
        };
        QStringList got;
        for (const SpecProblem &p : r.problems)
            got << p.path;
        QCOMPARE(got, expected); // all of them, each once, in the file's order
        QCOMPARE(r.describe().split(QLatin1Char('\n')).size(), expected.size());
    }

    void acceptsGoodVariants_data()
    {
        QTest::addColumn<QStringList>("mutations");
        const auto S = [](const char *s) { return QString::fromUtf8(s); };
        QTest::newRow("raid 1 with 2 disks") << QStringList{
            S("storage.raidLevel=1"), S(R"(storage.raidDevices=["/dev/sda","/dev/sdb"])")};
        QTest::newRow("raid 6 with 4 disks") << QStringList{S("storage.raidLevel=6")};
        QTest::newRow("raid 10 with 4 disks") << QStringList{S("storage.raidLevel=10")};
        QTest::newRow("raid 5 with 3 disks") << QStringList{S("-storage.raidDevices[3]")};
        QTest::newRow("hostname without edge firewall") << QStringList{
            S(R"(firewall.provider="none")"), S(R"(nodes[0].publicAddress="node-01.example.com")"),
            S("firewall.adminSources=[]")};
        QTest::newRow("bridge not vmbr") << QStringList{S(R"(network.bridge="br-vrack")")};
        QTest::newRow("pool id lower case") << QStringList{S(R"(ceph.pool.name="rbd.pool_1")")};
        QTest::newRow("md device by name") << QStringList{S(R"(storage.mdDevice="/dev/md/ceph")")};
        QTest::newRow("local test endpoint")
            << QStringList{S("firewall.apiEndpoint=\"http://127.0.0.1:8080/1.0\"")};
        QTest::newRow("extra tcp and udp rules") << QStringList{
            extraRule,
            S(R"(firewall.extraRules[1]={"sequence":0,"action":"permit","protocol":"udp","source":"192.0.2.1/32","sourcePort":53,"comment":"DNS"})")};
        QTest::newRow("four nodes") << QStringList{
            S(R"(nodes[3]={"name":"node-04","publicAddress":"203.0.113.14","privateAddress":"10.0.0.4"})"),
            S("ceph.pool.size=4")};
        QTest::newRow("single replica")
            << QStringList{S("ceph.pool.size=1"), S("ceph.pool.minSize=1")};
        QTest::newRow("largest vmid") << QStringList{S("ha.resources[0].vmid=999999999")};
        QTest::newRow("no guests, no ha nodes")
            << QStringList{S("ha.resources=[]"), S("ha.nodes=[]")};
        QTest::newRow("no gui source") << QStringList{S("firewall.guiSources=[]")};
        QTest::newRow("exactly 20 rules") << QStringList{S("firewall.adminSources=") + sources(15)};
        QTest::newRow("identity with a space")
            << QStringList{S(R"(ssh.identityFile="~/My Keys/id")")};
        QTest::newRow("identity null") << QStringList{S("ssh.identityFile=null")};
        QTest::newRow("login with underscore") << QStringList{S(R"(ssh.user="_deploy")")};
        QTest::newRow("wider private network") << QStringList{
            S(R"(network.cidr="10.0.0.0/16")"), S(R"(nodes[2].privateAddress="10.0.5.3")"),
            S(R"(ceph.publicNetwork="10.0.0.0/16")"), S(R"(ceph.clusterNetwork="10.0.0.0/16")")};
        QTest::newRow("ssh port 2222") << QStringList{S("nodes[1].sshPort=2222")};
        QTest::newRow("unknown fields tolerated")
            << QStringList{S(R"(comment="mine")"), S("nodes[0].rack=3")};
    }

    void acceptsGoodVariants()
    {
        QFETCH(QStringList, mutations);
        const SpecLoadResult r = ClusterSpec::loadJson(mutated(mutations));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
    }
};

QTEST_GUILESS_MAIN(SpecValidatorTest)
#include "SpecValidatorTest.moc"
