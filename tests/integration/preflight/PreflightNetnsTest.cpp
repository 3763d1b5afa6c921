// SPDX-License-Identifier: GPL-3.0-or-later
// The MTU mesh with the REAL ping (root only): three network namespaces joined by veth pairs to a
// bridge at MTU 9000 in a fourth, node-02's veth at MTU 1500, addresses in 192.0.2.0/24 (a
// documentation range). Each node's sshd listens on loopback in the root namespace and runs its
// sessions inside the node's namespace (ForceCommand ip netns exec), with every simulated tool
// first on PATH except ping. pve-ha-installer validate must fail exactly the pairs through the
// 1500 link: "Local MTU too small" from node-02, silent loss towards it.
#include "PreflightHarness.h"
#include "preflight/Preflight.h"

#include "transport/SshTransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace pveha;
using pveha::test::SimSshCluster;
using pveha::test::SimSshOptions;
using pveha::test::ValidateRun;

namespace {

constexpr int kNodes = 3;
constexpr int kSmallMtuNode = 1; // node-02

QString ipProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("ip"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                           QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

QString pingProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("ping"),
                                          {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

/// Runs `ip ARGS`; true when it exits 0. `output` gets stdout and stderr.
bool ip(const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(ipProgram(), args);
    const bool ok =
        p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return ok;
}

// The namespaces of this run, also known to the signal handler (fixed-size, no allocation).
constexpr int kMaxNamespaces = 8;
char g_namespaces[kMaxNamespaces][64];
int g_namespaceCount = 0;
char g_ipPath[256];

void deleteNamespacesNow()
{
    // Async-signal-safe: fork + execv + waitpid only.
    for (int i = 0; i < g_namespaceCount; ++i) {
        if (g_namespaces[i][0] == '\0')
            continue;
        const pid_t pid = ::fork();
        if (pid == 0) {
            char netns[] = "netns";
            char del[] = "del";
            char *argv[] = {g_ipPath, netns, del, g_namespaces[i], nullptr};
            ::execv(g_ipPath, argv);
            ::_exit(127);
        }
        if (pid > 0)
            ::waitpid(pid, nullptr, 0);
    }
}

extern "C" void onFatalSignal(int sig)
{
    deleteNamespacesNow();
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

/// The namespaces: created by create(), deleted by the destructor, by a fatal signal (ctest's
/// timeout, Ctrl-C, an abort), and, for runs killed outright, by the next run (names carry the
/// pid of their run; those of a dead pid are swept).
class NetnsLab
{
public:
    explicit NetnsLab(QString prefix)
        : m_prefix(std::move(prefix))
    {}
    ~NetnsLab() { destroy(); }
    NetnsLab(const NetnsLab &) = delete;
    NetnsLab &operator=(const NetnsLab &) = delete;

    QString bridge() const { return m_prefix + QStringLiteral("br"); }
    QString node(int i) const { return m_prefix + QStringLiteral("n%1").arg(i + 1); }
    static QString address(int i) { return QStringLiteral("192.0.2.%1").arg(11 + i); }
    static QString nic() { return QStringLiteral("enp1s0f1"); }

    /// Removes namespaces "pveha-PID-…" left by runs whose process is gone.
    static void sweepStale()
    {
        QString list;
        if (!ip({QStringLiteral("netns"), QStringLiteral("list")}, &list))
            return;
        static const QRegularExpression ours(QStringLiteral("^pveha-(\\d+)-\\S+"),
                                             QRegularExpression::MultilineOption);
        for (auto it = ours.globalMatch(list); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const pid_t pid = m.captured(1).toInt();
            if (pid > 0 && pid != ::getpid() && ::kill(pid, 0) != 0 && errno == ESRCH) {
                qInfo("removing the stale namespace %s", qPrintable(m.captured(0)));
                ip({QStringLiteral("netns"), QStringLiteral("del"), m.captured(0)});
            }
        }
    }

    bool add(const QString &name)
    {
        if (g_namespaceCount >= kMaxNamespaces)
            return fail(QStringLiteral("too many namespaces"));
        qstrncpy(g_namespaces[g_namespaceCount], name.toLocal8Bit().constData(),
                 sizeof g_namespaces[0]);
        ++g_namespaceCount; // registered before it exists: a signal now still removes it
        m_names << name;
        return run({QStringLiteral("netns"), QStringLiteral("add"), name});
    }

    /// br0 at MTU 9000 in the bridge namespace, one namespace per node joined by a veth pair,
    /// the node's end named like the spec's private NIC; node `smallMtuNode` at MTU 1500.
    bool create(int nodes, int smallMtuNode)
    {
        if (!add(bridge()) ||
            !run({QStringLiteral("-n"), bridge(), QStringLiteral("link"), QStringLiteral("add"),
                  QStringLiteral("br0"), QStringLiteral("type"), QStringLiteral("bridge")}) ||
            !run({QStringLiteral("-n"), bridge(), QStringLiteral("link"), QStringLiteral("set"),
                  QStringLiteral("br0"), QStringLiteral("mtu"), QStringLiteral("9000"),
                  QStringLiteral("up")}))
            return false;
        for (int i = 0; i < nodes; ++i) {
            const QString ns = node(i);
            const QString port = QStringLiteral("p%1").arg(i + 1);
            const QString mtu = i == smallMtuNode ? QStringLiteral("1500") : QStringLiteral("9000");
            if (!add(ns) ||
                !run({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                      QStringLiteral("lo"), QStringLiteral("up")}) ||
                // Both ends are created inside their namespaces: nothing appears in the root one.
                !run({QStringLiteral("link"), QStringLiteral("add"), nic(), QStringLiteral("netns"),
                      ns, QStringLiteral("mtu"), mtu, QStringLiteral("type"),
                      QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), port,
                      QStringLiteral("netns"), bridge(), QStringLiteral("mtu"),
                      QStringLiteral("9000")}) ||
                !run({QStringLiteral("-n"), bridge(), QStringLiteral("link"), QStringLiteral("set"),
                      port, QStringLiteral("master"), QStringLiteral("br0"),
                      QStringLiteral("up")}) ||
                !run({QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"),
                      address(i) + QStringLiteral("/24"), QStringLiteral("dev"), nic()}) ||
                !run({QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"),
                      nic(), QStringLiteral("up")}))
                return false;
        }
        return true;
    }

    void destroy()
    {
        for (const QString &name : std::as_const(m_names))
            ip({QStringLiteral("netns"), QStringLiteral("del"), name});
        m_names.clear();
        g_namespaceCount = 0;
    }

    /// `ip -n NS ARGS`'s output.
    QString inNamespace(const QString &ns, const QStringList &args) const
    {
        QString out;
        ip(QStringList{QStringLiteral("-n"), ns} + args, &out);
        return out;
    }

    QString errorString() const { return m_error; }

private:
    bool run(const QStringList &args)
    {
        QString out;
        if (ip(args, &out))
            return true;
        return fail(QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')), out));
    }
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }

    QString m_prefix;
    QStringList m_names;
    QString m_error;
};

/// Empty when this machine can run the lane; otherwise why not.
QString unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("network namespaces need root (this test runs as uid %1)")
            .arg(::geteuid());
    if (ipProgram().isEmpty())
        return QStringLiteral("the ip program (iproute2) is missing");
    if (pingProgram().isEmpty())
        return QStringLiteral("the real ping (iputils-ping) is missing");
    if (const QString sshd = test::SshdFixture::unavailableReason(); !sshd.isEmpty())
        return sshd;
    const QString probe = QStringLiteral("pveha-%1-probe").arg(::getpid());
    QString out;
    if (!ip({QStringLiteral("netns"), QStringLiteral("add"), probe}, &out))
        return QStringLiteral("`ip netns add` is not usable here: %1").arg(out.trimmed());
    const bool exec =
        ip({QStringLiteral("netns"), QStringLiteral("exec"), probe, QStringLiteral("/bin/true")},
           &out);
    ip({QStringLiteral("netns"), QStringLiteral("del"), probe});
    if (!exec)
        return QStringLiteral("`ip netns exec` is not usable here: %1").arg(out.trimmed());
    return QString();
}

} // namespace

class PreflightNetnsTest : public QObject
{
    Q_OBJECT

private:
    // Declared first, destroyed last: the daemons (and the sessions inside the namespaces) are
    // gone before the namespaces are deleted.
    NetnsLab m_lab{QStringLiteral("pveha-%1-").arg(::getpid())};
    SimSshCluster m_cluster;

