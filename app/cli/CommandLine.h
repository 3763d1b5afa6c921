// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pveha {

/// What the user asked for on the command line, parsed and checked against the contract
/// (shared/contract/CLI.md). No subcommand means "open the wizard".
struct CliRequest
{
    QString command; //!< empty = wizard; else validate, plan, deploy, health, firewall, crash-test,
                     //!< report
    QString language; //!< "en" or "fr", resolved
    QString specFile;
    bool demo = false;
    bool json = false;
    bool yes = false;
    bool apply = false;
    QString fromPhase;
    QString onlyPhase;
    QString eventsFile;
    QString node;
    int vmid = 0;
    int timeoutSeconds = 0;
    QString outFile;
};

/// The outcome of parsing: either a request to run, or text to print and an exit code
/// (help, version, usage errors).
struct CliParseResult
{
    std::optional<CliRequest> request;
    QString output; //!< text for stdout (help, version)
    QString error;  //!< text for stderr (usage errors)
    int exitCode = 0;
};

/// Parses the command line with QCommandLineParser: one option set per subcommand, `--help`
/// for each, `--version`. Messages are translated in the language chosen by `--lang` (or the
/// system locale), so the translator must be installed before parse() is called: see
/// preScanLanguage().
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(pveha::CommandLine)
public:
    static QStringList subcommands();
    static QStringList phases();
    /// Reads `--lang X` / `--lang=X` before the full parse. Returns the raw value (may be
    /// invalid: parse() reports that), or an empty string.
    static QString preScanLanguage(const QStringList &arguments);
    [[nodiscard]] static CliParseResult parse(const QStringList &arguments);
};

} // namespace pveha
