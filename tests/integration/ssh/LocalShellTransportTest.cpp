// SPDX-License-Identifier: GPL-3.0-or-later
// LocalShellTransport: the same contract as SshTransport, on /bin/sh here.
#include "transport/LocalShellTransport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace pveha;

namespace {
CommandRequest command(const QString &script, int timeoutMs = 20000)
{
    CommandRequest request;
    request.script = script;
    request.timeoutMs = timeoutMs;
    return request;
}
} // namespace

class LocalShellTransportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamsStdoutAndStderrApart()
    {
        LocalShellTransport t(QStringLiteral("sim1"));
        QByteArray out, err;
        const CommandResult r = t.run(command(QStringLiteral("echo hello; echo oops >&2; exit 3")),
                                      [&](OutputStream s, const QByteArray &c) {
                                          (s == OutputStream::Stdout ? out : err) += c;
                                      });
        QCOMPARE(r.status, TransportStatus::Ok);
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.out, QByteArray("hello\n"));
        QCOMPARE(r.err, QByteArray("oops\n"));
        QCOMPARE(out, r.out);
        QCOMPARE(err, r.err);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("true") << QStringLiteral("true") << 0;
        QTest::newRow("exit 42") << QStringLiteral("exit 42") << 42;
        QTest::newRow("missing tool") << QStringLiteral("no-such-tool-here 2>/dev/null") << 127;
        QTest::newRow("killed by TERM") << QStringLiteral("kill -TERM $$") << 128 + 15;
        QTest::newRow("killed by INT") << QStringLiteral("kill -INT $$") << 128 + 2;
    }
    void exitCodes()
    {
        QFETCH(QString, script);
        QFETCH(int, exitCode);
        LocalShellTransport t(QStringLiteral("sim1"));
        const CommandResult r = t.run(command(script));
        QCOMPARE(r.status, TransportStatus::Ok);
        QCOMPARE(r.exitCode, exitCode);
    }

    void environmentAndShimsOnPath()
    {
        QTemporaryDir dir;
        QFile shim(dir.filePath(QStringLiteral("pveversion")));
        QVERIFY(shim.open(QIODevice::WriteOnly));
        shim.write("#!/bin/sh\necho \"pve-manager/8.2.4 ($NODESIM_NODE)\"\n");
        shim.close();
        QVERIFY(shim.setPermissions(shim.permissions() | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), dir.path() + QLatin1String(":/usr/bin:/bin"));
        env.insert(QStringLiteral("NODESIM_NODE"), QStringLiteral("sim2"));
        LocalShellTransport t(QStringLiteral("sim2"), env, dir.path());
        const CommandResult r = t.run(command(QStringLiteral("pveversion; pwd")));
        QVERIFY(r.ok());
        QCOMPARE(r.out, QByteArray("pve-manager/8.2.4 (sim2)\n") + dir.path().toUtf8() + '\n');
    }

    void largeOutputArrivesWhole()
    {
        LocalShellTransport t(QStringLiteral("sim1"));
        QCryptographicHash streamed(QCryptographicHash::Sha256);
        CommandRequest request = command(QStringLiteral("head -c 5242880 /dev/zero | tr '\\0' x"));
        request.keepOutput = false;
        qint64 bytes = 0;
        const CommandResult r = t.run(request, [&](OutputStream, const QByteArray &c) {
            streamed.addData(c);
            bytes += c.size();
        });
        QVERIFY(r.ok());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(bytes, 5242880);
        QCOMPARE(streamed.result(),
                 QCryptographicHash::hash(QByteArray(5242880, 'x'), QCryptographicHash::Sha256));
    }

    void stdinIsWrittenThenClosed_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("cat") << QStringLiteral("cat") << QByteArray("hello\n")
                             << QByteArray("hello\n");
        QTest::newRow("read") << QStringLiteral("read x; echo \"got $x\"") << QByteArray("abc\n")
                              << QByteArray("got abc\n");
        QTest::newRow("3 MB") << QStringLiteral("wc -c | tr -d ' '")
                              << QByteArray(3 * 1024 * 1024, 'z') << QByteArray("3145728\n");
    }
    void stdinIsWrittenThenClosed()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        LocalShellTransport t(QStringLiteral("sim1"));
        CommandRequest request = command(script);
        request.stdinData = input;
        const CommandResult r = t.run(request);
        QVERIFY(r.ok());
        QCOMPARE(r.out, expected);
    }

    void timeoutStopsTheWholeCommand()
    {
        LocalShellTransport t(QStringLiteral("sim1"));
        const CommandResult r = t.run(command(QStringLiteral("sleep 10 | cat"), 300));
        QCOMPARE(r.status, TransportStatus::Timeout);
        QVERIFY2(r.elapsedMs < 2000, QByteArray::number(r.elapsedMs).constData());
    }

    void cancelStopsTheCommand()
    {
        LocalShellTransport t(QStringLiteral("sim1"));
        std::atomic_bool cancel{false};
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QByteArray seen;
        const CommandResult r = t.run(
            command(QStringLiteral("echo started; sleep 10")),
            [&](OutputStream, const QByteArray &c) { seen += c; }, &cancel);
        canceller.join();
        QCOMPARE(r.status, TransportStatus::Cancelled);
        QCOMPARE(seen, QByteArray("started\n"));
        QVERIFY2(r.elapsedMs < 2000, QByteArray::number(r.elapsedMs).constData());
    }
};

QTEST_GUILESS_MAIN(LocalShellTransportTest)

#include "LocalShellTransportTest.moc"
