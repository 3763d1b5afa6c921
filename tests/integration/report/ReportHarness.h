// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A simulated deployment recorded in a temporary state directory: the real pve-ha-installer runs
// validate, deploy, health and crash-test with --demo (three simulated nodes), then the report
// is written in-process by ReportCommand from that journal.

#include <QString>
#include <QTemporaryDir>

namespace pveha::test {

class SimulatedDeployment
{
public:
    /// Runs the four commands; false (with log()) when one could not run. health and crash-test
    /// may exit 1 (RAID still rebuilding, goal missed on the simulator): what they recorded is
    /// what the report shows.
    bool record();
    [[nodiscard]] QString stateDirectory() const { return m_state.path(); }
    [[nodiscard]] QString log() const { return m_log; }
    /// Where `--demo` keeps the simulated cluster and its journal (PVEHA_DEMO_DIR).
    [[nodiscard]] QString demoDirectory() const;
    /// Points this process's XDG_STATE_HOME at the recorded state and runs ReportCommand::run
    /// (--demo --out `file`). Returns its exit code; `err` gets its error stream.
    int writeReport(const QString &file, QString *err = nullptr) const;
    /// The binary's exit code and output of `args` in this state directory.
    int runInstaller(const QStringList &args, QString *output = nullptr) const;

private:
    QTemporaryDir m_state;
    QString m_log;
};

} // namespace pveha::test
