// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "cli/CrashTestCommand.h"
#include "cli/DeployCommand.h"
#include "cli/FirewallCommand.h"
#include "cli/HealthCommand.h"
#include "cli/ReportCommand.h"
#include "cli/ValidateCommand.h"
#include "common/ExitCode.h"
#include "demo/DemoEnvironment.h"
#include "engine/Journal.h"
#include "engine/SshSessions.h"

namespace pveha {

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

CliRunner::~CliRunner() = default;

std::optional<ClusterSpec> CliRunner::loadSpec(const CliRequest &request)
{
    if (request.specFile.isEmpty())
        return ClusterSpec::example();
    const SpecLoadResult loaded = ClusterSpec::loadFile(request.specFile);
    for (const SpecProblem &notice : loaded.notices)
        m_err << tr("note: %1").arg(formatProblems({notice})) << Qt::endl;
    switch (loaded.status) {
    case SpecLoadResult::Status::Ok:
        return loaded.spec;
    case SpecLoadResult::Status::FileError:
    case SpecLoadResult::Status::JsonError:
        m_err << loaded.errorMessage << Qt::endl;
        return std::nullopt;
    case SpecLoadResult::Status::Invalid:
        m_err << tr("%1: the spec has %n problem(s):", nullptr, int(loaded.problems.size()))
                     .arg(request.specFile)
              << Qt::endl
              << formatProblems(loaded.problems) << Qt::endl;
        return std::nullopt;
    }
    return std::nullopt;
}

std::unique_ptr<ClusterSessions> CliRunner::openSessions(const ClusterSpec &spec,
                                                         const CliRequest &request)
{
    if (!request.demo)
        return std::make_unique<ClusterSessions>(spec.nodeNames(), SshSessions::factory(spec));
    QString error;
    m_demo = DemoEnvironment::open(spec, DemoEnvironment::defaultDirectory(spec), false, &error);
    if (!m_demo) {
        m_err << error << Qt::endl;
        return nullptr;
    }
    return std::make_unique<ClusterSessions>(spec.nodeNames(), m_demo->transportFactory());
}

int CliRunner::run(const CliRequest &request)
{
    const std::optional<ClusterSpec> spec = loadSpec(request);
    if (!spec)
        return toInt(ExitCode::Usage);
    // The demo's journal lives with its simulated cluster, never beside a real cluster's
    // journal of the same name.
    if (request.demo)
        Journal::setDirectory(DemoEnvironment::defaultDirectory(*spec) +
                              QStringLiteral("/journal"));
    if (request.command == QLatin1String("validate")) {
        const auto sessions = openSessions(*spec, request);
        if (!sessions)
            return toInt(ExitCode::Failed);
        return ValidateCommand::run(*spec, *sessions, request, m_out);
    }
    if (request.command == QLatin1String("health")) {
        const auto sessions = openSessions(*spec, request);
        if (!sessions)
            return toInt(ExitCode::Failed);
        return HealthCommand::run(*sessions, request, m_out, spec->cluster.name);
    }
    if (request.command == QLatin1String("crash-test")) {
        const auto sessions = openSessions(*spec, request);
        if (!sessions)
            return toInt(ExitCode::Failed);
        return CrashTestCommand::run(*spec, *sessions, request, m_demo.get(), m_out, m_err);
    }
    if (request.command == QLatin1String("report"))
        return ReportCommand::run(*spec, request, m_out, m_err);
    if (request.command == QLatin1String("firewall"))
        return FirewallCommand::run(*spec, request, m_out, m_err);
    if (request.command == QLatin1String("plan") || request.command == QLatin1String("deploy")) {
        const auto sessions = openSessions(*spec, request);
        if (!sessions)
            return toInt(ExitCode::Failed);
        if (request.command == QLatin1String("plan"))
            return DeployCommand::plan(*spec, *sessions, request, m_out, m_err);
        const bool demo = request.demo;
        return DeployCommand::deploy(
            *spec, *sessions, request, m_out, m_err, [demo]() -> std::optional<QString> {
                // The first node's root password, to join the cluster: from the environment (the
                // simulated nodes of --demo have a known one).
                for (const char *name : {"PVE_HA_ROOT_PASSWORD", "PVE_HA_SSH_PASSWORD"})
                    if (qEnvironmentVariableIsSet(name))
                        return qEnvironmentVariable(name);
                if (demo)
                    return DemoEnvironment::rootPassword();
                return std::nullopt;
            });
    }
    return notAvailable(request);
}

int CliRunner::notAvailable(const CliRequest &request)
{
    // Never pretend: a command whose engine is not built yet says so and fails.
    m_err << tr("\"%1\" is not available in this version yet: its engine has not been built.")
                 .arg(request.command)
          << Qt::endl;
    return toInt(ExitCode::Failed);
}

} // namespace pveha
