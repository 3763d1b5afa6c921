// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the health GUI tests: snapshots built from the captured outputs under
// tests/fixtures/formats, and a simulated cluster deployed in a temporary directory.
#pragma once

#include "NodeSim.h"
#include "demo/DemoEnvironment.h"
#include "engine/ClusterSessions.h"
#include "engine/DeploymentEngine.h"
#include "health/HealthSnapshot.h"
#include "plan/PlanBuilder.h"
#include "spec/ClusterSpec.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace healthtest {

inline QString fixture(const QString &name)
{
    QFile file(QStringLiteral(PVEHA_FIXTURES_DIR "/formats/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

inline pveha::CommandOutput output(const QString &text)
{
    pveha::CommandOutput o;
    o.collected = true;
    o.text = text;
    return o;
}

/// One node's outputs from fixture texts (`ceph -s` JSON, mdstat, ha-manager, pvesm).
inline pveha::NodeOutputs node(const QString &name, const QString &cephJson, const QString &mdstat,
                               const QString &ha, const QString &pvesm)
{
    pveha::NodeOutputs n;
    n.node = name;
    n.cephJson = output(cephJson);
    n.cephPlain = output(QStringLiteral("  cluster:\n    health: (plain view of %1)\n").arg(name));
    n.mdstat = output(mdstat);
    n.haStatus = output(ha);
    n.pvesmStatus = output(pvesm);
    return n;
}

/// Three nodes as the reference captures show a healthy cluster: Reef HEALTH_OK, a clean
/// RAID 5 [UUUU], HA quorate with its services started.
inline pveha::HealthSnapshot healthy()
{
    const QString ceph = fixture(QStringLiteral("ceph-s-reef18-pve-healthok.json"));
    const QString md = fixture(QStringLiteral("mdstat-raid5-4disk-clean.txt"));
    const QString ha = fixture(QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt"));
    const QString pvesm = fixture(QStringLiteral("pvesm-status-lvm-nfs.txt"));
    QList<pveha::NodeOutputs> nodes;
    for (const QString &name :
         {QStringLiteral("pve1"), QStringLiteral("pve2"), QStringLiteral("pve3")})
        nodes << node(name, ceph, md, ha, pvesm);
    return pveha::HealthSnapshot::fromOutputs(nodes,
                                              QDateTime(QDate(2025, 3, 4), QTime(10, 15, 7)));
}

/// The captured "recovery" progress line of mdstat-procfs-multi.txt, added under the degraded
/// RAID 5 sample: the array as it looks while a replaced disk is rebuilt.
inline QString recoveringMdstat()
{
    QString text = fixture(QStringLiteral("mdstat-raid5-4disk-degraded.txt"));
    const QString progress =
        QStringLiteral("      [=>...................]  recovery =  8.5% (16775552/195310144) "
                       "finish=17.0min speed=259783K/sec\n");
    const int at = int(text.indexOf(QLatin1String("[UUU_]\n"))) + 7;
    text.insert(at, progress);
    return text;
}

/// Luminous HEALTH_WARN with an OSD down; node 1's RAID lost a disk, node 2's rebuilds one.
inline pveha::HealthSnapshot degraded()
{
    const QString ceph = fixture(QStringLiteral("ceph-s-luminous12-healthwarn-osddown.json"));
    const QString clean = fixture(QStringLiteral("mdstat-raid5-4disk-clean.txt"));
    const QString ha = fixture(QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt"));
    const QString pvesm = fixture(QStringLiteral("pvesm-status-lvm-nfs.txt"));
    QList<pveha::NodeOutputs> nodes;
    nodes << node(QStringLiteral("pve1"), ceph,
                  fixture(QStringLiteral("mdstat-raid5-4disk-degraded.txt")), ha, pvesm)
          << node(QStringLiteral("pve2"), ceph, recoveringMdstat(), ha, pvesm)
          << node(QStringLiteral("pve3"), ceph, clean, ha, pvesm);
    return pveha::HealthSnapshot::fromOutputs(nodes,
                                              QDateTime(QDate(2025, 3, 4), QTime(10, 16, 7)));
}

/// The example cluster played by the simulator in a temporary directory, deployed by the
/// real engine and plan (about two seconds), with persistent sessions to its nodes.
class DeployedDemo
{
public:
    bool deploy(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = m_dir.errorString();
            return false;
        }
        pveha::DemoEnvironment::setSimulatorProgram(QStringLiteral(PVEHA_NODESIM_BINARY));
        m_env = pveha::DemoEnvironment::open(m_spec, m_dir.path() + QStringLiteral("/demo"), true,
                                             error);
        if (!m_env)
            return false;
        QStringList names;
        for (const pveha::NodeSpec &n : m_spec.nodes)
            names << n.name;
        m_sessions = std::make_unique<pveha::ClusterSessions>(names, m_env->transportFactory());
        pveha::DeploymentEngine engine(m_spec, *m_sessions);
        engine.setSecretProvider([](pveha::Step::Secret, const QString &) {
            return std::optional<QString>(pveha::DemoEnvironment::rootPassword());
        });
        const pveha::DeployResult result = engine.run(pveha::PlanBuilder::build(m_spec));
        if (!result.ok) {
            const pveha::StepOutcome *failed = result.failure();
            *error =
                failed
                    ? QStringLiteral("%1 on %2: %3").arg(failed->step, failed->node, failed->reason)
                    : QStringLiteral("the deployment did not finish");
        }
        return result.ok;
    }

    /// Lets simulated time pass (the new RAID arrays finish their first sync).
    bool advance(double simulatedSeconds) const
    {
        return pveha::sim::SimCluster::advanceClock(m_env->directory(), simulatedSeconds);
    }
    /// Crashes a node the way the crash test does, without the test around it.
    bool crash(const QString &node) const
    {
        return pveha::sim::SimCluster::crash(m_env->directory(), node);
    }

    const pveha::ClusterSpec &spec() const { return m_spec; }
    pveha::ClusterSessions *sessions() const { return m_sessions.get(); }
    pveha::DemoEnvironment *environment() const { return m_env.get(); }

private:
    QTemporaryDir m_dir;
    pveha::ClusterSpec m_spec = pveha::ClusterSpec::example();
    std::unique_ptr<pveha::DemoEnvironment> m_env;
    std::unique_ptr<pveha::ClusterSessions> m_sessions;
};

} // namespace healthtest
