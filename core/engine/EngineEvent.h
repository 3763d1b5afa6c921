// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace pveha {

/// What the engine tells its observers (CLI, wizard, journal): a step started, printed a line,
/// was done, skipped (already done) or failed. One shape for all, as CLI.md's --events lines.
struct EngineEvent
{
    enum class Type { Started, Output, Done, Skipped, Failed, PhaseStarted, Info };
    Type type = Type::Info;
    QDateTime time;
    QString node;
    QString phase;
    QString step;
    QString title;
    QString text;       ///< output line, failure reason, or information
    int exitCode = 0;   ///< Failed
    double seconds = 0; ///< Done / Failed / Skipped: how long the step took
    bool stderrLine = false;

    [[nodiscard]] static QString typeName(Type type);
    /// `{"time": …, "node": …, "step": …, "event": "started|output|done|skipped|failed", …}`
    [[nodiscard]] QJsonObject toJson() const;
    /// `[node-02] raid.create: started` and the other lines of CLI.md's deploy output.
    [[nodiscard]] QString toLine() const;
};

} // namespace pveha
