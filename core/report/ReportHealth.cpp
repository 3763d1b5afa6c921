// SPDX-License-Identifier: GPL-3.0-or-later
// The health snapshot (banner, charts, RAID, HA, storages, raw outputs) and the crash test.
#include "report/Html.h"
#include "report/ReportWriter.h"
#include "report/SvgCharts.h"

#include "plan/Capacity.h"

#include <QJsonArray>

namespace pveha {
namespace {

QString head(const QStringList &titles)
{
    QString out = QStringLiteral("<table><thead><tr>");
    for (const QString &t : titles)
        out += QStringLiteral("<th>") + Html::text(t) + QStringLiteral("</th>");
    return out + QStringLiteral("</tr></thead><tbody>\n");
}

QString td(const QString &raw, const QString &cls = {})
{
    return (cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) +
           Html::text(raw) + QStringLiteral("</td>");
}

QString tdHtml(const QString &html)
{
    return QStringLiteral("<td>") + html + QStringLiteral("</td>");
}

QString raidStatus(const QString &state)
{
    if (state == QLatin1String("clean"))
        return QStringLiteral("pass");
    if (state == QLatin1String("resync") || state == QLatin1String("recovery"))
        return QStringLiteral("warn");
    return QStringLiteral("fail");
}

QString sizeText(const QJsonValue &v)
{
    return ReportSections::bytes(v.toDouble());
}

/// A few words for the timeline chart; the table below it has the full sentence.
QString shortLabel(const QJsonObject &e, int vmid)
{
    const QString kind = e.value(QStringLiteral("event")).toString();
    const QString node = e.value(QStringLiteral("node")).toString();
    if (kind == QLatin1String("crash"))
        return ReportSections::tr("%1 crashes").arg(node);
    if (kind == QLatin1String("lost"))
        return ReportSections::tr("%1 stops answering").arg(node);
    if (kind == QLatin1String("fenced"))
        return ReportSections::tr("%1 fenced").arg(node);
    if (kind == QLatin1String("recovering"))
        return ReportSections::tr("vm:%1 being recovered").arg(vmid);
    if (kind == QLatin1String("started"))
        return ReportSections::tr("vm:%1 started on %2").arg(vmid).arg(node);
    return e.value(QStringLiteral("text")).toString();
}

} // namespace

QString ReportSections::health(const ReportData &data)
{
    QString out = open(QStringLiteral("health"), tr("Health snapshot"));
    const QJsonObject &h = data.health;
    if (h.isEmpty())
        return out +
               notAvailable(tr("No health snapshot was recorded for this cluster."),
                            QStringLiteral("pve-ha-installer health --spec FILE")) +
               QStringLiteral("</section>\n");
    const QString overall = h.value(QStringLiteral("overall")).toString();
    const QJsonObject ceph = h.value(QStringLiteral("ceph")).toObject();
    const QString at = when(h.value(QStringLiteral("gatheredAt")).toString());
    out += banner(overall, {},
                  overall == QLatin1String("ok")
                      ? tr("The cluster was healthy on %1: Ceph %2, RAID arrays clean, HA quorate.")
                            .arg(at, ceph.value(QStringLiteral("health")).toString())
                      : tr("The cluster needed attention on %1 (Ceph %2): see the reasons below.")
                            .arg(at, ceph.value(QStringLiteral("health")).toString()));
    const QJsonArray reasons = h.value(QStringLiteral("reasons")).toArray();
    if (!reasons.isEmpty()) {
        out += QStringLiteral("<ul class=\"reasons\">\n");
        for (const QJsonValue &v : reasons) {
            const QJsonObject r = v.toObject();
            out += QStringLiteral("<li>") +
                   Html::status(r.value(QStringLiteral("level")).toString()) + QStringLiteral(" ") +
                   Html::text(r.value(QStringLiteral("text")).toString());
            const QString hint = r.value(QStringLiteral("hint")).toString();
            if (!hint.isEmpty())
                out += QStringLiteral("<br/><span class=\"hint\">") +
                       Html::text(tr("What to do: %1").arg(hint)) + QStringLiteral("</span>");
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }

    // Ceph: key figures, usage and placement groups.
    out += QStringLiteral("<h3>") + Html::text(tr("Ceph")) + QStringLiteral("</h3>\n");
    const double total = ceph.value(QStringLiteral("bytesTotal")).toDouble();
    const double used = ceph.value(QStringLiteral("bytesUsed")).toDouble();
    const int pgs = ceph.value(QStringLiteral("pgsTotal")).toInt();
    out += head({tr("Health"), tr("Monitors in quorum"), tr("OSDs up / in / total"),
                 tr("Placement groups"), tr("Raw capacity")});
    const QString cephHealth = ceph.value(QStringLiteral("health")).toString();
    out += QStringLiteral("<tr>") +
           tdHtml(Html::status(cephHealth == QLatin1String("HEALTH_OK")
                                   ? QStringLiteral("pass")
                                   : (cephHealth == QLatin1String("HEALTH_WARN")
                                          ? QStringLiteral("warn")
                                          : QStringLiteral("fail")),
                               cephHealth)) +
           td(tr("%1 of %2")
                  .arg(ceph.value(QStringLiteral("monsInQuorum")).toInt())
                  .arg(ceph.value(QStringLiteral("monsTotal")).toInt())) +
           td(QStringLiteral("%1 / %2 / %3")
                  .arg(ceph.value(QStringLiteral("osdsUp")).toInt())
                  .arg(ceph.value(QStringLiteral("osdsIn")).toInt())
                  .arg(ceph.value(QStringLiteral("osdsTotal")).toInt())) +
           td(QString::number(pgs)) + td(tr("%1 used of %2").arg(bytes(used), bytes(total))) +
           QStringLiteral("</tr>\n");
    out += QStringLiteral("</tbody></table>\n<div class=\"charts\">");
    QString usedPercent = QStringLiteral("\u2014");
    if (total > 0)
        usedPercent = used > 0 && 100.0 * used / total < 0.1
                          ? QStringLiteral("< %1 %").arg(SvgCharts::number(0.1))
                          : QStringLiteral("%1 %").arg(SvgCharts::number(100.0 * used / total));
    out += SvgCharts::donut(
        tr("Ceph raw capacity used"),
        {{tr("Used"), used, QStringLiteral("#3465a4")},
         {tr("Available"), qMax(0.0, total - used), QStringLiteral("#c9d6ea")}},
        total > 0 ? QStringLiteral("%1 %").arg(SvgCharts::number(100.0 * used / total))
                  : QStringLiteral("\u2014"),
        {bytes(used), bytes(qMax(0.0, total - used))});
    QList<SvgCharts::Slice> pgSlices;
    QStringList pgValues;
    const QJsonObject byState = ceph.value(QStringLiteral("pgsByState")).toObject();
    for (auto it = byState.begin(); it != byState.end(); ++it) {
        const bool clean = it.key() == QLatin1String("active+clean");
        pgSlices.append({it.key(), it.value().toDouble(),
                         clean ? QStringLiteral("#1e7e34") : QStringLiteral("#b86e00")});
        pgValues << tr("%1 PGs").arg(it.value().toInt());
    }
    out +=
        SvgCharts::donut(tr("Placement groups by state"), pgSlices, QString::number(pgs), pgValues);
    out += QStringLiteral("</div>\n");

    out += QStringLiteral("<h3>") + Html::text(tr("RAID arrays")) + QStringLiteral("</h3>\n");
    out += head({tr("Node"), tr("Array"), tr("Level"), tr("State"), tr("Members up"), tr("Pattern"),
                 tr("Rebuild")});
    for (const QJsonValue &v : h.value(QStringLiteral("raid")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString state = r.value(QStringLiteral("state")).toString();
        const QJsonValue progress = r.value(QStringLiteral("progressPercent"));
        out += QStringLiteral("<tr>") + td(r.value(QStringLiteral("node")).toString()) +
               td(r.value(QStringLiteral("device")).toString(), QStringLiteral("mono")) +
               td(r.value(QStringLiteral("level")).toString()) +
               tdHtml(Html::status(raidStatus(state), state)) +
               td(QStringLiteral("%1 / %2")
                      .arg(r.value(QStringLiteral("membersUp")).toInt())
                      .arg(r.value(QStringLiteral("members")).toInt())) +
               td(QStringLiteral("[%1]").arg(r.value(QStringLiteral("pattern")).toString()),
                  QStringLiteral("mono")) +
               td(progress.isDouble()
                      ? QStringLiteral("%1 %").arg(SvgCharts::number(progress.toDouble()))
                      : QStringLiteral("\u2014")) +
               QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");

    const QJsonObject ha = h.value(QStringLiteral("ha")).toObject();
    out += QStringLiteral("<h3>") + Html::text(tr("High availability")) +
           QStringLiteral("</h3>\n<p>") +
           Html::status(ha.value(QStringLiteral("quorate")).toBool() ? QStringLiteral("pass")
                                                                     : QStringLiteral("fail"),
                        ha.value(QStringLiteral("quorate")).toBool() ? tr("quorate")
                                                                     : tr("no quorum")) +
           QStringLiteral(" ") +
           Html::text(
               tr("HA manager master: %1.").arg(ha.value(QStringLiteral("master")).toString())) +
           QStringLiteral("</p>\n");
    out += head({tr("Resource"), tr("Node"), tr("State")});
    for (const QJsonValue &v : ha.value(QStringLiteral("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString state = s.value(QStringLiteral("state")).toString();
        out += QStringLiteral("<tr>") +
               td(s.value(QStringLiteral("sid")).toString(), QStringLiteral("mono")) +
               td(s.value(QStringLiteral("node")).toString()) +
               tdHtml(Html::status(state == QLatin1String("started") ? QStringLiteral("pass")
                                                                     : QStringLiteral("warn"),
                                   state)) +
               QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");

    out += QStringLiteral("<h3>") + Html::text(tr("Proxmox storages")) + QStringLiteral("</h3>\n");
    out += head({tr("Node"), tr("Storage"), tr("Type"), tr("Status"), tr("Used"), tr("Total")});
    for (const QJsonValue &v : h.value(QStringLiteral("storages")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString status = s.value(QStringLiteral("status")).toString();
        out += QStringLiteral("<tr>") + td(s.value(QStringLiteral("node")).toString()) +
               td(s.value(QStringLiteral("name")).toString()) +
               td(s.value(QStringLiteral("type")).toString()) +
               tdHtml(Html::status(status == QLatin1String("active") ? QStringLiteral("pass")
                                                                     : QStringLiteral("fail"),
                                   status)) +
               td(sizeText(s.value(QStringLiteral("used"))), QStringLiteral("num")) +
               td(sizeText(s.value(QStringLiteral("total"))), QStringLiteral("num")) +
               QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");

    out += QStringLiteral("<h3>") + Html::text(tr("Raw outputs")) + QStringLiteral("</h3>\n");
    for (const QJsonValue &v : h.value(QStringLiteral("raw")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString node = r.value(QStringLiteral("node")).toString();
        if (!r.value(QStringLiteral("reachable")).toBool(true)) {
            out += QStringLiteral("<p>") + Html::status(QStringLiteral("fail"), tr("unreachable")) +
                   QStringLiteral(" ") + Html::text(node) + QStringLiteral("</p>\n");
            continue;
        }
        out += Html::details(QStringLiteral("%1: ceph -s").arg(node),
                             r.value(QStringLiteral("cephStatus")).toString(), true);
        out += Html::details(QStringLiteral("%1: cat /proc/mdstat").arg(node),
                             r.value(QStringLiteral("mdstat")).toString(), true);
        out += Html::details(QStringLiteral("%1: ha-manager status").arg(node),
                             r.value(QStringLiteral("haStatus")).toString(), true);
        out += Html::details(QStringLiteral("%1: pvesm status").arg(node),
                             r.value(QStringLiteral("pvesmStatus")).toString(), true);
    }
    return out + QStringLiteral("</section>\n");
}

QString ReportSections::crashTest(const ReportData &data)
{
    QString out = open(QStringLiteral("crashtest"), tr("Crash test"));
    const QJsonObject &c = data.crashTest;
    if (c.isEmpty())
        return out +
               notAvailable(tr("No crash test was recorded for this cluster."),
                            QStringLiteral("pve-ha-installer crash-test --spec FILE --node NAME "
                                           "--vmid N --yes")) +
               QStringLiteral("</section>\n");
    const bool recovered = c.value(QStringLiteral("recovered")).toBool();
    const bool met = c.value(QStringLiteral("metTarget")).toBool();
    const double failover = c.value(QStringLiteral("failoverSeconds")).toDouble();
    const double target = c.value(QStringLiteral("targetSeconds")).toDouble(120);
    const int vmid = c.value(QStringLiteral("vmid")).toInt();
    const QString node = c.value(QStringLiteral("node")).toString();
    const QString after = c.value(QStringLiteral("vmNodeAfter")).toString();
    if (!recovered)
        out += banner(QStringLiteral("fail"), tr("not recovered"),
                      tr("vm:%1 did not restart elsewhere after %2 crashed.").arg(vmid).arg(node));
    else
        out += banner(met ? QStringLiteral("pass") : QStringLiteral("fail"),
                      met ? tr("goal met") : tr("goal missed"),
                      tr("vm:%1 restarted on %2 %3 after %4 crashed (goal: under %5).")
                          .arg(vmid)
                          .arg(after, seconds(failover), node, seconds(target)));
    out += QStringLiteral("<table class=\"kv\">");
    const auto kv = [&out](const QString &k, const QString &v) {
        out += QStringLiteral("<tr><th>") + Html::text(k) + QStringLiteral("</th><td>") +
               Html::text(v) + QStringLiteral("</td></tr>\n");
    };
    kv(tr("Crashed node"), tr("%1 (kernel panic: echo c > /proc/sysrq-trigger)").arg(node));
    kv(tr("Guest"), QStringLiteral("vm:%1").arg(vmid));
    kv(tr("Ran on before / after"),
       QStringLiteral("%1 \u2192 %2")
           .arg(c.value(QStringLiteral("vmNodeBefore")).toString(), after));
    kv(tr("Failover time"), recovered ? seconds(failover) : tr("not recovered"));
    kv(tr("Goal"), tr("under %1").arg(seconds(target)));
    kv(tr("Tested on"), when(c.value(QStringLiteral("savedAt")).toString()));
    out += QStringLiteral("</table>\n");
    const double scale = c.value(QStringLiteral("timeScale")).toDouble(1);
    if (scale > 1.0)
        out += QStringLiteral("<p class=\"muted\">") +
               Html::text(tr("Simulated nodes: time ran %1 times faster; the times are simulated "
                             "seconds.")
                              .arg(SvgCharts::number(scale, 0))) +
               QStringLiteral("</p>\n");
    const QString error = c.value(QStringLiteral("error")).toString();
    if (!error.isEmpty())
        out += banner(QStringLiteral("fail"), tr("error"), error);

    QList<SvgCharts::Mark> marks;
    const QJsonArray timeline = c.value(QStringLiteral("timeline")).toArray();
    for (const QJsonValue &v : timeline) {
        const QJsonObject e = v.toObject();
        marks.append({e.value(QStringLiteral("seconds")).toDouble(), shortLabel(e, vmid),
                      e.value(QStringLiteral("event")).toString()});
    }
    if (!marks.isEmpty()) {
        out += SvgCharts::timeline(tr("Failover timeline, seconds after the crash"), marks, target,
                                   tr("goal: %1").arg(seconds(target)));
        out += head({tr("Time"), tr("Event"), tr("Node"), tr("What happened")});
        for (const QJsonValue &v : timeline) {
            const QJsonObject e = v.toObject();
            out +=
                QStringLiteral("<tr>") +
                td(seconds(e.value(QStringLiteral("seconds")).toDouble()), QStringLiteral("num")) +
                td(e.value(QStringLiteral("event")).toString(), QStringLiteral("mono")) +
                td(e.value(QStringLiteral("node")).toString()) +
                td(e.value(QStringLiteral("text")).toString()) + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }
    return out + QStringLiteral("</section>\n");
}

} // namespace pveha
