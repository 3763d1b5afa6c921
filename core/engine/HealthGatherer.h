// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pveha {

class ClusterSessions;

/// Gathers the cluster's state from every node at once (CLI.md, health): `ceph -s` (JSON and
/// plain), /proc/mdstat, `ha-manager status`, `pvesm status`, `pvecm status`, `ceph osd tree`,
/// over each node's persistent session, and turns it into a HealthSnapshot.
class HealthGatherer
{
public:
    /// The commands, in the order they run on each node.
    static QStringList commands();
    [[nodiscard]] static HealthSnapshot gather(ClusterSessions &sessions,
                                               const std::atomic_bool *cancel = nullptr);
};

/// Polls the health at an interval on a worker thread and emits each snapshot on the thread
/// that owns the poller (the GUI's), so charts are fed and never poll themselves.
class HealthPoller : public QObject
{
    Q_OBJECT
public:
    HealthPoller(ClusterSessions &sessions, QObject *parent = nullptr);
    ~HealthPoller() override;

    void setInterval(int ms) { m_timer.setInterval(ms); }
    bool isRunning() const { return m_timer.isActive(); }

public Q_SLOTS:
    void start();
    void pause();
    /// One gathering now (ignored while one is under way).
    void refresh();

Q_SIGNALS:
    void snapshot(const pveha::HealthSnapshot &snapshot);
    void busyChanged(bool busy);

private:
    ClusterSessions &m_sessions;
    QTimer m_timer;
    std::atomic_bool m_busy{false};
    std::atomic_bool m_cancel{false};
    std::shared_ptr<std::atomic_bool> m_alive = std::make_shared<std::atomic_bool>(true);
};

} // namespace pveha

Q_DECLARE_METATYPE(pveha::HealthSnapshot)
