// SPDX-License-Identifier: GPL-3.0-or-later
// NodeWorker over a real SshTransport: queueing, streaming across threads, cancel, shutdown.
#include "SshdFixture.h"

#include "transport/NodeWorker.h"
#include "transport/SshTransport.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace pveha;
using pveha::test::SshdFixture;

class NodeWorkerTest : public QObject
{
    Q_OBJECT

private:
    SshdFixture m_sshd;

    std::unique_ptr<NodeWorker> makeWorker()
    {
        return std::make_unique<NodeWorker>(QStringLiteral("node1"),
                                            std::make_unique<SshTransport>(m_sshd.endpoint(0)));
    }
    static CommandRequest command(const QString &script)
    {
        CommandRequest r;
        r.script = script;
        r.timeoutMs = 20000;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("SSH_AUTH_SOCK");
        QVERIFY2(m_sshd.start(1), qPrintable(m_sshd.errorString()));
    }

    void runsQueuedCommandsInOrder()
    {
        auto worker = makeWorker();
        QList<quint64> order;
        QList<CommandResult> results;
        QObject::connect(
            worker.get(), &NodeWorker::finished, this, [&](quint64 id, const CommandResult &r) {
                QCOMPARE(QThread::currentThread(), thread()); // delivered in the owner's thread
                order.append(id);
                results.append(r);
            });
        const quint64 a = worker->submit(command(QStringLiteral("echo one")));
        const quint64 b = worker->submit(command(QStringLiteral("echo two >&2; exit 4")));
        const quint64 c = worker->submit(command(QStringLiteral("echo three")));
        QVERIFY(a >= 1 && b == a + 1 && c == b + 1);
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 20000);
        QCOMPARE(order, (QList<quint64>{a, b, c}));
        QCOMPARE(results.at(0).out, QByteArray("one\n"));
        QCOMPARE(results.at(1).exitCode, 4);
        QCOMPARE(results.at(1).err, QByteArray("two\n"));
        QCOMPARE(results.at(2).out, QByteArray("three\n"));
        QCOMPARE(worker->pending(), 0);
    }

    void streamsOutputBeforeTheCommandEnds()
    {
        auto worker = makeWorker();
        QElapsedTimer clock;
        qint64 firstChunkAt = -1;
        qint64 finishedAt = -1;
        QByteArray out;
        QObject::connect(worker.get(), &NodeWorker::output, this,
                         [&](const QString &node, int stream, const QByteArray &chunk) {
                             QCOMPARE(node, QStringLiteral("node1"));
                             QCOMPARE(stream, static_cast<int>(OutputStream::Stdout));
                             if (firstChunkAt < 0)
                                 firstChunkAt = clock.elapsed();
                             out += chunk;
                         });
        QObject::connect(worker.get(), &NodeWorker::finished, this,
                         [&](quint64, const CommandResult &) { finishedAt = clock.elapsed(); });
        clock.start();
        worker->submit(command(QStringLiteral("echo early; sleep 1; echo late")));
        QTRY_VERIFY_WITH_TIMEOUT(finishedAt >= 0, 20000);
        QCOMPARE(out, QByteArray("early\nlate\n"));
        QVERIFY2(finishedAt - firstChunkAt >= 700,
                 qPrintable(QStringLiteral("%1 %2").arg(firstChunkAt).arg(finishedAt)));
    }

    void cancelStopsTheRunningAndTheQueued()
    {
        auto worker = makeWorker();
        QSignalSpy started(worker.get(), &NodeWorker::started);
        QHash<quint64, CommandResult> results;
        QObject::connect(worker.get(), &NodeWorker::finished, this,
                         [&](quint64 id, const CommandResult &r) { results.insert(id, r); });
        const quint64 slow = worker->submit(command(QStringLiteral("sleep 10")));
        const quint64 queued1 = worker->submit(command(QStringLiteral("echo x")));
        const quint64 queued2 = worker->submit(command(QStringLiteral("echo y")));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        QElapsedTimer clock;
        clock.start();
        worker->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 5000);
        QVERIFY(clock.elapsed() < 3000);
        for (quint64 id : {slow, queued1, queued2})
            QCOMPARE(results.value(id).status, TransportStatus::Cancelled);

        const quint64 after = worker->submit(command(QStringLiteral("echo after")));
        QTRY_VERIFY_WITH_TIMEOUT(results.contains(after), 20000);
        QVERIFY(results.value(after).ok());
        QCOMPARE(results.value(after).out, QByteArray("after\n"));
    }

    void shutdownInterruptsARunningCommand()
    {
        auto worker = makeWorker();
        QSignalSpy started(worker.get(), &NodeWorker::started);
        worker->submit(command(QStringLiteral("sleep 30")));
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 1, 20000);
        QElapsedTimer clock;
        clock.start();
        worker.reset();
        QVERIFY2(clock.elapsed() < 3000, QByteArray::number(clock.elapsed()).constData());
    }

    void unreachableNodeReportsThroughFinished()
    {
        NodeEndpoint e = m_sshd.endpoint(0);
        e.identityFile = QStringLiteral("/nonexistent/key");
        NodeWorker worker(QStringLiteral("node1"), std::make_unique<SshTransport>(e));
        QSignalSpy finished(&worker, &NodeWorker::finished);
        worker.submit(command(QStringLiteral("true")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const auto r = finished.first().at(1).value<CommandResult>();
        QCOMPARE(r.status, TransportStatus::AuthFailed);
        QVERIFY(r.isUnreachable());
    }
};

PVEHA_SSHD_TEST_MAIN(NodeWorkerTest)

#include "NodeWorkerTest.moc"