    QString name(int i) const { return m_cluster.configs().at(i).name; }

    QJsonObject meshOf(const QJsonObject &doc, int from, int to) const
    {
        for (const QJsonValue &v : doc.value(QLatin1String("mesh")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("from")).toString() == name(from) &&
                o.value(QLatin1String("to")).toString() == name(to))
                return o;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        qstrncpy(g_ipPath, ipProgram().toLocal8Bit().constData(), sizeof g_ipPath);
        for (int sig : {SIGINT, SIGTERM, SIGABRT, SIGHUP})
            ::signal(sig, onFatalSignal);
        NetnsLab::sweepStale();
        QVERIFY2(m_lab.create(kNodes, kSmallMtuNode), qPrintable(m_lab.errorString()));

        // Nothing can leave: each node namespace has its loopback and its veth to the bridge,
        // and one route, the documentation subnet on that veth.
        for (int i = 0; i < kNodes; ++i) {
            const QString links =
                m_lab.inNamespace(m_lab.node(i), {QStringLiteral("-o"), QStringLiteral("link")});
            QCOMPARE(links.count(QLatin1Char('\n')), 2);
            const QString routes =
                m_lab.inNamespace(m_lab.node(i), {QStringLiteral("-4"), QStringLiteral("route"),
                                                  QStringLiteral("show"), QStringLiteral("table"),
                                                  QStringLiteral("all")});
            for (const QString &route : routes.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(route.contains(QLatin1String("dev lo")) ||
                             route.startsWith(QLatin1String("192.0.2.")) ||
                             route.contains(QLatin1String(" 192.0.2.")),
                         qPrintable(routes));
        }

        QList<sim::SimNodeConfig> nodes;
        SimSshOptions options;
        options.realTools << QStringLiteral("ping");
        options.firstHost = 31;
        for (int i = 0; i < kNodes; ++i) {
            sim::SimNodeConfig c = sim::SimNodeConfig::standard(i + 1);
            c.privateAddress = NetnsLab::address(i);
            c.privatePrefix = 24;
            c.privateInterface = NetnsLab::nic();
            c.privateNetworkConfigured = true;
            c.privateMtu = i == kSmallMtuNode ? 1500 : 9000;
            nodes << c;
            options.extraConfigFor.push_back(
                {QStringLiteral(
                     "ForceCommand %1 netns exec %2 /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"")
                     .arg(ipProgram(), m_lab.node(i))});
        }
        QVERIFY2(m_cluster.start(nodes, {}, options), qPrintable(m_cluster.errorString()));
        QVERIFY2(m_cluster.trustAll(), qPrintable(m_cluster.errorString()));
        for (int i = 0; i < kNodes; ++i) {
            const QString problem =
                m_cluster.checkToolResolution(i, SimSshCluster::preflightTools());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void sessionsRunInsideTheirNamespace()
    {
        // The real `ip` (by path: the shim would answer from the simulated state) sees the
        // namespace's veth and address.
        for (int i = 0; i < kNodes; ++i) {
            SshTransport transport(m_cluster.sshd().endpoint(i, HostKeyPolicy::Strict));
            CommandRequest request;
            request.script =
                ipProgram() + QStringLiteral(" -o -4 addr show dev ") + NetnsLab::nic();
            request.timeoutMs = 20000;
            const CommandResult r = transport.run(request);
            QVERIFY2(r.ok(), qPrintable(r.message + QString::fromUtf8(r.err)));
            QVERIFY2(r.out.contains(QByteArray(NetnsLab::address(i).toUtf8() + "/24")),
                     r.out.constData());
        }
    }

    void realPingFailsExactlyThePairsThroughTheSmallMtuLink()
    {
        const QString spec = m_cluster.writeSpec(m_cluster.spec(HostKeyPolicy::Strict));
        QVERIFY2(!spec.isEmpty(), qPrintable(m_cluster.errorString()));
        const ValidateRun run = m_cluster.validate(spec);
        QVERIFY2(run.finished && !run.json.isEmpty(), qPrintable(run.describe()));

        // Every node check passes (the simulator answers them); only the mesh differs.
        for (const QJsonValue &node : run.json.value(QLatin1String("nodes")).toArray())
            for (const QJsonValue &c : node.toObject().value(QLatin1String("checks")).toArray())
                QVERIFY2(c.toObject().value(QLatin1String("status")) == QLatin1String("pass"),
                         QJsonDocument(c.toObject()).toJson().constData());

        const QJsonArray mesh = run.json.value(QLatin1String("mesh")).toArray();
        QCOMPARE(mesh.size(), kNodes * (kNodes - 1));
        static const QRegularExpression passed(
            QStringLiteral("^9000 bytes pass without fragmentation \\([\\d.]+ ms\\)\\.$"));
        for (int i = 0; i < kNodes; ++i) {
            for (int j = 0; j < kNodes; ++j) {
                if (i == j)
                    continue;
                const QJsonObject m = meshOf(run.json, i, j);
                const QString text = QString::fromUtf8(QJsonDocument(m).toJson());
                QCOMPARE(m.value(QLatin1String("mtu")).toInt(), 9000);
                const QString message = m.value(QLatin1String("message")).toString();
                const QString status = m.value(QLatin1String("status")).toString();
                if (i == kSmallMtuNode) {
                    QCOMPARE(status, QStringLiteral("fail"));
                    QCOMPARE(message, QStringLiteral("Local MTU too small: node-02 cannot send "
                                                     "9000-byte packets (its interface MTU is "
                                                     "1500)."));
                } else if (j == kSmallMtuNode) {
                    QCOMPARE(status, QStringLiteral("fail"));
                    QCOMPARE(message,
                             QStringLiteral("Silent loss: no 9000-byte packet came back from "
                                            "node-02 and nothing said why; a switch or the peer's "
                                            "interface drops jumbo frames (or the peer is down)."));
                } else {
                    QVERIFY2(status == QLatin1String("pass"), qPrintable(text));
                    QVERIFY2(passed.match(message).hasMatch(), qPrintable(text));
                }
            }
        }
        const QJsonObject summary{{QStringLiteral("pass"), kNodes * int(Preflight::checkIds().size()) + 2},
                                  {QStringLiteral("warn"), 0},
                                  {QStringLiteral("fail"), 4},
                                  {QStringLiteral("skip"), 0}};
        QCOMPARE(run.json.value(QLatin1String("summary")).toObject(), summary);
        QVERIFY2(run.exitCode == 1, qPrintable(run.describe()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        fprintf(stderr, "SKIP: %s\n", qPrintable(reason));
        return 77;
    }
    int rc = 0;
    {
        PreflightNetnsTest test;
        rc = QTest::qExec(&test, argc, argv);
    }
    return rc;
}

#include "PreflightNetnsTest.moc"
