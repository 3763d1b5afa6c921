// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportHarness.h"

#include "cli/CommandLine.h"
#include "cli/ReportCommand.h"
#include "engine/Journal.h"
#include "spec/ClusterSpec.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

namespace pveha::test {

int SimulatedDeployment::runInstaller(const QStringList &args, QString *output) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_STATE_HOME"), m_state.path());
    env.insert(QStringLiteral("PVEHA_DEMO_DIR"), demoDirectory());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_state.path());
    p.start(QStringLiteral(PVEHA_INSTALLER_PROGRAM), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        if (output)
            *output = QStringLiteral("timed out");
        return -1;
    }
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString SimulatedDeployment::demoDirectory() const
{
    return m_state.path() + QStringLiteral("/demo");
}

bool SimulatedDeployment::record()
{
    const QStringList lang{QStringLiteral("--lang"), QStringLiteral("en"),
                           QStringLiteral("--demo")};
    const QList<QPair<QStringList, QList<int>>> steps{
        {QStringList{QStringLiteral("validate")} + lang, {0}},
        {QStringList{QStringLiteral("deploy"), QStringLiteral("--yes")} + lang, {0}},
        {QStringList{QStringLiteral("health")} + lang, {0, 1}},
        {QStringList{QStringLiteral("crash-test"), QStringLiteral("--node"),
                     QStringLiteral("node-01"), QStringLiteral("--vmid"), QStringLiteral("100"),
                     QStringLiteral("--yes")} +
             lang,
         {0, 1}}};
    for (const auto &step : steps) {
        QString output;
        const int code = runInstaller(step.first, &output);
        m_log += QStringLiteral("$ pve-ha-installer %1 → %2\n%3\n")
                     .arg(step.first.join(QLatin1Char(' ')))
                     .arg(code)
                     .arg(output.right(2000));
        if (!step.second.contains(code))
            return false;
    }
    return true;
}

int SimulatedDeployment::writeReport(const QString &file, QString *err) const
{
    qputenv("XDG_STATE_HOME", m_state.path().toLocal8Bit());
    // `--demo` keeps its journal with the simulated cluster (what CliRunner sets up); the
    // test's own Journal reads follow from here on.
    Journal::setDirectory(demoDirectory() + QStringLiteral("/journal"));
    CliRequest request;
    request.command = QStringLiteral("report");
    request.demo = true;
    request.outFile = file;
    QString outText, errText;
    QTextStream out(&outText), errStream(&errText);
    const int code = ReportCommand::run(ClusterSpec::example(), request, out, errStream);
    errStream.flush();
    if (err)
        *err = errText;
    return code;
}

} // namespace pveha::test
