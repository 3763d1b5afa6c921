// SPDX-License-Identifier: GPL-3.0-or-later
// SshTransport trust and failures against real OpenSSH daemons on 127.0.0.1: host-key policies,
// authentication, refused and silent ports.
#include "SshdFixture.h"

#include "common/Redactor.h"
#include "transport/SshTransport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTest>

using namespace pveha;
using pveha::test::SshdFixture;

namespace {

CommandRequest command(const QString &script, int timeoutMs = 20000)
{
    CommandRequest request;
    request.script = script;
    request.timeoutMs = timeoutMs;
    return request;
}

} // namespace

class SshTrustTest : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;

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
        QVERIFY2(m_sshd.start(2), qPrintable(m_sshd.errorString()));
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
};

PVEHA_SSHD_TEST_MAIN(SshTrustTest)

#include "SshTrustTest.moc"
