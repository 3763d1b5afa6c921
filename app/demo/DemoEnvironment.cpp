// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoEnvironment.h"

#include "NodeSim.h"
#include "common/Paths.h"
#include "spec/ClusterSpec.h"
#include "transport/LocalShellTransport.h"

#include <QDir>
#include <QFileInfo>

namespace pveha {
namespace {

QString s_program;

QString deviceName(const QString &path)
{
    return path.startsWith(QLatin1String("/dev/")) ? path.mid(5) : path;
}

/// The simulated hardware follows the spec: its OS disk carries a Proxmox install, its DB
/// device is an empty NVMe, its RAID disks are empty 6 TB HDDs (the procedure's servers).
QList<sim::SimNodeConfig> simNodes(const ClusterSpec &spec)
{
    QList<sim::SimNodeConfig> nodes;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const NodeSpec &n = spec.nodes.at(i);
        sim::SimNodeConfig c = sim::SimNodeConfig::standard(i + 1);
        c.name = n.name;
        c.publicAddress = n.publicAddress;
        c.privateAddress = n.privateAddress;
        c.privatePrefix = spec.network.cidr.section(QLatin1Char('/'), 1).toInt();
        c.privateInterface = spec.network.privateInterface;
        c.bridge = spec.network.bridge;
        c.privateNetworkConfigured = false; // a fresh OVHcloud install: the vRack is not set up yet
        QList<sim::SimDiskConfig> disks;
        const QList<sim::SimDiskConfig> standard = sim::SimNodeConfig::standardDisks(i + 1);
        // standardDisks: nvme0n1 (OS), nvme1n1 (DB), then the HDDs; renamed after the spec.
        for (const sim::SimDiskConfig &d : standard) {
            sim::SimDiskConfig disk = d;
            if (d.content == sim::DiskContent::OsInstall)
                disk.name = deviceName(spec.storage.osDisk);
            else if (d.transport == QLatin1String("nvme"))
                disk.name = deviceName(spec.storage.dbDevice);
            else
                continue;
            disks << disk;
        }
        const sim::SimDiskConfig hdd = standard.last();
        for (const QString &path : spec.storage.raidDevices) {
            sim::SimDiskConfig disk = hdd;
            disk.name = deviceName(path);
            disk.serial = QStringLiteral("SIM%1%2").arg(i + 1).arg(disk.name.toUpper());
            disks << disk;
        }
        c.disks = disks;
        nodes << c;
    }
    return nodes;
}

} // namespace

void DemoEnvironment::setSimulatorProgram(const QString &path)
{
    s_program = path;
}

QString DemoEnvironment::defaultDirectory(const ClusterSpec &spec)
{
    const QString overridden = qEnvironmentVariable("PVEHA_DEMO_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return Paths::stateDirectory() + QStringLiteral("/demo/") + spec.cluster.name;
}

std::unique_ptr<DemoEnvironment>
DemoEnvironment::open(const ClusterSpec &spec, const QString &directory, bool reset, QString *error)
{
    std::unique_ptr<DemoEnvironment> env(new DemoEnvironment);
    env->m_directory = directory;
    for (const NodeSpec &n : spec.nodes)
        env->m_nodeNames << n.name;
    if (!env->m_shims.isValid()) {
        *error = tr("The demo could not create a temporary directory: %1")
                     .arg(env->m_shims.errorString());
        return nullptr;
    }
    const QString program =
        s_program.isEmpty() ? QCoreApplication::applicationFilePath() : s_program;
    if (!sim::SimCluster::installShims(env->m_shims.path(), program, error))
        return nullptr;

    QList<sim::SimNode> existing =
        reset ? QList<sim::SimNode>() : sim::SimCluster::nodes(directory);
    bool matches = existing.size() == spec.nodes.size();
    for (int i = 0; matches && i < existing.size(); ++i)
        matches = existing.at(i).name == spec.nodes.at(i).name;
    if (!matches) {
        QDir().mkpath(directory);
        if (sim::SimCluster::create(directory, simNodes(spec), sim::SimScenario{}, error).isEmpty())
            return nullptr;
    }
    return env;
}

bool DemoEnvironment::setTimeScale(double scale)
{
    return sim::SimCluster::setTimeScale(m_directory, scale);
}

bool DemoEnvironment::revive(const QString &node)
{
    return sim::SimCluster::revive(m_directory, node);
}

ClusterSessions::Factory DemoEnvironment::transportFactory() const
{
    const QString dir = m_directory;
    const QString shims = m_shims.path();
    const QStringList names = m_nodeNames;
    return [dir, shims, names](int index) -> std::unique_ptr<Transport> {
        QProcessEnvironment environment;
        for (const sim::SimNode &node : sim::SimCluster::nodes(dir))
            if (node.name == names.value(index))
                environment = node.environment(shims);
        return std::make_unique<LocalShellTransport>(names.value(index), environment, dir);
    };
}

} // namespace pveha
