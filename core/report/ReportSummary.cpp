// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster summary (nodes, addresses, disks, capacity) and the preflight table.
#include "report/Html.h"
#include "report/ReportWriter.h"
#include "report/SvgCharts.h"

#include "plan/Capacity.h"

#include <QJsonArray>

namespace pveha {
namespace {

QString row(const QString &header, const QString &value)
{
    return QStringLiteral("<tr><th>") + Html::text(header) + QStringLiteral("</th><td>") +
           Html::text(value) + QStringLiteral("</td></tr>\n");
}

QString diskRole(const StoragePart &storage, const QString &path)
{
    if (path == storage.osDisk)
        return ReportSections::tr("Proxmox VE system");
    if (path == storage.dbDevice)
        return ReportSections::tr("Ceph DB/WAL cache");
    if (storage.raidDevices.contains(path))
        return ReportSections::tr("RAID %1 member (%2)")
            .arg(storage.raidLevel)
            .arg(storage.mdDevice);
    return ReportSections::tr("not used");
}

QString jsonText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        // Sizes in bytes (disk.db, disk.rootspace) read better as sizes.
        if (v.toDouble() >= 1e9)
            return ReportSections::bytes(v.toDouble());
        return QString::number(v.toDouble(), 'g', 15);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

} // namespace

QString ReportSections::summary(const ReportData &data)
{
    const ClusterSpec &spec = data.spec;
    QString out = QStringLiteral("<section id=\"summary\" class=\"major first\">\n<h2>") +
                  Html::text(tr("Cluster summary")) + QStringLiteral("</h2>\n");
    out += QStringLiteral("<div class=\"cols\"><table class=\"kv\">\n");
    out += row(tr("Cluster"), spec.cluster.name);
    out += row(tr("Private network"),
               tr("%1 on %2 (bridge %3), MTU %4")
                   .arg(spec.network.cidr, spec.network.privateInterface, spec.network.bridge)
                   .arg(spec.network.mtu));
    out += row(tr("SSH user"), spec.ssh.user);
    out += row(tr("Ceph pool"), tr("%1: size %2, min size %3, autoscale %4")
                                    .arg(spec.ceph.pool.name)
                                    .arg(spec.ceph.pool.size)
                                    .arg(spec.ceph.pool.minSize)
                                    .arg(spec.ceph.pool.pgAutoscale ? tr("on") : tr("off")));
    out += QStringLiteral("</table><table class=\"kv\">\n");
    out += row(tr("System disk"), spec.storage.osDisk);
    out += row(tr("Ceph DB/WAL device"), spec.storage.dbDevice);
    out += row(tr("RAID"),
               tr("RAID %1 of %2 → %3 → LVM %4/%5 → one OSD per node")
                   .arg(spec.storage.raidLevel)
                   .arg(spec.storage.raidDevices.join(QStringLiteral(", ")), spec.storage.mdDevice,
                        spec.storage.volumeGroup, spec.storage.logicalVolume));
    QStringList haVms;
    for (const HaResource &r : spec.ha.resources)
        haVms << QStringLiteral("vm:%1").arg(r.vmid);
    out += row(tr("HA group"),
               tr("%1 (%2), protects %3")
                   .arg(spec.ha.group, spec.ha.nodes.join(QStringLiteral(", ")),
                        haVms.isEmpty() ? tr("no guest yet") : haVms.join(QStringLiteral(", "))));
    out += QStringLiteral("</table></div>\n");

    out += QStringLiteral("<h3>") + Html::text(tr("Nodes")) +
           QStringLiteral("</h3>\n<table><thead><tr>");
    for (const QString &h : {tr("Node"), tr("Role"), tr("Public address"), tr("SSH port"),
                             tr("Private address (vRack)"), tr("Proxmox VE")})
        out += QStringLiteral("<th>") + Html::text(h) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead><tbody>\n");
    const QJsonArray pfNodes = data.preflight.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &n = spec.nodes.at(i);
        QString pve;
        for (const QJsonValue &v : pfNodes)
            if (v.toObject().value(QStringLiteral("name")).toString() == n.name)
                pve = v.toObject().value(QStringLiteral("pveVersion")).toString();
        out += QStringLiteral("<tr><td><strong>") + Html::text(n.name) +
               QStringLiteral("</strong></td><td>") +
               Html::text(i == 0 ? tr("creates the cluster, OSD, monitor")
                                 : tr("joins the cluster, OSD, monitor")) +
               QStringLiteral("</td><td class=\"mono\">") + Html::text(n.publicAddress) +
               QStringLiteral("</td><td class=\"num\">") + QString::number(n.sshPort) +
               QStringLiteral("</td><td class=\"mono\">") + Html::text(n.privateAddress) +
               QStringLiteral("</td><td>") + Html::text(pve.isEmpty() ? tr("unknown") : pve) +
               QStringLiteral("</td></tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");

    out += QStringLiteral("<h3>") + Html::text(tr("Disks")) + QStringLiteral("</h3>\n");
    qint64 raidDiskBytes = 0;
    if (pfNodes.isEmpty()) {
        out += notAvailable(tr("The disks are listed by the preflight, which has not run."),
                            QStringLiteral("pve-ha-installer validate --spec FILE"));
    } else {
        out += QStringLiteral("<table><thead><tr>");
        for (const QString &h : {tr("Node"), tr("Device"), tr("Use"), tr("Size"), tr("Model"),
                                 tr("Serial"), tr("Type")})
            out += QStringLiteral("<th>") + Html::text(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead><tbody>\n");
        for (const NodeSpec &n : spec.nodes) {
            for (const QJsonValue &v : data.disksOf(n.name)) {
                const QJsonObject d = v.toObject();
                const QString path = d.value(QStringLiteral("path")).toString();
                const qint64 size = qint64(d.value(QStringLiteral("size")).toDouble());
                if (spec.storage.raidDevices.contains(path) && raidDiskBytes == 0)
                    raidDiskBytes = size;
                const QString type =
                    d.value(QStringLiteral("transport")).toString().toUpper() +
                    QStringLiteral(" ") +
                    (d.value(QStringLiteral("rotational")).toBool() ? tr("HDD") : tr("SSD"));
                out += QStringLiteral("<tr><td>") + Html::text(n.name) +
                       QStringLiteral("</td><td class=\"mono\">") + Html::text(path) +
                       QStringLiteral("</td><td>") + Html::text(diskRole(spec.storage, path)) +
                       QStringLiteral("</td><td class=\"num\">") +
                       Html::text(Capacity::formatBytes(size)) + QStringLiteral("</td><td>") +
                       Html::text(d.value(QStringLiteral("model")).toString()) +
                       QStringLiteral("</td><td class=\"mono\">") +
                       Html::text(d.value(QStringLiteral("serial")).toString()) +
                       QStringLiteral("</td><td class=\"nw\">") + Html::text(type.trimmed()) +
                       QStringLiteral("</td></tr>\n");
            }
        }
        out += QStringLiteral("</tbody></table>\n");
    }

    out += QStringLiteral("<h3>") + Html::text(tr("Capacity")) + QStringLiteral("</h3>\n");
    if (raidDiskBytes <= 0) {
        out += notAvailable(tr("The capacity needs the size of the RAID disks, which the "
                               "preflight measures."),
                            QStringLiteral("pve-ha-installer validate --spec FILE"));
    } else {
        const Capacity c =
            Capacity::compute(int(spec.nodes.size()), int(spec.storage.raidDevices.size()),
                              raidDiskBytes, spec.storage.raidLevel, spec.ceph.pool.size);
        out += QStringLiteral("<table class=\"kv\">");
        out += row(tr("Disks (all nodes)"), tr("%1 × %2 disks of %3: %4")
                                                .arg(c.nodes)
                                                .arg(c.disksPerNode)
                                                .arg(Capacity::formatBytes(raidDiskBytes),
                                                     Capacity::formatBytes(c.disksTotal)));
        out += row(tr("Raw (Ceph, after RAID %1)").arg(c.raidLevel),
                   Capacity::formatBytes(c.afterRaid));
        out += row(tr("Usable (replication ×%1)").arg(c.replicas), Capacity::formatBytes(c.usable));
        out += QStringLiteral("</table>\n");
        out += SvgCharts::horizontalBars(
            tr("Capacity: what the disks hold, what the RAID arrays give Ceph, what the VMs can "
               "use"),
            {{tr("Disks"), double(c.disksTotal), Capacity::formatBytes(c.disksTotal),
              QStringLiteral("#9aa5b1")},
             {tr("Raw (after RAID)"), double(c.afterRaid), Capacity::formatBytes(c.afterRaid),
              QStringLiteral("#3465a4")},
             {tr("Usable"), double(c.usable), Capacity::formatBytes(c.usable),
              QStringLiteral("#1e7e34")}});
    }
    return out + QStringLiteral("</section>\n");
}

QString ReportSections::preflight(const ReportData &data)
{
    QString out = open(QStringLiteral("preflight"), tr("Preflight checks"));
    const QJsonObject &pf = data.preflight;
    if (pf.isEmpty())
        return out +
               notAvailable(tr("No preflight was recorded for this cluster."),
                            QStringLiteral("pve-ha-installer validate --spec FILE")) +
               QStringLiteral("</section>\n");
    const QJsonObject sum = pf.value(QStringLiteral("summary")).toObject();
    const int fail = sum.value(QStringLiteral("fail")).toInt();
    const int warn = sum.value(QStringLiteral("warn")).toInt();
    const QString overall = fail > 0 ? QStringLiteral("fail")
                                     : (warn > 0 ? QStringLiteral("warn") : QStringLiteral("pass"));
    out += banner(overall, {},
                  tr("%1 passed, %2 warnings, %3 failed, %4 skipped (preflight of %5).")
                      .arg(sum.value(QStringLiteral("pass")).toInt())
                      .arg(warn)
                      .arg(fail)
                      .arg(sum.value(QStringLiteral("skip")).toInt())
                      .arg(when(pf.value(QStringLiteral("savedAt")).toString())));
    for (const QJsonValue &nv : pf.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject node = nv.toObject();
        out += QStringLiteral("<h3>") + Html::text(node.value(QStringLiteral("name")).toString()) +
               QStringLiteral("</h3>\n<table><thead><tr>");
        for (const QString &h :
             {tr("Check"), tr("Status"), tr("Result"), tr("Observed"), tr("Expected")})
            out += QStringLiteral("<th>") + Html::text(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead><tbody>\n");
        QString raw;
        for (const QJsonValue &cv : node.value(QStringLiteral("checks")).toArray()) {
            const QJsonObject c = cv.toObject();
            const QString id = c.value(QStringLiteral("id")).toString();
            out += QStringLiteral("<tr><td class=\"mono nw\">") + Html::text(id) +
                   QStringLiteral("</td><td>") +
                   Html::status(c.value(QStringLiteral("status")).toString()) +
                   QStringLiteral("</td><td>") +
                   Html::text(c.value(QStringLiteral("message")).toString()) +
                   QStringLiteral("</td><td>") +
                   Html::text(jsonText(c.value(QStringLiteral("observed")))) +
                   QStringLiteral("</td><td>") +
                   Html::text(jsonText(c.value(QStringLiteral("expected")))) +
                   QStringLiteral("</td></tr>\n");
            const QString details = c.value(QStringLiteral("details")).toString();
            if (!details.trimmed().isEmpty()) {
                const QString command = c.value(QStringLiteral("command")).toString();
                raw += Html::details(
                    command.isEmpty() ? id : QStringLiteral("%1: %2").arg(id, command), details);
            }
        }
        out += QStringLiteral("</tbody></table>\n");
        if (!raw.isEmpty())
            out += QStringLiteral("<details><summary>") +
                   Html::text(
                       tr("Raw outputs of %1").arg(node.value(QStringLiteral("name")).toString())) +
                   QStringLiteral("</summary>\n") + raw + QStringLiteral("</details>\n");
    }
    const QJsonArray mesh = pf.value(QStringLiteral("mesh")).toArray();
    if (!mesh.isEmpty()) {
        out += QStringLiteral("<h3>") + Html::text(tr("Private network mesh (MTU)")) +
               QStringLiteral("</h3>\n<table><thead><tr>");
        for (const QString &h : {tr("From"), tr("To"), tr("MTU"), tr("Status"), tr("Result")})
            out += QStringLiteral("<th>") + Html::text(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead><tbody>\n");
        for (const QJsonValue &mv : mesh) {
            const QJsonObject m = mv.toObject();
            out += QStringLiteral("<tr><td class=\"nw\">") +
                   Html::text(m.value(QStringLiteral("from")).toString()) +
                   QStringLiteral("</td><td class=\"nw\">") +
                   Html::text(m.value(QStringLiteral("to")).toString()) +
                   QStringLiteral("</td><td class=\"num\">") +
                   QString::number(m.value(QStringLiteral("mtu")).toInt()) +
                   QStringLiteral("</td><td>") +
                   Html::status(m.value(QStringLiteral("status")).toString()) +
                   QStringLiteral("</td><td>") +
                   Html::text(m.value(QStringLiteral("message")).toString()) +
                   QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</tbody></table>\n");
    }
    return out + QStringLiteral("</section>\n");
}

} // namespace pveha
