// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/Preflight.h"

#include "common/Logging.h"
#include "engine/ClusterSessions.h"
#include "preflight/NodeEvaluator.h"
#include "spec/ClusterSpec.h"

#include <QMutex>

namespace pveha {
namespace {

QString combined(const CommandResult &r)
{
    QString text = QString::fromUtf8(r.out);
    if (!r.err.isEmpty())
        text += (text.isEmpty() || text.endsWith(QLatin1Char('\n')) ? QString()
                                                                    : QStringLiteral("\n")) +
                QString::fromUtf8(r.err);
    return text;
}

} // namespace

Preflight::Preflight(const ClusterSpec &spec, ClusterSessions &sessions)
    : m_spec(spec)
    , m_sessions(sessions)
{}

QStringList Preflight::checkIds()
{
    return {QStringLiteral("ssh.connect"),    QStringLiteral("pve.version"),
            QStringLiteral("disk.os"),        QStringLiteral("disk.db"),
            QStringLiteral("disk.raid"),      QStringLiteral("net.interface"),
            QStringLiteral("host.name"),      QStringLiteral("time.sync"),
            QStringLiteral("disk.rootspace"), QStringLiteral("cluster.none"),
            QStringLiteral("host.resolve"),   QStringLiteral("repo.reach")};
}

void Preflight::add(NodeReport &report, Finding finding, const QString &command,
                    const QString &output)
{
    if (finding.command.isEmpty())
        finding.command = command;
    if (finding.details.isEmpty())
        finding.details = output;
    report.findings << finding;
    if (m_progress)
        m_progress(report.node, finding);
}

NodeReport Preflight::checkNode(int index, const std::atomic_bool *cancel)
{
    NodeReport report;
    const NodeSpec &node = m_spec.nodes.at(index);
    report.node = node.name;

    const ConnectResult connect = m_sessions.connect(index, cancel);
    if (!connect.ok()) {
        Finding f;
        f.id = QStringLiteral("ssh.connect");
        f.status = CheckStatus::Fail;
        f.message = connect.message;
        f.details = connect.detail;
        add(report, f);
        for (const QString &id : checkIds().mid(1)) {
            Finding skipped;
            skipped.id = id;
            skipped.status = CheckStatus::Skip;
            skipped.message = tr("Not checked: the node could not be reached.");
            add(report, skipped);
        }
        return report;
    }
    report.facts.reached = true;
    Finding reached;
    reached.id = QStringLiteral("ssh.connect");
    reached.status = CheckStatus::Pass;
    reached.message = tr("Reached as %1@%2 (port %3).")
                          .arg(m_spec.ssh.user, node.publicAddress)
                          .arg(node.sshPort);
    add(report, reached);

    const auto exec = [&](const QString &script) {
        CommandRequest request;
        request.script = script;
        request.timeoutMs = m_timeoutMs;
        const CommandResult r = m_sessions.run(index, request, {}, cancel);
        qCDebug(lcPreflight) << node.name << script << "->" << r.exitCode
                             << transportStatusName(r.status);
        return r;
    };

    QString command = QStringLiteral("pveversion -v");
    CommandResult r = exec(command);
    report.facts.pve = PveVersion::parse(QString::fromUtf8(r.out));
    add(report, NodeEvaluator::pveVersion(report.facts.pve, r.exitCode, combined(r)), command,
        combined(r));

    command = BlockDevices::lsblkCommand();
    r = exec(command);
    report.facts.disks = BlockDevices::parseLsblkJson(r.out);
    add(report, NodeEvaluator::osDisk(report.facts.disks, m_spec), command, combined(r));
    add(report, NodeEvaluator::dbDevice(report.facts.disks, m_spec), command, combined(r));
    add(report, NodeEvaluator::raidDisks(report.facts.disks, m_spec), command, combined(r));

    command = QStringLiteral("ip -j addr show");
    r = exec(command);
    report.facts.interfaces = NetInterfaces::parseIpJson(r.out);
    report.facts.privateNetworkUp =
        report.facts.interfaces.withIpv4(node.privateAddress) != nullptr;
    add(report, NodeEvaluator::interface(report.facts.interfaces, m_spec), command, combined(r));

    command = QStringLiteral("hostname");
    r = exec(command);
    report.facts.hostname = QString::fromUtf8(r.out).trimmed();
    add(report, NodeEvaluator::hostname(report.facts.hostname, node.name), command, combined(r));

    command = QStringLiteral("timedatectl show 2>/dev/null || chronyc tracking");
    r = exec(command);
    add(report, NodeEvaluator::timeSync(TimeSync::parse(QString::fromUtf8(r.out)), combined(r)),
        command, combined(r));

    command = QStringLiteral("df -P -B1 /");
    r = exec(command);
    add(report, NodeEvaluator::rootSpace(QString::fromUtf8(r.out)), command, combined(r));

    command = QStringLiteral("cat /etc/pve/corosync.conf 2>/dev/null || cat "
                             "/etc/corosync/corosync.conf 2>/dev/null || true");
    r = exec(command);
    report.facts.existingCluster = NodeEvaluator::clusterName(QString::fromUtf8(r.out));
    add(report, NodeEvaluator::existingCluster(QString::fromUtf8(r.out), m_spec), command,
        combined(r));

    command = QStringLiteral("cat /etc/hosts");
    r = exec(command);
    add(report, NodeEvaluator::nameResolution(QString::fromUtf8(r.out), m_spec, index), command,
        combined(r));
    // apt's own view of the repositories the Ceph packages will come from.
    command = QStringLiteral("apt-get update 2>&1");
    {
        CommandRequest request;
        request.script = command;
        request.timeoutMs = 180000;
        r = m_sessions.run(index, request, {}, cancel);
    }
    add(report, NodeEvaluator::repositories(combined(r), r.exitCode), command, combined(r));
    return report;
}

PreflightReport Preflight::run(const std::atomic_bool *cancel)
{
    PreflightReport report;
    report.nodes.resize(m_spec.nodes.size());
    QList<int> all;
    for (int i = 0; i < m_spec.nodes.size(); ++i)
        all << i;
    ClusterSessions::forEachInParallel(all, [&](int i) { report.nodes[i] = checkNode(i, cancel); });
    report.mesh = runMesh(report.nodes, cancel);
    return report;
}

QList<MeshEntry> Preflight::runMesh(const QList<NodeReport> &nodes, const std::atomic_bool *cancel)
{
    const int n = int(m_spec.nodes.size());
    const int mtu = m_spec.network.mtu;
    QList<QList<MeshEntry>> perNode(n);
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    const auto up = [&](int i) { return i < nodes.size() && nodes.at(i).facts.privateNetworkUp; };
    const auto reached = [&](int i) { return i < nodes.size() && nodes.at(i).facts.reached; };
    QMutex progressMutex;
    ClusterSessions::forEachInParallel(all, [&](int i) {
        for (int j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const QString from = m_spec.nodes.at(i).name;
            const QString to = m_spec.nodes.at(j).name;
            MeshEntry entry;
            if (!reached(i) || !reached(j)) {
                entry = MeshEntry{
                    from,
                    to,
                    mtu,
                    CheckStatus::Skip,
                    tr("Not checked: %1 could not be reached.").arg(reached(i) ? to : from),
                    {}};
            } else if (!up(i) || !up(j)) {
                entry = MeshEntry{from,
                                  to,
                                  mtu,
                                  CheckStatus::Skip,
                                  tr("Not checked yet: the private network is not configured on "
                                     "%1; the deployment's "
                                     "network phase configures it and then runs this check.")
                                      .arg(up(i) ? to : from),
                                  {}};
            } else if (cancel && cancel->load()) {
                entry =
                    MeshEntry{from, to, mtu, CheckStatus::Skip, tr("Not checked: cancelled."), {}};
            } else {
                CommandRequest request;
                request.script = PingResult::command(mtu, m_spec.nodes.at(j).privateAddress);
                request.timeoutMs = m_timeoutMs;
                const CommandResult r = m_sessions.run(i, request, {}, cancel);
                const QString output = combined(r);
                entry =
                    NodeEvaluator::meshEntry(from, to, mtu, PingResult::parse(output, r.exitCode));
                entry.details = request.script + QLatin1Char('\n') + output;
            }
            perNode[i] << entry;
            if (m_meshProgress) {
                QMutexLocker lock(&progressMutex);
                m_meshProgress(entry);
            }
        }
    });
    QList<MeshEntry> mesh;
    for (const QList<MeshEntry> &entries : perNode)
        mesh << entries;
    return mesh;
}

} // namespace pveha
