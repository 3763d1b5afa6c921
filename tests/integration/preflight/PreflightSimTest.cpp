// SPDX-License-Identifier: GPL-3.0-or-later
// `pve-ha-installer validate --spec FILE --json`, the real binary, against three simulated
// Proxmox nodes behind three real sshd daemons (one per node, each on its own loopback address):
// the contract JSON and exit code of each scenario of issue 5.
#include "PreflightHarness.h"
#include "preflight/Preflight.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace pveha;
using pveha::test::SimSshCluster;
using pveha::test::ValidateRun;

namespace {

const QString kLsblkDbMessage =
    QStringLiteral("/dev/nvme1n1 (512 GB, SAMSUNG MZVL2512HCJQ-00B00) is an empty NVMe device.");
constexpr double kNvmeBytes = 512110190592.0;

QList<sim::SimNodeConfig> standardNodes(bool privateConfigured, int count = 3)
{
    QList<sim::SimNodeConfig> nodes;
    for (int i = 1; i <= count; ++i) {
        sim::SimNodeConfig c = sim::SimNodeConfig::standard(i);
        c.privateNetworkConfigured = privateConfigured;
        nodes << c;
    }
    return nodes;
}

QJsonObject nodeOf(const QJsonObject &doc, const QString &name)
{
    for (const QJsonValue &v : doc.value(QLatin1String("nodes")).toArray())
        if (v.toObject().value(QLatin1String("name")).toString() == name)
            return v.toObject();
    return {};
}

QJsonObject checkOf(const QJsonObject &doc, const QString &node, const QString &id)
{
    for (const QJsonValue &v : nodeOf(doc, node).value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == id)
            return v.toObject();
    return {};
}

QJsonObject meshOf(const QJsonObject &doc, const QString &from, const QString &to)
{
    for (const QJsonValue &v : doc.value(QLatin1String("mesh")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("from")).toString() == from &&
            o.value(QLatin1String("to")).toString() == to)
            return o;
    }
    return {};
}

/// The contract's fields of a check (CLI.md): id, status, message, observed, expected.
QJsonObject contractFields(QJsonObject check)
{
    check.remove(QStringLiteral("command"));
    return check;
}

QJsonObject check(const QString &id, const QString &status, const QString &message,
                  const QJsonValue &observed = QJsonValue(), const QJsonValue &expected = {})
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("observed"), observed},
                       {QStringLiteral("expected"), expected}};
}

