// SPDX-License-Identifier: GPL-3.0-or-later
// Bad spec files through the real binary: every subcommand loads --spec the same way, prints
// every problem with its field path, and exits 2 (CLI.md). Nothing crashes on any input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject example()
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/cluster.example.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example");
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Sets (or with an undefined value, removes) the value at a path such as "nodes[1].sshPort".
QJsonValue setPath(const QJsonValue &root, QStringList parts, const QJsonValue &value)
{
    const QString head = parts.takeFirst();
    const qsizetype bracket = head.indexOf(QLatin1Char('['));
    if (bracket >= 0) {
        const QString key = head.left(bracket);
        const int index = head.mid(bracket + 1).chopped(1).toInt();
        QJsonObject obj = root.toObject();
        QJsonArray array = obj.value(key).toArray();
        if (parts.isEmpty()) {
            if (value.isUndefined())
                array.removeAt(index);
            else
                array[index] = value;
        } else {
            array[index] = setPath(array.at(index), parts, value);
        }
        obj.insert(key, array);
        return obj;
    }
    QJsonObject obj = root.toObject();
    if (parts.isEmpty()) {
        if (value.isUndefined())
            obj.remove(head);
        else
            obj.insert(head, value);
    } else {
        obj.insert(head, setPath(obj.value(head), parts, value));
    }
    return obj;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runBinary(const QStringList &args)
{
    static QTemporaryDir state;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PVEHA_APP_BINARY), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class SpecCliTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void badSpecs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reported");
        const auto row = [](const char *name, const char *path, const QJsonValue &v,
                            const char *reported = nullptr) {
            QTest::newRow(name) << QString::fromLatin1(path) << v
                                << QString::fromLatin1(reported ? reported : path);
        };
        const QJsonValue removed; // undefined: remove the field
        row("version 2", "version", 2);
        row("cluster name too long", "cluster.name", QStringLiteral("a-very-long-cluster-name"));
        row("cluster name with space", "cluster.name", QStringLiteral("my cluster"));
        row("cluster name missing", "cluster.name", removed);
        row("ssh user shell", "ssh.user", QStringLiteral("root;id"));
        row("host key policy unknown", "ssh.hostKeyPolicy", QStringLiteral("trust-all"));
        row("identity file newline", "ssh.identityFile", QStringLiteral("~/.ssh/id\nrm -rf /"));
        row("node name underscore", "nodes[0].name", QStringLiteral("node_01"));
        row("node name command", "nodes[1].name", QStringLiteral("$(reboot)"));
        row("duplicate node name", "nodes[2].name", QStringLiteral("node-01"));
        row("public address bad", "nodes[0].publicAddress", QStringLiteral("203.0.113.300"));
        row("duplicate public address", "nodes[1].publicAddress", QStringLiteral("203.0.113.11"));
        row("ssh port zero", "nodes[0].sshPort", 0);
        row("ssh port too big", "nodes[2].sshPort", 70000);
        row("ssh port as text", "nodes[1].sshPort", QStringLiteral("22"));
        row("private address short", "nodes[1].privateAddress", QStringLiteral("10.0.0"));
        row("private address outside", "nodes[2].privateAddress", QStringLiteral("10.0.1.3"));
        row("duplicate private address", "nodes[2].privateAddress", QStringLiteral("10.0.0.1"));
        row("private address missing", "nodes[0].privateAddress", removed);
        row("interface with slash", "network.privateInterface", QStringLiteral("enp1s0/1"));
        row("interface too long", "network.privateInterface", QStringLiteral("enp1s0f1enp1s0f1"));
        row("bridge with space", "network.bridge", QStringLiteral("vmbr 1"));
        row("bridge equals interface", "network.bridge", QStringLiteral("enp1s0f1"));
        row("cidr without prefix", "network.cidr", QStringLiteral("10.0.0.0"));
        row("cidr host bits", "network.cidr", QStringLiteral("10.0.0.1/24"));
        row("mtu too small", "network.mtu", 576);
        row("mtu too large", "network.mtu", 10000);
        row("os disk relative", "storage.osDisk", QStringLiteral("nvme0n1"));
        row("db device equals os disk", "storage.dbDevice", QStringLiteral("/dev/nvme0n1"));
        row("raid disk is the os disk", "storage.raidDevices[3]", QStringLiteral("/dev/nvme0n1"));
        row("raid disk traversal", "storage.raidDevices[0]", QStringLiteral("/dev/../etc/passwd"));
        row("raid level 0", "storage.raidLevel", 0);
        row("md device not md", "storage.mdDevice", QStringLiteral("/dev/sde"));
        row("volume group with space", "storage.volumeGroup", QStringLiteral("ceph raid"));
        row("logical volume reserved", "storage.logicalVolume", QStringLiteral("snapshot1"));
        row("repository unknown", "ceph.repository", QStringLiteral("test"));
        row("public network bad", "ceph.publicNetwork", QStringLiteral("10.0.0.0/33"));
        row("pool name starts with digit", "ceph.pool.name", QStringLiteral("1pool"));
        row("pool size above nodes", "ceph.pool.size", 4);
        row("pool min size above size", "ceph.pool.minSize", 4);
        row("autoscale as text", "ceph.pool.pgAutoscale", QStringLiteral("on"));
        row("ha group with space", "ha.group", QStringLiteral("Cluster Prod"));
        row("ha node unknown", "ha.nodes[2]", QStringLiteral("node-09"));
        row("vmid 99", "ha.resources[0].vmid", 99);
        row("provider unknown", "firewall.provider", QStringLiteral("iptables"));
        row("endpoint unknown", "firewall.apiEndpoint", QStringLiteral("ovh-mars"));
        row("gui source not cidr", "firewall.guiSources[0]", QStringLiteral("anywhere"));
        row("admin source bad", "firewall.adminSources[1]", QStringLiteral("198.51.100.8/40"));
        row("inter node as text", "firewall.allowInterNode", QStringLiteral("yes"));
    }
    void badSpecs()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reported);
        const QJsonValue mutated = setPath(example(), path.split(QLatin1Char('.')), value);
        const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag())
                                                .replace(QLatin1Char(' '), QLatin1Char('-')) +
                                            QStringLiteral(".json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(mutated.toObject()).toJson());
        out.close();
        // Every subcommand loads the spec first; two of them are enough to show it.
        for (const QString &command : {QStringLiteral("validate"), QStringLiteral("plan")}) {
            const Run r = runBinary({command, QStringLiteral("--spec"), file});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(reported + QStringLiteral(": ")), qPrintable(r.err));
        }
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid json")
            << QByteArray("{\n  \"version\": 1,\n  \"cluster\": {\n    \"name\": \"x\",,\n}\n")
            << QStringLiteral("line 4");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12)
                                << QStringLiteral("line 1");
        QTest::newRow("top-level array") << QByteArray("[1, 2, 3]") << QString();
    }
    void unreadableFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = m_dir.filePath(QStringLiteral("unreadable.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(content);
        out.close();
        const Run r = runBinary({QStringLiteral("health"), QStringLiteral("--spec"), file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    void missingFile()
    {
        const Run r = runBinary({QStringLiteral("validate"), QStringLiteral("--spec"),
                                 m_dir.filePath(QStringLiteral("nope.json"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nope.json")), qPrintable(r.err));
    }

    void manyProblemsAtOnce()
    {
        QJsonValue spec = setPath(example(), {QStringLiteral("network"), QStringLiteral("mtu")}, 1);
        spec = setPath(spec, {QStringLiteral("nodes[0]"), QStringLiteral("sshPort")}, -5);
        spec =
            setPath(spec, {QStringLiteral("ceph"), QStringLiteral("pool"), QStringLiteral("name")},
                    QStringLiteral("_x"));
        const QString file = m_dir.filePath(QStringLiteral("many.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(spec.toObject()).toJson());
        out.close();
        const Run r =
            runBinary({QStringLiteral("report"), QStringLiteral("--spec"), file,
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.html"))});
        QCOMPARE(r.exitCode, 2);
        for (const char *path : {"network.mtu: ", "nodes[0].sshPort: ", "ceph.pool.name: "})
            QVERIFY2(r.err.contains(QLatin1String(path)), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.html"))));
    }

    void exampleIsValid()
    {
        // The seed itself passes spec loading: whatever plan says next, it is not exit 2.
        const Run r = runBinary({QStringLiteral("plan"), QStringLiteral("--spec"),
                                 QStringLiteral(PVEHA_FIXTURES_DIR "/cluster.example.json")});
        QVERIFY2(r.exitCode != 2, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(SpecCliTest)
#include "SpecCliTest.moc"
