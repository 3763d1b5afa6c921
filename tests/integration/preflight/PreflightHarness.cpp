// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreflightHarness.h"

#include "transport/SshTransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

namespace pveha::test {

QString ValidateRun::describe() const
{
    return QStringLiteral("finished %1, exit code %2\n--- stderr ---\n%3\n--- stdout ---\n%4")
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitCode)
        .arg(QString::fromUtf8(err), QString::fromUtf8(out));
}

SimSshCluster::SimSshCluster() = default;
SimSshCluster::~SimSshCluster() = default;

QString SimSshCluster::installerProgram()
{
    return QStringLiteral(PVEHA_INSTALLER_PROGRAM);
}

QString SimSshCluster::nodesimProgram()
{
    return QStringLiteral(PVEHA_NODESIM_PROGRAM);
}

QStringList SimSshCluster::preflightTools()
{
    // Preflight::checkNode and PingResult::command: every command the preflight sends.
    return {QStringLiteral("pveversion"), QStringLiteral("lsblk"),       QStringLiteral("ip"),
            QStringLiteral("hostname"),   QStringLiteral("timedatectl"), QStringLiteral("chronyc"),
            QStringLiteral("df"),         QStringLiteral("cat"),         QStringLiteral("ping")};
}

bool SimSshCluster::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SimSshCluster::start(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario,
                          const SimSshOptions &options)
{
    if (!m_work.isValid() || !m_simDir.isValid() || !m_shimDir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    m_options = options;
    if (!QFileInfo(nodesimProgram()).isExecutable())
        return fail(QStringLiteral("%1 is not built").arg(nodesimProgram()));
    if (!QFileInfo(installerProgram()).isExecutable())
        return fail(QStringLiteral("%1 is not built").arg(installerProgram()));
    QString error;
    QString shimTarget = nodesimProgram();
    const QString socket = m_work.filePath(QStringLiteral("nodesim.sock"));
    if (options.simServer) {
        shimTarget = QFileInfo(nodesimProgram()).dir().filePath(QStringLiteral("pve-nodesim-shim"));
        if (!QFileInfo(shimTarget).isExecutable())
            return fail(QStringLiteral("%1 is not built").arg(shimTarget));
        m_simServer = std::make_unique<QProcess>();
        m_simServer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_simServer->start(nodesimProgram(), {QStringLiteral("--serve"), socket});
        if (!m_simServer->waitForStarted(10000))
            return fail(QStringLiteral("pve-nodesim --serve did not start"));
        QElapsedTimer clock;
        clock.start();
        while (!QFileInfo::exists(socket) && clock.elapsed() < 10000 &&
               m_simServer->state() == QProcess::Running)
            QThread::msleep(5);
        if (!QFileInfo::exists(socket))
            return fail(QStringLiteral("pve-nodesim --serve made no socket at %1").arg(socket));
    }
    if (!sim::SimCluster::installShims(m_shimDir.path(), shimTarget, &error))
        return fail(error);
    for (const QString &tool : options.realTools) {
        if (!QFile::remove(m_shimDir.filePath(tool)))
            return fail(QStringLiteral("no shim %1 to remove").arg(tool));
    }
    if (!reseed(nodes, scenario))
        return false;

    SshdOptions sshd;
    sshd.extraConfigFor = options.extraConfigFor;
    sshd.reexec = options.sshdReexec;
    for (int i = 0; i < nodes.size(); ++i) {
        const QString root = clusterDir(i) + QStringLiteral("/nodes/") + nodes.at(i).name;
        sshd.listenAddresses << QStringLiteral("127.0.0.%1").arg(options.firstHost + i);
        sshd.setEnvFor.push_back(
            {QStringLiteral("PATH=") + m_shimDir.path() + QStringLiteral(":/usr/bin:/bin"),
             QStringLiteral("NODESIM_ROOT=") + root,
             QStringLiteral("NODESIM_CLUSTER=") + clusterDir(i) + QStringLiteral("/cluster"),
             QStringLiteral("LC_ALL=C.UTF-8")});
        if (options.simServer)
            sshd.setEnvFor.back() << QStringLiteral("NODESIM_SERVER=") + socket
                                  << QStringLiteral("NODESIM_SHIM_STRICT=1");
    }
    if (!m_sshd.start(int(nodes.size()), sshd))
        return fail(m_sshd.errorString());
    return true;
}

bool SimSshCluster::reseed(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario)
{
    if (!m_configs.isEmpty()) {
        if (nodes.size() != m_configs.size())
            return fail(QStringLiteral("reseed needs as many nodes as the daemons"));
        for (int i = 0; i < nodes.size(); ++i)
            if (nodes.at(i).name != m_configs.at(i).name)
                return fail(QStringLiteral("reseed needs the same node names"));
    }
    QString error;
    if (m_options.clusterPerNode) {
        for (int i = 0; i < nodes.size(); ++i)
            if (sim::SimCluster::create(clusterDir(i), {nodes.at(i)}, scenario, &error).size() != 1)
                return fail(QStringLiteral("SimCluster::create: %1").arg(error));
    } else if (sim::SimCluster::create(m_simDir.path(), nodes, scenario, &error).size() !=
               nodes.size()) {
        return fail(QStringLiteral("SimCluster::create: %1").arg(error));
    }
    m_configs = nodes;
    return true;
}

QString SimSshCluster::clusterDir(int node) const
{
    return m_options.clusterPerNode ? m_simDir.filePath(QStringLiteral("c%1").arg(node + 1))
                                    : m_simDir.path();
}

bool SimSshCluster::setDelayMs(int ms, int node)
{
    if (node >= 0 && !m_options.clusterPerNode)
        return fail(QStringLiteral("a per-node delay needs SimSshOptions::clusterPerNode"));
    for (int i = 0; i < size(); ++i) {
        if (node >= 0 && i != node)
            continue;
        if (!sim::SimCluster::setDelay(clusterDir(i), QStringLiteral("*"), ms))
            return fail(QStringLiteral("SimCluster::setDelay failed in %1").arg(clusterDir(i)));
        if (!m_options.clusterPerNode)
            break;
    }
    return true;
}

bool SimSshCluster::trustAll()
{
    if (m_trusted)
        return true;
    for (int i = 0; i < m_sshd.count(); ++i)
        if (!m_sshd.trustHostKey(i))
            return fail(m_sshd.errorString());
    m_trusted = true;
    return true;
}

ClusterSpec SimSshCluster::spec(HostKeyPolicy policy) const
{
    ClusterSpec s = ClusterSpec::example();
    s.ssh.user = SshdFixture::user();
    s.ssh.identityFile = m_sshd.clientKey();
    s.ssh.knownHostsFile = m_sshd.knownHostsFile();
    s.ssh.hostKeyPolicy = policy;
    s.nodes.clear();
    s.ha.nodes.clear();
    for (int i = 0; i < m_configs.size(); ++i) {
        const sim::SimNodeConfig &c = m_configs.at(i);
        NodeSpec n;
        n.name = c.name;
        n.publicAddress = m_sshd.address(i);
        n.sshPort = m_sshd.port(i);
        n.privateAddress = c.privateAddress;
        s.nodes << n;
        s.ha.nodes << c.name;
    }
    const sim::SimNodeConfig &first = m_configs.first();
    s.network.privateInterface = first.privateInterface;
    s.network.bridge = first.bridge;
    s.network.cidr = first.privateAddress.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".0/") +
                     QString::number(first.privatePrefix);
    s.network.mtu = 9000;
    s.ceph.publicNetwork = s.network.cidr;
    s.ceph.clusterNetwork = s.network.cidr;
    s.storage.osDisk = QStringLiteral("/dev/nvme0n1");
    s.storage.dbDevice = QStringLiteral("/dev/nvme1n1");
    s.storage.raidDevices = {QStringLiteral("/dev/sda"), QStringLiteral("/dev/sdb"),
                             QStringLiteral("/dev/sdc"), QStringLiteral("/dev/sdd")};
    s.firewall = FirewallPart{};
    s.firewall.provider = FirewallProvider::None;
    return s;
}

