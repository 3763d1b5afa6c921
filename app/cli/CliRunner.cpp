// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "common/ExitCode.h"

namespace pveha {

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

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

int CliRunner::run(const CliRequest &request)
{
    const std::optional<ClusterSpec> spec = loadSpec(request);
    if (!spec)
        return toInt(ExitCode::Usage);
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
