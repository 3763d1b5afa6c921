// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pveha {

/// One step of the deployment: a small value (STYLE.md habit 3). The engine runs
/// check → action → check again: a check that exits 0 means "already done", so a re-run skips
/// it and an interrupted deployment resumes where it stopped.
/// A value a step needs that only exists at run time (e.g. the first node's certificate
/// fingerprint for joining): the engine runs `command` on `node`, takes the first capture of
/// `pattern` (which also validates it) and defines `variable` in front of the step's scripts.
struct StepInput
{
    QString variable;
    QString node;
    QString command;
    QString pattern;
};

struct Step
{
    /// A secret the action needs on its stdin, supplied at run time and never stored.
    enum class Secret { None, RootPassword };
    /// Command: check/run on the node. MeshGate: the engine runs the MTU mesh over the private
    /// network from every node (the network phase's exit gate) instead of a script.
    enum class Kind { Command, MeshGate };

    Kind kind = Kind::Command;
    QString id;    ///< "raid.create"; unique per node
    QString phase; ///< one of Plan::phaseIds()
    QString node;  ///< the node it runs on
    QString title; ///< translated, for the UI and the report
    QString check; ///< shell script: exit 0 = done
    QString run;   ///< shell script: the action
    int timeoutSeconds = 120;
    int weight = 1; ///< share of the progress bar
    bool destructive = false;
    /// May run at the same time as this step on the other nodes (false: one node at a time,
    /// e.g. joining the cluster).
    bool parallel = true;
    QStringList erases; ///< devices the action wipes, for the confirmation
    Secret secret = Secret::None;
    /// After the action the node may drop the connection (network reload): the engine
    /// reconnects before the post-check.
    bool reconnectAfter = false;
    QList<StepInput> inputs;

    [[nodiscard]] QJsonObject toContractJson() const;
};

struct Phase
{
    QString id;
    QString title;
    QList<Step> steps;
};

/// The deployment as data: printable (dry run), comparable, kept in the report.
struct Plan
{
    QList<Phase> phases;

    [[nodiscard]] static QStringList phaseIds();
    /// The `plan --json` document of CLI.md.
    [[nodiscard]] QJsonObject toContractJson() const;
    /// Every command on every node, in order, as a reader would follow it.
    [[nodiscard]] QString toText() const;
    /// The steps of one node as a shell script (the wizard's "Copy as script").
    [[nodiscard]] QString toScript(const QString &node) const;
    /// The phases from `from` on, or only `only` (CLI --from / --only).
    [[nodiscard]] Plan slice(const QString &from, const QString &only) const;
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] const Step *find(const QString &node, const QString &stepId) const;
};

} // namespace pveha