QString SimSshCluster::writeSpec(const ClusterSpec &spec, const QString &name)
{
    const QString path = m_work.filePath(name);
    QString error;
    if (!spec.saveFile(path, &error)) {
        fail(error);
        return QString();
    }
    return path;
}

ValidateRun SimSshCluster::validate(const QString &specFile, bool json, int timeoutMs) const
{
    const QString state = m_work.filePath(QStringLiteral("state"));
    const QString home = m_work.filePath(QStringLiteral("home"));
    QDir().mkpath(state);
    QDir().mkpath(home);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), state);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.remove(QStringLiteral("PVE_HA_SSH_PASSWORD"));
    env.remove(QStringLiteral("PVEHA_DEMO_DIR"));

    QStringList args{QStringLiteral("validate"), QStringLiteral("--spec"), specFile};
    if (json)
        args << QStringLiteral("--json");
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_work.path());
    ValidateRun run;
    QElapsedTimer timer;
    timer.start();
    p.start(installerProgram(), args);
    run.finished = p.waitForFinished(timeoutMs);
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    const QJsonDocument doc = QJsonDocument::fromJson(run.out);
    if (doc.isObject())
        run.json = doc.object();
    return run;
}

QString SimSshCluster::checkToolResolution(int node, const QStringList &tools)
{
    if (!trustAll())
        return m_error;
    SshTransport transport(m_sshd.endpoint(node, HostKeyPolicy::Strict));
    CommandRequest request;
    request.timeoutMs = 20000;
    for (const QString &tool : tools)
        request.script += QStringLiteral("printf '%1=%s\\n' \"$(command -v %1)\";").arg(tool);
    const CommandResult r = transport.run(request);
    if (!r.ok())
        return QStringLiteral("command -v on node %1: %2 %3 %4")
            .arg(node)
            .arg(r.message, QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    QStringList problems;
    const QStringList lines = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString tool = line.section(QLatin1Char('='), 0, 0);
        const QString where = line.section(QLatin1Char('='), 1);
        const bool shim = where == m_shimDir.filePath(tool);
        const bool real =
            m_options.realTools.contains(tool) && (where == QStringLiteral("/usr/bin/") + tool ||
                                                   where == QStringLiteral("/bin/") + tool);
        if (!shim && !real)
            problems << QStringLiteral("%1 resolves to \"%2\"").arg(tool, where);
    }
    if (lines.size() != tools.size())
        problems << QStringLiteral("unexpected output: %1").arg(QString::fromUtf8(r.out));
    return problems.join(QStringLiteral("; "));
}

} // namespace pveha::test
