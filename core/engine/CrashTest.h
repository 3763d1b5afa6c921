// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace pveha {

class ClusterSessions;
struct ClusterSpec;

/// One moment of the failover, as the surviving nodes saw it.
struct CrashEvent
{
    enum class Kind { Crash, Lost, Fenced, Recovering, Started };
    Kind kind = Kind::Crash;
    double seconds = 0; ///< since the crash (simulated seconds when the simulator compresses time)
    QString node;       ///< Started: where the guest runs now
    QString text;       ///< translated
    [[nodiscard]] static QString kindName(Kind kind);
};

struct CrashTestResult
{
    QString crashedNode;
    int vmid = 0;
    QString vmNodeBefore;
    bool recovered = false;
    double failoverSeconds = 0; ///< crash → guest started on another node
    QString vmNodeAfter;
    QList<CrashEvent> timeline;
    QString error;                                  ///< why it could not run or did not finish
    double timeScale = 1.0;                         ///< >1: the simulator's compressed time
    static constexpr double kTargetSeconds = 120.0; ///< the procedure's goal (§8.2)

    [[nodiscard]] bool metTarget() const { return recovered && failoverSeconds <= kTargetSeconds; }
    [[nodiscard]] QJsonObject toJson() const;
};

/// The HA crash test of procedure §8.2: panic a node (`echo c > /proc/sysrq-trigger`, sent
/// as `echo c | tee /proc/sysrq-trigger`), then poll `ha-manager status` every second from a
/// surviving node and record the timeline until the guest runs elsewhere.
class CrashTest
{
    Q_DECLARE_TR_FUNCTIONS(pveha::CrashTest)
public:
    using Progress = std::function<void(const CrashEvent &event)>;

    CrashTest(const ClusterSpec &spec, ClusterSessions &sessions);
    /// Nodes addressed on loopback are test nodes: the crash command then refuses to run unless
    /// the session is a simulated node, so a misconfigured test can never panic this machine.
    void setRequireSimulator(bool require) { m_requireSimulator = require; }
    void setTimeScale(double scale) { m_timeScale = scale; }
    void setPollIntervalMs(int ms) { m_pollMs = ms; }

    /// Why this crash must not happen (empty when it may): the node is unknown, the cluster
    /// would lose quorum, the guest is not protected. `warning` gets what the admin should know
    /// but may accept (the node hosts nothing protected).
    [[nodiscard]] QString refusal(const QString &node, int vmid, QString *warning,
                                  const std::atomic_bool *cancel = nullptr);
    [[nodiscard]] CrashTestResult run(const QString &node, int vmid, int timeoutSeconds,
                                      const Progress &progress = {},
                                      const std::atomic_bool *cancel = nullptr);
    [[nodiscard]] static QString crashCommand(bool requireSimulator);
    [[nodiscard]] static bool isLoopbackHost(const QString &host);

private:
    const ClusterSpec &m_spec;
    ClusterSessions &m_sessions;
    bool m_requireSimulator = false;
    double m_timeScale = 1.0;
    int m_pollMs = 1000;
};

} // namespace pveha
