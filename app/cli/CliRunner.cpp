// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliRunner.h"

#include "common/ExitCode.h"

namespace pveha {

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CliRunner::run(const CliRequest &request)
{
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
