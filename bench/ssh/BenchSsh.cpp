// SPDX-License-Identifier: GPL-3.0-or-later
// Median milliseconds per trivial command (`true`) on one loopback sshd, three ways, in one run:
// one SshTransport session (a channel per command), OpenSSH ControlMaster multiplexing, and a
// new ssh process per command. Target: libssh <= 2.5 ms and >= 3x faster than ControlMaster.
#include "SshdFixture.h"

#include "transport/SshTransport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
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

/// Times `once` `runs` times after `warmup` untimed calls; a call returning false is a failure.
Stats measure(int runs, int warmup, const std::function<bool()> &once)
{
    for (int i = 0; i < warmup; ++i)
        once();
    std::vector<double> ms;
    Stats stats;
    QElapsedTimer clock;
    for (int i = 0; i < runs; ++i) {
        clock.start();
        const bool ok = once();
        ms.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        if (!ok)
            ++stats.failures;
    }
    std::sort(ms.begin(), ms.end());
    stats.runs = runs;
    stats.median =
        ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    stats.p90 = ms[static_cast<size_t>(static_cast<double>(ms.size() - 1) * 0.9)];
    double sum = 0;
    for (double v : ms)
        sum += v;
    stats.mean = sum / static_cast<double>(ms.size());
    return stats;
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
    const Stats libssh = measure(count, 10, [&] { return transport.run(trivial).ok(); });

    const QString controlPath = sshd.dir() + QLatin1String("/cm-%C");
    QStringList master = sshd.sshArguments(0);
    master.prepend(QStringLiteral("ControlPersist=60"));
    master.prepend(QStringLiteral("-o"));
    master.prepend(QStringLiteral("ControlPath=") + controlPath);
    master.prepend(QStringLiteral("-o"));
    master.prepend(QStringLiteral("ControlMaster=auto"));
    master.prepend(QStringLiteral("-o"));
    const Stats multiplexed =
        measure(count, 3, [&] { return runSsh(master + QStringList{QStringLiteral("true")}); });
    runSsh(QStringList{QStringLiteral("-O"), QStringLiteral("exit")} + master);

    QStringList single = sshd.sshArguments(0);
    single.prepend(QStringLiteral("ControlMaster=no"));
    single.prepend(QStringLiteral("-o"));
    const Stats newProcess =
        measure(fresh, 1, [&] { return runSsh(single + QStringList{QStringLiteral("true")}); });

    std::printf("SSH round trip of `true` on 127.0.0.1 (OpenSSH sshd, one host key ed25519), ms\n");
    std::printf("| %-44s | %5s | %9s | %7s | %7s | %8s |\n", "how", "runs", "median", "p90", "mean",
                "failures");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
                "-------", "-----------", "---------", "---------", "----------");
    printRow("libssh, one session, a channel per command", libssh);
    printRow("OpenSSH ControlMaster (ssh -o ControlMaster)", multiplexed);
    printRow("a new ssh process per command", newProcess);
    const double ratio = libssh.median > 0 ? multiplexed.median / libssh.median : 0;
    const bool pass = libssh.median <= 2.5 && ratio >= 3.0 && libssh.failures == 0;
    std::printf("libssh is %.2fx faster than ControlMaster; target <= 2.5 ms and >= 3x: %s\n",
                ratio, pass ? "met" : "NOT met");
    return pass ? 0 : 2;
}
