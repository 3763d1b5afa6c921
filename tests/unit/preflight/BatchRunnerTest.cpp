// SPDX-License-Identifier: GPL-3.0-or-later
// BatchRunner: each command's result is the one it would have had alone, through a real local
// shell (LocalShellTransport) and through a scripted transport that drops the connection, ends
// the shell early or refuses the channel at chosen points.
#include "preflight/BatchRunner.h"
#include "transport/LocalShellTransport.h"
#include "transport/SshExec.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <thread>

using namespace pveha;
using Mode = CommandBatch::Mode;

Q_DECLARE_METATYPE(pveha::CommandBatch::Mode)

namespace {

struct Delivered
{
    int index = -1;
    CommandResult result;
    bool started = false;
};

QList<BatchRunner::Command> commands(const QStringList &scripts, int timeoutMs = 20000)
{
    QList<BatchRunner::Command> list;
    for (const QString &script : scripts)
        list << BatchRunner::Command{script, timeoutMs};
    return list;
}

/// Runs `list` through a local /bin/sh; returns what was delivered, in delivery order.
QList<Delivered> runLocal(Mode mode, const QList<BatchRunner::Command> &list,
                          const std::atomic_bool *cancel = nullptr, int *remoteCommands = nullptr)
{
    LocalShellTransport shell(QStringLiteral("node-01"), QProcessEnvironment::systemEnvironment());
    QList<Delivered> delivered;
    int sent = 0;
    const BatchRunner runner(
        QStringLiteral("node-01"),
        [&](const CommandRequest &request, const OutputSink &sink, const std::atomic_bool *flag) {
            ++sent;
            return shell.run(request, sink, flag);
        });
    runner.run(
        mode, list,
        [&](int k, const CommandResult &r, bool started) {
            delivered << Delivered{k, r, started};
        },
        cancel);
    if (remoteCommands)
        *remoteCommands = sent;
    return delivered;
}

/// A transport that answers a batch from a script: for each call, the commands it completes
/// (stdout "out<K>", exit code K) and how the call ends.
struct ScriptedCall
{
    int complete = 0; ///< how many of the batch's commands print their markers
    CommandResult end;
};

QByteArray tokenOf(const QString &script)
{
    static const QRegularExpression token(QStringLiteral("pveha\\.[0-9a-f]{32}"));
    return token.match(script).captured().toLatin1();
}

} // namespace

class BatchRunnerTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsAlone_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::newRow("sequential") << Mode::Sequential;
        QTest::newRow("concurrent") << Mode::Concurrent;
    }
    void sameAsAlone()
    {
        QFETCH(Mode, mode);
        const QStringList scripts = {
            QStringLiteral("echo one"),
            QStringLiteral("printf 'err' >&2; exit 5"),
            QStringLiteral("echo with a # comment: runs alone"),
            QStringLiteral("printf 'last'"),
        };
        int sent = 0;
        const QList<Delivered> delivered = runLocal(mode, commands(scripts), nullptr, &sent);
        QCOMPARE(delivered.size(), scripts.size());
        QCOMPARE(sent, 3); // the two first, the comment alone, the last alone
        LocalShellTransport shell(QStringLiteral("node-01"),
                                  QProcessEnvironment::systemEnvironment());
        for (int k = 0; k < scripts.size(); ++k) {
            CommandRequest request;
            request.script = scripts.at(k);
            const CommandResult alone = shell.run(request);
            QCOMPARE(delivered.at(k).index, k);
            QVERIFY(delivered.at(k).started);
            QCOMPARE(delivered.at(k).result.status, TransportStatus::Ok);
            QCOMPARE(delivered.at(k).result.out, alone.out);
            QCOMPARE(delivered.at(k).result.err, alone.err);
            QCOMPARE(delivered.at(k).result.exitCode, alone.exitCode);
        }
    }

    void aCommandPastItsTimeoutStopsAloneAndTheRestRuns()
    {
        QList<BatchRunner::Command> list =
            commands({QStringLiteral("echo a"), QStringLiteral("echo partial; sleep 10"),
                      QStringLiteral("echo c"), QStringLiteral("echo d")});
        list[1].timeoutMs = 400;
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        const QList<Delivered> delivered = runLocal(Mode::Sequential, list, nullptr, &sent);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(delivered.size(), 4);
        QCOMPARE(sent, 2);
        QCOMPARE(delivered.at(0).result.out, QByteArray("a\n"));
        const CommandResult &timedOut = delivered.at(1).result;
        QCOMPARE(timedOut.status, TransportStatus::Timeout);
        QCOMPARE(timedOut.exitCode, -1);
        QCOMPARE(timedOut.out, QByteArray("partial\n"));
        QCOMPARE(timedOut.message, SshExec::timeoutMessage(QStringLiteral("node-01"), 400));
        QVERIFY(timedOut.elapsedMs >= 400);
        QCOMPARE(delivered.at(2).result.status, TransportStatus::Ok);
        QCOMPARE(delivered.at(2).result.out, QByteArray("c\n"));
        QCOMPARE(delivered.at(3).result.out, QByteArray("d\n"));
    }

    void eachCommandHasItsOwnTime()
    {
        // Three commands of 300 ms, each allowed 500 ms: together they pass 500 ms, none times
        // out.
        const QList<Delivered> delivered =
            runLocal(Mode::Sequential, commands(QStringList(3, QStringLiteral("sleep 0.3")), 500));
        QCOMPARE(delivered.size(), 3);
        for (const Delivered &d : delivered)
            QCOMPARE(d.result.status, TransportStatus::Ok);
    }

    void cancelStopsTheCommandInProgressAndSendsNoMore()
    {
        std::atomic_bool cancel{false};
        std::thread canceller([&cancel] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancel = true;
        });
        QElapsedTimer clock;
        clock.start();
        const QList<Delivered> delivered =
            runLocal(Mode::Sequential,
                     commands({QStringLiteral("echo a"), QStringLiteral("sleep 10"),
                               QStringLiteral("echo c")}),
                     &cancel);
        canceller.join();
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(delivered.size(), 3);
        QCOMPARE(delivered.at(0).result.status, TransportStatus::Ok);
        QCOMPARE(delivered.at(1).result.status, TransportStatus::Cancelled);
        QVERIFY(delivered.at(1).started);
        QCOMPARE(delivered.at(2).result.status, TransportStatus::Cancelled);
        QVERIFY(!delivered.at(2).started);
        QVERIFY(delivered.at(2).result.out.isEmpty());
        QCOMPARE(delivered.at(2).result.message, delivered.at(1).result.message);
    }

    void aBatchThatStopsEarlyIsResumed_data()
    {
        QTest::addColumn<QList<int>>("complete");   // per call: commands completed
        QTest::addColumn<QList<int>>("endStatus");  // per call: TransportStatus
        QTest::addColumn<QList<int>>("wantStatus"); // per command
        QTest::addColumn<QList<int>>("wantExit");   // per command
        QTest::addColumn<QList<int>>("batchSizes"); // the commands each call carried
        const int ok = int(TransportStatus::Ok);
        const int lost = int(TransportStatus::ConnectionLost);
        const int channel = int(TransportStatus::ChannelError);
        QTest::newRow("connection lost after one")
            << QList<int>{1, 3} << QList<int>{lost, ok} << QList<int>{ok, lost, ok, ok, ok}
            << QList<int>{0, -1, 2, 3, 4} << QList<int>{5, 3};
        QTest::newRow("shell ended after two (exit 9)")
            << QList<int>{2, 2} << QList<int>{ok, ok} << QList<int>{ok, ok, ok, ok, ok}
            << QList<int>{0, 1, 9, 3, 4} << QList<int>{5, 2};
        QTest::newRow("channel refused, then alone")
            << QList<int>{0, 2, 0} << QList<int>{channel, channel, ok}
            << QList<int>{channel, ok, ok, channel, ok} << QList<int>{-1, 1, 2, -1, 4}
            << QList<int>{5, 4, 1};
    }
    void aBatchThatStopsEarlyIsResumed()
    {
        QFETCH(QList<int>, complete);
        QFETCH(QList<int>, endStatus);
        QFETCH(QList<int>, wantStatus);
        QFETCH(QList<int>, wantExit);
        QFETCH(QList<int>, batchSizes);
        QStringList scripts;
        for (int k = 0; k < 5; ++k)
            scripts << QStringLiteral("cmd%1").arg(k);
        int call = 0;
        int firstOfCall = 0;
        QList<int> sizes;
        const BatchRunner runner(
            QStringLiteral("node-01"),
            [&](const CommandRequest &request, const OutputSink &sink, const std::atomic_bool *) {
                const QByteArray token = tokenOf(request.script);
                const int base = firstOfCall; // moves as results are delivered
                const int size =
                    token.isEmpty() ? 1 : int(request.script.count(QLatin1String("2>&5 5>&-")));
                sizes << size;
                CommandResult end;
                end.status = TransportStatus(endStatus.value(call, int(TransportStatus::Ok)));
                end.exitCode = end.status == TransportStatus::Ok ? 9 : -1;
                if (token.isEmpty()) { // alone: the command itself
                    const int k = request.script.mid(3).toInt();
                    if (end.status == TransportStatus::Ok) {
                        end.exitCode = k;
                        end.out = "out" + QByteArray::number(k);
                    }
                }
                for (int k = 0; k < complete.value(call) && !token.isEmpty(); ++k) {
                    const int index = base + k;
                    sink(OutputStream::Stdout, "out" + QByteArray::number(index) + token + ':' +
                                                   QByteArray::number(k) + ':' +
                                                   QByteArray::number(index) + '\n');
                    sink(OutputStream::Stderr, token + ':' + QByteArray::number(k) + '\n');
                }
                ++call;
                return end;
            });
        QList<Delivered> delivered;
        runner.run(Mode::Sequential, commands(scripts),
                   [&](int k, const CommandResult &r, bool started) {
                       delivered << Delivered{k, r, started};
                       firstOfCall = k + 1; // the next call starts after the last delivered
                   });
        QCOMPARE(sizes, batchSizes);
        QCOMPARE(delivered.size(), 5);
        for (int k = 0; k < 5; ++k) {
            QCOMPARE(delivered.at(k).index, k);
            QCOMPARE(int(delivered.at(k).result.status), wantStatus.at(k));
            QCOMPARE(delivered.at(k).result.exitCode, wantExit.at(k));
            if (wantStatus.at(k) == int(TransportStatus::Ok) && wantExit.at(k) == k)
                QCOMPARE(delivered.at(k).result.out, "out" + QByteArray::number(k));
        }
    }

    void concurrentGroupPastItsTimeout()
    {
        // All three start together; the second never ends: at its group's deadline it times
        // out, the first keeps its result, the third (done, but its block waits behind the
        // second's) goes out again.
        QList<BatchRunner::Command> list = commands(
            {QStringLiteral("echo a"), QStringLiteral("sleep 10"), QStringLiteral("echo c")}, 400);
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        const QList<Delivered> delivered = runLocal(Mode::Concurrent, list, nullptr, &sent);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(sent, 2);
        QCOMPARE(delivered.size(), 3);
        QCOMPARE(delivered.at(0).result.out, QByteArray("a\n"));
        QCOMPARE(delivered.at(1).result.status, TransportStatus::Timeout);
        QCOMPARE(delivered.at(2).result.status, TransportStatus::Ok);
        QCOMPARE(delivered.at(2).result.out, QByteArray("c\n"));
    }

    void concurrentPingsOverlap()
    {
        QElapsedTimer clock;
        clock.start();
        const QList<Delivered> delivered = runLocal(
            Mode::Concurrent, commands(QStringList(5, QStringLiteral("sleep 0.3; echo done"))));
        QVERIFY2(clock.elapsed() < 1200, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(delivered.size(), 5);
        for (const Delivered &d : delivered)
            QCOMPARE(d.result.out, QByteArray("done\n"));
    }
};

QTEST_GUILESS_MAIN(BatchRunnerTest)

#include "BatchRunnerTest.moc"
