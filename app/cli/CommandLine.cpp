// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CommandLine.h"

#include "common/I18n.h"
#include "common/Version.h"

#include <QCommandLineParser>
#include <QHash>

namespace pveha {
namespace {

/// Options each subcommand accepts besides the global ones (CLI.md).
const QHash<QString, QStringList> &subcommandOptions()
{
    static const QHash<QString, QStringList> s_options = {
        {QStringLiteral("validate"), {QStringLiteral("json")}},
        {QStringLiteral("plan"), {QStringLiteral("json")}},
        {QStringLiteral("deploy"),
         {QStringLiteral("yes"), QStringLiteral("from"), QStringLiteral("only"),
          QStringLiteral("events")}},
        {QStringLiteral("health"), {QStringLiteral("json")}},
        {QStringLiteral("firewall"), {QStringLiteral("apply"), QStringLiteral("json")}},
        {QStringLiteral("crash-test"),
         {QStringLiteral("node"), QStringLiteral("vmid"), QStringLiteral("yes"),
          QStringLiteral("timeout")}},
        {QStringLiteral("report"), {QStringLiteral("out")}},
    };
    return s_options;
}

const QStringList &globalOptions()
{
    static const QStringList s_global = {QStringLiteral("lang"), QStringLiteral("demo"),
                                         QStringLiteral("spec")};
    return s_global;
}

QCommandLineOption makeOption(const QString &name)
{
    struct Def
    {
        const char *description;
        const char *valueName;
    };
    // Descriptions are marked for translation here and translated when the parser is built.
    static const QHash<QString, Def> s_defs = {
        {QStringLiteral("lang"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine",
                            "Language of the interface and messages: en or fr."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "language")}},
        {QStringLiteral("demo"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine",
                            "Use three simulated nodes instead of real servers."),
          nullptr}},
        {QStringLiteral("spec"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "The cluster spec file (JSON)."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "file")}},
        {QStringLiteral("json"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "Print the result as JSON."), nullptr}},
        {QStringLiteral("yes"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine",
                            "Confirm destructive actions (disk erasure, node crash)."),
          nullptr}},
        {QStringLiteral("from"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "Start at this phase."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "phase")}},
        {QStringLiteral("only"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "Run only this phase."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "phase")}},
        {QStringLiteral("events"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine",
                            "Also write every event as one JSON object per line to this file."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "file")}},
        {QStringLiteral("apply"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine",
                            "Change the firewall (without it, only show the difference)."),
          nullptr}},
        {QStringLiteral("node"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "The node to crash."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "name")}},
        {QStringLiteral("vmid"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "The protected guest to watch."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "id")}},
        {QStringLiteral("timeout"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "Give up after this many seconds."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "seconds")}},
        {QStringLiteral("out"),
         {QT_TRANSLATE_NOOP("pveha::CommandLine", "Where to write the HTML report."),
          QT_TRANSLATE_NOOP("pveha::CommandLine", "file")}},
    };
    const Def def = s_defs.value(name);
    if (def.valueName)
        return QCommandLineOption(name, CommandLine::tr(def.description),
                                  CommandLine::tr(def.valueName));
    return QCommandLineOption(name, CommandLine::tr(def.description));
}

QString commandDescription(const QString &command)
{
    if (command == QLatin1String("validate"))
        return CommandLine::tr(
            "Check the nodes against the spec (preflight) without changing anything.");
    if (command == QLatin1String("plan"))
        return CommandLine::tr("Print every command the deployment would run, node by node.");
    if (command == QLatin1String("deploy"))
        return CommandLine::tr(
            "Run the deployment; steps already done are skipped, so a re-run resumes.");
    if (command == QLatin1String("health"))
        return CommandLine::tr("Show the state of Ceph, the RAID arrays, HA and the storages.");
    if (command == QLatin1String("firewall"))
        return CommandLine::tr(
            "Show (or apply with --apply) the OVHcloud Edge Network Firewall rules.");
    if (command == QLatin1String("crash-test"))
        return CommandLine::tr(
            "Crash a node on purpose and measure how long HA takes to restart the guest.");
    if (command == QLatin1String("report"))
        return CommandLine::tr("Write the self-contained HTML report of the last run.");
    return {};
}

void addOptions(QCommandLineParser &parser, const QStringList &names)
{
    for (const QString &name : names)
        parser.addOption(makeOption(name));
}

QString generalHelp(QCommandLineParser &parser)
{
    QString text = parser.helpText();
    text += QLatin1Char('\n') + CommandLine::tr("Commands (without a command, the wizard opens):") +
            QLatin1Char('\n');
    for (const QString &command : CommandLine::subcommands())
        text += QStringLiteral("  %1%2\n").arg(command, -12).arg(commandDescription(command));
    text += QLatin1Char('\n') +
            CommandLine::tr("Run '%1 COMMAND --help' for the options of a command.")
                .arg(QStringLiteral(PVEHA_APP_NAME)) +
            QLatin1Char('\n');
    return text;
}

CliParseResult usageError(const QString &message)
{
    CliParseResult result;
    result.error =
        message + QLatin1Char('\n') +
        CommandLine::tr("Run '%1 --help' for usage.").arg(QStringLiteral(PVEHA_APP_NAME)) +
        QLatin1Char('\n');
    result.exitCode = 2;
    return result;
}

std::optional<int> positiveInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

} // namespace

QStringList CommandLine::subcommands()
{
    return {QStringLiteral("validate"), QStringLiteral("plan"),     QStringLiteral("deploy"),
            QStringLiteral("health"),   QStringLiteral("firewall"), QStringLiteral("crash-test"),
            QStringLiteral("report")};
}

