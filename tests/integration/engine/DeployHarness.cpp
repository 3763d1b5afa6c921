// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeployHarness.h"

#include "health/CephStatus.h"
#include "health/HaStatus.h"
#include "health/MdStat.h"
#include "health/PveStorage.h"
#include "health/PvecmStatus.h"
#include "transport/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace pveha::test {

QString CliRun::describe() const
{
    QByteArray tail = out;
    if (tail.size() > 6000)
        tail = "…" + tail.right(6000);
    return QStringLiteral(
               "finished %1, exit code %2, %3 ms\n--- stderr ---\n%4\n--- stdout ---\n%5")
        .arg(finished ? QStringLiteral("yes") : QStringLiteral("no"))
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(QString::fromUtf8(err), QString::fromUtf8(tail));
}

DeployHarness::DeployHarness() = default;
DeployHarness::~DeployHarness() = default;

QString DeployHarness::installerProgram()
{
    return QStringLiteral(PVEHA_INSTALLER_PROGRAM);
}

QString DeployHarness::nodesimProgram()
{
    return QStringLiteral(PVEHA_NODESIM_PROGRAM);
}

bool DeployHarness::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DeployHarness::prepare(const QList<sim::SimNodeConfig> &nodes,
                            const sim::SimScenario &scenario)
{
    if (!m_work.isValid() || !m_simDir.isValid() || !m_shimDir.isValid())
        return fail(QStringLiteral("no temporary directory"));
    if (!QFileInfo(nodesimProgram()).isExecutable())
        return fail(QStringLiteral("%1 is not built").arg(nodesimProgram()));
    QString error;
    if (!sim::SimCluster::installShims(m_shimDir.path(), nodesimProgram(), &error))
        return fail(error);
    return reseed(nodes, scenario);
}

bool DeployHarness::start(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario,
                          int firstHost)
{
    if (!QFileInfo(installerProgram()).isExecutable())
        return fail(QStringLiteral("%1 is not built").arg(installerProgram()));
    if (!prepare(nodes, scenario))
        return false;
    SshdOptions options;
    for (int i = 0; i < nodes.size(); ++i) {
        options.listenAddresses << QStringLiteral("127.0.0.%1").arg(firstHost + i);
        const sim::SimNode n = node(i);
        options.setEnvFor.push_back(
            {QStringLiteral("PATH=") + m_shimDir.path() + QStringLiteral(":/usr/bin:/bin"),
             QStringLiteral("NODESIM_ROOT=") + n.root,
             QStringLiteral("NODESIM_CLUSTER=") + n.cluster, QStringLiteral("LC_ALL=C.UTF-8")});
    }
    if (!m_sshd.start(int(nodes.size()), options))
        return fail(m_sshd.errorString());
    return trustAll();
}

bool DeployHarness::reseed(const QList<sim::SimNodeConfig> &nodes, const sim::SimScenario &scenario)
{
    if (!m_configs.isEmpty()) {
        if (nodes.size() != m_configs.size())
            return fail(QStringLiteral("reseed needs as many nodes as the daemons"));
        for (int i = 0; i < nodes.size(); ++i)
            if (nodes.at(i).name != m_configs.at(i).name)
                return fail(QStringLiteral("reseed needs the same node names"));
    }
    QString error;
    const QList<sim::SimNode> created =
        sim::SimCluster::create(m_simDir.path(), nodes, scenario, &error);
    if (created.size() != nodes.size())
        return fail(QStringLiteral("SimCluster::create: %1").arg(error));
    m_configs = nodes;
    return true;
}

sim::SimNode DeployHarness::node(int i) const
{
    const QList<sim::SimNode> all = sim::SimCluster::nodes(m_simDir.path());
    const QString name = m_configs.value(i).name;
    for (const sim::SimNode &n : all)
        if (n.name == name)
            return n;
    return {};
}

bool DeployHarness::trustAll()
{
    if (m_trusted)
        return true;
    for (int i = 0; i < m_sshd.count(); ++i)
        if (!m_sshd.trustHostKey(i))
            return fail(m_sshd.errorString());
    m_trusted = true;
    return true;
}

