// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/Preflight.h"

#include "common/Logging.h"
#include "engine/ClusterSessions.h"
#include "preflight/BatchRunner.h"
#include "preflight/NodeEvaluator.h"
#include "spec/ClusterSpec.h"

#include <QMutex>

#include <algorithm>
#include <functional>

namespace pveha {
namespace {

/// apt-get update may fetch every index again: it has more time than the other probes.
constexpr int kAptTimeoutMs = 180000;
/// About how many mesh pings the cluster has in flight at once: a node sends its own a few at a
/// time when the cluster is large. Each is a process on its node, and simulated nodes serialise
/// every tool on one lock per cluster, where many at once only queue (QLockFile backs off).
constexpr int kMeshPingsInFlight = 12;

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

BatchRunner Preflight::runner(int index) const
{
    return BatchRunner(m_spec.nodes.at(index).name,
                       [this, index](const CommandRequest &request, const OutputSink &sink,
                                     const std::atomic_bool *cancel) {
                           return m_sessions.run(index, request, sink, cancel);
                       });
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

    // Every probe only reads. They go to the node as one remote command (BatchRunner), each
    // with its own timeout, and each finding is added as soon as its command's output is in.
    struct Probe
    {
        QString command;
        int timeoutMs;
        std::function<void(const QString &command, const CommandResult &r)> take;
    };
    const QList<Probe> probes = {
        {QStringLiteral("pveversion -v"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             report.facts.pve = PveVersion::parse(QString::fromUtf8(r.out));
             add(report, NodeEvaluator::pveVersion(report.facts.pve, r.exitCode, combined(r)),
                 command, combined(r));
         }},
        {BlockDevices::lsblkCommand(), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             report.facts.disks = BlockDevices::parseLsblkJson(r.out);
             add(report, NodeEvaluator::osDisk(report.facts.disks, m_spec), command, combined(r));
             add(report, NodeEvaluator::dbDevice(report.facts.disks, m_spec), command, combined(r));
             add(report, NodeEvaluator::raidDisks(report.facts.disks, m_spec), command,
                 combined(r));
         }},
        {QStringLiteral("ip -j addr show"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             report.facts.interfaces = NetInterfaces::parseIpJson(r.out);
             report.facts.privateNetworkUp =
                 report.facts.interfaces.withIpv4(node.privateAddress) != nullptr;
             add(report, NodeEvaluator::interface(report.facts.interfaces, m_spec), command,
                 combined(r));
         }},
        {QStringLiteral("hostname"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             report.facts.hostname = QString::fromUtf8(r.out).trimmed();
             add(report, NodeEvaluator::hostname(report.facts.hostname, node.name), command,
                 combined(r));
         }},
        {QStringLiteral("timedatectl show 2>/dev/null || chronyc tracking"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             add(report,
                 NodeEvaluator::timeSync(TimeSync::parse(QString::fromUtf8(r.out)), combined(r)),
                 command, combined(r));
         }},
        {QStringLiteral("df -P -B1 /"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             add(report, NodeEvaluator::rootSpace(QString::fromUtf8(r.out)), command, combined(r));
         }},
        {QStringLiteral("cat /etc/pve/corosync.conf 2>/dev/null || cat "
                        "/etc/corosync/corosync.conf 2>/dev/null || true"),
         m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             report.facts.existingCluster = NodeEvaluator::clusterName(QString::fromUtf8(r.out));
             add(report, NodeEvaluator::existingCluster(QString::fromUtf8(r.out), m_spec), command,
                 combined(r));
         }},
        {QStringLiteral("cat /etc/hosts"), m_timeoutMs,
         [&](const QString &command, const CommandResult &r) {
             add(report, NodeEvaluator::nameResolution(QString::fromUtf8(r.out), m_spec, index),
                 command, combined(r));
         }},
        // apt's own view of the repositories the Ceph packages will come from.
        {QStringLiteral("apt-get update 2>&1"), kAptTimeoutMs,
         [&](const QString &command, const CommandResult &r) {
             add(report, NodeEvaluator::repositories(combined(r), r.exitCode), command,
                 combined(r));
         }},
    };
    QList<BatchRunner::Command> commands;
    for (const Probe &probe : probes)
        commands << BatchRunner::Command{probe.command, probe.timeoutMs};
    runner(index).run(
        CommandBatch::Mode::Sequential, commands,
        [&](int k, const CommandResult &r, bool) {
            qCDebug(lcPreflight) << node.name << probes.at(k).command << "->" << r.exitCode
                                 << transportStatusName(r.status);
            probes.at(k).take(probes.at(k).command, r);
        },
        cancel);
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
        // Node i's entries in the order of its peers; the pings it can send run at once, in one
        // remote command, and each entry is reported as soon as it and those before it are known.
        QList<MeshEntry> &entries = perNode[i];
        QList<bool> known;
        QList<BatchRunner::Command> pings;
        QList<int> pingEntry; // the entry each ping fills
        for (int j = 0; j < n; ++j) {
            if (i == j)
                continue;
            MeshEntry entry{
                m_spec.nodes.at(i).name, m_spec.nodes.at(j).name, mtu, CheckStatus::Skip, {}, {}};
            if (!reached(i) || !reached(j)) {
                entry.message = tr("Not checked: %1 could not be reached.")
                                    .arg(reached(i) ? entry.to : entry.from);
            } else if (!up(i) || !up(j)) {
                entry.message = tr("Not checked yet: the private network is not configured on "
                                   "%1; the deployment's "
                                   "network phase configures it and then runs this check.")
                                    .arg(up(i) ? entry.to : entry.from);
            } else if (cancel && cancel->load()) {
                entry.message = tr("Not checked: cancelled.");
            } else {
                pingEntry << int(entries.size());
                pings << BatchRunner::Command{
                    PingResult::command(mtu, m_spec.nodes.at(j).privateAddress), m_timeoutMs};
            }
            known << (pingEntry.isEmpty() || pingEntry.last() != entries.size());
            entries << entry;
        }
        qsizetype reported = 0;
        const auto reportKnown = [&] {
            for (; reported < entries.size() && known.at(reported); ++reported) {
                if (m_meshProgress) {
                    QMutexLocker lock(&progressMutex);
                    m_meshProgress(entries.at(reported));
                }
            }
        };
        reportKnown();
        runner(i).run(
            CommandBatch::Mode::Concurrent, pings,
            [&](int k, const CommandResult &r, bool started) {
                MeshEntry &entry = entries[pingEntry.at(k)];
                if (started) {
                    const QString output = combined(r);
                    entry = NodeEvaluator::meshEntry(entry.from, entry.to, mtu,
                                                     PingResult::parse(output, r.exitCode));
                    entry.details = pings.at(k).script + QLatin1Char('\n') + output;
                } else {
                    entry.message = tr("Not checked: cancelled.");
                }
                known[pingEntry.at(k)] = true;
                reportKnown();
            },
            cancel, std::max(1, kMeshPingsInFlight / std::max(1, n)));
    });
    QList<MeshEntry> mesh;
    for (const QList<MeshEntry> &entries : perNode)
        mesh << entries;
    return mesh;
}

} // namespace pveha
