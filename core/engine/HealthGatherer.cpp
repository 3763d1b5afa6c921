// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/HealthGatherer.h"

#include "engine/ClusterSessions.h"

#include <QMetaObject>

#include <thread>

namespace pveha {

QStringList HealthGatherer::commands()
{
    return {QStringLiteral("ceph -s --format json"), QStringLiteral("ceph -s"),
            QStringLiteral("cat /proc/mdstat"),      QStringLiteral("ha-manager status"),
            QStringLiteral("pvesm status"),          QStringLiteral("pvecm status"),
            QStringLiteral("ceph osd tree")};
}

HealthSnapshot HealthGatherer::gather(ClusterSessions &sessions, const std::atomic_bool *cancel)
{
    QList<NodeOutputs> outputs(sessions.size());
    QList<int> all;
    for (int i = 0; i < sessions.size(); ++i)
        all << i;
    ClusterSessions::forEachInParallel(all, [&](int i) {
        NodeOutputs &out = outputs[i];
        out.node = sessions.nodeName(i);
        CommandOutput *slots[] = {&out.cephJson,    &out.cephPlain,   &out.mdstat, &out.haStatus,
                                  &out.pvesmStatus, &out.pvecmStatus, &out.osdTree};
        const QStringList scripts = commands();
        for (int c = 0; c < scripts.size(); ++c) {
            CommandRequest request;
            request.script = scripts.at(c);
            request.timeoutMs = 30000;
            const CommandResult r = sessions.run(i, request, {}, cancel);
            if (!r.ran()) {
                if (r.isUnreachable() || c == 0) {
                    out.reachable = false;
                    out.unreachableReason = r.message;
                    return;
                }
                continue;
            }
            // A simulated or real node that dropped off answers like ssh does (exit 255).
            if (r.exitCode == 255 &&
                QString::fromUtf8(r.err).contains(QLatin1String("ssh: connect to host"))) {
                out.reachable = false;
                out.unreachableReason = QString::fromUtf8(r.err).trimmed();
                return;
            }
            slots[c]->collected = true;
            slots[c]->exitCode = r.exitCode;
            slots[c]->text = QString::fromUtf8(r.out);
            slots[c]->errorText = QString::fromUtf8(r.err);
        }
    });
    return HealthSnapshot::fromOutputs(outputs, QDateTime::currentDateTime());
}

HealthPoller::HealthPoller(ClusterSessions &sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
{
    qRegisterMetaType<pveha::HealthSnapshot>();
    m_timer.setInterval(10000);
    connect(&m_timer, &QTimer::timeout, this, &HealthPoller::refresh);
}

HealthPoller::~HealthPoller()
{
    *m_alive = false;
    m_cancel = true;
    // A gathering under way holds the sessions: wait for it, bounded by its command timeouts.
    while (m_busy.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

void HealthPoller::start()
{
    m_timer.start();
    refresh();
}

void HealthPoller::pause()
{
    m_timer.stop();
}

void HealthPoller::refresh()
{
    if (m_busy.exchange(true))
        return;
    Q_EMIT busyChanged(true);
    // The destructor waits while m_busy is set, so `this` outlives the thread; a queued call
    // whose context object is gone is dropped by Qt.
    std::thread([this, alive = m_alive] {
        const HealthSnapshot s = HealthGatherer::gather(m_sessions, &m_cancel);
        if (alive->load())
            QMetaObject::invokeMethod(
                this,
                [this, s] {
                    Q_EMIT snapshot(s);
                    Q_EMIT busyChanged(false);
                },
                Qt::QueuedConnection);
        m_busy = false;
    }).detach();
}

} // namespace pveha
