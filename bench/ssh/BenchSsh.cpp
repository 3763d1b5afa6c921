// SPDX-License-Identifier: GPL-3.0-or-later
// Median milliseconds per trivial command (`true`) on one loopback sshd, three ways, in one run:
// one SshTransport session (a channel per command), OpenSSH ControlMaster multiplexing, and a
// new ssh process per command. Target: libssh <= 2.5 ms and >= 3x faster than ControlMaster.
// The first two take turns in rounds of count/10 commands each.
// For reading the ratio, the same command through bare libssh calls (a channel opened, used and
// closed each time, none of SshTransport's channel reuse; sshd forks and runs the login shell,
// which ControlMaster waits for too), through a
// NodeWorker (the engine's path: two thread hand-offs more), and a new session's login and first
// command are printed as well; only the first row counts for the target. The client's own CPU
// time per command shows how little of the wall time is ours: the rest is sshd forking and
// running the login shell, which every client waits for.
#include "SshdFixture.h"

#include "transport/NodeWorker.h"
#include "transport/SshHandles.h"
#include "transport/SshTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <vector>

using namespace pveha;

namespace {

struct Stats
{
    double median = 0;
    double p90 = 0;
    double mean = 0;
    int runs = 0;
    int failures = 0;
};

/// Timings of one way of running a command, possibly gathered over several rounds.
struct Samples
{
    std::vector<double> ms;
    int failures = 0;

    /// Times `once` `runs` times; a call returning false is a failure.
    void take(int runs, const std::function<bool()> &once)
    {
        QElapsedTimer clock;
        for (int i = 0; i < runs; ++i) {
            clock.start();
            const bool ok = once();
            ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
            if (!ok)
                ++failures;
        }
    }

