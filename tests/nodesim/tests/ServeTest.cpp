// SPDX-License-Identifier: GPL-3.0-or-later
// pve-nodesim --serve behind pve-nodesim-shim: a call handed over must behave as the program
// started on its own (the same outputs, exit status, stdin, environment), really run in the
// server's fork, and end when its caller is killed. NODESIM_SERVER= (empty) makes the shim run
// pve-nodesim itself: the reference each served call is compared with.
#include "SimHarness.h"

using namespace simtest;

namespace {

const QString kNode = QStringLiteral("node-01");

/// The parent pid of the process that runs `cat` (field 4 of /proc/self/stat, which the
/// sandbox passes through).
const QString kParentOfCat = QStringLiteral("cat /proc/self/stat | cut -d' ' -f4");

} // namespace

class ServeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("NODESIM_TEST_VIA_SERVER", "1"); }

    void callsRunInTheServersForks()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QVERIFY(!h.serverSocket().isEmpty());
        QCOMPARE(h.must(kNode, kParentOfCat).trimmed(), QString::number(h.serverPid()));
        // Without the server the shim runs pve-nodesim itself, a child of the shell.
        QVERIFY(h.must(kNode, QStringLiteral("NODESIM_SERVER= ") + kParentOfCat).trimmed() !=
                QString::number(h.serverPid()));
        // A server that is not there: the same, and no error...
        const QString absentServer = QStringLiteral("NODESIM_SERVER=%1/none.sock").arg(h.dir());
        const Run absent =
            h.sh(kNode, QStringLiteral("NODESIM_SHIM_STRICT= %1 hostname").arg(absentServer));
        QCOMPARE(absent.rc, 0);
        QCOMPARE(absent.out, QStringLiteral("node-01\n"));
        QCOMPARE(absent.err, QString());
        // ... unless the caller insists on the server (as the served tests do).
        const Run strict = h.sh(kNode, absentServer + QStringLiteral(" hostname"));
        QCOMPARE(strict.rc, 125);
        QVERIFY2(strict.err.contains(QLatin1String("no simulator server")), qPrintable(strict.err));
    }

    void servedCallsAnswerAsTheProgramDoes_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("pveversion") << QStringLiteral("pveversion -v") << QByteArray();
        QTest::newRow("lsblk piped into grep")
            << QStringLiteral("lsblk -J -b | grep -c '\"name\"'") << QByteArray();
        QTest::newRow("stdin") << QStringLiteral("grep -c hello") << QByteArray("hello\nbye\n");
        QTest::newRow("failure on stderr") << QStringLiteral("pvecm status") << QByteArray();
        QTest::newRow("missing package") << QStringLiteral("mdadm --detail --scan") << QByteArray();
        // The environment of the call, not the server's: NODESIM_ROOT picks the node.
        QTest::newRow("environment")
            << QStringLiteral("NODESIM_ROOT=\"$(dirname \"$NODESIM_ROOT\")/node-02\" hostname")
            << QByteArray();
    }
    void servedCallsAnswerAsTheProgramDoes()
    {
        QFETCH(QString, script);
        QFETCH(QByteArray, input);
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const Run served = h.sh(kNode, script, input);
        const Run alone = h.sh(kNode, QStringLiteral("export NODESIM_SERVER=; ") + script, input);
        QCOMPARE(served.rc, alone.rc);
        QCOMPARE(served.out, alone.out);
        QCOMPARE(served.err, alone.err);
        QVERIFY2(!served.out.isEmpty() || !served.err.isEmpty(), "the call said nothing");
        if (QByteArray(QTest::currentDataTag()) == "environment")
            QCOMPARE(served.out, QStringLiteral("node-02\n"));
    }

    void aKilledCallerTakesItsCallWithIt()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const QString children = QStringLiteral("/proc/%1/task/%1/children").arg(h.serverPid());
        if (!QFileInfo::exists(children))
            QSKIP("this kernel has no /proc/PID/task/PID/children to see the server's forks");
        QVERIFY(SimCluster::setDelay(h.dir(), QStringLiteral("hostname"), 20000));
        QElapsedTimer clock;
        clock.start();
        // The shell waits until the server has forked the call (its children list is not
        // empty: read with the shell's own `read`, whose status is 1 at a last line without a
        // newline, as here: the test is on what it read), then kills the caller.
        const Run r = h.sh(kNode, QStringLiteral("hostname & pid=$!; n=0; "
                                                 "until read -r c < %1; [ -n \"$c\" ]; do "
                                                 "sleep 0.02; n=$((n+1)); [ $n -gt 500 ] && break; "
                                                 "done; echo forked=${c:+yes}; kill $pid; "
                                                 "wait $pid; echo rc=$?")
                                      .arg(children));
        QVERIFY2(clock.elapsed() < 15000, "the shell waited for the whole delay");
        // 128 + SIGTERM, as a killed program
        QCOMPARE(r.out, QStringLiteral("forked=yes\nrc=143\n"));
        // The server killed its fork: nothing of it remains.
        const auto forks = [&] {
            QFile f(children);
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
        };
        QTRY_COMPARE_WITH_TIMEOUT(forks(), QByteArray(), 5000);
    }
};

QTEST_GUILESS_MAIN(ServeTest)

#include "ServeTest.moc"
