// SPDX-License-Identifier: GPL-3.0-or-later
// The plan with each step's status and duration per node, and the failing step.
#include "report/Html.h"
#include "report/ReportWriter.h"
#include "report/SvgCharts.h"

#include "plan/PlanBuilder.h"

#include <QJsonArray>

namespace pveha {
namespace {

const QString kDeploy = QStringLiteral("pve-ha-installer deploy --spec FILE");

QString th(const QString &text, const QString &cls = {})
{
    return (cls.isEmpty() ? QStringLiteral("<th>") : QStringLiteral("<th class=\"%1\">").arg(cls)) +
           Html::text(text) + QStringLiteral("</th>");
}

QString stepCell(const QJsonObject &record)
{
    if (record.isEmpty())
        return QStringLiteral("<td>") + Html::status(QStringLiteral("not-run")) +
               QStringLiteral("</td>");
    const QString status = record.value(QStringLiteral("status")).toString();
    QString cell = QStringLiteral("<td class=\"nw\">") + Html::status(status);
    if (status == QLatin1String("done") || status == QLatin1String("failed"))
        cell += QStringLiteral(" <span class=\"muted\">") +
                Html::text(
                    ReportSections::seconds(record.value(QStringLiteral("seconds")).toDouble())) +
                QStringLiteral("</span>");
    return cell + QStringLiteral("</td>");
}

} // namespace

QString ReportSections::plan(const ReportData &data)
{
    QString out = open(QStringLiteral("plan"), tr("Deployment plan and steps"));
    if (data.runs.isEmpty())
        out += notAvailable(tr("No deployment was recorded: the plan below has not run yet."),
                            kDeploy);
    else {
        const QJsonObject last = data.lastRun();
        const QString result = last.value(QStringLiteral("result")).toString();
        int done = 0, skipped = 0, failed = 0;
        for (const QJsonValue &v : last.value(QStringLiteral("steps")).toArray()) {
            const QString s = v.toObject().value(QStringLiteral("status")).toString();
            done += s == QLatin1String("done");
            skipped += s == QLatin1String("skipped");
            failed += s == QLatin1String("failed");
        }
        out += banner(result, Html::statusWord(result),
                      tr("Last deployment run: %1 to %2 (%n run(s) recorded): %4 steps done, %5 "
                         "skipped because already done, %6 failed.",
                         nullptr, int(data.runs.size()))
                          .arg(when(last.value(QStringLiteral("started")).toString()),
                               when(last.value(QStringLiteral("finished")).toString()))
                          .arg(done)
                          .arg(skipped)
                          .arg(failed));
        const QString log = last.value(QStringLiteral("log")).toString();
        if (!log.isEmpty())
            out += QStringLiteral("<p class=\"muted\">") + Html::text(tr("Full log: %1").arg(log)) +
                   QStringLiteral("</p>\n");
    }

    const Plan plan = PlanBuilder::build(data.spec, PlanFacts{data.pveMajor()});
    const QStringList nodes = data.spec.nodeNames();
    QList<SvgCharts::Bar> bars;
    for (const Phase &phase : plan.phases) {
        out += QStringLiteral("<h3>") + Html::text(phase.title) +
               QStringLiteral(" <span class=\"muted mono\">") + Html::text(phase.id) +
               QStringLiteral("</span></h3>\n<table><thead><tr>") + th(tr("Step"));
        for (const QString &n : nodes)
            out += th(n);
        out += QStringLiteral("</tr></thead><tbody>\n");
        // One row per step id, in plan order; a node without that step shows a dash.
        QStringList ids;
        for (const Step &s : phase.steps)
            if (!ids.contains(s.id))
                ids << s.id;
        double phaseSeconds = 0;
        for (const QString &id : ids) {
            QString title;
            QString cells;
            for (const QString &n : nodes) {
                const Step *step = plan.find(n, id);
                if (!step) {
                    cells += QStringLiteral("<td class=\"muted\">\u2014</td>");
                    continue;
                }
                if (title.isEmpty())
                    title = step->title;
                const QJsonObject record = data.stepRecord(n, id);
                if (record.value(QStringLiteral("status")).toString() == QLatin1String("done"))
                    phaseSeconds += record.value(QStringLiteral("seconds")).toDouble();
                cells += stepCell(record);
            }
            out += QStringLiteral("<tr><td>") + Html::text(title) +
                   QStringLiteral("<br/><span class=\"muted mono\">") + Html::text(id) +
                   QStringLiteral("</span></td>") + cells + QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
        bars.append({phase.title, phaseSeconds, seconds(phaseSeconds), QStringLiteral("#3465a4")});
    }
    if (!data.runs.isEmpty())
        out += SvgCharts::horizontalBars(
            tr("Time spent per phase (steps done, all nodes added up)"), bars);
    return out + QStringLiteral("</section>\n");
}

QString ReportSections::failure(const ReportData &data)
{
    QString out = open(QStringLiteral("failure"), tr("Failing step"));
    if (data.runs.isEmpty())
        return out + notAvailable(tr("No deployment was recorded."), kDeploy) +
               QStringLiteral("</section>\n");
    const QJsonObject last = data.lastRun();
    const Plan plan = PlanBuilder::build(data.spec, PlanFacts{data.pveMajor()});
    int count = 0;
    for (const QJsonValue &v : last.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("status")).toString() != QLatin1String("failed"))
            continue;
        ++count;
        const QString node = s.value(QStringLiteral("node")).toString();
        const QString id = s.value(QStringLiteral("step")).toString();
        const Step *step = plan.find(node, id);
        out += QStringLiteral("<h3>") +
               Html::text(tr("%1 on %2").arg(step ? step->title : id, node)) +
               QStringLiteral("</h3>\n");
        out += banner(QStringLiteral("fail"), {},
                      tr("Step %1 failed with exit code %2 after %3: %4")
                          .arg(id)
                          .arg(s.value(QStringLiteral("exitCode")).toInt())
                          .arg(seconds(s.value(QStringLiteral("seconds")).toDouble()),
                               s.value(QStringLiteral("reason")).toString()));
        QStringList lines;
        for (const QJsonValue &l : s.value(QStringLiteral("lastOutput")).toArray())
            lines << l.toString();
        out += QStringLiteral("<p>") + Html::text(tr("Last lines of its output:")) +
               QStringLiteral("</p>\n") + Html::pre(lines.join(QLatin1Char('\n')));
    }
    if (count == 0)
        out += banner(QStringLiteral("pass"), tr("none"),
                      tr("No step failed in the last deployment run."));
    return out + QStringLiteral("</section>\n");
}

} // namespace pveha
