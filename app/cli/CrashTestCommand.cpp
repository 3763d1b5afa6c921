// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CrashTestCommand.h"

#include "cli/CommandLine.h"
#include "common/ExitCode.h"
#include "common/Paths.h"
#include "demo/DemoEnvironment.h"
#include "engine/ClusterSessions.h"
#include "engine/CrashTest.h"
#include "engine/Journal.h"
#include "spec/ClusterSpec.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace pveha {

int CrashTestCommand::run(const ClusterSpec &spec, ClusterSessions &sessions,
                          const CliRequest &request, DemoEnvironment *demo, QTextStream &out,
                          QTextStream &err)
{
    CrashTest test(spec, sessions);
    const int index = spec.nodeIndex(request.node);
    test.setRequireSimulator(
        demo || (index >= 0 && CrashTest::isLoopbackHost(spec.nodes.at(index).publicAddress)));
    QString warning;
    const QString refusal = test.refusal(request.node, request.vmid, &warning);
    if (!refusal.isEmpty()) {
        err << refusal << Qt::endl;
        return toInt(ExitCode::Failed);
    }
    if (!warning.isEmpty())
        err << tr("warning: %1").arg(warning) << Qt::endl;
    if (!request.yes) {
        err << tr("This crashes %1 on purpose (kernel panic): confirm with --yes.")
                   .arg(request.node)
            << Qt::endl;
        return toInt(ExitCode::NeedsConfirmation);
    }
    if (demo) {
        // Two simulated minutes of failover in a few seconds.
        demo->setTimeScale(20.0);
        test.setTimeScale(20.0);
        test.setPollIntervalMs(100);
        out << tr("Demo: simulated time runs 20 times faster; the times below are simulated "
                  "seconds.")
            << '\n';
    }
    const CrashTestResult result =
        test.run(request.node, request.vmid, request.timeoutSeconds, [&out](const CrashEvent &e) {
            out << QStringLiteral("%1 s  %2")
                       .arg(QString::number(e.seconds, 'f', 1).rightJustified(7), e.text)
                << '\n';
            out.flush();
        });
    if (demo) {
        demo->setTimeScale(1.0);
        demo->revive(request.node);
    }

    QString saveError;
    if (!Journal::saveDocument(spec.cluster.name, QStringLiteral("crashtest"), result.toJson(),
                               &saveError))
        err << tr("warning: the result could not be saved: %1").arg(saveError) << Qt::endl;
    if (!result.error.isEmpty())
        err << result.error << Qt::endl;
    if (!result.recovered)
        return toInt(ExitCode::Failed);
    out << tr("vm:%1 restarted on %2 after %3 s (goal: under %4 s): %5.")
               .arg(result.vmid)
               .arg(result.vmNodeAfter)
               .arg(QString::number(result.failoverSeconds, 'f', 1))
               .arg(int(CrashTestResult::kTargetSeconds))
               .arg(result.metTarget() ? tr("goal met") : tr("goal missed"))
        << Qt::endl;
    return result.metTarget() ? toInt(ExitCode::Ok) : toInt(ExitCode::Failed);
}

} // namespace pveha
