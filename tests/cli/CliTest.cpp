// SPDX-License-Identifier: GPL-3.0-or-later
// The command line contract (shared/contract/CLI.md): parsing in-process, and exit codes and
// messages through the real binary.
#include "cli/CommandLine.h"
#include "common/I18n.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;

namespace {

struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

RunResult runBinary(const QStringList &args, const QString &lang = QStringLiteral("C.UTF-8"))
{
    static QTemporaryDir state;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
    env.insert(QStringLiteral("LC_ALL"), lang);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("LANGUAGE"), QString());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PVEHA_APP_BINARY), args);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QStringList argv(const QString &line)
{
    QStringList args{QStringLiteral("pve-ha-installer")};
    if (!line.isEmpty())
        args += line.split(QLatin1Char(' '));
    return args;
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { I18n::instance().setLanguage(QStringLiteral("en")); }

    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("no command opens the wizard") << QString() << 0 << QString() << QString();
        QTest::newRow("wizard with demo")
            << QStringLiteral("--demo") << 0 << QString() << QString();
        QTest::newRow("wizard with spec")
            << QStringLiteral("--spec a.json --lang fr") << 0 << QString() << QString();
        QTest::newRow("wizard rejects --json")
            << QStringLiteral("--json") << 2 << QString() << QStringLiteral("--json");
        QTest::newRow("unknown command")
            << QStringLiteral("frobnicate") << 2 << QString() << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << QStringLiteral("validate --demo --bogus") << 2
                                        << QString() << QStringLiteral("bogus");
        QTest::newRow("validate needs a cluster")
            << QStringLiteral("validate") << 2 << QString() << QStringLiteral("--spec");
        QTest::newRow("validate spec") << QStringLiteral("validate --spec x.json --json") << 0
                                       << QStringLiteral("validate") << QString();
        QTest::newRow("validate demo")
            << QStringLiteral("validate --demo") << 0 << QStringLiteral("validate") << QString();
        QTest::newRow("option of another command")
            << QStringLiteral("validate --demo --yes") << 2 << QString() << QStringLiteral("--yes");
        QTest::newRow("plan json")
            << QStringLiteral("plan --demo --json") << 0 << QStringLiteral("plan") << QString();
        QTest::newRow("deploy full")
            << QStringLiteral("deploy --demo --yes --from osd --events e.jsonl") << 0
            << QStringLiteral("deploy") << QString();
        QTest::newRow("deploy only") << QStringLiteral("deploy --demo --only ha") << 0
                                     << QStringLiteral("deploy") << QString();
        QTest::newRow("deploy bad phase") << QStringLiteral("deploy --demo --from osds") << 2
                                          << QString() << QStringLiteral("osds");
        QTest::newRow("deploy from and only")
            << QStringLiteral("deploy --demo --from ceph --only ha") << 2 << QString()
            << QStringLiteral("--only");
        QTest::newRow("health json") << QStringLiteral("health --spec s.json --json") << 0
                                     << QStringLiteral("health") << QString();
        QTest::newRow("firewall apply") << QStringLiteral("firewall --demo --apply --json") << 0
                                        << QStringLiteral("firewall") << QString();
        QTest::newRow("crash-test full")
            << QStringLiteral("crash-test --demo --node node-02 --vmid 100 --yes --timeout 60") << 0
            << QStringLiteral("crash-test") << QString();
        QTest::newRow("crash-test without node") << QStringLiteral("crash-test --demo --vmid 100")
                                                 << 2 << QString() << QStringLiteral("--node");
        QTest::newRow("crash-test bad vmid")
            << QStringLiteral("crash-test --demo --node n --vmid abc") << 2 << QString()
            << QStringLiteral("--vmid");
        QTest::newRow("crash-test vmid below 100")
            << QStringLiteral("crash-test --demo --node n --vmid 99") << 2 << QString()
            << QStringLiteral("--vmid");
        QTest::newRow("crash-test bad timeout")
            << QStringLiteral("crash-test --demo --node n --vmid 100 --timeout 0") << 2 << QString()
            << QStringLiteral("--timeout");
        QTest::newRow("report needs out")
            << QStringLiteral("report --demo") << 2 << QString() << QStringLiteral("--out");
        QTest::newRow("report") << QStringLiteral("report --demo --out r.html") << 0
                                << QStringLiteral("report") << QString();
        QTest::newRow("bad language") << QStringLiteral("validate --demo --lang de") << 2
                                      << QString() << QStringLiteral("de");
        QTest::newRow("two commands")
            << QStringLiteral("validate plan --demo") << 2 << QString() << QStringLiteral("plan");
    }
    void parse()
    {
        QFETCH(QString, line);
        QFETCH(int, exitCode);
        QFETCH(QString, command);
        QFETCH(QString, errorPart);
        const CliParseResult result = CommandLine::parse(argv(line));
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 0) {
            QVERIFY2(result.request.has_value(), qPrintable(result.error));
            QCOMPARE(result.request->command, command);
        } else {
            QVERIFY(!result.request.has_value());
            QVERIFY2(result.error.contains(errorPart), qPrintable(result.error));
        }
    }

    void parsedValues()
    {
        const CliParseResult result = CommandLine::parse(argv(QStringLiteral(
            "crash-test --spec my.json --node node-03 --vmid 101 --yes --timeout 90 --lang fr")));
        QVERIFY(result.request);
        QCOMPARE(result.request->specFile, QStringLiteral("my.json"));
        QCOMPARE(result.request->node, QStringLiteral("node-03"));
        QCOMPARE(result.request->vmid, 101);
        QCOMPARE(result.request->timeoutSeconds, 90);
        QVERIFY(result.request->yes);
        QCOMPARE(result.request->language, QStringLiteral("fr"));
        QCOMPARE(CommandLine::preScanLanguage(argv(QStringLiteral("plan --lang=fr --demo"))),
                 QStringLiteral("fr"));
    }

    void binaryVersion()
    {
        const RunResult r = runBinary({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("pve-ha-installer 0.")), qPrintable(r.out));
    }

    void binaryExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("validate without spec")
            << QStringList{QStringLiteral("validate")} << 2 << QStringLiteral("--spec FILE");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("explode")} << 2 << QStringLiteral("Unknown command");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("plan"), QStringLiteral("--demo"),
                           QStringLiteral("--nope")}
            << 2 << QStringLiteral("nope");
        QTest::newRow("crash-test without --vmid")
            << QStringList{QStringLiteral("crash-test"), QStringLiteral("--demo"),
                           QStringLiteral("--node"), QStringLiteral("node-01")}
            << 2 << QStringLiteral("--vmid");
    }
    void binaryExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, stderrPart);
        const RunResult r = runBinary(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
    }

    void binaryHelpPerSubcommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::newRow("validate") << QStringLiteral("validate") << QStringLiteral("--json");
        QTest::newRow("deploy") << QStringLiteral("deploy") << QStringLiteral("--from <phase>");
        QTest::newRow("crash-test")
            << QStringLiteral("crash-test") << QStringLiteral("--vmid <id>");
        QTest::newRow("report") << QStringLiteral("report") << QStringLiteral("--out <file>");
        QTest::newRow("firewall") << QStringLiteral("firewall") << QStringLiteral("--apply");
    }
    void binaryHelpPerSubcommand()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        const RunResult r = runBinary({command, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(option), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("--events")) || command == QLatin1String("deploy"),
                 qPrintable(r.out));
    }

    void binaryGeneralHelpListsCommands()
    {
        const RunResult r = runBinary({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &command : CommandLine::subcommands())
            QVERIFY2(r.out.contains(QStringLiteral("  ") + command), qPrintable(command));
    }

    void binaryMessagesInFrench()
    {
        const RunResult fr =
            runBinary({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("explode")});
        QCOMPARE(fr.exitCode, 2);
        QVERIFY2(fr.err.contains(QStringLiteral("Commande inconnue")), qPrintable(fr.err));
        const RunResult byLocale =
            runBinary({QStringLiteral("explode")}, QStringLiteral("fr_FR.UTF-8"));
        QCOMPARE(byLocale.exitCode, 2);
        QVERIFY2(byLocale.err.contains(QStringLiteral("Commande inconnue")),
                 qPrintable(byLocale.err));
        const RunResult en =
            runBinary({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("explode")},
                      QStringLiteral("fr_FR.UTF-8"));
        QVERIFY2(en.err.contains(QStringLiteral("Unknown command")), qPrintable(en.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
