// SPDX-License-Identifier: GPL-3.0-or-later
// Every output the product reads from a node, produced by the node simulator and read by the
// product's own parsers: each must be understood, before and after a deployment. A simulator
// that drifted from the real formats fails here, not in a confusing end-to-end test.
#include "NodeSim.h"
#include "health/CephStatus.h"
#include "health/HaStatus.h"
#include "health/MdStat.h"
#include "health/PveStorage.h"
#include "health/PvecmStatus.h"
#include "preflight/BlockDevices.h"
#include "preflight/NetInterfaces.h"
#include "preflight/PingResult.h"
#include "preflight/PveVersion.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pveha;
using namespace pveha::sim;

namespace {
QString run(const SimNode &node, const QString &tool, const QStringList &args,
            int *exitCode = nullptr, const QByteArray &input = {})
{
    const SimResult r = SimCluster::run(node, tool, args, input);
    if (exitCode)
        *exitCode = r.exitCode;
    return QString::fromUtf8(r.out);
}
} // namespace

class SimOutputsParseTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QList<SimNode> m_nodes;

private Q_SLOTS:
    void initTestCase()
    {
        QList<SimNodeConfig> configs = SimCluster::defaultNodes();
        QString error;
        m_nodes = SimCluster::create(m_dir.path(), configs, SimScenario{}, &error);
        QVERIFY2(m_nodes.size() == 3, qPrintable(error));
    }

    void preflightOutputs()
    {
        const SimNode &n = m_nodes.first();
        const BlockDeviceList disks = BlockDevices::parseLsblkJson(
            run(n, QStringLiteral("lsblk"),
                BlockDevices::lsblkCommand().split(QLatin1Char(' ')).mid(1))
                .toUtf8());
        QVERIFY2(disks.ok, qPrintable(disks.error));
        QVERIFY(disks.rootDisk());
        QCOMPARE(disks.rootDisk()->path(), QStringLiteral("/dev/nvme0n1"));
        QVERIFY(BlockDevices::diskUse(*disks.find(QStringLiteral("/dev/sda"))).empty);
        const NetInterfaceList ifaces = NetInterfaces::parseIpJson(
            run(n, QStringLiteral("ip"),
                {QStringLiteral("-j"), QStringLiteral("addr"), QStringLiteral("show")})
                .toUtf8());
        QVERIFY2(ifaces.ok, qPrintable(ifaces.error));
        QVERIFY(ifaces.find(QStringLiteral("enp1s0f1")));
        QVERIFY(PveVersion::parse(run(n, QStringLiteral("pveversion"), {QStringLiteral("-v")}))
                    .isSupported());
        QVERIFY(TimeSync::parse(run(n, QStringLiteral("timedatectl"), {QStringLiteral("show")}))
                    .understood);
        int code = 0;
        const QString ping = run(
            n, QStringLiteral("ping"),
            PingResult::command(9000, QStringLiteral("10.0.0.2")).split(QLatin1Char(' ')).mid(1),
            &code);
        QVERIFY2(PingResult::parse(ping, code).outcome != PingResult::Outcome::NotUnderstood,
                 qPrintable(ping));
    }

    void healthOutputsAfterTheProcedure()
    {
        // The procedure's commands, straight through the simulator (the deployment engine's
        // scripts are tested end to end elsewhere): the state every health parser must read.
        const QByteArray password = "sim-root-password\n";
        int code = 0;
        const SimNode &first = m_nodes.first();
        run(first, QStringLiteral("pvecm"),
            {QStringLiteral("create"), QStringLiteral("cluster-pve-ha"), QStringLiteral("--link0"),
             QStringLiteral("10.0.0.1")},
            &code);
        QCOMPARE(code, 0);
        const QString fp =
            run(first, QStringLiteral("openssl"),
                QStringLiteral("x509 -in /etc/pve/local/pve-ssl.pem -noout -fingerprint -sha256")
                    .split(QLatin1Char(' ')))
                .section(QLatin1Char('='), 1)
                .trimmed();
        for (int i = 1; i < 3; ++i) {
            run(m_nodes.at(i), QStringLiteral("pvecm"),
                {QStringLiteral("add"), QStringLiteral("10.0.0.1"), QStringLiteral("--link0"),
                 QStringLiteral("10.0.0.%1").arg(i + 1), QStringLiteral("--fingerprint"), fp},
                &code, password);
            QCOMPARE(code, 0);
        }
        const PvecmStatus pvecm =
            parsePvecmStatus(run(first, QStringLiteral("pvecm"), {QStringLiteral("status")}));
        QVERIFY2(pvecm.understood, qPrintable(pvecm.error));
        QVERIFY(pvecm.quorate);
        QCOMPARE(pvecm.members.size(), 3);

        const MdStat md =
            parseMdstat(run(first, QStringLiteral("cat"), {QStringLiteral("/proc/mdstat")}));
        QVERIFY2(md.understood, qPrintable(md.error));
        const HaStatus ha = parseHaManagerStatus(
            run(first, QStringLiteral("ha-manager"), {QStringLiteral("status")}));
        QVERIFY2(ha.understood, qPrintable(ha.error));
        QString error;
        const QList<PveStorage> storages = parsePvesmStatus(
            run(first, QStringLiteral("pvesm"), {QStringLiteral("status")}), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!storages.isEmpty());

        run(first, QStringLiteral("apt-get"),
            {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("ceph-common")},
            &code);
        run(first, QStringLiteral("pveceph"),
            {QStringLiteral("install"), QStringLiteral("--repository"),
             QStringLiteral("no-subscription")},
            &code, "y\n");
        QCOMPARE(code, 0);
        run(first, QStringLiteral("pveceph"),
            {QStringLiteral("init"), QStringLiteral("--network"), QStringLiteral("10.0.0.0/24")},
            &code);
        QCOMPARE(code, 0);
        run(first, QStringLiteral("pveceph"), {QStringLiteral("mon"), QStringLiteral("create")},
            &code);
        QCOMPARE(code, 0);
        const CephStatus json = parseCephStatusJson(
            run(first, QStringLiteral("ceph"),
                {QStringLiteral("-s"), QStringLiteral("--format"), QStringLiteral("json")})
                .toUtf8());
        QVERIFY2(json.understood, qPrintable(json.error));
        QCOMPARE(json.monsTotal, 1);
        const CephStatus plain =
            parseCephStatusPlain(run(first, QStringLiteral("ceph"), {QStringLiteral("-s")}));
        QVERIFY2(plain.understood, qPrintable(plain.error));
        QCOMPARE(plain.health, json.health);
    }
};

QTEST_GUILESS_MAIN(SimOutputsParseTest)
#include "SimOutputsParseTest.moc"
