// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/LocalShellTransport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <unistd.h>

namespace pveha {
namespace {

/// Poll slice for the cancel flag and the timeout while the command is quiet.
constexpr int kPollSliceMs = 20;

/// Signals the command's whole process group (it runs in its own, see setChildProcessModifier),
/// so that `sh -c "a | b"` stops entirely.
void signalGroup(const QProcess &process, int signal)
{
    const qint64 pid = process.processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), signal);
}

} // namespace

LocalShellTransport::LocalShellTransport(QString nodeName, QProcessEnvironment environment,
                                         QString workingDirectory)
    : m_nodeName(std::move(nodeName))
    , m_environment(std::move(environment))
    , m_workingDirectory(std::move(workingDirectory))
{}

QString LocalShellTransport::describe() const
{
    return QStringLiteral("local:%1").arg(m_nodeName);
}

ConnectResult LocalShellTransport::connect(const std::atomic_bool *)
{
    return {};
}

CommandResult LocalShellTransport::run(const CommandRequest &request, const OutputSink &sink,
                                       const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    CommandResult result;

    QProcess process;
    process.setProcessEnvironment(m_environment);
    if (!m_workingDirectory.isEmpty())
        process.setWorkingDirectory(m_workingDirectory);
    process.setChildProcessModifier([] { ::setpgid(0, 0); });

    auto drain = [&](QProcess::ProcessChannel channel) {
        process.setReadChannel(channel);
        const QByteArray chunk = process.readAll();
        if (chunk.isEmpty())
            return;
        const bool isErr = channel == QProcess::StandardError;
        if (request.keepOutput)
            (isErr ? result.err : result.out).append(chunk);
        if (sink)
            sink(isErr ? OutputStream::Stderr : OutputStream::Stdout, chunk);
    };

    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop,
                     [&] { drain(QProcess::StandardOutput); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { drain(QProcess::StandardError); });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });

    TransportStatus stopped = TransportStatus::Ok;
    QTimer tick;
    tick.setInterval(kPollSliceMs);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            stopped = TransportStatus::Cancelled;
        else if (request.timeoutMs > 0 && clock.elapsed() >= request.timeoutMs)
            stopped = TransportStatus::Timeout;
        if (stopped != TransportStatus::Ok)
            loop.quit();
    });

    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), request.script});
    if (!process.waitForStarted()) {
        result.status = TransportStatus::ChannelError;
        result.message = tr("Node %1: the local shell could not be started: %2")
                             .arg(m_nodeName, process.errorString());
        result.detail = process.errorString();
        result.elapsedMs = clock.elapsed();
        return result;
    }
    // Larger input is written as the pipe drains, by QProcess's own notifier in the loop below.
    process.write(request.stdinData);
    process.closeWriteChannel();
    tick.start();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    tick.stop();

    if (stopped != TransportStatus::Ok) {
        signalGroup(process, SIGTERM);
        if (!process.waitForFinished(kTermGraceMs)) {
            signalGroup(process, SIGKILL);
            process.waitForFinished(kTermGraceMs);
        }
        result.status = stopped;
        result.message =
            stopped == TransportStatus::Cancelled
                ? tr("The command on node %1 was cancelled.").arg(m_nodeName)
                : tr("The command on node %1 did not finish within %2 s and was stopped.")
                      .arg(m_nodeName)
                      .arg(request.timeoutMs / 1000.0, 0, 'f', 1);
        result.detail = transportStatusName(stopped);
        result.elapsedMs = clock.elapsed();
        return result;
    }

    drain(QProcess::StandardOutput);
    drain(QProcess::StandardError);
    result.status = TransportStatus::Ok;
    if (process.exitStatus() == QProcess::CrashExit) {
        // On Unix QProcess keeps the signal number as the exit code of a crashed process.
        const int signal = process.exitCode();
        result.exitCode = 128 + signal;
        result.detail = QStringLiteral("killed by signal %1").arg(signal);
        result.message =
            tr("The command on node %1 was killed by signal %2.").arg(m_nodeName).arg(signal);
    } else {
        result.exitCode = process.exitCode();
    }
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace pveha
