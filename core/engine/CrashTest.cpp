// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/CrashTest.h"

#include "engine/ClusterSessions.h"
#include "health/HaStatus.h"
#include "spec/ClusterSpec.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QThread>

namespace pveha {
namespace {

HaStatus haStatus(ClusterSessions &sessions, int index, const std::atomic_bool *cancel)
{
    CommandRequest request;
    request.script = QStringLiteral("ha-manager status");
    request.timeoutMs = 10000;
    const CommandResult r = sessions.run(index, request, {}, cancel);
    if (!r.ok())
        return {};
    return parseHaManagerStatus(QString::fromUtf8(r.out));
}

const HaService *service(const HaStatus &status, int vmid)
{
    const QString sid = QStringLiteral("vm:%1").arg(vmid);
    for (const HaService &s : status.services)
        if (s.sid == sid)
            return &s;
    return nullptr;
}

} // namespace

QString CrashEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Crash:
        return QStringLiteral("crash");
    case Kind::Lost:
        return QStringLiteral("lost");
    case Kind::Fenced:
        return QStringLiteral("fenced");
    case Kind::Recovering:
        return QStringLiteral("recovering");
    case Kind::Started:
        break;
    }
    return QStringLiteral("started");
}

QJsonObject CrashTestResult::toJson() const
{
    QJsonArray events;
    for (const CrashEvent &e : timeline)
        events.append(QJsonObject{{QStringLiteral("event"), CrashEvent::kindName(e.kind)},
                                  {QStringLiteral("seconds"), e.seconds},
                                  {QStringLiteral("node"), e.node},
                                  {QStringLiteral("text"), e.text}});
    return QJsonObject{{QStringLiteral("node"), crashedNode},
                       {QStringLiteral("vmid"), vmid},
                       {QStringLiteral("vmNodeBefore"), vmNodeBefore},
                       {QStringLiteral("vmNodeAfter"), vmNodeAfter},
                       {QStringLiteral("recovered"), recovered},
                       {QStringLiteral("failoverSeconds"), failoverSeconds},
                       {QStringLiteral("targetSeconds"), kTargetSeconds},
                       {QStringLiteral("metTarget"), metTarget()},
                       {QStringLiteral("timeScale"), timeScale},
                       {QStringLiteral("error"), error},
                       {QStringLiteral("timeline"), events}};
}

CrashTest::CrashTest(const ClusterSpec &spec, ClusterSessions &sessions)
    : m_spec(spec)
    , m_sessions(sessions)
{}

