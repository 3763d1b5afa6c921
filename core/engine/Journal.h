// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/DeploymentEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pveha {

/// The local record of deployments, one JSON file per cluster under the state directory:
/// every run with every step's times, status, exit code and the run's log file. It serves the
/// report and tells the admin what happened; resuming never trusts it alone (the steps' checks
/// decide).
class Journal
{
public:
    /// Where the journals live: Paths::journalDirectory(), unless setDirectory() chose another
    /// place (the wizard's demo keeps its journal in its throw-away directory).
    [[nodiscard]] static QString directory();
    /// Overrides directory() for this process; an empty string restores the default.
    static void setDirectory(const QString &directory);
    [[nodiscard]] static QString path(const QString &clusterName);
    [[nodiscard]] static QString logPath(const QString &clusterName, const QDateTime &started);
    /// Appends one run; files are written 0600. Returns false with `error` when it cannot.
    static bool record(const QString &clusterName, const QDateTime &started,
                       const DeployResult &result, const QString &logFile,
                       QString *error = nullptr);
    /// record() into `journalDirectory`, taken when the task started: a task that outlives a
    /// change of directory (the wizard leaving its demo) still writes where it began.
    static bool recordIn(const QString &journalDirectory, const QString &clusterName,
                         const QDateTime &started, const DeployResult &result,
                         const QString &logFile, QString *error = nullptr);
    /// Every recorded run, oldest first.
    [[nodiscard]] static QJsonArray runs(const QString &clusterName);
    /// The latest result of one kind ("preflight", "health", "crashtest") kept for the report,
    /// in `<journals>/<cluster>-<kind>.json` (0600). Secrets never reach these documents.
    static bool saveDocument(const QString &clusterName, const QString &kind,
                             const QJsonObject &document, QString *error = nullptr);
    static bool saveDocumentIn(const QString &journalDirectory, const QString &clusterName,
                               const QString &kind, const QJsonObject &document,
                               QString *error = nullptr);
    [[nodiscard]] static QJsonObject loadDocument(const QString &clusterName, const QString &kind);
    [[nodiscard]] static QString documentPath(const QString &clusterName, const QString &kind);
};

} // namespace pveha
