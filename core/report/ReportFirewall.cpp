// SPDX-License-Identifier: GPL-3.0-or-later
// The Edge firewall: what each node's public address should hold and, when the tool talked
// to the OVHcloud API, what it found or applied there.
#include "common/I18n.h"
#include "report/Html.h"
#include "report/JournalRecords.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include "spec/EdgeRules.h"

#include <QJsonArray>

namespace pveha {
namespace {

QString th(const QString &text, const QString &cls = {})
{
    return (cls.isEmpty() ? QStringLiteral("<th>") : QStringLiteral("<th class=\"%1\">").arg(cls)) +
           Html::text(text) + QStringLiteral("</th>");
}

QString numbers(const QJsonArray &values)
{
    QStringList out;
    for (const QJsonValue &v : values) {
        if (v.isObject())
            out << QString::number(v.toObject().value(QStringLiteral("sequence")).toInt());
        else
            out << QString::number(v.toInt());
    }
    return out.join(QStringLiteral(", "));
}

/// One node's banner from the journal's record: applied, in place, differing or failed.
QString nodeState(const QJsonObject &record)
{
    const QJsonObject applied = record.value(QStringLiteral("applied")).toObject();
    const QJsonObject diff = record.value(QStringLiteral("difference")).toObject();
    const QJsonArray errors = record.value(QStringLiteral("errors")).toArray();
    const bool enabled = record.value(QStringLiteral("enabled")).toBool();
    if (!record.value(QStringLiteral("attempted")).toBool(true))
        return ReportSections::banner(
            QStringLiteral("skip"), ReportSections::tr("not attempted"),
            ReportSections::tr("Not touched: the run stopped at an earlier node's failure."));
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const QJsonValue &e : errors)
            lines << e.toString();
        QString sentence = lines.join(QLatin1Char(' '));
        const QString left = applied.value(QStringLiteral("notApplied"))
                                 .toObject()
                                 .value(QStringLiteral("text"))
                                 .toString();
        if (!left.isEmpty())
            sentence += QLatin1Char(' ') + ReportSections::tr("Not applied: %1.").arg(left);
        return ReportSections::banner(QStringLiteral("fail"), {}, sentence);
    }
    if (applied.value(QStringLiteral("requested")).toBool()) {
        QStringList done;
        if (applied.value(QStringLiteral("addedToFirewall")).toBool())
            done << ReportSections::tr("address added to the firewall");
        if (const QJsonArray d = applied.value(QStringLiteral("deleted")).toArray(); !d.isEmpty())
            done << ReportSections::tr("deleted the rules at priorities %1", nullptr, int(d.size()))
                        .arg(numbers(d));
        if (const QJsonArray c = applied.value(QStringLiteral("created")).toArray(); !c.isEmpty())
            done << ReportSections::tr("created the rules at priorities %1", nullptr, int(c.size()))
                        .arg(numbers(c));
        if (applied.value(QStringLiteral("enabled")).toBool())
            done << ReportSections::tr("firewall enabled");
        const QString what =
            done.isEmpty() ? ReportSections::tr("nothing had to change") : I18n::joinClauses(done);
        return ReportSections::banner(
            QStringLiteral("pass"), ReportSections::tr("applied"),
            ReportSections::tr("The firewall holds these rules and is enabled (%1).").arg(what));
    }
    const QJsonArray toDelete = diff.value(QStringLiteral("delete")).toArray();
    const QJsonArray toCreate = diff.value(QStringLiteral("create")).toArray();
    if (toDelete.isEmpty() && toCreate.isEmpty() && enabled)
        return ReportSections::banner(
            QStringLiteral("pass"), ReportSections::tr("in place"),
            ReportSections::tr("The firewall held exactly these rules and was enabled."));
    QStringList pending;
    if (!record.value(QStringLiteral("onFirewall")).toBool())
        pending << ReportSections::tr("the address is not on the Edge firewall");
    if (!toDelete.isEmpty())
        pending << ReportSections::tr("delete the rules at priorities %1", nullptr,
                                      int(toDelete.size()))
                       .arg(numbers(toDelete));
    if (!toCreate.isEmpty())
        pending << ReportSections::tr("create the rules at priorities %1", nullptr,
                                      int(toCreate.size()))
                       .arg(numbers(toCreate));
    if (!enabled)
        pending << ReportSections::tr("the firewall is disabled");
    return ReportSections::banner(
        QStringLiteral("warn"), ReportSections::tr("not in place"),
        ReportSections::tr("When it was read, the firewall differed from these rules: %1.")
            .arg(I18n::joinClauses(pending)));
}

} // namespace

