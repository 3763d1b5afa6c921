// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

#include "common/Paths.h"
#include "common/Redactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

#include <cstdio>

Q_LOGGING_CATEGORY(lcApp, "pveha.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSpec, "pveha.spec", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "pveha.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPreflight, "pveha.preflight", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDeploy, "pveha.deploy", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "pveha.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOvh, "pveha.ovh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pveha.ui", QtInfoMsg)

namespace pveha {
namespace {

QMutex s_mutex;
QFile *s_file = nullptr;
QString s_path;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::instance().redact(message);
    const QByteArray line =
        QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type) +
        ' ' + (context.category ? context.category : "default") + ": " + clean.toUtf8() + '\n';
    QMutexLocker lock(&s_mutex);
    if (s_file) {
        s_file->write(line);
        s_file->flush();
    }
    if (type >= QtWarningMsg || !s_file) {
        // Warnings are for the admin as well; the log file keeps everything.
        if (type != QtDebugMsg && type != QtInfoMsg)
            std::fputs(line.constData(), stderr);
    }
}

} // namespace

QString Logging::install(const QString &runName)
{
    const QString dir = Paths::logDirectory();
    QString path;
    if (QDir().mkpath(dir)) {
        path = dir + QLatin1Char('/') + runName + QLatin1Char('-') +
               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
               QLatin1String(".log");
        auto *file = new QFile(path);
        if (file->open(QIODevice::WriteOnly | QIODevice::Append)) {
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            QMutexLocker lock(&s_mutex);
            s_file = file;
            s_path = path;
        } else {
            delete file;
            path.clear();
        }
    }
    qInstallMessageHandler(handler);
    return path;
}

QString Logging::currentLogFile()
{
    QMutexLocker lock(&s_mutex);
    return s_path;
}

} // namespace pveha
