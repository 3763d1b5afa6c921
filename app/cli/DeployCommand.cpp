// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DeployCommand.h"

#include "cli/CommandLine.h"
#include "cli/ValidateCommand.h"
#include "common/ExitCode.h"
#include "common/Redactor.h"
#include "engine/ClusterSessions.h"
#include "engine/DeploymentEngine.h"
#include "engine/Journal.h"
#include "plan/PlanBuilder.h"
#include "preflight/Preflight.h"
#include "spec/ClusterSpec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pveha {

PlanFacts DeployCommand::factsFrom(const PreflightReport &report)
{
    PlanFacts facts;
    for (const NodeReport &node : report.nodes)
        if (node.facts.pve.found) {
            facts.pveMajor = node.facts.pve.major;
            break;
        }
    return facts;
}

int DeployCommand::plan(const ClusterSpec &spec, ClusterSessions &sessions,
                        const CliRequest &request, QTextStream &out, QTextStream &err)
{
    // The plan depends on the Proxmox release (HA groups or rules): ask the first node.
    PlanFacts facts;
    CommandRequest version;
    version.script = QStringLiteral("pveversion -v");
    version.timeoutMs = 15000;
    const CommandResult r = sessions.run(0, version);
    const PveVersion pve = PveVersion::parse(QString::fromUtf8(r.out));
    if (pve.found)
        facts.pveMajor = pve.major;
    else
        err << tr("note: the Proxmox VE version of %1 could not be read (%2); the plan assumes PVE "
                  "8.")
                   .arg(spec.nodes.at(0).name,
                        r.ran() ? tr("pveversion printed nothing usable") : r.message)
            << Qt::endl;
    const Plan plan = PlanBuilder::build(spec, facts).slice(request.fromPhase, request.onlyPhase);
    if (request.json)
        out << QJsonDocument(plan.toContractJson()).toJson(QJsonDocument::Indented);
    else
        out << plan.toText();
    return toInt(ExitCode::Ok);
}

int DeployCommand::deploy(const ClusterSpec &spec, ClusterSessions &sessions,
                          const CliRequest &request, QTextStream &out, QTextStream &err,
                          const std::function<std::optional<QString>()> &rootPassword)
{
    // 1. Preflight: the nodes must be what the spec says before anything changes.
    Preflight preflight(spec, sessions);
    const PreflightReport report = preflight.run();
    (void)Journal::saveDocument(spec.cluster.name, QStringLiteral("preflight"),
                                report.toReportJson());
    if (report.anyUnreachable()) {
        ValidateCommand::printTable(report, err);
        return toInt(ExitCode::Unreachable);
    }
    const Plan plan =
        PlanBuilder::build(spec, factsFrom(report)).slice(request.fromPhase, request.onlyPhase);
    DeploymentEngine engine(spec, sessions);

    // 2. Destructive steps still to run need --yes; a disk that is not empty only blocks when
    //    the step that would erase it has not run yet (a resumed deployment finds its own RAID).
    const QList<Step> destructive = engine.pendingDestructiveSteps(plan);
    QStringList blocking;
    for (const NodeReport &node : report.nodes)
        for (const Finding &f : node.findings) {
            if (f.status != CheckStatus::Fail)
                continue;
            const bool diskOfDoneStep =
                (f.id == QLatin1String("disk.raid") || f.id == QLatin1String("disk.db")) &&
                std::none_of(destructive.begin(), destructive.end(), [&](const Step &s) {
                    return s.node == node.node && s.id == (f.id == QLatin1String("disk.raid")
                                                               ? QLatin1String("raid.create")
                                                               : QLatin1String("osd.create"));
                });
            if (!diskOfDoneStep)
                blocking << QStringLiteral("[%1] %2: %3").arg(node.node, f.id, f.message);
        }
    if (!blocking.isEmpty()) {
        err << tr("The preflight found problems; nothing was changed:") << '\n'
            << blocking.join(QLatin1Char('\n')) << Qt::endl;
        return toInt(ExitCode::Failed);
    }
    if (!destructive.isEmpty() && !request.yes) {
        err << tr("These steps erase disks and need confirmation with --yes:") << '\n';
        for (const Step &s : destructive) {
            const NodeReport *node = nullptr;
            for (const NodeReport &n : report.nodes)
                if (n.node == s.node)
                    node = &n;
            for (const QString &disk : s.erases) {
                const BlockDevice *d = node ? node->facts.disks.find(disk) : nullptr;
                err << QStringLiteral("  [%1] %2: %3").arg(s.node, s.id, disk);
                if (d)
                    err << QStringLiteral(" (%1, %2, %3)")
                               .arg(d->model, d->serial,
                                    QString::number(double(d->size) / 1e12, 'f', 1) +
                                        QStringLiteral(" TB"));
                err << '\n';
            }
        }
        err.flush();
        return toInt(ExitCode::NeedsConfirmation);
    }

    // 3. Run, printing the contract's lines, writing --events and the run's log.
    const QDateTime started = QDateTime::currentDateTime();
    QFile events;
    if (!request.eventsFile.isEmpty()) {
        events.setFileName(request.eventsFile);
        if (!events.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << tr("--events: %1 cannot be written: %2")
                       .arg(request.eventsFile, events.errorString())
                << Qt::endl;
            return toInt(ExitCode::Usage);
        }
    }
    QDir().mkpath(QFileInfo(Journal::path(spec.cluster.name)).absolutePath());
    QFile log(Journal::logPath(spec.cluster.name, started));
    if (log.open(QIODevice::WriteOnly | QIODevice::Truncate))
        log.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    engine.setEventSink([&](const EngineEvent &e) {
        const QString line = e.toLine();
        out << line << '\n';
        out.flush();
        if (log.isOpen())
            log.write((line + QLatin1Char('\n')).toUtf8());
        if (events.isOpen() && e.type != EngineEvent::Type::PhaseStarted &&
            e.type != EngineEvent::Type::Info)
            events.write(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n');
    });
    engine.setSecretProvider([&](Step::Secret, const QString &) { return rootPassword(); });
    const DeployResult result = engine.run(plan);
    log.close();
    events.close();
    QString journalError;
    if (!Journal::record(spec.cluster.name, started, result, log.fileName(), &journalError))
        err << tr("warning: the journal could not be written: %1").arg(journalError) << Qt::endl;

    if (const StepOutcome *failed = result.failure()) {
        err << tr("Step %1 failed on %2 (exit %3): %4")
                   .arg(failed->step, failed->node)
                   .arg(failed->exitCode)
                   .arg(failed->reason)
            << '\n';
        if (!failed->lastOutput.isEmpty())
            err << tr("Last output:") << '\n'
                << Redactor::instance().redact(failed->lastOutput.join(QLatin1Char('\n'))) << '\n';
        err << tr("Fix the cause and run deploy again: what is done is skipped.") << Qt::endl;
        return result.unreachable ? toInt(ExitCode::Unreachable) : toInt(ExitCode::Failed);
    }
    out << tr("Deployment complete. Steps run: %1; already done: %2.")
               .arg(result.count(StepOutcome::Status::Done))
               .arg(result.count(StepOutcome::Status::Skipped))
        << Qt::endl;
    return toInt(ExitCode::Ok);
}

} // namespace pveha
