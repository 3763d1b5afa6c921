// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cluster's journal documents written by hand: the seed's three nodes, a failed step with a
// secret and markup in its output, a node whose disk model and raw outputs carry a script.

#include "report/ReportData.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pveha::test {

inline const QString kHostile = QStringLiteral("<script>alert(1)</script>");
inline const QString kSecret = QStringLiteral("S3cret-Passw0rd-42");

inline QJsonObject check(const QString &id, const QString &status, const QString &message,
                         const QString &details = {})
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("message"), message},
            {QStringLiteral("observed"), QJsonValue()},
            {QStringLiteral("expected"), QJsonValue()},
            {QStringLiteral("command"), QStringLiteral("lsblk -J")},
            {QStringLiteral("details"), details}};
}

inline QJsonObject disk(const QString &path, double size, const QString &model,
                        const QString &serial, bool hdd)
{
    return {{QStringLiteral("path"), path},
            {QStringLiteral("size"), size},
            {QStringLiteral("model"), model},
            {QStringLiteral("serial"), serial},
            {QStringLiteral("transport"), hdd ? QStringLiteral("sata") : QStringLiteral("nvme")},
            {QStringLiteral("rotational"), hdd}};
}

inline QJsonObject step(const QString &node, const QString &id, const QString &status,
                        double seconds, const QStringList &output = {}, int exitCode = 0,
                        const QString &reason = {})
{
    return {{QStringLiteral("node"), node},
            {QStringLiteral("phase"), id.section(QLatin1Char('.'), 0, 0)},
            {QStringLiteral("step"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("exitCode"), exitCode},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("started"), QStringLiteral("2026-05-04T10:00:00.000")},
            {QStringLiteral("finished"), QStringLiteral("2026-05-04T10:00:12.400")},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("lastOutput"), QJsonArray::fromStringList(output)}};
}