QString ReportSections::firewall(const ReportData &data)
{
    const ClusterSpec &spec = data.spec;
    QString out = open(QStringLiteral("firewall"), tr("Edge firewall rules"));
    const bool managed = spec.firewall.provider != FirewallProvider::None;
    if (!managed) {
        out += banner(QStringLiteral("skip"), tr("not managed"),
                      tr("The spec leaves the Edge Network Firewall alone (provider: none). "
                         "Below is what the tool would set with provider ovh-edge."));
    } else {
        out += QStringLiteral("<p>") +
               Html::text(tr("Set on each node's public address by \"pve-ha-installer firewall "
                             "--apply\" or the wizard's firewall page (OVHcloud Edge Network "
                             "Firewall, endpoint %1): public access only to the GUI and to SSH "
                             "from the admins, the other nodes allowed, everything else dropped.")
                              .arg(spec.firewall.apiEndpoint)) +
               QStringLiteral("</p>\n");
        if (data.firewall.isEmpty()) {
            out += notAvailable(tr("The tool has not read these firewalls through the OVHcloud "
                                   "API yet, so whether the rules are in place is not known."),
                                QStringLiteral("pve-ha-installer firewall --spec FILE"));
        } else {
            const bool apply = data.firewall.value(QStringLiteral("apply")).toBool();
            out += QStringLiteral("<p class=\"muted\">") +
                   Html::text(
                       (apply ? tr("Last applied through the OVHcloud API on %1.")
                              : tr("Last read through the OVHcloud API on %1 (nothing changed)."))
                           .arg(when(data.firewall.value(QStringLiteral("savedAt")).toString()))) +
                   QStringLiteral("</p>\n");
        }
    }
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &n = spec.nodes.at(i);
        out += QStringLiteral("<h3>") + Html::text(tr("%1 (%2)").arg(n.name, n.publicAddress)) +
               QStringLiteral("</h3>\n");
        if (managed && !data.firewall.isEmpty()) {
            const QJsonObject record = JournalRecords::firewallNode(data.firewall, n.name);
            if (record.isEmpty())
                out += notAvailable(tr("This node was not part of that run."),
                                    QStringLiteral("pve-ha-installer firewall --spec FILE"));
            else if (!JournalRecords::firewallNodeCurrent(record, spec, i))
                out += banner(QStringLiteral("warn"), tr("changed since"),
                              tr("The spec asks for other rules (or another address) than when "
                                 "the tool last talked to this firewall: what it found then no "
                                 "longer says whether the rules below are in place. Read them "
                                 "again."));
            else
                out += nodeState(record);
        }
        out += QStringLiteral("<table><thead><tr>") + th(tr("Priority"), QStringLiteral("num")) +
               th(tr("Action")) + th(tr("Protocol")) + th(tr("Source")) +
               th(tr("Destination port")) + th(tr("Use")) +
               QStringLiteral("</tr></thead><tbody>\n");
        for (const EdgeRule &r : deriveEdgeRules(spec, i)) {
            const bool permit = r.action == QLatin1String("permit");
            QString port = r.destinationPort ? QString::number(*r.destinationPort) : tr("any");
            if (r.tcpEstablished)
                port += QStringLiteral(" ") + tr("(established)");
            out += QStringLiteral("<tr><td class=\"num\">") + QString::number(r.sequence) +
                   QStringLiteral("</td><td>") +
                   Html::status(permit ? QStringLiteral("pass") : QStringLiteral("fail"),
                                permit ? tr("permit") : tr("deny")) +
                   QStringLiteral("</td><td>") + Html::text(r.protocol.toUpper()) +
                   QStringLiteral("</td><td class=\"mono\">") + Html::text(r.source) +
                   QStringLiteral("</td><td>") + Html::text(port) + QStringLiteral("</td><td>") +
                   Html::text(r.comment) + QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }
    return out + QStringLiteral("</section>\n");
}

} // namespace pveha
