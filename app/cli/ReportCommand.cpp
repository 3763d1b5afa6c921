// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReportCommand.h"

#include "cli/CommandLine.h"
#include "common/ExitCode.h"
#include "common/Paths.h"
#include "engine/Journal.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"

#include <QFileInfo>

namespace pveha {

int ReportCommand::run(const ClusterSpec &spec, const CliRequest &request, QTextStream &out,
                       QTextStream &err)
{
    if (request.outFile.isEmpty()) {
        err << tr("report needs --out FILE.html: where to write the report.") << Qt::endl;
        return toInt(ExitCode::Usage);
    }
    const ReportData data = ReportData::load(spec);
    if (!data.hasAnything()) {
        const QString source = request.demo ? QStringLiteral("--demo")
                                            : QStringLiteral("--spec %1").arg(request.specFile);
        err << tr("Nothing is recorded for cluster %1 yet (in %2): run \"pve-ha-installer "
                  "validate %3\" first, then deploy, health and crash-test, and write the report "
                  "again.")
                   .arg(spec.cluster.name, Journal::directory(), source)
            << Qt::endl;
        return toInt(ExitCode::Failed);
    }
    QString error;
    if (!ReportWriter::write(data, Paths::expandHome(request.outFile), &error)) {
        err << tr("The report could not be written to %1: %2").arg(request.outFile, error)
            << Qt::endl;
        return toInt(ExitCode::Failed);
    }
    out << tr("Report written to %1.")
               .arg(QFileInfo(Paths::expandHome(request.outFile)).absoluteFilePath())
        << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace pveha
