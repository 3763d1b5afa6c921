// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Journal.h"

#include "common/Paths.h"
#include "common/Redactor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>

namespace pveha {
namespace {

QString statusName(StepOutcome::Status status)
{
    switch (status) {
    case StepOutcome::Status::Done:
        return QStringLiteral("done");
    case StepOutcome::Status::Skipped:
        return QStringLiteral("skipped");
    case StepOutcome::Status::Failed:
        return QStringLiteral("failed");
    case StepOutcome::Status::NotRun:
        break;
    }
    return QStringLiteral("not-run");
}

QJsonArray runsIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("runs")).toArray();
}

/// Every string of a document with the registered secrets masked: what the nodes or the API
/// said may quote a secret back.
QJsonValue redacted(const QJsonValue &value)
{
    if (value.isString())
        return Redactor::instance().redact(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redacted(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redacted(it.value()));
        return out;
    }
    return value;
}

QMutex directoryLock;
QString directoryOverride; // guarded by directoryLock

} // namespace

QString Journal::directory()
{
    QMutexLocker locker(&directoryLock);
    return directoryOverride.isEmpty() ? Paths::journalDirectory() : directoryOverride;
}

void Journal::setDirectory(const QString &directory)
{
    QMutexLocker locker(&directoryLock);
    directoryOverride = directory;
}

QString Journal::path(const QString &clusterName)
{
    return directory() + QLatin1Char('/') + clusterName + QStringLiteral(".json");
}

QString Journal::logPath(const QString &clusterName, const QDateTime &started)
{
    return directory() + QLatin1Char('/') + clusterName + QLatin1Char('-') +
           started.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".log");
}

QString Journal::documentPath(const QString &clusterName, const QString &kind)
{
    return directory() + QLatin1Char('/') + clusterName + QLatin1Char('-') + kind +
           QStringLiteral(".json");
}

bool Journal::saveDocument(const QString &clusterName, const QString &kind,
                           const QJsonObject &document, QString *error)
{
    return saveDocumentIn(directory(), clusterName, kind, document, error);
}

bool Journal::saveDocumentIn(const QString &journalDirectory, const QString &clusterName,
                             const QString &kind, const QJsonObject &document, QString *error)
{
    QDir().mkpath(journalDirectory);
    QSaveFile file(journalDirectory + QLatin1Char('/') + clusterName + QLatin1Char('-') + kind +
                   QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject stamped = redacted(document).toObject();
    stamped.insert(QStringLiteral("savedAt"), QDateTime::currentDateTime().toString(Qt::ISODate));
    file.write(QJsonDocument(stamped).toJson());
    const bool ok = file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

QJsonObject Journal::loadDocument(const QString &clusterName, const QString &kind)
{
    QFile file(documentPath(clusterName, kind));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonArray Journal::runs(const QString &clusterName)
{
    return runsIn(path(clusterName));
}

bool Journal::record(const QString &clusterName, const QDateTime &started,
                     const DeployResult &result, const QString &logFile, QString *error)
{
    return recordIn(directory(), clusterName, started, result, logFile, error);
}

bool Journal::recordIn(const QString &journalDirectory, const QString &clusterName,
                       const QDateTime &started, const DeployResult &result, const QString &logFile,
                       QString *error)
{
    QJsonArray steps;
    for (const StepOutcome &s : result.steps)
        steps.append(
            QJsonObject{{QStringLiteral("node"), s.node},
                        {QStringLiteral("phase"), s.phase},
                        {QStringLiteral("step"), s.step},
                        {QStringLiteral("status"), statusName(s.status)},
                        {QStringLiteral("exitCode"), s.exitCode},
                        {QStringLiteral("seconds"), s.seconds},
                        {QStringLiteral("started"), s.started.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("finished"), s.finished.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("reason"), s.reason},
                        {QStringLiteral("lastOutput"), QJsonArray::fromStringList(s.lastOutput)}});
    const QString file =
        journalDirectory + QLatin1Char('/') + clusterName + QStringLiteral(".json");
    QJsonArray all = runsIn(file);
    all.append(QJsonObject{
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished"), QDateTime::currentDateTime().toString(Qt::ISODateWithMs)},
        {QStringLiteral("result"), result.ok          ? QStringLiteral("done")
                                   : result.cancelled ? QStringLiteral("cancelled")
                                                      : QStringLiteral("failed")},
        {QStringLiteral("log"), logFile},
        {QStringLiteral("steps"), steps}});
    QDir().mkpath(journalDirectory);
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("cluster"), clusterName},
                                        {QStringLiteral("runs"), all}})
                  .toJson());
    const bool ok = out.commit();
    if (!ok && error)
        *error = out.errorString();
    return ok;
}

} // namespace pveha
