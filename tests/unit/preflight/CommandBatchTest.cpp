// SPDX-License-Identifier: GPL-3.0-or-later
// CommandBatch: the splitter on hand-made streams cut every which way, and the batch scripts run
// by the real dash and bash, each command's share compared byte for byte with the same command
// run alone by the same shell.
#include "preflight/CommandBatch.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace pveha;
using Mode = CommandBatch::Mode;

Q_DECLARE_METATYPE(pveha::CommandBatch::Mode)

namespace {

const QByteArray kToken = QByteArrayLiteral("pveha.0123456789abcdef0123456789abcdef");

struct ShellRun
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

/// `shell -c script` with stdin at end of file, as a node's shell gets it from the transport.
ShellRun runShell(const QString &shell, const QString &script)
{
    QProcess p;
    p.start(shell, {QStringLiteral("-c"), script});
    p.closeWriteChannel();
    if (!p.waitForFinished(20000))
        qFatal("%s -c did not finish", qPrintable(shell));
    // A shell killed by a signal: 128 + its number, as the transports report it.
    return {p.readAllStandardOutput(), p.readAllStandardError(),
            p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + p.exitCode()};
}

/// Feeds `out` and `err` to the batch in chunks of `step` bytes, alternating the streams.
QList<CommandBatch::Part> feedInChunks(CommandBatch &batch, const QByteArray &out,
                                       const QByteArray &err, qsizetype step)
{
    QList<CommandBatch::Part> parts;
    for (qsizetype at = 0; at < qMax(out.size(), err.size()); at += step) {
        if (at < out.size())
            parts += batch.feed(OutputStream::Stdout, out.mid(at, step));
        if (at < err.size())
            parts += batch.feed(OutputStream::Stderr, err.mid(at, step));
    }
    return parts;
}

QStringList shells()
{
    QStringList list{QStringLiteral("/bin/sh")};
    for (const QString &bash : {QStringLiteral("/bin/bash"), QStringLiteral("/usr/bin/bash")}) {
        if (QFileInfo(bash).isExecutable()) {
            list << bash;
            break;
        }
    }
    return list;
}

/// Commands whose output is awkward to split: no final newline, several, none, stderr only, both
/// streams, exit codes, the shell's own "not found", quotes, "%1", stdin, a signal.
QStringList awkwardCommands()
{
    return {
        QStringLiteral("printf 'no newline'"),
        QStringLiteral("printf 'three\\n\\n\\n'"),
        QStringLiteral("true"),
        QStringLiteral("printf 'only stderr' >&2; exit 3"),
        QStringLiteral("echo out; echo err >&2; echo out2; exit 1"),
        QStringLiteral("pveha-no-such-tool -v"),
        QStringLiteral("echo 'single '\\''quoted'\\'' %1 %d \\n' \"$HOME\" | wc -c"),
        QStringLiteral("cat"),
        QStringLiteral("false || echo fallback"),
        QStringLiteral("sh -c 'kill -TERM $$'"),
        QStringLiteral("printf '%s\\n' x y z | tail -n 1"),
    };
}

} // namespace

class CommandBatchTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fits_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("fits");
        QTest::newRow("simple") << QStringLiteral("pveversion -v") << true;
        QTest::newRow("list") << QStringLiteral("timedatectl show 2>/dev/null || chronyc tracking")
                              << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank") << QStringLiteral("  ") << false;
        QTest::newRow("two lines") << QStringLiteral("echo a\necho b") << false;
        QTest::newRow("carriage return") << QStringLiteral("echo a\r") << false;
        QTest::newRow("comment") << QStringLiteral("echo a # note") << false;
        QTest::newRow("continued") << QStringLiteral("echo a \\") << false;
    }
    void fits()
    {
        QFETCH(QString, command);
        QFETCH(bool, fits);
        QCOMPARE(CommandBatch::fits(command), fits);
    }

    void randomTokens()
    {
        const CommandBatch a(Mode::Sequential, {QStringLiteral("true")});
        const CommandBatch b(Mode::Sequential, {QStringLiteral("true")});
        QVERIFY(a.token() != b.token());
        QVERIFY(QRegularExpression(QStringLiteral("^pveha\\.[0-9a-f]{32}$"))
                    .match(QString::fromLatin1(a.token()))
                    .hasMatch());
    }

    void splitsSequential_data()
    {
        QTest::addColumn<int>("step");
        for (int step : {1, 2, 7, 64, 100000})
            QTest::addRow("chunks of %d", step) << step;
    }
    void splitsSequential()
    {
        QFETCH(int, step);
        CommandBatch batch(
            Mode::Sequential,
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}, 0,
            kToken);
        const QByteArray out = "one\n" + kToken + ":0:0\n" + "no newline" + kToken + ":1:12\n" +
                               kToken + ":2:127\n" + "x" + kToken + ":3:0\n";
        const QByteArray err = kToken + ":0\n" + "warn\n" + kToken + ":1\n" +
                               "sh: 1: c: not found\n" + kToken + ":2\n" + kToken + ":3\n";
        const QList<CommandBatch::Part> parts = feedInChunks(batch, out, err, step);
        QCOMPARE(parts.size(), 4);
        QCOMPARE(batch.completed(), 4);
        QCOMPARE(parts.at(0).out, QByteArray("one\n"));
        QCOMPARE(parts.at(0).err, QByteArray());
        QCOMPARE(parts.at(0).exitCode, 0);
        QCOMPARE(parts.at(1).out, QByteArray("no newline"));
        QCOMPARE(parts.at(1).err, QByteArray("warn\n"));
        QCOMPARE(parts.at(1).exitCode, 12);
        QCOMPARE(parts.at(2).out, QByteArray());
        QCOMPARE(parts.at(2).err, QByteArray("sh: 1: c: not found\n"));
        QCOMPARE(parts.at(2).exitCode, 127);
        QCOMPARE(parts.at(3).out, QByteArray("x"));
        QCOMPARE(parts.at(3).exitCode, 0);
    }

    void pendingIsWhatTheCurrentCommandPrinted()
    {
        CommandBatch batch(Mode::Sequential, {QStringLiteral("a"), QStringLiteral("b")}, 0, kToken);
        QVERIFY(batch.feed(OutputStream::Stdout, "done\n" + kToken + ":0:0\nhalf").isEmpty());
        QCOMPARE(batch.completed(), 0); // its stderr marker is still to come
        const QList<CommandBatch::Part> first = batch.feed(OutputStream::Stderr, kToken + ":0\n");
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).out, QByteArray("done\n"));
        QVERIFY(batch.feed(OutputStream::Stderr, "oops").isEmpty());
        QCOMPARE(batch.pending().out, QByteArray("half"));
        QCOMPARE(batch.pending().err, QByteArray("oops"));
        QCOMPARE(batch.pending().exitCode, -1);
    }

    void anotherTokenIsOutput()
    {
        // What a command prints never ends it, even when it looks like a marker.
        CommandBatch batch(Mode::Sequential, {QStringLiteral("a")}, 0, kToken);
        const QByteArray fake = "pveha.ffffffffffffffffffffffffffffffff:0:0\n";
        QVERIFY(batch.feed(OutputStream::Stdout, fake).isEmpty());
        QVERIFY(batch.feed(OutputStream::Stderr, kToken + ":0\n").isEmpty());
        const QList<CommandBatch::Part> parts = batch.feed(OutputStream::Stdout, kToken + ":0:0\n");
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts.at(0).out, fake);
    }

    void splitsConcurrent_data()
    {
        QTest::addColumn<int>("step");
        for (int step : {1, 3, 100000})
            QTest::addRow("chunks of %d", step) << step;
    }
    void splitsConcurrent()
    {
        QFETCH(int, step);
        CommandBatch batch(Mode::Concurrent, {QStringLiteral("a"), QStringLiteral("b")}, 0, kToken);
        const QByteArray out = kToken + ":0<line\n" + kToken + ":R1:boom\n\nx>" + kToken + ":0\n" +
                               kToken + ":1<no newline" + kToken + ":R0:x>" + kToken + ":1\n";
        const QList<CommandBatch::Part> parts = feedInChunks(batch, out, {}, step);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).out, QByteArray("line\n"));
        QCOMPARE(parts.at(0).err, QByteArray("boom\n\n"));
        QCOMPARE(parts.at(0).exitCode, 1);
        QCOMPARE(parts.at(1).out, QByteArray("no newline"));
        QCOMPARE(parts.at(1).err, QByteArray());
        QCOMPARE(parts.at(1).exitCode, 0);
    }

    void sameAsAlone_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("atOnce");
        for (const QString &shell : shells()) {
            QTest::addRow("%s sequential", qPrintable(shell)) << shell << Mode::Sequential << 0;
            QTest::addRow("%s concurrent", qPrintable(shell)) << shell << Mode::Concurrent << 0;
            QTest::addRow("%s concurrent, 3 at once", qPrintable(shell))
                << shell << Mode::Concurrent << 3;
        }
    }
    void sameAsAlone()
    {
        QFETCH(QString, shell);
        QFETCH(Mode, mode);
        QFETCH(int, atOnce);
        const QStringList commands = awkwardCommands();
        for (const QString &command : commands)
            QVERIFY2(CommandBatch::fits(command), qPrintable(command));
        CommandBatch batch(mode, commands, atOnce);
        const ShellRun all = runShell(shell, batch.script());
        const QList<CommandBatch::Part> parts = feedInChunks(batch, all.out, all.err, 5);
        QVERIFY2(parts.size() == commands.size(),
                 qPrintable(QStringLiteral("%1 parts\n--- stdout\n%2\n--- stderr\n%3")
                                .arg(parts.size())
                                .arg(QString::fromUtf8(all.out), QString::fromUtf8(all.err))));
        for (int k = 0; k < commands.size(); ++k) {
            ShellRun alone = runShell(shell, commands.at(k));
            // The one known difference: dash forks even for a lone command, and says
            // "Terminated" when it is killed; bash, a node's login shell, runs it in its own
            // place and says nothing. The batch keeps quiet, like bash.
            if (commands.at(k).startsWith(QLatin1String("sh -c 'kill")) &&
                alone.err == "Terminated\n")
                alone.err.clear();
            const QByteArray what = commands.at(k).toUtf8();
            const QByteArray outs = what + ": stdout " + parts.at(k).out + " vs " + alone.out;
            QVERIFY2(parts.at(k).out == alone.out, outs.constData());
            const QByteArray errs = what + ": stderr " + parts.at(k).err + " vs " + alone.err;
            QVERIFY2(parts.at(k).err == alone.err, errs.constData());
            const QByteArray codes = what + ": exit " + QByteArray::number(parts.at(k).exitCode) +
                                     " vs " + QByteArray::number(alone.exitCode);
            QVERIFY2(parts.at(k).exitCode == alone.exitCode, codes.constData());
        }
    }

    void concurrentGroupsRunOneAfterTheOther()
    {
        // Five commands, two at a time: three groups of about 300 ms, in order.
        QStringList commands;
        for (int k = 0; k < 5; ++k)
            commands << QStringLiteral("sleep 0.3; echo %1").arg(k);
        CommandBatch batch(Mode::Concurrent, commands, 2);
        QCOMPARE(batch.groupSize(), 2);
        QElapsedTimer clock;
        clock.start();
        const ShellRun all = runShell(QStringLiteral("/bin/sh"), batch.script());
        const qint64 elapsed = clock.elapsed();
        const QList<CommandBatch::Part> parts = batch.feed(OutputStream::Stdout, all.out);
        QCOMPARE(parts.size(), 5);
        for (int k = 0; k < 5; ++k)
            QCOMPARE(parts.at(k).out, QByteArray::number(k) + '\n');
        QVERIFY2(elapsed >= 850 && elapsed < 1800, qPrintable(QString::number(elapsed)));
    }

    void concurrentCommandsOverlap()
    {
        // Four commands of 300 ms: at once they take about 300 ms, one after the other 1.2 s.
        const QStringList commands(4, QStringLiteral("sleep 0.3; echo done"));
        CommandBatch batch(Mode::Concurrent, commands);
        QElapsedTimer clock;
        clock.start();
        const ShellRun all = runShell(QStringLiteral("/bin/sh"), batch.script());
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(batch.feed(OutputStream::Stdout, all.out).size(), 4);
        QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    }

    void scriptsFollowTheSandboxRules_data()
    {
        QTest::addColumn<Mode>("mode");
        QTest::addColumn<int>("atOnce");
        QTest::newRow("sequential") << Mode::Sequential << 0;
        QTest::newRow("concurrent") << Mode::Concurrent << 0;
        QTest::newRow("concurrent, 2 at once") << Mode::Concurrent << 2;
    }
    void scriptsFollowTheSandboxRules()
    {
        // tests/nodesim/README.md: no redirection to an absolute path, no `[`/test on a path,
        // no absolute glob. The only path a batch adds around the commands is /dev/null.
        QFETCH(Mode, mode);
        QFETCH(int, atOnce);
        const CommandBatch batch(
            mode, {QStringLiteral("CMD0"), QStringLiteral("CMD1"), QStringLiteral("CMD2")}, atOnce);
        const QString script = batch.script();
        QVERIFY(!script.contains(QLatin1Char('[')));
        QVERIFY(!script.contains(QLatin1String("test ")));
        QVERIFY(!script.contains(QLatin1Char('*')));
        QString withoutDevNull = script;
        withoutDevNull.remove(QLatin1String("/dev/null"));
        QVERIFY2(!withoutDevNull.contains(QLatin1Char('/')), qPrintable(script));
        QVERIFY(!script.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(CommandBatchTest)

#include "CommandBatchTest.moc"
