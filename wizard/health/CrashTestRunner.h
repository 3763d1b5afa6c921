// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CrashTest.h"
#include "spec/ClusterSpec.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>

namespace pveha {

class ClusterSessions;
class DemoEnvironment;

/// Runs the blocking parts of CrashTest (the refusal check and the test itself) on a worker
/// thread and hands their results back as queued signals, so the window never waits for a node.
/// Its destructor stops and joins what still runs.
class CrashTestRunner : public QObject
{
    Q_OBJECT
public:
    explicit CrashTestRunner(QObject *parent = nullptr);
    ~CrashTestRunner() override;

    /// The cluster to test (the spec is copied; the sessions must outlive the runner) and, in
    /// demo mode, the simulated world whose time is compressed and whose node is revived.
    void setCluster(const ClusterSpec &spec, ClusterSessions *sessions);
    void setDemo(DemoEnvironment *demo) { m_demo = demo; }
    bool isDemo() const { return m_demo != nullptr; }

    /// Asks CrashTest::refusal() for this node and guest; answers with refusalChecked(). A
    /// request made while one is under way is answered after it (only the latest counts).
    void checkRefusal(const QString &node, int vmid);
    /// Crashes `node` and follows the failover; events and the result come back as signals.
    bool start(const QString &node, int vmid, int timeoutSeconds);
    /// Stops following (the crash itself cannot be undone).
    void stop();
    bool isRunning() const { return m_running; }

    /// The time compression of the demo, as the command line uses it.
    static constexpr double kDemoTimeScale = 20.0;

Q_SIGNALS:
    void refusalChecked(const QString &node, int vmid, const QString &refusal,
                        const QString &warning);
    void event(const pveha::CrashEvent &event);
    void finished(const pveha::CrashTestResult &result);

private:
    void launchCheck();
    bool requireSimulator(const QString &node) const;
    void join(std::thread &thread);

    std::shared_ptr<const ClusterSpec> m_spec;
    ClusterSessions *m_sessions = nullptr;
    DemoEnvironment *m_demo = nullptr;
    std::thread m_checkThread;
    std::thread m_runThread;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_checkCancel{false};
    bool m_checking = false;
    bool m_running = false;
    QString m_pendingNode;
    int m_pendingVmid = 0;
    bool m_pending = false;
};

} // namespace pveha
