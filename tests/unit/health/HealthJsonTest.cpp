// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HealthJson.h"
#include "HealthTestUtil.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pveha;
using namespace pveha::healthtest;

namespace {

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *name : names)
        out.append(QString::fromLatin1(name));
    out.sort();
    return out;
}

} // namespace

class HealthJsonTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyShape()
    {
        const QJsonObject json = toContractJson(HealthSnapshot::fromOutputs(healthyCluster()));
        QCOMPARE(sortedKeys(json), keys({"overall", "ceph", "raid", "ha", "storages"}));
        QCOMPARE(json.value(QStringLiteral("overall")).toString(), QStringLiteral("ok"));

        const QJsonObject ceph = json.value(QStringLiteral("ceph")).toObject();
        QCOMPARE(sortedKeys(ceph),
                 keys({"health", "monsInQuorum", "monsTotal", "osdsTotal", "osdsUp", "osdsIn",
                       "pgsTotal", "pgsByState", "bytesTotal", "bytesUsed", "bytesAvail"}));
        QCOMPARE(ceph.value(QStringLiteral("health")).toString(), QStringLiteral("HEALTH_OK"));
        for (const char *key : {"monsInQuorum", "monsTotal", "osdsTotal", "osdsUp", "osdsIn",
                                "pgsTotal", "bytesTotal", "bytesUsed", "bytesAvail"})
            QVERIFY2(ceph.value(QLatin1String(key)).isDouble(), key);
        QCOMPARE(ceph.value(QStringLiteral("monsInQuorum")).toInt(), 4);
        QCOMPARE(ceph.value(QStringLiteral("osdsUp")).toInt(), 16);
        QCOMPARE(ceph.value(QStringLiteral("pgsTotal")).toInt(), 129);
        QCOMPARE(ceph.value(QStringLiteral("bytesTotal")).toInteger(), Q_INT64_C(122903710400512));
        const QJsonObject byState = ceph.value(QStringLiteral("pgsByState")).toObject();
        QCOMPARE(byState.value(QStringLiteral("active+clean")).toInt(), 129);

        const QJsonArray raid = json.value(QStringLiteral("raid")).toArray();
        QCOMPARE(raid.size(), 3);
        const QJsonObject md = raid.at(1).toObject();
        QCOMPARE(sortedKeys(md), keys({"node", "device", "level", "state", "members", "membersUp",
                                       "pattern", "progressPercent"}));
        QCOMPARE(md.value(QStringLiteral("node")).toString(), QStringLiteral("node-02"));
        QCOMPARE(md.value(QStringLiteral("device")).toString(), QStringLiteral("md0"));
        QCOMPARE(md.value(QStringLiteral("level")).toString(), QStringLiteral("raid5"));
        QCOMPARE(md.value(QStringLiteral("state")).toString(), QStringLiteral("clean"));
        QVERIFY(md.value(QStringLiteral("members")).isDouble());
        QCOMPARE(md.value(QStringLiteral("members")).toInt(), 4);
        QCOMPARE(md.value(QStringLiteral("membersUp")).toInt(), 4);
        QCOMPARE(md.value(QStringLiteral("pattern")).toString(), QStringLiteral("UUUU"));
        QVERIFY(md.value(QStringLiteral("progressPercent")).isNull());

        const QJsonObject ha = json.value(QStringLiteral("ha")).toObject();
        QCOMPARE(sortedKeys(ha), keys({"quorate", "master", "services"}));
        QVERIFY(ha.value(QStringLiteral("quorate")).isBool());
        QVERIFY(ha.value(QStringLiteral("quorate")).toBool());
        QCOMPARE(ha.value(QStringLiteral("master")).toString(), QStringLiteral("pve1"));
        const QJsonArray services = ha.value(QStringLiteral("services")).toArray();
        QCOMPARE(services.size(), 3);
        const QJsonObject vm = services.at(1).toObject();
        QCOMPARE(sortedKeys(vm), keys({"sid", "node", "state"}));
        QCOMPARE(vm.value(QStringLiteral("sid")).toString(), QStringLiteral("vm:100"));
        QCOMPARE(vm.value(QStringLiteral("node")).toString(), QStringLiteral("pve1"));
        QCOMPARE(vm.value(QStringLiteral("state")).toString(), QStringLiteral("started"));

        const QJsonArray storages = json.value(QStringLiteral("storages")).toArray();
        QCOMPARE(storages.size(), 9);
        const QJsonObject local = storages.at(3).toObject();
        QCOMPARE(sortedKeys(local),
                 keys({"node", "name", "type", "status", "total", "used", "available"}));
        QCOMPARE(local.value(QStringLiteral("node")).toString(), QStringLiteral("node-02"));
        QCOMPARE(local.value(QStringLiteral("name")).toString(), QStringLiteral("local"));
        QCOMPARE(local.value(QStringLiteral("type")).toString(), QStringLiteral("dir"));
        QCOMPARE(local.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(local.value(QStringLiteral("total")).toInteger(), Q_INT64_C(98497780) * 1024);
        QCOMPARE(local.value(QStringLiteral("used")).toInteger(), Q_INT64_C(5509280) * 1024);
        QCOMPARE(local.value(QStringLiteral("available")).toInteger(), Q_INT64_C(87938952) * 1024);
    }

    void raidStates_data()
    {
        QTest::addColumn<QString>("mdstat");
        QTest::addColumn<QString>("state");
        QTest::addColumn<double>("progress"); // -1: null
        QTest::addColumn<QString>("overall");
        const QString head = QStringLiteral("Personalities : [raid5]\n");
        const QString tail = QStringLiteral("\nunused devices: <none>\n");
        QTest::newRow("recovery")
            << head +
                   QStringLiteral(
                       "md0 : active raid5 sdd[4] sdc[2] sdb[1] sda[0]\n"
                       "      300 blocks super 1.2 level 5, 512k chunk, algorithm 2 [4/3] [UUU_]\n"
                       "      [==>..]  recovery = 12.6% (7/58) finish=503.4min "
                       "speed=169541K/sec\n") +
                   tail
            << QStringLiteral("recovery") << 12.6 << QStringLiteral("warn");
        QTest::newRow("degraded") << formatText(QStringLiteral("mdstat-raid5-4disk-degraded.txt"))
                                  << QStringLiteral("degraded") << -1.0 << QStringLiteral("warn");
        QTest::newRow("inactive")
            << head + QStringLiteral("md0 : inactive sda[0](S)\n      100 blocks\n") + tail
            << QStringLiteral("inactive") << -1.0 << QStringLiteral("error");
    }
    void raidStates()
    {
        QFETCH(QString, mdstat);
        QList<NodeOutputs> nodes = healthyCluster();
        nodes[0].mdstat = collected(mdstat);
        const QJsonObject json = toContractJson(HealthSnapshot::fromOutputs(nodes));
        QTEST(json.value(QStringLiteral("overall")).toString(), "overall");
        const QJsonObject md = json.value(QStringLiteral("raid")).toArray().at(0).toObject();
        QCOMPARE(md.value(QStringLiteral("node")).toString(), QStringLiteral("node-01"));
        QTEST(md.value(QStringLiteral("state")).toString(), "state");
        QFETCH(double, progress);
        if (progress < 0) {
            QVERIFY(md.value(QStringLiteral("progressPercent")).isNull());
        } else {
            QVERIFY(md.value(QStringLiteral("progressPercent")).isDouble());
            QCOMPARE(md.value(QStringLiteral("progressPercent")).toDouble(), progress);
        }
    }

    void unreadableKeepsShape()
    {
        QList<NodeOutputs> nodes = healthyCluster();
        for (NodeOutputs &node : nodes) {
            node.cephJson = collected(QStringLiteral("timeout"));
            node.haStatus = collected(QStringLiteral("error"));
            node.mdstat = collected(QString());
        }
        const QJsonObject json = toContractJson(HealthSnapshot::fromOutputs(nodes));
        QCOMPARE(json.value(QStringLiteral("overall")).toString(), QStringLiteral("error"));
        const QJsonObject ceph = json.value(QStringLiteral("ceph")).toObject();
        QCOMPARE(ceph.size(), 11);
        QCOMPARE(ceph.value(QStringLiteral("health")).toString(), QStringLiteral("unknown"));
        QCOMPARE(ceph.value(QStringLiteral("osdsTotal")).toInt(-1), 0);
        QVERIFY(ceph.value(QStringLiteral("pgsByState")).isObject());
        QVERIFY(json.value(QStringLiteral("raid")).toArray().isEmpty());
        const QJsonObject ha = json.value(QStringLiteral("ha")).toObject();
        QCOMPARE(ha.value(QStringLiteral("quorate")).toBool(true), false);
        QVERIFY(ha.value(QStringLiteral("master")).isString());
        QVERIFY(ha.value(QStringLiteral("services")).isArray());
        QCOMPARE(json.value(QStringLiteral("storages")).toArray().size(), 9);
    }

    void reasons()
    {
        QList<NodeOutputs> nodes = healthyCluster();
        nodes[1].mdstat = collected(formatText(QStringLiteral("mdstat-raid5-4disk-degraded.txt")));
        const HealthSnapshot snapshot = HealthSnapshot::fromOutputs(nodes);
        const QJsonArray reasons = reasonsToJson(snapshot.verdict);
        QCOMPARE(reasons.size(), 1);
        const QJsonObject reason = reasons.at(0).toObject();
        QCOMPARE(sortedKeys(reason), keys({"level", "node", "subject", "text", "hint"}));
        QCOMPARE(reason.value(QStringLiteral("level")).toString(), QStringLiteral("warn"));
        QCOMPARE(reason.value(QStringLiteral("node")).toString(), QStringLiteral("node-02"));
    }
};

QTEST_GUILESS_MAIN(HealthJsonTest)
#include "HealthJsonTest.moc"