QStringList CommandLine::phases()
{
    return {QStringLiteral("network"), QStringLiteral("cluster"), QStringLiteral("ceph"),
            QStringLiteral("raid"),    QStringLiteral("osd"),     QStringLiteral("pool"),
            QStringLiteral("ha")};
}

QString CommandLine::preScanLanguage(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") || arg == QLatin1String("-lang"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

CliParseResult CommandLine::parse(const QStringList &arguments)
{
    // First pass: every option of every subcommand, to find the command and report unknown
    // options with Qt's own wording.
    QStringList all = globalOptions();
    for (const QStringList &names : subcommandOptions())
        for (const QString &name : names)
            if (!all.contains(name))
                all.append(name);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Turns three or more OVHcloud dedicated servers into a "
                                        "Proxmox VE high-availability cluster "
                                        "with Ceph storage, over SSH."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    addOptions(parser, all);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("What to do; none opens the wizard."), tr("[command]"));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!command.isEmpty() && !subcommands().contains(command))
        return usageError(tr("Unknown command \"%1\". The commands are: %2.")
                              .arg(command, subcommands().join(QStringLiteral(", "))));
    if (positional.size() > 1)
        return usageError(tr("Unexpected argument \"%1\".").arg(positional.at(1)));

    CliParseResult result;
    if (parser.isSet(versionOption)) {
        result.output = QStringLiteral(PVEHA_APP_NAME " " PVEHA_VERSION_STRING "\n");
        return result;
    }
    if (parser.isSet(helpOption)) {
        if (command.isEmpty()) {
            QCommandLineParser general;
            general.setApplicationDescription(parser.applicationDescription());
            general.addHelpOption();
            general.addVersionOption();
            addOptions(general, globalOptions());
            general.addPositionalArgument(QStringLiteral("command"),
                                          tr("What to do; none opens the wizard."),
                                          tr("[command]"));
            result.output = generalHelp(general);
        } else {
            QCommandLineParser sub;
            sub.setApplicationDescription(commandDescription(command));
            sub.addHelpOption();
            addOptions(sub, globalOptions());
            addOptions(sub, subcommandOptions().value(command));
            sub.addPositionalArgument(command, commandDescription(command), command);
            result.output = sub.helpText();
        }
        return result;
    }

    const QString rawLang = parser.value(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("lang")) && !I18n::isSupported(rawLang))
        return usageError(
            tr("--lang: \"%1\" is not a supported language; use en or fr.").arg(rawLang));

    const QStringList allowed = globalOptions() + subcommandOptions().value(command);
    for (const QString &name : all) {
        if (parser.isSet(name) && !allowed.contains(name)) {
            if (command.isEmpty())
                return usageError(tr("--%1 belongs to a command; the wizard takes only --lang, "
                                     "--demo and --spec.")
                                      .arg(name));
            return usageError(tr("--%1 is not an option of \"%2\".").arg(name, command));
        }
    }

    CliRequest request;
    request.command = command;
    request.language = I18n::resolve(rawLang);
    request.specFile = parser.value(QStringLiteral("spec"));
    request.demo = parser.isSet(QStringLiteral("demo"));
    request.json = parser.isSet(QStringLiteral("json"));
    request.yes = parser.isSet(QStringLiteral("yes"));
    request.apply = parser.isSet(QStringLiteral("apply"));
    request.eventsFile = parser.value(QStringLiteral("events"));
    request.outFile = parser.value(QStringLiteral("out"));
    request.node = parser.value(QStringLiteral("node"));

    if (parser.isSet(QStringLiteral("spec")) && request.specFile.isEmpty())
        return usageError(tr("--spec needs a file name."));
    if (!command.isEmpty() && request.specFile.isEmpty() && !request.demo)
        return usageError(
            tr("\"%1\" needs a cluster: give --spec FILE, or --demo for simulated nodes.")
                .arg(command));

    for (const char *key : {"from", "only"}) {
        const QString name = QLatin1String(key);
        if (parser.isSet(name) && !phases().contains(parser.value(name)))
            return usageError(
                tr("--%1: \"%2\" is not a phase; the phases are: %3.")
                    .arg(name, parser.value(name), phases().join(QStringLiteral(", "))));
    }
    request.fromPhase = parser.value(QStringLiteral("from"));
    request.onlyPhase = parser.value(QStringLiteral("only"));
    if (!request.fromPhase.isEmpty() && !request.onlyPhase.isEmpty())
        return usageError(tr("--from and --only cannot be used together."));
    if (parser.isSet(QStringLiteral("events")) && request.eventsFile.isEmpty())
        return usageError(tr("--events needs a file name."));

    if (command == QLatin1String("crash-test")) {
        if (request.node.isEmpty())
            return usageError(tr("crash-test needs --node NAME: the node to crash."));
        const auto vmid = positiveInt(parser.value(QStringLiteral("vmid")));
        if (!vmid || *vmid < 100)
            return usageError(
                tr("crash-test needs --vmid N: the id of a protected guest (100 or more)."));
        request.vmid = *vmid;
        if (parser.isSet(QStringLiteral("timeout"))) {
            const auto timeout = positiveInt(parser.value(QStringLiteral("timeout")));
            if (!timeout)
                return usageError(tr("--timeout: \"%1\" is not a number of seconds greater than 0.")
                                      .arg(parser.value(QStringLiteral("timeout"))));
            request.timeoutSeconds = *timeout;
        } else {
            request.timeoutSeconds = 300;
        }
    }
    if (command == QLatin1String("report") && request.outFile.isEmpty())
        return usageError(tr("report needs --out FILE.html: where to write the report."));

    result.request = request;
    return result;
}

} // namespace pveha