ClusterSpec DeployHarness::pointAtDaemons(ClusterSpec base) const
{
    base.ssh.user = SshdFixture::user();
    base.ssh.identityFile = m_sshd.clientKey();
    base.ssh.knownHostsFile = m_sshd.knownHostsFile();
    base.ssh.hostKeyPolicy = HostKeyPolicy::Strict;
    for (int i = 0; i < base.nodes.size() && i < m_sshd.count(); ++i) {
        base.nodes[i].publicAddress = m_sshd.address(i);
        base.nodes[i].sshPort = m_sshd.port(i);
    }
    return base;
}

ClusterSpec DeployHarness::spec() const
{
    ClusterSpec s = ClusterSpec::example();
    s.nodes.clear();
    s.ha.nodes.clear();
    for (const sim::SimNodeConfig &c : m_configs) {
        NodeSpec n;
        n.name = c.name;
        n.publicAddress = c.publicAddress; // replaced by the daemons' when they run
        n.privateAddress = c.privateAddress;
        s.nodes << n;
        s.ha.nodes << c.name;
    }
    s.firewall = FirewallPart{};
    s.firewall.provider = FirewallProvider::None;
    return pointAtDaemons(s);
}

QString DeployHarness::writeSpec(const ClusterSpec &spec, const QString &name)
{
    const QString path = m_work.filePath(name);
    QString error;
    if (!spec.saveFile(path, &error)) {
        fail(error);
        return QString();
    }
    return path;
}

QProcessEnvironment DeployHarness::cliEnvironment() const
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
    env.insert(QStringLiteral("PVE_HA_ROOT_PASSWORD"), QStringLiteral("sim-root-password"));
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.remove(QStringLiteral("PVE_HA_SSH_PASSWORD"));
    env.remove(QStringLiteral("PVEHA_DEMO_DIR"));
    return env;
}

std::unique_ptr<QProcess> DeployHarness::startCli(const QStringList &args) const
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cliEnvironment());
    p->setWorkingDirectory(m_work.path());
    p->start(installerProgram(), args);
    return p;
}

CliRun DeployHarness::runCli(const QStringList &args, int timeoutMs) const
{
    CliRun run;
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QProcess> p = startCli(args);
    run.finished = p->waitForFinished(timeoutMs);
    run.elapsedMs = timer.elapsed();
    if (!run.finished) {
        p->kill();
        p->waitForFinished(5000);
    }
    run.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    run.out = p->readAllStandardOutput();
    run.err = p->readAllStandardError();
    return run;
}

