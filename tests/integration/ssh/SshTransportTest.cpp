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
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

#include <chrono>
#include <thread>

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
                             {QStringLiteral("NODESIM_NODE=node2")}};
        QVERIFY2(m_sshd.start(2, options), qPrintable(m_sshd.errorString()));
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
                command(QStringLiteral("echo started; sleep 10")),
                [&](OutputStream, const QByteArray &c) { seen += c; }, &cancel);
        }
        QCOMPARE(r.status, TransportStatus::Cancelled);
        QVERIFY2(r.elapsedMs < 3000, QByteArray::number(r.elapsedMs).constData());
        QCOMPARE(seen, QByteArray("started\n"));
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

    void strictRefusesAnUnknownKey()
    {
        const QString file = path(QStringLiteral("strict/known_hosts"));
        SshTransport transport(endpointWithKnownHosts(0, HostKeyPolicy::Strict, file));
        const ConnectResult r = transport.connect();
        QCOMPARE(r.status, TransportStatus::HostKeyRejected);
        QVERIFY2(r.message.contains(m_sshd.hostKeyFingerprint(0)), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("node1")));
        QVERIFY(r.message.contains(QString::number(m_sshd.port(0))));
        QVERIFY(!QFile::exists(file));
        // The same refusal through run(), as the engine sees it.
        const CommandResult c = transport.run(command(QStringLiteral("true")));
        QCOMPARE(c.status, TransportStatus::HostKeyRejected);
        QVERIFY(c.isUnreachable());
    }

    void acceptNewStoresTheKeyInOpenSshFormat()
    {
        const QString file = path(QStringLiteral("fresh/dir/known_hosts"));
        SshTransport transport(endpointWithKnownHosts(0, HostKeyPolicy::AcceptNew, file));
        const ConnectResult r = transport.connect();
        QVERIFY2(r.ok(), qPrintable(r.message));
        QFile stored(file);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QString line = QString::fromUtf8(stored.readAll()).trimmed();
        QCOMPARE(
            line,
            QStringLiteral("[127.0.0.1]:%1 %2").arg(m_sshd.port(0)).arg(m_sshd.hostPublicKey(0)));
        QCOMPARE(QFileInfo(file).permissions() & 0x7077, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(QFileInfo(QFileInfo(file).absolutePath()).permissions() & 0x7077,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // OpenSSH, strict, reads the same file and trusts the same key.
        QStringList args = m_sshd.sshArguments(0);
        args.replace(args.indexOf(QStringLiteral("UserKnownHostsFile=") + m_sshd.knownHostsFile()),
                     QStringLiteral("UserKnownHostsFile=") + file);
        args << QStringLiteral("echo compatible");
        QProcess ssh;
        ssh.start(QStringLiteral("ssh"), args);
        QVERIFY(ssh.waitForFinished(20000));
        QCOMPARE(ssh.readAllStandardOutput(), QByteArray("compatible\n"));
        QCOMPARE(ssh.exitCode(), 0);

        // And this tool, strict, now trusts it too.
        SshTransport strict(endpointWithKnownHosts(0, HostKeyPolicy::Strict, file));
        QVERIFY(strict.run(command(QStringLiteral("true"))).ok());
    }

    void askPolicyAsksThePrompt_data()
    {
        QTest::addColumn<bool>("withPrompt");
        QTest::addColumn<bool>("answer");
        QTest::newRow("yes") << true << true;
        QTest::newRow("no") << true << false;
        QTest::newRow("headless") << false << false;
    }
    void askPolicyAsksThePrompt()
    {
        QFETCH(bool, withPrompt);
        QFETCH(bool, answer);
        const QString file =
            path(QStringLiteral("ask-%1/known_hosts").arg(QLatin1String(QTest::currentDataTag())));
        SshTransport transport(endpointWithKnownHosts(0, HostKeyPolicy::Ask, file));
        QList<HostKeyQuestion> questions;
        if (withPrompt)
            transport.setHostKeyPrompt([&](const HostKeyQuestion &q) {
                questions.append(q);
                return answer;
            });
        const ConnectResult r = transport.connect();
        QCOMPARE(r.ok(), answer);
        QCOMPARE(QFile::exists(file), answer);
        if (!answer)
            QCOMPARE(r.status, TransportStatus::HostKeyRejected);
        QCOMPARE(questions.size(), withPrompt ? 1 : 0);
        if (withPrompt) {
            QCOMPARE(questions.first().node, QStringLiteral("node1"));
            QCOMPARE(questions.first().port, m_sshd.port(0));
            QCOMPARE(questions.first().keyType, QStringLiteral("ssh-ed25519"));
            QCOMPARE(questions.first().sha256Fingerprint, m_sshd.hostKeyFingerprint(0));
        }
    }

    void changedKeyIsRefusedWithBothFingerprints()
    {
        const QString file = path(QStringLiteral("changed/known_hosts"));
        {
            SshTransport first(endpointWithKnownHosts(1, HostKeyPolicy::AcceptNew, file));
            QVERIFY(first.connect().ok());
        }
        const QString oldFingerprint = m_sshd.hostKeyFingerprint(1);
        QVERIFY2(m_sshd.regenerateHostKey(1), qPrintable(m_sshd.errorString()));
        const QString newFingerprint = m_sshd.hostKeyFingerprint(1);
        QVERIFY(oldFingerprint != newFingerprint);

        for (HostKeyPolicy policy :
             {HostKeyPolicy::AcceptNew, HostKeyPolicy::Ask, HostKeyPolicy::Strict}) {
            SshTransport transport(endpointWithKnownHosts(1, policy, file));
            transport.setHostKeyPrompt([](const HostKeyQuestion &) { return true; });
            const ConnectResult r = transport.connect();
            QCOMPARE(r.status, TransportStatus::HostKeyRejected);
            QVERIFY2(r.message.contains(oldFingerprint), qPrintable(r.message));
            QVERIFY2(r.message.contains(newFingerprint), qPrintable(r.message));
            QVERIFY(r.message.contains(QLatin1String("CHANGED")));
            QVERIFY(r.message.contains(QLatin1String("node2")));
        }
    }

    void keyOfAnotherTypeIsRefused()
    {
        const QString other = path(QStringLiteral("other_ecdsa"));
        QProcess keygen;
        keygen.start(QStringLiteral("ssh-keygen"),
                     {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ecdsa"),
                      QStringLiteral("-N"), QString(), QStringLiteral("-f"), other});
        QVERIFY(keygen.waitForFinished(30000));
        QFile pub(other + QLatin1String(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> fields = pub.readAll().split(' ');
        const QString file = path(QStringLiteral("other/known_hosts"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile kh(file);
        QVERIFY(kh.open(QIODevice::WriteOnly));
        kh.write("[127.0.0.1]:" + QByteArray::number(m_sshd.port(0)) + ' ' + fields.at(0) + ' ' +
                 fields.at(1) + '\n');
        kh.close();
        SshTransport transport(endpointWithKnownHosts(0, HostKeyPolicy::AcceptNew, file));
        const ConnectResult r = transport.connect();
        QCOMPARE(r.status, TransportStatus::HostKeyRejected);
        QVERIFY2(r.message.contains(m_sshd.hostKeyFingerprint(0)),
                 qPrintable(r.message + r.detail));
    }

    void wrongClientKeyIsRefused()
    {
        const QString wrong = path(QStringLiteral("wrong_ed25519"));
        QVERIFY(m_sshd.addClientKey(wrong, QString(), false));
        NodeEndpoint e = m_sshd.endpoint(0, HostKeyPolicy::AcceptNew);
        e.identityFile = wrong;
        SshTransport transport(e);
        const ConnectResult r = transport.connect();
        QCOMPARE(r.status, TransportStatus::AuthFailed);
        QVERIFY2(r.message.contains(QLatin1String("offers: publickey.")), qPrintable(r.message));
        QVERIFY(r.message.contains(wrong));
        QVERIFY(r.message.contains(QLatin1String("node1")));
    }

    void encryptedKeyUsesThePassphrase_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("usePrompt");
        QTest::addColumn<bool>("ok");
        QTest::newRow("environment") << QStringLiteral("correct horse") << false << true;
        QTest::newRow("prompt") << QString() << true << true;
        QTest::newRow("wrong passphrase") << QStringLiteral("battery staple") << false << false;
        QTest::newRow("none") << QString() << false << false;
    }
    void encryptedKeyUsesThePassphrase()
    {
        QFETCH(QString, environment);
        QFETCH(bool, usePrompt);
        QFETCH(bool, ok);
        const QString passphrase = QStringLiteral("correct horse");
        const QString key = path(QStringLiteral("locked_ed25519"));
        if (!QFile::exists(key))
            QVERIFY(m_sshd.addClientKey(key, passphrase, true));
        if (!environment.isEmpty())
            qputenv("PVE_HA_SSH_PASSWORD", environment.toUtf8());
        auto unset = qScopeGuard([] { qunsetenv("PVE_HA_SSH_PASSWORD"); });
        NodeEndpoint e = m_sshd.endpoint(0, HostKeyPolicy::AcceptNew);
        e.identityFile = key;
        SshTransport transport(e);
        QList<SecretQuestion> asked;
        if (usePrompt)
            transport.setSecretPrompt([&](const SecretQuestion &q) -> std::optional<QString> {
                asked.append(q);
                return passphrase;
            });
        const ConnectResult r = transport.connect();
        QCOMPARE(r.ok(), ok);
        if (!ok)
            QCOMPARE(r.status, TransportStatus::AuthFailed);
        if (usePrompt) {
            QCOMPARE(asked.size(), 1);
            QCOMPARE(asked.first().kind, SecretQuestion::Kind::KeyPassphrase);
            QCOMPARE(asked.first().identityFile, key);
        }
        if (ok) // whatever unlocked the key is now masked in every log line
            QVERIFY(!Redactor::instance()
                         .redact(QStringLiteral("pass=") + passphrase)
                         .contains(passphrase));
    }

    void passwordMethodIsListedWhenOffered()
    {
        SshdFixture sshd;
        test::SshdOptions options;
        options.passwordAuthentication = true;
        QVERIFY2(sshd.start(1, options), qPrintable(sshd.errorString()));
        NodeEndpoint e = sshd.endpoint(0, HostKeyPolicy::AcceptNew);
        e.identityFile = path(QStringLiteral("wrong_ed25519"));
        SshTransport transport(e);
        transport.setSecretPrompt([](const SecretQuestion &q) -> std::optional<QString> {
            if (q.kind == SecretQuestion::Kind::Password)
                return QStringLiteral("not-the-password");
            return std::nullopt;
        });
        const ConnectResult r = transport.connect();
        QCOMPARE(r.status, TransportStatus::AuthFailed);
        QVERIFY2(r.message.contains(QLatin1String("offers: publickey, password.")),
                 qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Tried:")));
        QVERIFY(!r.message.contains(QLatin1String("not-the-password")));
    }

    void closedPortIsRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        NodeEndpoint e = m_sshd.endpoint(0);
        e.port = port;
        SshTransport transport(e);
        const ConnectResult r = transport.connect();
        QCOMPARE(r.status, TransportStatus::ConnectFailed);
        QCOMPARE(r.failure, ConnectFailure::Refused);
        QVERIFY2(r.message.contains(QString::number(port)), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("refused")));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // the kernel completes the handshake; nobody ever speaks SSH
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        NodeEndpoint e = m_sshd.endpoint(0);
        e.port = silent.serverPort();
        e.connectTimeoutMs = 1000;
        SshTransport transport(e);
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = transport.run(command(QStringLiteral("true")));
        QCOMPARE(r.status, TransportStatus::ConnectFailed);
        QVERIFY(r.isUnreachable());
        QVERIFY2(clock.elapsed() >= 900 && clock.elapsed() < 5000,
                 QByteArray::number(clock.elapsed()).constData());
        QVERIFY2(r.message.contains(QString::number(e.port)), qPrintable(r.message));
        SshTransport again(e);
        QCOMPARE(again.connect().failure, ConnectFailure::Timeout);
    }

    void cleanupTestCase() { m_shared.reset(); }
};

PVEHA_SSHD_TEST_MAIN(SshTransportTest)

#include "SshTransportTest.moc"
