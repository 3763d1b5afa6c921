// SPDX-License-Identifier: GPL-3.0-or-later
// SshTransport against real OpenSSH daemons on 127.0.0.1 (see SshdFixture).
#include "SshdFixture.h"

#include "common/Redactor.h"
#include "transport/SshTransport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>
#include <chrono>
#include <limits>
#include <thread>
#include <unistd.h>

using namespace pveha;
using pveha::test::SshdFixture;

namespace {

/// Raises `flag` after `ms`, from another thread, as the GUI's cancel button would.
class DelayedCancel
{
public:
    DelayedCancel(std::atomic_bool &flag, int ms)
        : m_thread([&flag, ms] {
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
            flag = true;
        })
    {}
    ~DelayedCancel() { m_thread.join(); }

private:
    std::thread m_thread;
};

CommandRequest command(const QString &script, int timeoutMs = 20000)
{
    CommandRequest request;
    request.script = script;
    request.timeoutMs = timeoutMs;
    return request;
}

} // namespace

class SshTransportTest : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;
    std::unique_ptr<SshTransport> m_shared; ///< one session on daemon 0, reused across tests
    QString m_binDir;

    QString path(const QString &name) const { return QDir(m_sshd.dir()).filePath(name); }
    NodeEndpoint endpointWithKnownHosts(int daemon, HostKeyPolicy policy, const QString &file) const
    {
        NodeEndpoint e = m_sshd.endpoint(daemon, policy);
        e.knownHostsFile = file;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("PVE_HA_SSH_PASSWORD");
        // A shim first on PATH, as the node simulator's are.
        m_binDir = path(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(m_binDir));
        QFile shim(m_binDir + QLatin1String("/pveversion"));
        QVERIFY(shim.open(QIODevice::WriteOnly));
        shim.write("#!/bin/sh\necho \"pve-manager/8.2.4 (sim $NODESIM_NODE)\"\n");
        shim.close();
        QVERIFY(shim.setPermissions(shim.permissions() | QFile::ExeOwner));

        test::SshdOptions options;
        options.setEnv = {QStringLiteral("PATH=%1:/usr/local/bin:/usr/bin:/bin").arg(m_binDir)};
        options.setEnvFor = {{QStringLiteral("NODESIM_NODE=node1")},
                             {QStringLiteral("NODESIM_NODE=node2")},
                             {QStringLiteral("NODESIM_NODE=node3")}};
        // Daemon 2 allows one session channel at a time: no channel can be opened ahead there.
        options.extraConfigFor = {{}, {}, {QStringLiteral("MaxSessions 1")}};
        QVERIFY2(m_sshd.start(3, options), qPrintable(m_sshd.errorString()));
        m_shared = std::make_unique<SshTransport>(m_sshd.endpoint(0, HostKeyPolicy::AcceptNew));
    }

    void runStreamsStdoutAndStderrApart()
    {
        QList<QPair<OutputStream, QByteArray>> chunks;
        const CommandResult r =
            m_shared->run(command(QStringLiteral("echo hello; echo oops >&2; exit 3")),
                          [&](OutputStream s, const QByteArray &c) {
                              chunks.append({s, c});
                          });
        QCOMPARE(r.status, TransportStatus::Ok);
        QVERIFY(r.ran());
        QVERIFY(!r.ok());
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("hello\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
        QByteArray streamedOut, streamedErr;
        for (const auto &[stream, chunk] : chunks)
            (stream == OutputStream::Stdout ? streamedOut : streamedErr) += chunk;
        QCOMPARE(streamedOut, r.out);
        QCOMPARE(streamedErr, r.err);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("true") << QStringLiteral("true") << 0;
        QTest::newRow("false") << QStringLiteral("false") << 1;
        QTest::newRow("exit 42") << QStringLiteral("exit 42") << 42;
        QTest::newRow("missing tool") << QStringLiteral("no-such-tool-here") << 127;
        QTest::newRow("killed by TERM") << QStringLiteral("kill -TERM $$") << 128 + 15;
    }
    void exitCodes()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        const CommandResult r = m_shared->run(command(script));
        QCOMPARE(r.status, TransportStatus::Ok);
        QCOMPARE(r.exitCode, exitCode);
    }

    void sessionEnvironmentComesFromSetEnv()
    {
        const CommandResult r = m_shared->run(command(QStringLiteral("pveversion; echo $HOME")));
        QVERIFY2(r.ok(), r.err.constData());
        QCOMPARE(r.out,
                 QByteArray("pve-manager/8.2.4 (sim node1)\n") + m_sshd.homeDir().toUtf8() + '\n');
    }

    void oneSessionForManyCommands()
    {
        const qsizetype before = m_sshd.daemonLog(0).count("Accepted publickey");
        for (int i = 0; i < 20; ++i)
            QVERIFY(m_shared->run(command(QStringLiteral("true"))).ok());
        QCOMPARE(m_sshd.daemonLog(0).count("Accepted publickey"), before);
    }

    void channelsDoNotPileUpOnTheServer()
    {
        // A channel is opened ahead for the next command and the last one is closed once the
        // next has started: sshd must still see each command in a session of its own, and no
        // more than three at once (its session ids are slots, reused once freed).
        const auto sessionIds = [this](const char *what) {
            QList<int> ids;
            const QRegularExpression line(QLatin1String(what) +
                                          QStringLiteral(R"(: .* port \d+ id (\d+))"));
            for (auto it = line.globalMatch(QString::fromUtf8(m_sshd.daemonLog(1))); it.hasNext();)
                ids << it.next().captured(1).toInt();
            return ids;
        };
        const qsizetype startedBefore = sessionIds("Starting session").size();
        const qsizetype closedBefore = sessionIds("Close session").size();
        {
            SshTransport transport(m_sshd.endpoint(1, HostKeyPolicy::AcceptNew));
            for (int i = 0; i < 30; ++i)
                QVERIFY(transport.run(command(QStringLiteral("true"))).ok());
            QTRY_COMPARE(sessionIds("Starting session").size() - startedBefore, 30);
            const QList<int> ids = sessionIds("Starting session").mid(startedBefore);
            QVERIFY2(*std::max_element(ids.begin(), ids.end()) <= 2,
                     m_sshd.daemonLog(1).constData());
        }
        // Once the transport is gone every session is closed: the 30 commands' and the one
        // opened ahead for a 31st.
        QTRY_COMPARE(sessionIds("Close session").size() - closedBefore, 31);
    }

    void serverAllowingOneChannelStillRunsEveryCommand()
    {
        // The next command's channel is opened while a command runs; a server allowing a single
        // session channel refuses it, and every command must still run, on a channel of its own.
        SshTransport transport(m_sshd.endpoint(2, HostKeyPolicy::AcceptNew));
        for (int i = 0; i < 5; ++i) {
            const CommandResult r = transport.run(command(QStringLiteral("echo %1").arg(i)));
            QVERIFY2(
                r.ok(),
                qPrintable(QStringLiteral("command %1: %2 %3").arg(i).arg(r.message, r.detail)));
            QCOMPARE(r.out, QByteArray::number(i) + '\n');
        }
        QVERIFY2(m_sshd.daemonLog(2).contains("no more sessions"),
                 "sshd never refused a second channel: was one opened ahead?");
        QCOMPARE(m_sshd.daemonLog(2).count("Accepted publickey"), 1);
    }

    void firstCommandOfASessionDoesNotWaitForADelayedAck()
    {
        // After a login OpenSSH sends a packet of its own, and with Nagle on its side the
        // answer to the first channel open used to wait for our delayed acknowledgement
        // (~40 ms on Linux); a later command takes a few ms. The fastest of three new sessions
        // tells the two apart even on a busy machine.
        qint64 fastest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            SshTransport transport(m_sshd.endpoint(0, HostKeyPolicy::AcceptNew));
            QVERIFY(transport.connect().ok());
            QElapsedTimer clock;
            clock.start();
            QVERIFY(transport.run(command(QStringLiteral("true"))).ok());
            fastest = std::min(fastest, clock.elapsed());
        }
        QVERIFY2(fastest < 30, qPrintable(QStringLiteral("%1 ms").arg(fastest)));
    }

    void largeOutputArrivesWhole_data()
    {
        QTest::addColumn<bool>("keepOutput");
        QTest::newRow("kept") << true;
        QTest::newRow("streamed only") << false;
    }
    void largeOutputArrivesWhole()
    {
        QFETCH(bool, keepOutput);
        const QString file = path(QStringLiteral("five-megabytes.bin"));
        QByteArray data(5 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator gen(42);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();

        QCryptographicHash streamed(QCryptographicHash::Sha256);
        qint64 streamedBytes = 0;
        CommandRequest request = command(QStringLiteral("cat '%1'").arg(file));
        request.keepOutput = keepOutput;
        const CommandResult r = m_shared->run(request, [&](OutputStream s, const QByteArray &c) {
            if (s == OutputStream::Stdout) {
                streamed.addData(c);
                streamedBytes += c.size();
            }
        });
        QVERIFY(r.ok());
        QCOMPARE(streamedBytes, data.size());
        QCOMPARE(streamed.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        if (keepOutput)
            QCOMPARE(QCryptographicHash::hash(r.out, QCryptographicHash::Sha256),
                     QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        else
            QVERIFY(r.out.isEmpty());
    }

    void stdinIsWrittenThenClosed_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("cat") << QStringLiteral("cat") << QByteArray("hello\nworld\n")
                             << QByteArray("hello\nworld\n");
        QTest::newRow("read") << QStringLiteral("read x; echo \"got $x\"") << QByteArray("abc\n")
                              << QByteArray("got abc\n");
        QTest::newRow("no input") << QStringLiteral("cat; echo end") << QByteArray()
                                  << QByteArray("end\n");
        const QByteArray big(3 * 1024 * 1024, 'z');
        QTest::newRow("3 MB") << QStringLiteral("wc -c") << big << QByteArray("3145728\n");
        QTest::newRow("ignored") << QStringLiteral("echo ignored") << big
                                 << QByteArray("ignored\n");
    }
    void stdinIsWrittenThenClosed()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        CommandRequest request = command(script);
        request.stdinData = input;
        const CommandResult r = m_shared->run(request);
        QVERIFY2(r.ok(), qPrintable(r.message + r.detail));
        QCOMPARE(r.out.trimmed(), expected.trimmed());
    }

    void timeoutStopsTheCommand()
    {
        const CommandResult r =
            m_shared->run(command(QStringLiteral("echo started; sleep 10"), 400));
        QCOMPARE(r.status, TransportStatus::Timeout);
        QVERIFY(!r.isUnreachable());
        QVERIFY2(r.elapsedMs < 3000, QByteArray::number(r.elapsedMs).constData());
        QVERIFY(r.message.contains(QLatin1String("node1")));
        QVERIFY(m_shared->run(command(QStringLiteral("true"))).ok()); // the session survived
    }

    void cancelStopsTheCommand()
    {
        std::atomic_bool cancel{false};
        QByteArray seen;
        CommandResult r;
        {
            DelayedCancel canceller(cancel, 400);
            r = m_shared->run(
                command(QStringLiteral("echo started; sleep 10.25")),
                [&](OutputStream, const QByteArray &c) { seen += c; }, &cancel);
        }
        QCOMPARE(r.status, TransportStatus::Cancelled);
        QVERIFY2(r.elapsedMs < 3000, QByteArray::number(r.elapsedMs).constData());
        QCOMPARE(seen, QByteArray("started\n"));
        // The server was asked to TERM the command's process group. OpenSSH honours that only
        // when the session runs in its unprivileged child: never for root, whose sessions stay
        // in the privileged monitor ("session signalling requires privilege separation").
        if (::geteuid() != 0) {
            QTRY_COMPARE_WITH_TIMEOUT(
                m_shared->run(command(QStringLiteral("ps -eo args | grep -c '^sleep 10.25'"))).out,
                QByteArray("0\n"), 5000);
        }
        const CommandResult next = m_shared->run(command(QStringLiteral("echo next")));
        QVERIFY(next.ok());
        QCOMPARE(next.out, QByteArray("next\n"));
    }

    void reconnectsAfterTheServerWentAway()
    {
        SshTransport transport(m_sshd.endpoint(1, HostKeyPolicy::AcceptNew));
        QVERIFY(transport.run(command(QStringLiteral("true"))).ok());
        QVERIFY(m_sshd.restartDaemon(1));
        const CommandResult lost = transport.run(command(QStringLiteral("echo hi")));
        QCOMPARE(lost.status, TransportStatus::ConnectionLost);
        QVERIFY(lost.isUnreachable());
        QVERIFY2(lost.message.contains(QLatin1String("node2")), qPrintable(lost.message));
        const CommandResult again = transport.run(command(QStringLiteral("echo again")));
        QVERIFY2(again.ok(), qPrintable(again.message + again.detail));
        QCOMPARE(again.out, QByteArray("again\n"));
    }

    void cleanupTestCase() { m_shared.reset(); }
};

PVEHA_SSHD_TEST_MAIN(SshTransportTest)

#include "SshTransportTest.moc"
