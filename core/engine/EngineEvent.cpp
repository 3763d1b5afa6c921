// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/EngineEvent.h"

#include <QLocale>

namespace pveha {

QString EngineEvent::typeName(Type type)
{
    switch (type) {
    case Type::Started:
        return QStringLiteral("started");
    case Type::Output:
        return QStringLiteral("output");
    case Type::Done:
        return QStringLiteral("done");
    case Type::Skipped:
        return QStringLiteral("skipped");
    case Type::Failed:
        return QStringLiteral("failed");
    case Type::PhaseStarted:
        return QStringLiteral("phase");
    case Type::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject EngineEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("node"), node},
                  {QStringLiteral("phase"), phase},
                  {QStringLiteral("step"), step},
                  {QStringLiteral("event"), typeName(type)}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (type == Type::Output)
        o.insert(QStringLiteral("stream"),
                 stderrLine ? QStringLiteral("stderr") : QStringLiteral("stdout"));
    if (type == Type::Failed)
        o.insert(QStringLiteral("exitCode"), exitCode);
    if (type == Type::Done || type == Type::Failed || type == Type::Skipped)
        o.insert(QStringLiteral("seconds"), seconds);
    if (!title.isEmpty() && type == Type::Started)
        o.insert(QStringLiteral("title"), title);
    return o;
}

QString EngineEvent::toLine() const
{
    const QString prefix = QStringLiteral("[%1] %2: ").arg(node, step);
    switch (type) {
    case Type::Started:
        return prefix + QStringLiteral("started");
    case Type::Output:
        return QStringLiteral("[%1] %2").arg(node, text);
    case Type::Done:
        return prefix + QStringLiteral("done (%1 s)").arg(QString::number(seconds, 'f', 1));
    case Type::Skipped:
        return prefix + QStringLiteral("skipped (already done)");
    case Type::Failed:
        return prefix + QStringLiteral("FAILED (exit %1): %2").arg(exitCode).arg(text);
    case Type::PhaseStarted:
        return QStringLiteral("== %1: %2").arg(phase, text);
    case Type::Info:
        break;
    }
    return node.isEmpty() ? text : QStringLiteral("[%1] %2").arg(node, text);
}

} // namespace pveha
