// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SpecSummary.h"

#include "plan/Capacity.h"
#include "spec/EdgeRules.h"

namespace pveha {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString code(const QString &text)
{
    return text.isEmpty() ? SpecSummary::tr("(none)")
                          : QStringLiteral("<code>%1</code>").arg(esc(text));
}

QString yesNo(bool on)
{
    return on ? SpecSummary::tr("yes") : SpecSummary::tr("no");
}

class Section
{
public:
    explicit Section(const QString &title)
        : m_html(QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                     .arg(esc(title)))
    {}
    Section &row(const QString &label, const QString &valueHtml)
    {
        m_html += QStringLiteral("<tr><td width=\"34%\"><i>%1</i></td>"
                                 "<td>%2</td></tr>")
                      .arg(esc(label), valueHtml);
        return *this;
    }
    QString html() const { return m_html + QStringLiteral("</table>"); }

private:
    QString m_html;
};

} // namespace

QString SpecSummary::html(const ClusterSpec &spec, qint64 diskBytes)
{
    QString out;
    Section cluster(tr("Cluster and SSH"));
    cluster.row(tr("Cluster name"), code(spec.cluster.name))
        .row(tr("SSH user"), code(spec.ssh.user))
        .row(tr("Private key file"), code(spec.ssh.identityFile))
        .row(tr("Known hosts file"), code(spec.ssh.knownHostsFile))
        .row(tr("Host-key policy"), code(toString(spec.ssh.hostKeyPolicy)));
    out += cluster.html();

    out += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          "style=\"border-collapse:collapse\"><tr><th>%2</th><th>%3</th><th>%4"
                          "</th><th>%5</th></tr>")
               .arg(esc(tr("Nodes (%1)").arg(spec.nodes.size())), esc(tr("Name")),
                    esc(tr("Public address")), esc(tr("SSH port")), esc(tr("Private address")));
    for (const NodeSpec &n : spec.nodes) {
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(code(n.name), code(n.publicAddress), QString::number(n.sshPort),
                        code(n.privateAddress));
    }
    out += QStringLiteral("</table>");

    Section network(tr("Private network"));
    network.row(tr("vRack network card"), code(spec.network.privateInterface))
        .row(tr("Bridge"), code(spec.network.bridge))
        .row(tr("Network"), code(spec.network.cidr))
        .row(tr("MTU"), QString::number(spec.network.mtu));
    out += network.html();

    const StoragePart &st = spec.storage;
    Section disks(tr("Disks (on each node)"));
    disks.row(tr("System disk (never touched)"), code(st.osDisk))
        .row(tr("Ceph DB/WAL device (erased)"), code(st.dbDevice))
        .row(tr("RAID %1 disks (erased)").arg(st.raidLevel),
             code(st.raidDevices.join(QLatin1Char(' '))))
        .row(tr("md device, volume group, logical volume"),
             code(QStringLiteral("%1  %2/%3").arg(st.mdDevice, st.volumeGroup, st.logicalVolume)));
    if (diskBytes > 0) {
        const Capacity c = Capacity::compute(int(spec.nodes.size()), int(st.raidDevices.size()),
                                             diskBytes, st.raidLevel, spec.ceph.pool.size);
        disks.row(tr("Estimated capacity"),
                  esc(tr("%1 after RAID, %2 usable with %3 copies")
                          .arg(Capacity::formatBytes(c.afterRaid), Capacity::formatBytes(c.usable))
                          .arg(c.replicas)));
    }
    out += disks.html();

    const CephPart &ceph = spec.ceph;
    Section cephSection(tr("Ceph"));
    cephSection.row(tr("Repository"), code(toString(ceph.repository)))
        .row(tr("Public and cluster networks"),
             code(ceph.publicNetwork) + QStringLiteral(", ") + code(ceph.clusterNetwork))
        .row(tr("Pool"),
             tr("%1, %2 copies (at least %3 to write), autoscale %4, Proxmox storage %5")
                 .arg(code(ceph.pool.name))
                 .arg(ceph.pool.size)
                 .arg(ceph.pool.minSize)
                 .arg(yesNo(ceph.pool.pgAutoscale), yesNo(ceph.pool.addStorage)));
    out += cephSection.html();

    QStringList vmids;
    for (const HaResource &r : spec.ha.resources)
        vmids << QString::number(r.vmid);
    Section ha(tr("High availability"));
    ha.row(tr("HA group or rule"), code(spec.ha.group))
        .row(tr("Nodes"), code(spec.ha.nodes.join(QStringLiteral(", "))))
        .row(tr("Protected VMs"),
             vmids.isEmpty() ? esc(tr("none yet")) : code(vmids.join(QStringLiteral(", "))));
    out += ha.html();

    const FirewallPart &fw = spec.firewall;
    Section firewall(tr("Firewall"));
    firewall.row(tr("Provider"), code(toString(fw.provider)));
    if (fw.provider == FirewallProvider::OvhEdge) {
        firewall.row(tr("API endpoint"), code(fw.apiEndpoint))
            .row(tr("GUI sources (port 8006)"), code(fw.guiSources.join(QStringLiteral(", "))))
            .row(tr("Admin sources (SSH)"), code(fw.adminSources.join(QStringLiteral(", "))))
            .row(tr("Between the nodes"), yesNo(fw.allowInterNode))
            .row(tr("TCP established"), yesNo(fw.allowTcpEstablished))
            .row(tr("Extra rules"), QString::number(fw.extraRules.size()));
        if (!spec.nodes.isEmpty()) {
            QStringList lines;
            for (const EdgeRule &r : deriveEdgeRules(spec, 0))
                lines << esc(r.summary());
            firewall.row(tr("Rules of %1").arg(spec.nodes.first().name),
                         QStringLiteral("<pre>%1</pre>").arg(lines.join(QLatin1Char('\n'))));
        }
    }
    out += firewall.html();
    return out;
}

} // namespace pveha