    Stats stats() const
    {
        Stats stats;
        if (ms.empty())
            return stats;
        std::vector<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        stats.runs = static_cast<int>(n);
        stats.failures = failures;
        stats.median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        stats.p90 = sorted[static_cast<size_t>(static_cast<double>(n - 1) * 0.9)];
        double sum = 0;
        for (double v : sorted)
            sum += v;
        stats.mean = sum / static_cast<double>(n);
        return stats;
    }
};

/// Times `once` `runs` times after `warmup` untimed calls; a call returning false is a failure.
Stats measure(int runs, int warmup, const std::function<bool()> &once)
{
    for (int i = 0; i < warmup; ++i)
        once();
    Samples samples;
    samples.take(runs, once);
    return samples.stats();
}

bool runSsh(const QStringList &args)
{
    QProcess ssh;
    ssh.setStandardOutputFile(QProcess::nullDevice());
    ssh.setStandardErrorFile(QProcess::nullDevice());
    ssh.start(QStringLiteral("ssh"), args);
    return ssh.waitForFinished(30000) && ssh.exitStatus() == QProcess::NormalExit &&
           ssh.exitCode() == 0;
}

/// A session opened with bare libssh calls, for the reference row: the fixture's key and
/// known_hosts, nothing of SshTransport.
ssh::SessionPtr rawSession(const NodeEndpoint &e)
{
    ssh::SessionPtr session(ssh_new());
    const QByteArray host = e.host.toUtf8();
    const QByteArray user = e.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(e.knownHostsFile);
    const unsigned int port = e.port;
    const int quiet = SSH_LOG_NOLOG;
    const int on = 1; // as SshTransport: without it, Nagle holds the EOF behind the exec request
    if (!session || ssh_options_set(session.get(), SSH_OPTIONS_LOG_VERBOSITY, &quiet) != SSH_OK ||
        ssh_options_set(session.get(), SSH_OPTIONS_HOST, host.constData()) != SSH_OK ||
        ssh_options_set(session.get(), SSH_OPTIONS_PORT, &port) != SSH_OK ||
        ssh_options_set(session.get(), SSH_OPTIONS_USER, user.constData()) != SSH_OK ||
        ssh_options_set(session.get(), SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) != SSH_OK ||
        ssh_options_set(session.get(), SSH_OPTIONS_NODELAY, &on) != SSH_OK ||
        ssh_connect(session.get()) != SSH_OK ||
        ssh_session_is_known_server(session.get()) != SSH_KNOWN_HOSTS_OK)
        return nullptr;
    ssh_key raw = nullptr;
    if (ssh_pki_import_privkey_file(QFile::encodeName(e.identityFile).constData(), nullptr, nullptr,
                                    nullptr, &raw) != SSH_OK)
        return nullptr;
    const ssh::KeyPtr key(raw);
    if (ssh_userauth_publickey(session.get(), nullptr, key.get()) != SSH_AUTH_SUCCESS)
        return nullptr;
    return session;
}

/// `true` through blocking libssh calls: open, exec, read to the end, exit status, close.
bool rawTrue(ssh_session session)
{
    const ssh::ChannelPtr channel(ssh_channel_new(session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK ||
        ssh_channel_request_exec(channel.get(), "true") != SSH_OK)
        return false;
    ssh_channel_send_eof(channel.get());
    char buffer[256];
    for (int stream : {0, 1})
        while (ssh_channel_read(channel.get(), buffer, sizeof buffer, stream) > 0) {
        }
    const int status = ssh_channel_get_exit_status(channel.get());
    ssh_channel_close(channel.get());
    return status == 0;
}

/// `true` submitted to a NodeWorker, waited for in this thread's event loop.
bool workerTrue(NodeWorker &worker, const CommandRequest &request)
{
    QEventLoop loop;
    bool ok = false;
    const QMetaObject::Connection done = QObject::connect(&worker, &NodeWorker::finished, &loop,
                                                          [&](quint64, const CommandResult &r) {
                                                              ok = r.ok();
                                                              loop.quit();
                                                          });
    worker.submit(request);
    loop.exec();
    QObject::disconnect(done);
    return ok;
}

void printRow(const char *how, const Stats &s)
{
    std::printf("| %-44s | %5d | %9.2f | %7.2f | %7.2f | %8d |\n", how, s.runs, s.median, s.p90,
                s.mean, s.failures);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SSH round-trip benchmark on loopback"));
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("n"),
                                         QStringLiteral("commands for libssh and ControlMaster"),
                                         QStringLiteral("count"), QStringLiteral("200"));
    const QCommandLineOption freshOption(QStringLiteral("fresh"),
                                         QStringLiteral("commands for a new ssh each"),
                                         QStringLiteral("count"), QStringLiteral("20"));
    parser.addOptions({countOption, freshOption});
    parser.process(app);
    const int count = qMax(1, parser.value(countOption).toInt());
    const int fresh = qMax(1, parser.value(freshOption).toInt());

    if (const QString reason = test::SshdFixture::unavailableReason(); !reason.isEmpty()) {
        std::fprintf(stderr, "SKIP: %s\n", qPrintable(reason));
        return 77;
    }
    qunsetenv("SSH_AUTH_SOCK");
    test::SshdFixture sshd;
    if (!sshd.start(1) || !sshd.trustHostKey(0)) {
        std::fprintf(stderr, "sshd fixture: %s\n", qPrintable(sshd.errorString()));
        return 1;
    }

    SshTransport transport(sshd.endpoint(0, HostKeyPolicy::Strict));
    if (const ConnectResult c = transport.connect(); !c.ok()) {
        std::fprintf(stderr, "connect: %s\n", qPrintable(c.message));
        return 1;
    }
    CommandRequest trivial;
    trivial.script = QStringLiteral("true");

    const QString controlPath = sshd.dir() + QLatin1String("/cm-%C");
    QStringList master = sshd.sshArguments(0);
    master.prepend(QStringLiteral("ControlPersist=60"));
    master.prepend(QStringLiteral("-o"));
    master.prepend(QStringLiteral("ControlPath=") + controlPath);
    master.prepend(QStringLiteral("-o"));
    master.prepend(QStringLiteral("ControlMaster=auto"));
    master.prepend(QStringLiteral("-o"));
    // The two compared ways take turns, in rounds, so that whatever else the machine does
    // weighs on both alike.
    const auto viaLibssh = [&] { return transport.run(trivial).ok(); };
    const auto viaMaster = [&] { return runSsh(master + QStringList{QStringLiteral("true")}); };
    for (int i = 0; i < 10; ++i)
        viaLibssh();
    for (int i = 0; i < 3; ++i) // the first starts the master
        viaMaster();
    constexpr int kRounds = 10;
    Samples libsshSamples, masterSamples;
    for (int round = 0; round < kRounds; ++round) {
        const int runs = count / kRounds + (round < count % kRounds ? 1 : 0);
        libsshSamples.take(runs, viaLibssh);
        masterSamples.take(runs, viaMaster);
    }
    // The client's own CPU time per command, to tell our share of the wall time from sshd's.
    struct rusage before
    {
    }, after{};
    getrusage(RUSAGE_SELF, &before);
    Samples cpuRun;
    cpuRun.take(count, viaLibssh);
    getrusage(RUSAGE_SELF, &after);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    const double clientCpuMs = (seconds(after.ru_utime) - seconds(before.ru_utime) +
                                seconds(after.ru_stime) - seconds(before.ru_stime)) *
                               1000.0 / count;
    const Stats libssh = libsshSamples.stats();
    const Stats multiplexed = masterSamples.stats();
    runSsh(QStringList{QStringLiteral("-O"), QStringLiteral("exit")} + master);

    QStringList single = sshd.sshArguments(0);
    single.prepend(QStringLiteral("ControlMaster=no"));
    single.prepend(QStringLiteral("-o"));
    const Stats newProcess =
        measure(fresh, 1, [&] { return runSsh(single + QStringList{QStringLiteral("true")}); });

    // For reading the figures (not part of the target).
    Stats raw;
    if (const ssh::SessionPtr session = rawSession(sshd.endpoint(0, HostKeyPolicy::Strict)))
        raw = measure(count, 10, [&] { return rawTrue(session.get()); });
    NodeWorker worker(QStringLiteral("node1"),
                      std::make_unique<SshTransport>(sshd.endpoint(0, HostKeyPolicy::Strict)));
    const Stats viaWorker = measure(count, 10, [&] { return workerTrue(worker, trivial); });
    worker.shutdown();
    std::vector<double> firstMs;
    const Stats newSession = measure(fresh, 0, [&] {
        SshTransport newTransport(sshd.endpoint(0, HostKeyPolicy::Strict));
        if (!newTransport.connect().ok())
            return false;
        QElapsedTimer first;
        first.start();
        const bool ok = newTransport.run(trivial).ok();
        firstMs.push_back(static_cast<double>(first.nsecsElapsed()) / 1e6);
        return ok;
    });
    std::sort(firstMs.begin(), firstMs.end());
    const double firstMedian = firstMs.empty() ? 0 : firstMs[firstMs.size() / 2];

    std::printf("SSH round trip of `true` on 127.0.0.1 (OpenSSH sshd, one host key ed25519), ms\n");
    std::printf("| %-44s | %5s | %9s | %7s | %7s | %8s |\n", "how", "runs", "median", "p90", "mean",
                "failures");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
                "-------", "-----------", "---------", "---------", "----------");
    printRow("libssh, one session, a channel per command", libssh);
    printRow("OpenSSH ControlMaster (ssh -o ControlMaster)", multiplexed);
    printRow("a new ssh process per command", newProcess);
    std::printf("for reading the figures (not part of the target):\n");
    std::printf("| %-44s | %5d | %9.2f |\n", "libssh: the client's CPU time a command", count,
                clientCpuMs);
    printRow("bare libssh: open, exec, close each time", raw);
    printRow("SshTransport through a NodeWorker thread", viaWorker);
    printRow("new SshTransport: login + first command", newSession);
    std::printf("| %-44s | %5d | %9.2f |\n", "  of which the first command", int(firstMs.size()),
                firstMedian);
    const double ratio = libssh.median > 0 ? multiplexed.median / libssh.median : 0;
    const bool pass = libssh.median <= 2.5 && ratio >= 3.0 && libssh.failures == 0;
    std::printf("libssh is %.2fx faster than ControlMaster; target <= 2.5 ms and >= 3x: %s\n",
                ratio, pass ? "met" : "NOT met");
    return pass ? 0 : 2;
}
