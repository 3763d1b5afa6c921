// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallerWizard.h"
#include "NodeSim.h"
#include "cli/CliRunner.h"
#include "cli/CommandLine.h"
#include "common/ExitCode.h"
#include "common/I18n.h"
#include "common/Logging.h"
#include "common/Version.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

/// True when the arguments name a subcommand, or ask for help or the version: those run
/// headless (QCoreApplication, no display needed). Otherwise the wizard opens.
bool wantsHeadless(const QStringList &arguments)
{
    static const QStringList withValue = {QStringLiteral("--lang"), QStringLiteral("--spec"),
                                          QStringLiteral("-lang"), QStringLiteral("-spec")};
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") ||
            arg == QLatin1String("-?") || arg == QLatin1String("--version") ||
            arg == QLatin1String("-v"))
            return true;
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral(PVEHA_APP_NAME));
    QCoreApplication::setApplicationVersion(QStringLiteral(PVEHA_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("pve-ha-installer"));
}

} // namespace

int main(int argc, char *argv[])
{
    // The --demo shims are links to this executable named after the tools they play (lsblk,
    // pvecm, ceph …): called so, with a simulated node's environment, it is the simulator.
    if (argc > 0 && qEnvironmentVariableIsSet("NODESIM_ROOT") &&
        pveha::sim::SimCluster::isToolName(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName()))
        return pveha::sim::multiCallMain(argc, argv);

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    std::unique_ptr<QCoreApplication> app;
    const bool headless = wantsHeadless(arguments);
    if (headless)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();
    pveha::I18n::instance().setLanguage(
        pveha::I18n::resolve(pveha::CommandLine::preScanLanguage(arguments)));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const pveha::CliParseResult parsed = pveha::CommandLine::parse(arguments);
    if (!parsed.request) {
        out << parsed.output;
        err << parsed.error;
        return parsed.exitCode;
    }
    const pveha::CliRequest &request = *parsed.request;
    pveha::Logging::install(request.command.isEmpty() ? QStringLiteral("wizard") : request.command);

    if (!request.command.isEmpty()) {
        pveha::CliRunner runner(out, err);
        return runner.run(request);
    }

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/pve-ha-installer.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.pveha.PveHaInstaller"));
    pveha::InstallerWizard wizard;
    if (request.demo)
        wizard.startDemo();
    if (!request.specFile.isEmpty()) {
        // An invalid spec still opens (its problems are shown on the pages); an unreadable one
        // is reported and the wizard starts empty.
        QString error;
        if (!wizard.openSpecFile(request.specFile, &error))
            qCWarning(lcApp).noquote() << error;
    }
    wizard.show();
    return app->exec();
}