NodeRun DeployHarness::sh(int i, const QString &script) const
{
    QProcess p;
    p.setProcessEnvironment(node(i).environment(m_shimDir.path()));
    p.setWorkingDirectory(m_work.path());
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    p.closeWriteChannel();
    NodeRun r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = QStringLiteral("timeout");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

NodeRun DeployHarness::overSsh(int i, const QString &script)
{
    NodeRun r;
    if (!trustAll()) {
        r.err = m_error;
        return r;
    }
    SshTransport transport(m_sshd.endpoint(i, HostKeyPolicy::Strict));
    CommandRequest request;
    request.script = script;
    request.timeoutMs = 30000;
    const CommandResult c = transport.run(request);
    r.exitCode = c.ran() ? c.exitCode : -1;
    r.out = QString::fromUtf8(c.out);
    r.err = c.ran() ? QString::fromUtf8(c.err) : c.message + QLatin1Char(' ') + c.detail;
    return r;
}

QMap<QString, QByteArray> DeployHarness::fsSnapshot() const
{
    QMap<QString, QByteArray> files;
    const QDir base(m_simDir.path());
    QDirIterator it(m_simDir.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = base.relativeFilePath(path);
        // Everything: the simulated filesystems, /etc/pve, and the state of disks, arrays,
        // interfaces, services and Ceph (state.json, cluster.json); not the lock.
        if (rel.endsWith(QLatin1String(".lock")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        files.insert(rel, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

QList<int> DeployHarness::mdArrayCounts() const
{
    QList<int> counts;
    for (int i = 0; i < size(); ++i) {
        const NodeRun r = sh(i, QStringLiteral("cat /proc/mdstat"));
        const MdStat md = parseMdstat(r.out);
        counts << (r.ok() && md.understood ? int(md.arrays.size()) : -1);
    }
    return counts;
}

QList<int> DeployHarness::osdCounts() const
{
    QList<int> counts;
    for (int i = 0; i < size(); ++i) {
        // Without OSDs ceph-volume says "No valid Ceph lvm devices found" and exits 1.
        const NodeRun r = sh(i, QStringLiteral("ceph-volume lvm list --format json"));
        counts << int(QJsonDocument::fromJson(r.out.toUtf8()).object().size());
    }
    return counts;
}

QStringList DeployHarness::clusterProblems(const ClusterSpec &spec, int pveMajor) const
{
    QStringList problems;
    const int n = int(spec.nodes.size());
    const auto ask = [&](int i, const QString &script) {
        const NodeRun r = sh(i, script);
        if (!r.ok())
            problems << QStringLiteral("[%1] `%2` failed (%3): %4")
                            .arg(spec.nodes.at(i).name, script)
                            .arg(r.exitCode)
                            .arg(r.err.trimmed());
        return r;
    };

    // Corosync: quorate, every node a member (asked on every node).
    for (int i = 0; i < n; ++i) {
        const PvecmStatus pvecm = parsePvecmStatus(ask(i, QStringLiteral("pvecm status")).out);
        if (!pvecm.understood || !pvecm.quorate || pvecm.nodes != n ||
            pvecm.clusterName != spec.cluster.name)
            problems << QStringLiteral("[%1] pvecm status: understood %2, quorate %3, %4 nodes, "
                                       "name \"%5\"")
                            .arg(spec.nodes.at(i).name)
                            .arg(pvecm.understood)
                            .arg(pvecm.quorate)
                            .arg(pvecm.nodes)
                            .arg(pvecm.clusterName);
    }

    // Ceph, as core/health reads it.
    const CephStatus ceph =
        parseCephStatusJson(ask(0, QStringLiteral("ceph -s --format json")).out.toUtf8());
    if (!ceph.understood)
        problems << QStringLiteral("ceph -s --format json not understood: %1").arg(ceph.error);
    if (ceph.health != QLatin1String("HEALTH_OK")) {
        QStringList checks;
        for (const CephHealthCheck &c : ceph.checks)
            checks << c.id + QLatin1Char(' ') + c.message;
        problems << QStringLiteral("ceph health %1 (%2)")
                        .arg(ceph.health, checks.join(QStringLiteral("; ")));
    }
    if (ceph.monsTotal != n || ceph.monsInQuorum != n)
        problems << QStringLiteral("ceph: %1 of %2 monitors in quorum, expected %3")
                        .arg(ceph.monsInQuorum)
                        .arg(ceph.monsTotal)
                        .arg(n);
    if (ceph.osdsTotal != n || ceph.osdsUp != n || ceph.osdsIn != n)
        problems << QStringLiteral("ceph: %1 OSDs, %2 up, %3 in, expected %4")
                        .arg(ceph.osdsTotal)
                        .arg(ceph.osdsUp)
                        .arg(ceph.osdsIn)
                        .arg(n);

    const QString md = spec.storage.mdDevice.section(QLatin1Char('/'), -1);
    for (int i = 0; i < n; ++i) {
        const QString name = spec.nodes.at(i).name;
        // One OSD, its data on the RAID's LV and its DB on the NVMe (ceph-volume's JSON: OSD id
        // -> its LVs, each with a type and the devices under it).
        const QString listed = ask(i, QStringLiteral("ceph-volume lvm list --format json")).out;
        const QJsonObject osds = QJsonDocument::fromJson(listed.toUtf8()).object();
        if (osds.size() != 1)
            problems << QStringLiteral("[%1] ceph-volume lvm list shows %2 OSDs: %3")
                            .arg(name)
                            .arg(osds.size())
                            .arg(listed);
        for (auto it = osds.constBegin(); it != osds.constEnd(); ++it) {
            QString block, db;
            for (const QJsonValue &lv : it.value().toArray()) {
                const QJsonObject o = lv.toObject();
                if (o.value(QLatin1String("type")).toString() == QLatin1String("block"))
                    block = o.value(QLatin1String("lv_path")).toString();
                else if (o.value(QLatin1String("type")).toString() == QLatin1String("db"))
                    for (const QJsonValue &d : o.value(QLatin1String("devices")).toArray())
                        db += d.toString();
            }
            if (block != QStringLiteral("/dev/%1/%2")
                             .arg(spec.storage.volumeGroup, spec.storage.logicalVolume))
                problems
                    << QStringLiteral("[%1] osd.%2's block is \"%3\"").arg(name, it.key(), block);
            if (db != spec.storage.dbDevice)
                problems << QStringLiteral("[%1] osd.%2's block.db is on \"%3\", not %4")
                                .arg(name, it.key(), db, spec.storage.dbDevice);
        }

        // Exactly one md array, recorded exactly once for boot.
        const MdStat mdstat = parseMdstat(ask(i, QStringLiteral("cat /proc/mdstat")).out);
        if (!mdstat.understood || mdstat.arrays.size() != 1 || mdstat.arrays.value(0).name != md ||
            mdstat.arrays.value(0).level != QStringLiteral("raid%1").arg(spec.storage.raidLevel))
            problems << QStringLiteral("[%1] /proc/mdstat: %2 arrays (expected one %3 raid%4)")
                            .arg(name)
                            .arg(mdstat.arrays.size())
                            .arg(md)
                            .arg(spec.storage.raidLevel);
        const QString conf = ask(i, QStringLiteral("cat /etc/mdadm/mdadm.conf")).out;
        const int arrayLines = int(conf.count(QRegularExpression(QStringLiteral("(?m)^ARRAY "))));
        const int mdLines = int(conf.count(
            QRegularExpression(QStringLiteral("(?m)^ARRAY %1 ")
                                   .arg(QRegularExpression::escape(spec.storage.mdDevice)))));
        if (arrayLines != 1 || mdLines != 1)
            problems << QStringLiteral("[%1] mdadm.conf has %2 ARRAY lines (%3 for %4):\n%5")
                            .arg(name)
                            .arg(arrayLines)
                            .arg(mdLines)
                            .arg(spec.storage.mdDevice, conf);

        // The pool's storage, seen from every node.
        const QList<PveStorage> storages =
            parsePvesmStatus(ask(i, QStringLiteral("pvesm status")).out);
        bool rbd = false;
        for (const PveStorage &s : storages)
            rbd = rbd || (s.name == spec.ceph.pool.name && s.type == QLatin1String("rbd") &&
                          s.status == QLatin1String("active"));
        if (!rbd)
            problems << QStringLiteral("[%1] pvesm status has no active rbd storage %2")
                            .arg(name, spec.ceph.pool.name);
    }
    const QStringList pools =
        ask(0, QStringLiteral("ceph osd pool ls")).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!pools.contains(spec.ceph.pool.name))
        problems << QStringLiteral("ceph osd pool ls: no %1 in %2")
                        .arg(spec.ceph.pool.name, pools.join(QLatin1Char(',')));

    // HA: the group (PVE 8) or the node-affinity rule (PVE 9), every resource started.
    if (pveMajor < 9) {
        const QString groups = ask(0, QStringLiteral("ha-manager groupconfig")).out;
        if (!groups.contains(QRegularExpression(
                QStringLiteral("(?m)^group: %1$").arg(QRegularExpression::escape(spec.ha.group)))))
            problems << QStringLiteral("ha-manager groupconfig has no group %1:\n%2")
                            .arg(spec.ha.group, groups);
    } else {
        const QString rules = ask(0, QStringLiteral("ha-manager rules config")).out;
        if (!rules.contains(
                QRegularExpression(QStringLiteral("(?m)^node-affinity: %1$")
                                       .arg(QRegularExpression::escape(spec.ha.group)))))
            problems << QStringLiteral("ha-manager rules config has no node-affinity %1:\n%2")
                            .arg(spec.ha.group, rules);
    }
    const QString haText = ask(0, QStringLiteral("ha-manager status")).out;
    const HaStatus ha = parseHaManagerStatus(haText);
    if (!ha.understood || !ha.quorate)
        problems << QStringLiteral("ha-manager status: understood %1, quorate %2:\n%3")
                        .arg(ha.understood)
                        .arg(ha.quorate)
                        .arg(haText);
    for (const HaResource &r : spec.ha.resources) {
        const QString sid = QStringLiteral("vm:%1").arg(r.vmid);
        bool started = false;
        for (const HaService &s : ha.services)
            started = started || (s.sid == sid && s.state == QLatin1String("started"));
        if (!started)
            problems
                << QStringLiteral("ha-manager status: %1 is not started:\n%2").arg(sid, haText);
    }
    return problems;
}

QString DeployHarness::checkToolResolution(int i, const QStringList &tools,
                                           const QStringList &allowedReal)
{
    QString script;
    for (const QString &tool : tools)
        script += QStringLiteral("printf '%1=%s\\n' \"$(command -v %1)\";").arg(tool);
    const NodeRun r = overSsh(i, script);
    if (!r.ok())
        return QStringLiteral("command -v on node %1 failed: %2 %3").arg(i).arg(r.out, r.err);
    QStringList problems;
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString tool = line.section(QLatin1Char('='), 0, 0);
        const QString where = line.section(QLatin1Char('='), 1);
        const bool shim = where == m_shimDir.filePath(tool);
        const bool real =
            allowedReal.contains(tool) && (where == QStringLiteral("/usr/bin/") + tool ||
                                           where == QStringLiteral("/bin/") + tool);
        if (!shim && !real)
            problems << QStringLiteral("%1 resolves to \"%2\"").arg(tool, where);
    }
    if (lines.size() != tools.size())
        problems << QStringLiteral("unexpected output: %1").arg(r.out);
    return problems.join(QStringLiteral("; "));
}

namespace planlint {
namespace {

/// The contents of every $( … ) of `script` (outermost first), and the script with each
/// replaced by the word X. Single quotes protect their content; double quotes do not hide $( .
QString extractSubstitutions(const QString &script, QStringList *inner)
{
    QString outside;
    int i = 0;
    const int n = int(script.size());
    bool single = false;
    while (i < n) {
        const QChar c = script.at(i);
        if (single) {
            outside += c;
            single = c != QLatin1Char('\'');
            ++i;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            single = true;
            outside += c;
            ++i;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n && script.at(i + 1) == QLatin1Char('(')) {
            const bool arithmetic = i + 2 < n && script.at(i + 2) == QLatin1Char('(');
            int depth = 0;
            int j = i + 1;
            bool innerSingle = false;
            for (; j < n; ++j) {
                const QChar d = script.at(j);
                if (innerSingle) {
                    innerSingle = d != QLatin1Char('\'');
                    continue;
                }
                if (d == QLatin1Char('\''))
                    innerSingle = true;
                else if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')') && --depth == 0)
                    break;
            }
            if (!arithmetic)
                *inner << script.mid(i + 2, j - i - 2);
            outside += QStringLiteral("X");
            i = j + 1;
            continue;
        }
        outside += c;
        ++i;
    }
    return outside;
}

const QSet<QString> &keywordsAndBuiltins()
{
    static const QSet<QString> words = {
        QStringLiteral("if"),     QStringLiteral("then"),     QStringLiteral("else"),
        QStringLiteral("elif"),   QStringLiteral("fi"),       QStringLiteral("for"),
        QStringLiteral("while"),  QStringLiteral("until"),    QStringLiteral("do"),
        QStringLiteral("done"),   QStringLiteral("case"),     QStringLiteral("esac"),
        QStringLiteral("in"),     QStringLiteral("exit"),     QStringLiteral("return"),
        QStringLiteral("true"),   QStringLiteral("false"),    QStringLiteral("echo"),
        QStringLiteral("printf"), QStringLiteral("test"),     QStringLiteral("["),
        QStringLiteral("read"),   QStringLiteral("set"),      QStringLiteral("export"),
        QStringLiteral("local"),  QStringLiteral("cd"),       QStringLiteral("command"),
        QStringLiteral("break"),  QStringLiteral("continue"), QStringLiteral(":"),
        QStringLiteral("X"),      QStringLiteral("Q"),
    };
    return words;
}

} // namespace

QList<QPair<QString, QString>> scripts(const Plan &plan)
{
    QList<QPair<QString, QString>> all;
    for (const Phase &phase : plan.phases)
        for (const Step &s : phase.steps) {
            const QString label = s.node + QLatin1Char(' ') + s.id;
            all << qMakePair(label + QStringLiteral(" check"), s.check);
            all << qMakePair(label + QStringLiteral(" run"), s.run);
            for (const StepInput &in : s.inputs)
                all << qMakePair(label + QStringLiteral(" input ") + in.variable, in.command);
        }
    return all;
}

QStringList toolsCalled(const QString &script)
{
    QStringList inner;
    QString text = extractSubstitutions(script, &inner);
    // Quoted strings become one word; redirections go.
    static const QRegularExpression quoted(QStringLiteral("'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\""));
    text.replace(quoted, QStringLiteral("Q"));
    static const QRegularExpression redirection(
        QStringLiteral("\\d*>&\\d+|\\d*>>?\\s*\\S+|<\\s*\\S+"));
    text.replace(redirection, QStringLiteral(" "));
    static const QRegularExpression separators(QStringLiteral("\\|\\||&&|[|;&\\n(){}!]"));
    QStringList tools;
    for (const QString &segment : text.split(separators)) {
        QStringList words =
            segment.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        static const QRegularExpression assignment(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
        while (!words.isEmpty() &&
               (assignment.match(words.first()).hasMatch() ||
                QStringList{QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else"),
                            QStringLiteral("elif"), QStringLiteral("do"), QStringLiteral("while"),
                            QStringLiteral("until")}
                    .contains(words.first())))
            words.removeFirst();
        if (words.isEmpty() || words.first() == QLatin1String("for") ||
            words.first() == QLatin1String("case"))
            continue;
        const QString tool = words.first();
        static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.+-]*$"));
        if (tool.startsWith(QLatin1Char('#')))
            continue; // a comment (the MTU gate's description)
        if (!keywordsAndBuiltins().contains(tool) && name.match(tool).hasMatch() &&
            !tools.contains(tool))
            tools << tool;
    }
    for (const QString &sub : inner)
        for (const QString &tool : toolsCalled(sub))
            if (!tools.contains(tool))
                tools << tool;
    return tools;
}

QStringList toolsCalled(const Plan &plan)
{
    QStringList tools;
    for (const auto &[label, script] : scripts(plan)) {
        Q_UNUSED(label)
        for (const QString &tool : toolsCalled(script))
            if (!tools.contains(tool))
                tools << tool;
    }
    tools.sort();
    return tools;
}

QStringList harmlessRealTools()
{
    return {QStringLiteral("yes"), QStringLiteral("sleep"), QStringLiteral("printf")};
}

QStringList forbiddenRedirections(const Plan &plan)
{
    static const QRegularExpression toFile(QStringLiteral(">\\s*/(?!dev/null)|>>"));
    QStringList found;
    for (const auto &[label, script] : scripts(plan)) {
        const QRegularExpressionMatch m = toFile.match(script);
        if (m.hasMatch())
            found << QStringLiteral("%1: …%2…")
                         .arg(label, script.mid(qMax(0, int(m.capturedStart()) - 30), 70));
    }
    return found;
}

} // namespace planlint

EventsFile EventsFile::read(const QString &path)
{
    EventsFile file;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        file.problems << QStringLiteral("%1 cannot be read").arg(path);
        return file;
    }
    static const QStringList types = {QStringLiteral("started"), QStringLiteral("output"),
                                      QStringLiteral("done"), QStringLiteral("skipped"),
                                      QStringLiteral("failed")};
    int n = 0;
    QMap<QString, int> open;
    for (const QByteArray &line : f.readAll().split('\n')) {
        ++n;
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            file.problems << QStringLiteral("line %1 is not a JSON object: %2")
                                 .arg(n)
                                 .arg(QString::fromUtf8(line.left(200)));
            continue;
        }
        const QJsonObject o = doc.object();
        for (const char *key : {"time", "node", "step", "event"})
            if (!o.value(QLatin1String(key)).isString() ||
                o.value(QLatin1String(key)).toString().isEmpty())
                file.problems << QStringLiteral("line %1 has no \"%2\": %3")
                                     .arg(n)
                                     .arg(QLatin1String(key), QString::fromUtf8(line.left(200)));
        const QString type = o.value(QLatin1String("event")).toString();
        if (!types.contains(type))
            file.problems << QStringLiteral("line %1: unknown event \"%2\"").arg(n).arg(type);
        const QString key = o.value(QLatin1String("node")).toString() + QLatin1Char(' ') +
                            o.value(QLatin1String("step")).toString();
        if (type == QLatin1String("started"))
            open[key] += 1;
        else if (type == QLatin1String("done") || type == QLatin1String("failed") ||
                 type == QLatin1String("skipped"))
            open[key] = qMax(0, open.value(key) - 1);
        file.events << o;
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        if (it.value() > 0)
            file.problems << QStringLiteral("%1 started without done/skipped/failed").arg(it.key());
    return file;
}

QStringList EventsFile::keys(const QString &type) const
{
    QStringList out;
    for (const QJsonObject &o : events)
        if (o.value(QLatin1String("event")).toString() == type)
            out << o.value(QLatin1String("node")).toString() + QLatin1Char(' ') +
                       o.value(QLatin1String("step")).toString();
    return out;
}

} // namespace pveha::test
