// SPDX-License-Identifier: GPL-3.0-or-later
// Loading and saving spec files: defaults, round trips, file and JSON errors.
#include "spec/ClusterSpec.h"

#include "SpecTestUtil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PVEHA_FIXTURES_DIR) + QLatin1Char('/') + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Field by field, so that a failure names the field (operator== alone would not).
void compareAll(const ClusterSpec &a, const ClusterSpec &b)
{
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.cluster.name, b.cluster.name);
    QCOMPARE(a.ssh.user, b.ssh.user);
    QCOMPARE(a.ssh.identityFile, b.ssh.identityFile);
    QCOMPARE(a.ssh.knownHostsFile, b.ssh.knownHostsFile);
    QCOMPARE(toString(a.ssh.hostKeyPolicy), toString(b.ssh.hostKeyPolicy));
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        QCOMPARE(a.nodes[i].name, b.nodes[i].name);
        QCOMPARE(a.nodes[i].publicAddress, b.nodes[i].publicAddress);
        QCOMPARE(a.nodes[i].sshPort, b.nodes[i].sshPort);
        QCOMPARE(a.nodes[i].privateAddress, b.nodes[i].privateAddress);
    }
    QCOMPARE(a.network.privateInterface, b.network.privateInterface);
    QCOMPARE(a.network.bridge, b.network.bridge);
    QCOMPARE(a.network.cidr, b.network.cidr);
    QCOMPARE(a.network.mtu, b.network.mtu);
    QCOMPARE(a.storage.osDisk, b.storage.osDisk);
    QCOMPARE(a.storage.dbDevice, b.storage.dbDevice);
    QCOMPARE(a.storage.raidDevices, b.storage.raidDevices);
    QCOMPARE(a.storage.raidLevel, b.storage.raidLevel);
    QCOMPARE(a.storage.mdDevice, b.storage.mdDevice);
    QCOMPARE(a.storage.volumeGroup, b.storage.volumeGroup);
    QCOMPARE(a.storage.logicalVolume, b.storage.logicalVolume);
    QCOMPARE(toString(a.ceph.repository), toString(b.ceph.repository));
    QCOMPARE(a.ceph.publicNetwork, b.ceph.publicNetwork);
    QCOMPARE(a.ceph.clusterNetwork, b.ceph.clusterNetwork);
    QCOMPARE(a.ceph.pool.name, b.ceph.pool.name);
    QCOMPARE(a.ceph.pool.size, b.ceph.pool.size);
    QCOMPARE(a.ceph.pool.minSize, b.ceph.pool.minSize);
    QCOMPARE(a.ceph.pool.pgAutoscale, b.ceph.pool.pgAutoscale);
    QCOMPARE(a.ceph.pool.addStorage, b.ceph.pool.addStorage);
    QCOMPARE(a.ha.group, b.ha.group);
    QCOMPARE(a.ha.nodes, b.ha.nodes);
    QCOMPARE(a.ha.resources.size(), b.ha.resources.size());
    for (qsizetype i = 0; i < a.ha.resources.size(); ++i)
        QCOMPARE(a.ha.resources[i].vmid, b.ha.resources[i].vmid);
    const FirewallPart &fa = a.firewall;
    const FirewallPart &fb = b.firewall;
    QCOMPARE(toString(fa.provider), toString(fb.provider));
    QCOMPARE(fa.apiEndpoint, fb.apiEndpoint);
    QCOMPARE(fa.guiSources, fb.guiSources);
    QCOMPARE(fa.adminSources, fb.adminSources);
    QCOMPARE(fa.allowInterNode, fb.allowInterNode);
    QCOMPARE(fa.allowTcpEstablished, fb.allowTcpEstablished);
    QCOMPARE(fa.extraRules.size(), fb.extraRules.size());
    for (qsizetype i = 0; i < fa.extraRules.size(); ++i) {
        const FirewallRuleSpec &ra = fa.extraRules[i];
        const FirewallRuleSpec &rb = fb.extraRules[i];
        QCOMPARE(ra.sequence, rb.sequence);
        QCOMPARE(ra.action, rb.action);
        QCOMPARE(ra.protocol, rb.protocol);
        QCOMPARE(ra.source, rb.source);
        QCOMPARE(ra.destinationPort, rb.destinationPort);
        QCOMPARE(ra.sourcePort, rb.sourcePort);
        QCOMPARE(ra.comment, rb.comment);
    }
    QVERIFY(a == b);
}

} // namespace

class SpecJsonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleEqualsFixture()
    {
        const SpecLoadResult r = ClusterSpec::loadFile(fixture("cluster.example.json"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        compareAll(ClusterSpec::example(), r.spec);
        if (QTest::currentTestFailed())
            return;
        // Saving the example writes the contract's file, byte for byte (plus a final newline).
        QByteArray expected = spectest::exampleBytes();
        if (!expected.endsWith('\n'))
            expected += '\n';
        QCOMPARE(ClusterSpec::example().toJson(), expected);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("example") << fixture("cluster.example.json");
        QTest::newRow("every field away from its default") << fixture("specs/full-nondefault.json");
        QTest::newRow("minimal") << fixture("specs/minimal.json");
    }

    void roundTrip()
    {
        QFETCH(QString, file);
        const SpecLoadResult first = ClusterSpec::loadFile(file);
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString saved = dir.filePath(QStringLiteral("saved.json"));
        QString error;
        QVERIFY2(first.spec.saveFile(saved, &error), qPrintable(error));
        const SpecLoadResult second = ClusterSpec::loadFile(saved);
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        compareAll(first.spec, second.spec);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(readAll(saved), second.spec.toJson()); // stable: a second save changes nothing
    }

    void fullSpecIsWrittenInFileOrder()
    {
        const QByteArray original = readAll(fixture("specs/full-nondefault.json"));
        const SpecLoadResult r = ClusterSpec::loadJson(original);
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(QString::fromUtf8(r.spec.toJson()), QString::fromUtf8(original));
    }

    /// Guards operator==: changing any one field makes the specs differ.
    void everyFieldCounts_data()
    {
        QTest::addColumn<QString>("mutation");
        const char *rows[] = {"version=2",
                              R"(cluster.name="x")",
                              R"(ssh.user="x")",
                              R"(ssh.identityFile="x")",
                              R"(ssh.knownHostsFile="x")",
                              R"(ssh.hostKeyPolicy="strict")",
                              R"(nodes[1].name="x")",
                              R"(nodes[1].publicAddress="x")",
                              "nodes[1].sshPort=23",
                              R"(nodes[1].privateAddress="x")",
                              "-nodes[2]",
                              R"(network.privateInterface="x")",
                              R"(network.bridge="x")",
                              R"(network.cidr="x")",
                              "network.mtu=1500",
                              R"(storage.osDisk="x")",
                              R"(storage.dbDevice="x")",
                              R"(storage.raidDevices[0]="x")",
                              "storage.raidLevel=6",
                              R"(storage.mdDevice="x")",
                              R"(storage.volumeGroup="x")",
                              R"(storage.logicalVolume="x")",
                              R"(ceph.repository="enterprise")",
                              R"(ceph.publicNetwork="x")",
                              R"(ceph.clusterNetwork="x")",
                              R"(ceph.pool.name="x")",
                              "ceph.pool.size=2",
                              "ceph.pool.minSize=1",
                              "ceph.pool.pgAutoscale=false",
                              "ceph.pool.addStorage=false",
                              R"(ha.group="x")",
                              R"(ha.nodes[0]="x")",
                              "ha.resources[0].vmid=101",
                              "ha.resources=[]",
                              R"(firewall.provider="none")",
                              R"(firewall.apiEndpoint="ovh-ca")",
                              R"(firewall.guiSources[0]="x")",
                              R"(firewall.adminSources[1]="x")",
                              "firewall.allowInterNode=false",
                              "firewall.allowTcpEstablished=false",
                              "firewall.extraRules[0].sequence=4",
                              R"(firewall.extraRules[0].action="deny")",
                              R"(firewall.extraRules[0].protocol="tcp")",
                              R"(firewall.extraRules[0].source="x")",
                              "firewall.extraRules[0].destinationPort=1",
                              "firewall.extraRules[0].sourcePort=124",
                              R"(firewall.extraRules[0].comment="x")",
                              "-firewall.extraRules[1]"};
        for (const char *m : rows)
            QTest::newRow(m) << QString::fromUtf8(m);
    }

    void everyFieldCounts()
    {
        QFETCH(QString, mutation);
        QJsonObject base = spectest::exampleObject();
        base = spectest::mutate(
            base,
            QStringLiteral(
                R"(firewall.extraRules=[{"sequence":3,"action":"permit","protocol":"udp","source":"0.0.0.0/0","sourcePort":123,"comment":"c"},{"sequence":4,"action":"deny","protocol":"icmp","source":"0.0.0.0/0"}])"));
        const ClusterSpec a = ClusterSpec::loadJson(QJsonDocument(base).toJson()).spec;
        const ClusterSpec b =
            ClusterSpec::loadJson(QJsonDocument(spectest::mutate(base, mutation)).toJson()).spec;
        QVERIFY(a == a);
        QVERIFY(a != b);
    }

    void defaultsWhenOmitted()
    {
        const SpecLoadResult r = ClusterSpec::loadFile(fixture("specs/minimal.json"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const ClusterSpec &s = r.spec;
        QCOMPARE(s.ssh.user, QStringLiteral("root"));
        QCOMPARE(s.ssh.identityFile, QString());
        QCOMPARE(s.ssh.knownHostsFile, QStringLiteral("~/.ssh/known_hosts"));
        QVERIFY(s.ssh.hostKeyPolicy == HostKeyPolicy::Ask);
        for (const NodeSpec &n : s.nodes)
            QCOMPARE(n.sshPort, 22);
        QCOMPARE(s.network.bridge, QStringLiteral("vmbr1"));
        QCOMPARE(s.network.mtu, 9000);
        QCOMPARE(s.storage.raidLevel, 5);
        QCOMPARE(s.storage.mdDevice, QStringLiteral("/dev/md0"));
        QCOMPARE(s.storage.volumeGroup, QStringLiteral("ceph-raid"));
        QCOMPARE(s.storage.logicalVolume, QStringLiteral("osd"));
        QVERIFY(s.ceph.repository == CephRepository::NoSubscription);
        QCOMPARE(s.ceph.publicNetwork, QStringLiteral("10.1.0.0/24"));
        QCOMPARE(s.ceph.clusterNetwork, QStringLiteral("10.1.0.0/24"));
        QCOMPARE(s.ceph.pool.size, 3);
        QCOMPARE(s.ceph.pool.minSize, 2);
        QCOMPARE(s.ceph.pool.pgAutoscale, true);
        QCOMPARE(s.ceph.pool.addStorage, true);
        QCOMPARE(s.ha.nodes,
                 (QStringList{QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")}));
        QVERIFY(s.ha.resources.isEmpty());
        QVERIFY(s.firewall.provider == FirewallProvider::None);
        QCOMPARE(s.firewall.apiEndpoint, QStringLiteral("ovh-eu"));
        QVERIFY(s.firewall.guiSources.isEmpty());
        QVERIFY(s.firewall.adminSources.isEmpty());
        QCOMPARE(s.firewall.allowInterNode, true);
        QCOMPARE(s.firewall.allowTcpEstablished, true);
        QVERIFY(s.firewall.extraRules.isEmpty());
        // A default-constructed spec agrees with the file's defaults.
        const ClusterSpec d;
        QVERIFY(d.ssh == s.ssh);
        QCOMPARE(d.storage.mdDevice, s.storage.mdDevice);
        QCOMPARE(d.ceph.pool.size, s.ceph.pool.size);
    }

    void savesOwnerOnlyAndAtomically()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cluster.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
            old.close();
            QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ReadGroup | QFileDevice::ReadOther));
        }
        QString error;
        QVERIFY2(ClusterSpec::example().saveFile(path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        QCOMPARE(readAll(path), ClusterSpec::example().toJson());
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("cluster.json")}); // no temporary file left

        const QString nowhere = dir.filePath(QStringLiteral("missing/dir/cluster.json"));
        QVERIFY(!ClusterSpec::example().saveFile(nowhere, &error));
        QVERIFY2(error.contains(nowhere), qPrintable(error));
    }

    void loadFailures_data()
    {
        QTest::addColumn<QByteArray>("content"); // written to a file; "<none>" = no file
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        using S = SpecLoadResult::Status;
        QTest::newRow("missing file") << QByteArray("<none>") << int(S::FileError) << 0 << 0
                                      << QStringLiteral("Cannot read the spec file");
        QTest::newRow("directory")
            << QByteArray("<dir>") << int(S::FileError) << 0 << 0 << QStringLiteral("directory");
        QTest::newRow("empty file")
            << QByteArray() << int(S::JsonError) << 1 << 1 << QStringLiteral("empty");
        QTest::newRow("only blanks")
            << QByteArray("  \n\n ") << int(S::JsonError) << 1 << 1 << QStringLiteral("empty");
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"version\": 1\n  \"cluster\": {}\n}\n") << int(S::JsonError) << 3
            << 3 << QStringLiteral("line 3, column 3");
        QTest::newRow("trailing comma")
            << QByteArray("{\n  \"version\": 1,\n}\n") << int(S::JsonError) << 3 << 1
            << QStringLiteral("not valid JSON");
        QTest::newRow("unquoted key after accents")
            << QByteArray("{\"cluster\": {\"name\": \"é\"}, name: 1}") << int(S::JsonError) << 1
            << 28 << QStringLiteral("column 28"); // columns count characters, not bytes
        QTest::newRow("truncated") << QByteArray("{\"version\": 1, \"nodes\": [")
                                   << int(S::JsonError) << 1 << 25 << QStringLiteral("line 1");
        QTest::newRow("top-level array") << QByteArray("[1, 2]") << int(S::Invalid) << 0 << 0
                                         << QStringLiteral("not a JSON object");
        QTest::newRow("top-level text") << QByteArray("\"cluster\"") << int(S::JsonError) << 1 << 1
                                        << QStringLiteral("not valid JSON");
        QTest::newRow("top-level object in an array")
            << QByteArray("[{\"version\": 1}]") << int(S::Invalid) << 0 << 0
            << QStringLiteral("not a JSON object");
    }

    void loadFailures()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(QStringLiteral("spec.json"));
        if (content == "<dir>") {
            path = dir.path();
        } else if (content != "<none>") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const SpecLoadResult r = ClusterSpec::loadFile(path);
        QCOMPARE(int(r.status), status);
        QCOMPARE(r.line, line);
        QCOMPARE(r.column, column);
        QVERIFY2(r.describe().contains(message), qPrintable(r.describe()));
        QVERIFY(!r.ok());
    }

    void unknownFieldsAreNoticed()
    {
        const SpecLoadResult r = ClusterSpec::loadJson(spectest::mutated(
            {QStringLiteral("nodes[0].sshport=2222"), QStringLiteral(R"(owner="me")")}));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QCOMPARE(r.spec.nodes[0].sshPort, 22);
        QCOMPARE(r.notices.size(), 2);
        QCOMPARE(r.notices[0].path, QStringLiteral("owner"));
        QCOMPARE(r.notices[1].path, QStringLiteral("nodes[0].sshport"));
        QVERIFY(r.notices[1].message.contains(QStringLiteral("spelling")));
    }

    void formatsProblemsOnePerLine()
    {
        const QList<SpecProblem> problems{
            {QStringLiteral("nodes[1].privateAddress"), QStringLiteral("first.")},
            {QString(), QStringLiteral("whole file.")},
            {QStringLiteral("ha.group"), QStringLiteral("third.")}};
        QCOMPARE(formatProblems(problems),
                 QStringLiteral("nodes[1].privateAddress: first.\nwhole file.\nha.group: third."));
        QCOMPARE(formatProblems({}), QString());
        QCOMPARE(quotedValue(QStringLiteral("a\"b\\c\nd\te\x01")),
                 QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\u0001\""));
        QCOMPARE(quotedValue(QString(70, QLatin1Char('x'))), QLatin1Char('"') +
                                                                 QString(60, QLatin1Char('x')) +
                                                                 QChar(0x2026) + QLatin1Char('"'));
    }

    /// A wrong JSON type is reported once, not again by the rule that checks the value.
    void typeProblemHidesRuleProblem()
    {
        const SpecLoadResult r =
            ClusterSpec::loadJson(spectest::mutated({QStringLiteral("cluster.name=5")}));
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems[0].path, QStringLiteral("cluster.name"));
        QVERIFY(r.problems[0].message.startsWith(QStringLiteral("5 is not text")));
    }

    /// The fixture the command-line tests use for exit code 2.
    void badFixtureNamesTheField()
    {
        const SpecLoadResult r = ClusterSpec::loadFile(fixture("specs/bad-private-address.json"));
        QCOMPARE(r.status, SpecLoadResult::Status::Invalid);
        QCOMPARE(r.describe(), QStringLiteral("nodes[1].privateAddress: \"10.0.0\" is not an IPv4 "
                                              "address (expected four numbers 0–255 such as "
                                              "10.0.0.2)."));
    }

    void briefExampleMessage()
    {
        const SpecLoadResult r = ClusterSpec::loadJson(
            spectest::mutated({QStringLiteral(R"(nodes[1].privateAddress="10.0.0")")}));
        QCOMPARE(r.describe(), QStringLiteral("nodes[1].privateAddress: \"10.0.0\" is not an IPv4 "
                                              "address (expected four numbers 0–255 such as "
                                              "10.0.0.2)."));
    }
};

QTEST_GUILESS_MAIN(SpecJsonTest)
#include "SpecJsonTest.moc"