bool CrashTest::isLoopbackHost(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString CrashTest::crashCommand(bool requireSimulator)
{
    const QString crash = QStringLiteral("echo c | tee /proc/sysrq-trigger");
    if (!requireSimulator)
        return crash;
    return QStringLiteral("if [ -z \"$NODESIM_ROOT\" ]; then echo 'refusing to crash: this is not "
                          "a simulated node' >&2; exit 1; fi\n") +
           crash;
}

QString CrashTest::refusal(const QString &node, int vmid, QString *warning,
                           const std::atomic_bool *cancel)
{
    const int index = m_sessions.indexOf(node);
    if (index < 0)
        return tr("%1 is not a node of this cluster.").arg(node);
    bool protectedVm = false;
    for (const HaResource &r : m_spec.ha.resources)
        protectedVm = protectedVm || r.vmid == vmid;
    if (!protectedVm)
        return tr("Guest %1 is not protected by HA in the spec (ha.resources): crashing a node "
                  "would not prove anything about it.")
            .arg(vmid);
    // Ask a node that stays up.
    const int observer = index == 0 ? 1 : 0;
    const HaStatus status = haStatus(m_sessions, observer, cancel);
    if (!status.understood)
        return tr("The HA status could not be read on %1: the cluster must be healthy before a "
                  "crash test.")
            .arg(m_sessions.nodeName(observer));
    if (!status.quorate)
        return tr("The cluster is not quorate: crashing %1 could stop everything.").arg(node);
    int alive = 0;
    for (const HaLrm &lrm : status.lrms)
        alive += lrm.dead ? 0 : 1;
    if (alive - 1 <= m_sessions.size() / 2)
        return tr("Only %1 of %2 nodes are up: without %3 the cluster would lose its quorum and "
                  "nothing could restart.")
            .arg(alive)
            .arg(m_sessions.size())
            .arg(node);
    const HaService *s = service(status, vmid);
    if (!s)
        return tr("vm:%1 is not an HA resource yet: deploy the ha phase first.").arg(vmid);
    if (s->state != QLatin1String("started"))
        return tr("vm:%1 is %2, not started: start it before the test.").arg(vmid).arg(s->state);
    if (warning && s->node != node)
        *warning = tr("vm:%1 runs on %2, not on %3: the test will show %3 being fenced, but no "
                      "guest has to move.")
                       .arg(vmid)
                       .arg(s->node, node);
    return {};
}

CrashTestResult CrashTest::run(const QString &node, int vmid, int timeoutSeconds,
                               const Progress &progress, const std::atomic_bool *cancel)
{
    CrashTestResult result;
    result.crashedNode = node;
    result.vmid = vmid;
    result.timeScale = m_timeScale;
    const int index = m_sessions.indexOf(node);
    const int observer = index == 0 ? 1 : 0;
    const auto record = [&](CrashEvent::Kind kind, double seconds, const QString &where,
                            const QString &text) {
        CrashEvent e{kind, seconds, where, text};
        result.timeline << e;
        if (progress)
            progress(e);
    };
    const HaStatus before = haStatus(m_sessions, observer, cancel);
    if (const HaService *s = service(before, vmid))
        result.vmNodeBefore = s->node;

    CommandRequest crash;
    crash.script = crashCommand(m_requireSimulator);
    crash.timeoutMs = 5000;
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = m_sessions.run(index, crash, {}, cancel);
    // A real panic cuts the connection; a simulated one returns. Only an explicit refusal stops.
    if (r.ran() && r.exitCode != 0 &&
        QString::fromUtf8(r.err).contains(QLatin1String("refusing"))) {
        result.error = QString::fromUtf8(r.err).trimmed();
        return result;
    }
    record(CrashEvent::Kind::Crash, 0, node, tr("Kernel panic triggered on %1.").arg(node));

    bool lost = false, fenced = false, recovering = false;
    while (!(cancel && cancel->load())) {
        const double seconds = double(clock.elapsed()) / 1000.0 * m_timeScale;
        if (seconds > timeoutSeconds * m_timeScale) {
            result.error = tr("vm:%1 did not start on another node within %2 s.")
                               .arg(vmid)
                               .arg(timeoutSeconds);
            break;
        }
        const HaStatus status = haStatus(m_sessions, observer, cancel);
        if (status.understood) {
            for (const HaLrm &lrm : status.lrms)
                if (lrm.node == node && lrm.dead && !lost) {
                    lost = true;
                    record(CrashEvent::Kind::Lost, seconds, node,
                           tr("%1 stopped answering (its LRM has an old timestamp).").arg(node));
                }
            if (const HaService *s = service(status, vmid)) {
                if (s->state == QLatin1String("fence") && !fenced) {
                    fenced = true;
                    record(CrashEvent::Kind::Fenced, seconds, node,
                           tr("HA fences %1 (the watchdog isolates it).").arg(node));
                } else if (s->state == QLatin1String("recovery") && !recovering) {
                    recovering = true;
                    record(CrashEvent::Kind::Recovering, seconds, s->node,
                           tr("The lock expired: vm:%1 is being recovered.").arg(vmid));
                } else if (s->state == QLatin1String("started") && s->node != node) {
                    result.recovered = true;
                    result.failoverSeconds = seconds;
                    result.vmNodeAfter = s->node;
                    record(CrashEvent::Kind::Started, seconds, s->node,
                           tr("vm:%1 started on %2.").arg(vmid).arg(s->node));
                    break;
                }
            }
        }
        QThread::msleep(uint(m_pollMs));
    }
    if (cancel && cancel->load() && !result.recovered && result.error.isEmpty())
        result.error = tr("The crash test was stopped before the guest restarted.");
    return result;
}

} // namespace pveha
