// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashTestRunner.h"

#include "demo/DemoEnvironment.h"
#include "engine/ClusterSessions.h"

namespace pveha {

CrashTestRunner::CrashTestRunner(QObject *parent)
    : QObject(parent)
{}

CrashTestRunner::~CrashTestRunner()
{
    m_cancel = true;
    m_checkCancel = true;
    join(m_checkThread);
    join(m_runThread);
}

void CrashTestRunner::join(std::thread &thread)
{
    if (thread.joinable())
        thread.join();
}

void CrashTestRunner::setCluster(const ClusterSpec &spec, ClusterSessions *sessions)
{
    m_spec = std::make_shared<const ClusterSpec>(spec);
    m_sessions = sessions;
}

bool CrashTestRunner::requireSimulator(const QString &node) const
{
    // As the command line: a demo, or nodes on loopback, may only be crashed as simulated ones.
    const int index = m_spec->nodeIndex(node);
    return m_demo ||
           (index >= 0 && CrashTest::isLoopbackHost(m_spec->nodes.at(index).publicAddress));
}

void CrashTestRunner::checkRefusal(const QString &node, int vmid)
{
    m_pendingNode = node;
    m_pendingVmid = vmid;
    m_pending = true;
    if (!m_checking)
        launchCheck();
}

void CrashTestRunner::launchCheck()
{
    if (!m_spec || !m_sessions || !m_pending)
        return;
    join(m_checkThread);
    m_pending = false;
    m_checking = true;
    const QString node = m_pendingNode;
    const int vmid = m_pendingVmid;
    const bool requireSim = requireSimulator(node);
    m_checkThread =
        std::thread([this, spec = m_spec, sessions = m_sessions, node, vmid, requireSim] {
            CrashTest test(*spec, *sessions);
            test.setRequireSimulator(requireSim);
            QString warning;
            const QString refusal = test.refusal(node, vmid, &warning, &m_checkCancel);
            // Queued to the runner's thread; dropped by Qt if the runner is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, node, vmid, refusal, warning] {
                    m_checking = false;
                    Q_EMIT refusalChecked(node, vmid, refusal, warning);
                    launchCheck();
                },
                Qt::QueuedConnection);
        });
}

bool CrashTestRunner::start(const QString &node, int vmid, int timeoutSeconds)
{
    if (!m_spec || !m_sessions || m_running)
        return false;
    join(m_runThread);
    m_cancel = false;
    m_running = true;
    const bool requireSim = requireSimulator(node);
    m_runThread = std::thread([this, spec = m_spec, sessions = m_sessions, demo = m_demo, node,
                               vmid, timeoutSeconds, requireSim] {
        CrashTest test(*spec, *sessions);
        test.setRequireSimulator(requireSim);
        if (demo) {
            // Two simulated minutes of failover in a few seconds, as `crash-test --demo`.
            demo->setTimeScale(kDemoTimeScale);
            test.setTimeScale(kDemoTimeScale);
            test.setPollIntervalMs(100);
        }
        const CrashTestResult result = test.run(
            node, vmid, timeoutSeconds,
            [this](const CrashEvent &e) {
                QMetaObject::invokeMethod(
                    this, [this, e] { Q_EMIT event(e); }, Qt::QueuedConnection);
            },
            &m_cancel);
        if (demo) {
            demo->setTimeScale(1.0);
            demo->revive(node); // a real node reboots by itself after its panic
        }
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_running = false;
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void CrashTestRunner::stop()
{
    m_cancel = true;
}

} // namespace pveha