QString pretty(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

/// Counts the statuses of every check and mesh entry, as summary should.
QJsonObject countStatuses(const QJsonObject &doc)
{
    QMap<QString, int> n{{QStringLiteral("pass"), 0},
                         {QStringLiteral("warn"), 0},
                         {QStringLiteral("fail"), 0},
                         {QStringLiteral("skip"), 0}};
    for (const QJsonValue &node : doc.value(QLatin1String("nodes")).toArray())
        for (const QJsonValue &c : node.toObject().value(QLatin1String("checks")).toArray())
            ++n[c.toObject().value(QLatin1String("status")).toString()];
    for (const QJsonValue &m : doc.value(QLatin1String("mesh")).toArray())
        ++n[m.toObject().value(QLatin1String("status")).toString()];
    QJsonObject o;
    for (auto it = n.cbegin(); it != n.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject summary(int pass, int warn, int fail, int skip)
{
    return QJsonObject{{QStringLiteral("pass"), pass},
                       {QStringLiteral("warn"), warn},
                       {QStringLiteral("fail"), fail},
                       {QStringLiteral("skip"), skip}};
}

} // namespace

class PreflightSimTest : public QObject
{
    Q_OBJECT

private:
    SimSshCluster m_cluster;

    QString name(int i) const { return m_cluster.configs().at(i).name; }

    ValidateRun validate(const ClusterSpec &spec)
    {
        const QString file = m_cluster.writeSpec(spec);
        if (file.isEmpty())
            qFatal("cannot write the spec: %s", qPrintable(m_cluster.errorString()));
        return m_cluster.validate(file);
    }
    ValidateRun validate() { return validate(m_cluster.spec(HostKeyPolicy::Strict)); }

    /// What every check of node i says when all is well (CLI.md's required ids and the rest).
    QList<QJsonObject> passingChecks(int i, bool privateConfigured) const
    {
        const QString node = name(i);
        QStringList peers;
        for (int j = 0; j < m_cluster.size(); ++j)
            if (j != i)
                peers << name(j);
        return {
            check(QStringLiteral("ssh.connect"), QStringLiteral("pass"),
                  QStringLiteral("Reached as %1@%2 (port %3).")
                      .arg(test::SshdFixture::user(), m_cluster.sshd().address(i))
                      .arg(m_cluster.sshd().port(i))),
            check(QStringLiteral("pve.version"), QStringLiteral("pass"),
                  QStringLiteral("Proxmox VE 8.2.4."), QStringLiteral("8.2.4"),
                  QStringLiteral("8.x or 9.x")),
            check(QStringLiteral("disk.os"), QStringLiteral("pass"),
                  QStringLiteral("/dev/nvme0n1 (512 GB, SAMSUNG MZVL2512HCJQ-00B00) holds the root "
                                 "filesystem; it will not be touched."),
                  QStringLiteral("/dev/nvme0n1"), QStringLiteral("/dev/nvme0n1")),
            check(QStringLiteral("disk.db"), QStringLiteral("pass"), kLsblkDbMessage, kNvmeBytes,
                  QStringLiteral("empty NVMe")),
            check(QStringLiteral("disk.raid"), QStringLiteral("pass"),
                  QStringLiteral("4 empty HDDs of 6.0 TB"), 4, 4),
            privateConfigured
                ? check(QStringLiteral("net.interface"), QStringLiteral("pass"),
                        QStringLiteral("enp1s0f1 is up with MTU 9000."), 9000, 9000)
                : check(QStringLiteral("net.interface"), QStringLiteral("pass"),
                        QStringLiteral("enp1s0f1 is up with MTU 1500 now; the network phase sets "
                                       "9000."),
                        1500, 9000),
            check(QStringLiteral("host.name"), QStringLiteral("pass"),
                  QStringLiteral("The hostname is %1.").arg(node), node, node),
            check(QStringLiteral("time.sync"), QStringLiteral("pass"),
                  QStringLiteral("The clock is synchronised (timedatectl).")),
            check(QStringLiteral("disk.rootspace"), QStringLiteral("pass"), QString()),
            check(QStringLiteral("cluster.none"), QStringLiteral("pass"),
                  QStringLiteral("The node is not in a cluster yet.")),
            check(QStringLiteral("host.resolve"), QStringLiteral("pass"),
                  QStringLiteral("/etc/hosts does not map %1 to the private addresses yet: the "
                                 "network phase writes these entries.")
                      .arg(peers.join(QStringLiteral(", ")))),
            check(QStringLiteral("repo.reach"), QStringLiteral("pass"),
                  QStringLiteral("The package repositories answer (sources checked: 4)."), 4),
        };
    }

    /// Compares node i's checks with `expected`, id by id, in order. disk.rootspace's message
    /// and observed value depend on the simulated df: checked by pattern.
    void compareChecks(const QJsonObject &doc, int i, const QList<QJsonObject> &expected)
    {
        const QJsonArray checks = nodeOf(doc, name(i)).value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), expected.size());
        for (int k = 0; k < expected.size(); ++k) {
            QJsonObject actual = contractFields(checks.at(k).toObject());
            const QJsonObject &want = expected.at(k);
            const QString id = want.value(QLatin1String("id")).toString();
            if (id == QLatin1String("disk.rootspace") &&
                want.value(QLatin1String("status")) == QLatin1String("pass")) {
                QCOMPARE(actual.value(QLatin1String("id")).toString(), id);
                QCOMPARE(actual.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
                static const QRegularExpression free(QStringLiteral("^\\d+ GB free on /\\.$"));
                QVERIFY2(free.match(actual.value(QLatin1String("message")).toString()).hasMatch(),
                         qPrintable(pretty(actual)));
                QVERIFY(actual.value(QLatin1String("observed")).toDouble() > 4.0 * (1 << 30));
                continue;
            }
            // Counted words: the untranslated forms "HDD(s)" and "1 partition(s)" are read as
            // the proper plural and singular (see the report).
            actual[QStringLiteral("message")] =
                actual.value(QLatin1String("message"))
                    .toString()
                    .replace(QLatin1String("HDD(s)"), QLatin1String("HDDs"))
                    .replace(QLatin1String(" 1 partition(s)"), QLatin1String(" 1 partition"));
            if (actual != want)
                QFAIL(qPrintable(QStringLiteral("%1 %2:\nactual %3\nexpected %4")
                                     .arg(name(i), id, pretty(actual), pretty(want))));
        }
    }

    void compareAllPass(const QJsonObject &doc, int i, bool privateConfigured)
    {
        compareChecks(doc, i, passingChecks(i, privateConfigured));
    }

    /// node i's passing checks with one replaced.
    QList<QJsonObject> passingExcept(int i, bool privateConfigured, const QJsonObject &replacement)
    {
        QList<QJsonObject> checks = passingChecks(i, privateConfigured);
        for (QJsonObject &c : checks)
            if (c.value(QLatin1String("id")) == replacement.value(QLatin1String("id")))
                c = replacement;
        return checks;
    }

    void comparePassingMesh(const QJsonObject &doc, int from, int to)
    {
        const QJsonObject m = meshOf(doc, name(from), name(to));
        QCOMPARE(m.value(QLatin1String("status")).toString(), QStringLiteral("pass"));
        QCOMPARE(m.value(QLatin1String("mtu")).toInt(), 9000);
        static const QRegularExpression passed(
            QStringLiteral("^9000 bytes pass without fragmentation \\([\\d.]+ ms\\)\\.$"));
        QVERIFY2(passed.match(m.value(QLatin1String("message")).toString()).hasMatch(),
                 qPrintable(pretty(m)));
    }

    void compareMeshEntry(const QJsonObject &doc, int from, int to, const QString &status,
                          const QString &message)
    {
        const QJsonObject want{{QStringLiteral("from"), name(from)},
                               {QStringLiteral("to"), name(to)},
                               {QStringLiteral("mtu"), 9000},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("message"), message}};
        const QJsonObject actual = meshOf(doc, name(from), name(to));
        if (actual != want)
            QFAIL(qPrintable(QStringLiteral("mesh %1 → %2:\nactual %3\nexpected %4")
                                 .arg(name(from), name(to), pretty(actual), pretty(want))));
    }

    void compareMeshOrder(const QJsonObject &doc)
    {
        const QJsonArray mesh = doc.value(QLatin1String("mesh")).toArray();
        const int n = m_cluster.size();
        QCOMPARE(mesh.size(), n * (n - 1));
        int k = 0;
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                if (i == j)
                    continue;
                const QJsonObject m = mesh.at(k++).toObject();
                QCOMPARE(m.value(QLatin1String("from")).toString(), name(i));
                QCOMPARE(m.value(QLatin1String("to")).toString(), name(j));
            }
    }

    void compareDocument(const ValidateRun &run, int exitCode, const QJsonObject &wantSummary)
    {
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QVERIFY2(!run.json.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(run.json.keys(), (QStringList{QStringLiteral("mesh"), QStringLiteral("nodes"),
                                               QStringLiteral("summary")}));
        const QJsonArray nodes = run.json.value(QLatin1String("nodes")).toArray();
        QCOMPARE(nodes.size(), m_cluster.size());
        for (int i = 0; i < m_cluster.size(); ++i)
            QCOMPARE(nodes.at(i).toObject().value(QLatin1String("name")).toString(), name(i));
        compareMeshOrder(run.json);
        QCOMPARE(run.json.value(QLatin1String("summary")).toObject(), countStatuses(run.json));
        if (run.json.value(QLatin1String("summary")).toObject() != wantSummary)
            QFAIL(qPrintable(QStringLiteral("summary %1, expected %2\n%3")
                                 .arg(pretty(run.json.value(QLatin1String("summary")).toObject()),
                                      pretty(wantSummary), QString::fromUtf8(run.out))));
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.describe()));
    }

    bool reseed(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario = {})
    {
        if (!m_cluster.reseed(nodes, scenario)) {
            qWarning("%s", qPrintable(m_cluster.errorString()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(m_cluster.start(standardNodes(false)), qPrintable(m_cluster.errorString()));
        QVERIFY2(m_cluster.trustAll(), qPrintable(m_cluster.errorString()));
        // Every tool the preflight calls must be the simulator's: a tool missing from the shim
        // directory would run on this machine.
        for (int i = 0; i < m_cluster.size(); ++i) {
            const QString problem =
                m_cluster.checkToolResolution(i, SimSshCluster::preflightTools());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void allPassWhilePrivateNetworkIsNotConfigured()
    {
        QVERIFY(reseed(standardNodes(false)));
        const ValidateRun run = validate();
        compareDocument(run, 0, summary(36, 0, 0, 6));
        for (int i = 0; i < 3; ++i)
            compareAllPass(run.json, i, false);
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    compareMeshEntry(
                        run.json, i, j, QStringLiteral("skip"),
                        QStringLiteral("Not checked yet: the private network is not configured on "
                                       "%1; the deployment's network phase configures it and then "
                                       "runs this check.")
                            .arg(name(i)));
    }

    void allPassWithThePrivateNetworkConfigured()
    {
        QVERIFY(reseed(standardNodes(true)));
        const ValidateRun run = validate();
        compareDocument(run, 0, summary(42, 0, 0, 0));
        for (int i = 0; i < 3; ++i)
            compareAllPass(run.json, i, true);
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j)
                if (i != j)
                    comparePassingMesh(run.json, i, j);
    }

    void acceptNewStoresTheKeysAndPasses()
    {
        QVERIFY(reseed(standardNodes(false)));
        ClusterSpec spec = m_cluster.spec(HostKeyPolicy::AcceptNew);
        spec.ssh.knownHostsFile = m_cluster.tempPath(QStringLiteral("accept-new/known_hosts"));
        const ValidateRun run = validate(spec);
        compareDocument(run, 0, summary(36, 0, 0, 6));
        QFile stored(spec.ssh.knownHostsFile);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray lines = stored.readAll();
        for (int i = 0; i < 3; ++i)
            QVERIFY2(lines.contains(QStringLiteral("[%1]:%2 %3")
                                        .arg(m_cluster.sshd().address(i))
                                        .arg(m_cluster.sshd().port(i))
                                        .arg(m_cluster.sshd().hostPublicKey(i))
                                        .toUtf8()),
                     lines.constData());
    }

    void missingHddFailsTheRaidCheck()
    {
        QList<sim::SimNodeConfig> nodes = standardNodes(false);
        nodes[1].disks.removeIf(
            [](const sim::SimDiskConfig &d) { return d.name == QLatin1String("sdd"); });
        QVERIFY(reseed(nodes));
        const ValidateRun run = validate();
        compareDocument(run, 1, summary(35, 0, 1, 6));
        compareAllPass(run.json, 0, false);
        compareAllPass(run.json, 2, false);
        compareChecks(run.json, 1,
                      passingExcept(1, false,
                                    check(QStringLiteral("disk.raid"), QStringLiteral("fail"),
                                          QStringLiteral("3 of 4 RAID disks are present and empty; "
                                                         "missing: /dev/sdd."),
                                          3, 4)));
    }

    void hddWithAFilesystemFailsTheRaidCheck()
    {
        QList<sim::SimNodeConfig> nodes = standardNodes(false);
        nodes[2].disk(QStringLiteral("sdb"))->content = sim::DiskContent::Ext4;
        QVERIFY(reseed(nodes));
        const ValidateRun run = validate();
        compareDocument(run, 1, summary(35, 0, 1, 6));
        compareAllPass(run.json, 0, false);
        compareAllPass(run.json, 1, false);
        compareChecks(run.json, 2,
                      passingExcept(2, false,
                                    check(QStringLiteral("disk.raid"), QStringLiteral("fail"),
                                          QStringLiteral("3 of 4 RAID disks are present and empty; "
                                                         "not empty (would be erased): /dev/sdb: "
                                                         "it holds a signature: ext4."),
                                          3, 4)));
    }

    void partitionedDbDeviceFailsTheDbCheck()
    {
        QList<sim::SimNodeConfig> nodes = standardNodes(false);
        nodes[0].disk(QStringLiteral("nvme1n1"))->content = sim::DiskContent::Partitioned;
        QVERIFY(reseed(nodes));
        const ValidateRun run = validate();
        compareDocument(run, 1, summary(35, 0, 1, 6));
        compareAllPass(run.json, 1, false);
        compareAllPass(run.json, 2, false);
        compareChecks(
            run.json, 0,
            passingExcept(0, false,
                          check(QStringLiteral("disk.db"), QStringLiteral("fail"),
                                QStringLiteral("/dev/nvme1n1 is not empty: it has 1 partition. "
                                               "It would be erased; wipe it yourself if its data "
                                               "is not needed."),
                                kNvmeBytes, QStringLiteral("empty NVMe"))));
    }

    void absentProxmoxFailsTheVersionCheck()
    {
        QList<sim::SimNodeConfig> nodes = standardNodes(false);
        nodes[1].pveMajor = 0;
        QVERIFY(reseed(nodes));
        const ValidateRun run = validate();
        compareDocument(run, 1, summary(35, 0, 1, 6));
        compareAllPass(run.json, 0, false);
        compareAllPass(run.json, 2, false);
        // No version to observe: observed and expected are null.
        const QJsonObject absent = check(
            QStringLiteral("pve.version"), QStringLiteral("fail"),
            QStringLiteral("Proxmox VE is not installed on this node (pveversion was not found). "
                           "Install Proxmox VE 8 or 9 from OVHcloud's templates first."));
        compareChecks(run.json, 1, passingExcept(1, false, absent));
    }

    void unreachableNodeSkipsItsChecksAndExits3()
    {
        QVERIFY(reseed(standardNodes(true)));
        QVERIFY(m_cluster.sshd().stopDaemon(2));
        const auto restart = qScopeGuard([this] { m_cluster.sshd().startDaemon(2); });
        const ValidateRun run = validate();
        // node-03: 1 fail + 11 skip; the mesh: 2 pass (node-01 ↔ node-02), 4 skip.
        compareDocument(run, 3, summary(26, 0, 1, 15));
        compareAllPass(run.json, 0, true);
        compareAllPass(run.json, 1, true);
        const QJsonArray checks =
            nodeOf(run.json, name(2)).value(QLatin1String("checks")).toArray();
        QCOMPARE(checks.size(), int(Preflight::checkIds().size()));
        const QJsonObject connect = checks.at(0).toObject();
        QCOMPARE(connect.value(QLatin1String("id")).toString(), QStringLiteral("ssh.connect"));
        QCOMPARE(connect.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        const QString message = connect.value(QLatin1String("message")).toString();
        QCOMPARE(message, QStringLiteral("Node node-03 (%1 port %2) refused the connection: is SSH "
                                         "listening on that port, and does a firewall allow it?")
                              .arg(m_cluster.sshd().address(2))
                              .arg(m_cluster.sshd().port(2)));
        QVERIFY2(message.contains(m_cluster.sshd().address(2)) || message.contains(name(2)),
                 qPrintable(message));
        for (int k = 1; k < checks.size(); ++k) {
            const QJsonObject c = checks.at(k).toObject();
            QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("skip"));
            QCOMPARE(c.value(QLatin1String("message")).toString(),
                     QStringLiteral("Not checked: the node could not be reached."));
        }
        comparePassingMesh(run.json, 0, 1);
        comparePassingMesh(run.json, 1, 0);
        for (int other : {0, 1}) {
            const QString why = QStringLiteral("Not checked: node-03 could not be reached.");
            compareMeshEntry(run.json, other, 2, QStringLiteral("skip"), why);
            compareMeshEntry(run.json, 2, other, QStringLiteral("skip"), why);
        }
    }

    void strictPolicyRefusesAnUnknownKeyWithItsFingerprint()
    {
        QVERIFY(reseed(standardNodes(false)));
        // known_hosts lists node-01 and node-02 only.
        const QString knownHosts = m_cluster.tempPath(QStringLiteral("strict_known_hosts"));
        QFile all(m_cluster.sshd().knownHostsFile());
        QVERIFY(all.open(QIODevice::ReadOnly));
        QByteArray kept;
        for (const QByteArray &line : all.readAll().split('\n'))
            if (!line.isEmpty() &&
                !line.startsWith(QStringLiteral("[%1]").arg(m_cluster.sshd().address(2)).toUtf8()))
                kept += line + '\n';
        QFile file(knownHosts);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(kept);
        file.close();
        ClusterSpec spec = m_cluster.spec(HostKeyPolicy::Strict);
        spec.ssh.knownHostsFile = knownHosts;
        const ValidateRun run = validate(spec);
        // node-03: 1 fail + 11 skip; the mesh is skipped all along.
        compareDocument(run, 3, summary(24, 0, 1, 17));
        compareAllPass(run.json, 0, false);
        compareAllPass(run.json, 1, false);
        const QJsonObject connect = checkOf(run.json, name(2), QStringLiteral("ssh.connect"));
        QCOMPARE(connect.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        const QString message = connect.value(QLatin1String("message")).toString();
        QVERIFY2(message.contains(m_cluster.sshd().hostKeyFingerprint(2)), qPrintable(message));
        QVERIFY2(message.contains(name(2)), qPrintable(message));
        // Nothing was stored under strict.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kept);
    }

    void mtu1500OnOneNodeFailsExactlyItsMeshPairs()
    {
        QList<sim::SimNodeConfig> nodes = standardNodes(true);
        nodes[1].privateMtu = 1500;
        QVERIFY(reseed(nodes));
        const ValidateRun run = validate();
        compareDocument(run, 1, summary(38, 0, 4, 0));
        compareAllPass(run.json, 0, true);
        compareAllPass(run.json, 2, true);
        compareChecks(run.json, 1,
                      passingExcept(1, true,
                                    check(QStringLiteral("net.interface"), QStringLiteral("pass"),
                                          QStringLiteral("enp1s0f1 is up with MTU 1500 now; the "
                                                         "network phase sets 9000."),
                                          1500, 9000)));
        for (int peer : {0, 2}) {
            compareMeshEntry(run.json, 1, peer, QStringLiteral("fail"),
                             QStringLiteral("Local MTU too small: node-02 cannot send 9000-byte "
                                            "packets (its interface MTU is 1500)."));
            compareMeshEntry(run.json, peer, 1, QStringLiteral("fail"),
                             QStringLiteral("Silent loss: no 9000-byte packet came back from "
                                            "node-02 and nothing said why; a switch or the peer's "
                                            "interface drops jumbo frames (or the peer is down)."));
        }
        comparePassingMesh(run.json, 0, 2);
        comparePassingMesh(run.json, 2, 0);
    }

    void nodesAreCheckedInParallel()
    {
        // The same preflight without and with a delay on every simulated tool: each node runs
        // at least 9 tool calls one after the other (pveversion, lsblk, ip, hostname,
        // timedatectl, df, cat ×3), so a node alone takes ≥ 9 × delay more. Three nodes in
        // parallel stay close to that; one after the other they would take 3 × as long.
        constexpr int delay = 200;
        constexpr int calls = 9;
        QVERIFY(reseed(standardNodes(false)));
        const ValidateRun fast = validate();
        compareDocument(fast, 0, summary(36, 0, 0, 6));
        sim::SimScenario slow;
        slow.delaysMs.insert(QStringLiteral("*"), delay);
        QVERIFY(reseed(standardNodes(false), slow));
        const ValidateRun slowRun = validate();
        compareDocument(slowRun, 0, summary(36, 0, 0, 6));
        const qint64 added = slowRun.elapsedMs - fast.elapsedMs;
        const qint64 oneNode = qint64(calls) * delay;
        qInfo("validate: %lld ms without delay, %lld ms with %d ms per tool call (one node alone "
              "adds ≥ %lld ms; three in sequence would add ≥ %lld ms)",
              fast.elapsedMs, slowRun.elapsedMs, delay, oneNode, 3 * oneNode);
        QVERIFY2(slowRun.elapsedMs >= oneNode, qPrintable(QString::number(slowRun.elapsedMs)));
        QVERIFY2(added < 2 * oneNode, qPrintable(QString::number(added)));
        QVERIFY(reseed(standardNodes(false)));
    }
};

PVEHA_SSHD_TEST_MAIN(PreflightSimTest)

#include "PreflightSimTest.moc"