inline ReportData syntheticData()
{
    ReportData d;
    d.spec = ClusterSpec::example();
    d.toolVersion = QStringLiteral("9.8.7");
    d.generatedAt = QDateTime(QDate(2026, 5, 4), QTime(11, 22, 33));
    d.language = QStringLiteral("en");

    QJsonArray nodes;
    for (int i = 1; i <= 3; ++i) {
        const QString n = QStringLiteral("node-0%1").arg(i);
        QJsonArray disks{
            disk(QStringLiteral("/dev/nvme0n1"), 512110190592.0,
                 QStringLiteral("SAMSUNG MZVL2512HCJQ"), QStringLiteral("S6OS%1").arg(i), false),
            disk(QStringLiteral("/dev/nvme1n1"), 512110190592.0,
                 QStringLiteral("SAMSUNG MZVL2512HCJQ"), QStringLiteral("S6DB%1").arg(i), false)};
        for (const char *dev : {"sda", "sdb", "sdc", "sdd"})
            disks.append(disk(QStringLiteral("/dev/") + QLatin1String(dev), 6e12,
                              i == 2 ? kHostile : QStringLiteral("HGST HUS726T6TALE6L4"),
                              QStringLiteral("SER%1%2").arg(i).arg(QLatin1String(dev)), true));
        nodes.append(
            QJsonObject{{QStringLiteral("name"), n},
                        {QStringLiteral("pveVersion"), QStringLiteral("8.2.4")},
                        {QStringLiteral("disks"), disks},
                        {QStringLiteral("checks"),
                         QJsonArray{check(QStringLiteral("ssh.connect"), QStringLiteral("pass"),
                                          QStringLiteral("Reached as root@%1.").arg(n)),
                                    check(QStringLiteral("disk.raid"), QStringLiteral("pass"),
                                          QStringLiteral("4 empty HDDs of 6.0 TB"),
                                          QStringLiteral("raw lsblk & \"quotes\" ") + kHostile),
                                    check(QStringLiteral("time.sync"),
                                          i == 3 ? QStringLiteral("warn") : QStringLiteral("pass"),
                                          QStringLiteral("clock drift on %1").arg(n))}}});
    }
    d.preflight = {{QStringLiteral("nodes"), nodes},
                   {QStringLiteral("mesh"), QJsonArray()},
                   {QStringLiteral("summary"), QJsonObject{{QStringLiteral("pass"), 8},
                                                           {QStringLiteral("warn"), 1},
                                                           {QStringLiteral("fail"), 0},
                                                           {QStringLiteral("skip"), 0}}},
                   {QStringLiteral("savedAt"), QStringLiteral("2026-05-04T09:58:00")}};

    QJsonArray steps{step(QStringLiteral("node-01"), QStringLiteral("network.hosts"),
                          QStringLiteral("done"), 12.4),
                     step(QStringLiteral("node-02"), QStringLiteral("network.hosts"),
                          QStringLiteral("skipped"), 0.1),
                     step(QStringLiteral("node-03"), QStringLiteral("network.hosts"),
                          QStringLiteral("failed"), 3.5,
                          {QStringLiteral("tee: /etc/hosts: <b>denied</b>"),
                           QStringLiteral("password was ") + kSecret},
                          1, QStringLiteral("the hosts file is read-only"))};
    d.runs = QJsonArray{
        QJsonObject{{QStringLiteral("started"), QStringLiteral("2026-05-04T10:00:00.000")},
                    {QStringLiteral("finished"), QStringLiteral("2026-05-04T10:01:00.000")},
                    {QStringLiteral("result"), QStringLiteral("failed")},
                    {QStringLiteral("log"), QStringLiteral("/tmp/run.log")},
                    {QStringLiteral("steps"), steps}}};

    QJsonArray raid, storages, raw;
    for (int i = 1; i <= 3; ++i) {
        const QString n = QStringLiteral("node-0%1").arg(i);
        raid.append(QJsonObject{{QStringLiteral("node"), n},
                                {QStringLiteral("device"), QStringLiteral("md0")},
                                {QStringLiteral("level"), QStringLiteral("raid5")},
                                {QStringLiteral("state"), QStringLiteral("clean")},
                                {QStringLiteral("members"), 4},
                                {QStringLiteral("membersUp"), 4},
                                {QStringLiteral("pattern"), QStringLiteral("UUUU")},
                                {QStringLiteral("progressPercent"), QJsonValue()}});
        storages.append(QJsonObject{{QStringLiteral("node"), n},
                                    {QStringLiteral("name"), QStringLiteral("Stockage-HA")},
                                    {QStringLiteral("type"), QStringLiteral("rbd")},
                                    {QStringLiteral("status"), QStringLiteral("active")},
                                    {QStringLiteral("total"), 1.8e13},
                                    {QStringLiteral("used"), 1e9},
                                    {QStringLiteral("available"), 1.7e13}});
        raw.append(QJsonObject{
            {QStringLiteral("node"), n},
            {QStringLiteral("reachable"), true},
            {QStringLiteral("cephStatus"),
             QString(QStringLiteral("health: HEALTH_OK\n") + kHostile)},
            {QStringLiteral("mdstat"), QStringLiteral("md0 : active raid5 [4/4] [UUUU]")},
            {QStringLiteral("haStatus"), QStringLiteral("service vm:100 (node-01, started)")},
            {QStringLiteral("pvesmStatus"), QStringLiteral("Stockage-HA rbd active")}});
    }
    d.health = {{QStringLiteral("overall"), QStringLiteral("ok")},
                {QStringLiteral("ceph"),
                 QJsonObject{{QStringLiteral("health"), QStringLiteral("HEALTH_OK")},
                             {QStringLiteral("monsInQuorum"), 3},
                             {QStringLiteral("monsTotal"), 3},
                             {QStringLiteral("osdsTotal"), 3},
                             {QStringLiteral("osdsUp"), 3},
                             {QStringLiteral("osdsIn"), 3},
                             {QStringLiteral("pgsTotal"), 128},
                             {QStringLiteral("pgsByState"),
                              QJsonObject{{QStringLiteral("active+clean"), 128}}},
                             {QStringLiteral("bytesTotal"), 5.4e13},
                             {QStringLiteral("bytesUsed"), 3.5e9},
                             {QStringLiteral("bytesAvail"), 5.39e13}}},
                {QStringLiteral("raid"), raid},
                {QStringLiteral("ha"),
                 QJsonObject{{QStringLiteral("quorate"), true},
                             {QStringLiteral("master"), QStringLiteral("node-01")},
                             {QStringLiteral("services"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("sid"), QStringLiteral("vm:100")},
                                  {QStringLiteral("node"), QStringLiteral("node-01")},
                                  {QStringLiteral("state"), QStringLiteral("started")}}}}}},
                {QStringLiteral("storages"), storages},
                {QStringLiteral("reasons"), QJsonArray()},
                {QStringLiteral("raw"), raw},
                {QStringLiteral("gatheredAt"), QStringLiteral("2026-05-04T10:05:00")}};

    QJsonArray timeline;
    const QList<QPair<QString, double>> events{{QStringLiteral("crash"), 0},
                                               {QStringLiteral("lost"), 10.5},
                                               {QStringLiteral("fenced"), 40.2},
                                               {QStringLiteral("recovering"), 85.0},
                                               {QStringLiteral("started"), 95.3}};
    for (const auto &e : events)
        timeline.append(
            QJsonObject{{QStringLiteral("event"), e.first},
                        {QStringLiteral("seconds"), e.second},
                        {QStringLiteral("node"), QStringLiteral("node-01")},
                        {QStringLiteral("text"), QStringLiteral("event %1").arg(e.first)}});
    d.crashTest = {{QStringLiteral("node"), QStringLiteral("node-01")},
                   {QStringLiteral("vmid"), 100},
                   {QStringLiteral("vmNodeBefore"), QStringLiteral("node-01")},
                   {QStringLiteral("vmNodeAfter"), QStringLiteral("node-02")},
                   {QStringLiteral("recovered"), true},
                   {QStringLiteral("failoverSeconds"), 95.3},
                   {QStringLiteral("targetSeconds"), 120},
                   {QStringLiteral("metTarget"), true},
                   {QStringLiteral("timeScale"), 1},
                   {QStringLiteral("error"), QString()},
                   {QStringLiteral("timeline"), timeline},
                   {QStringLiteral("savedAt"), QStringLiteral("2026-05-04T10:10:00")}};
    return d;
}

} // namespace pveha::test
