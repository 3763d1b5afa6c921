// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportData.h"

#include "common/I18n.h"
#include "common/Version.h"
#include "engine/Journal.h"

namespace pveha {

ReportData ReportData::load(const ClusterSpec &spec)
{
    ReportData data;
    data.spec = spec;
    const QString name = spec.cluster.name;
    data.runs = Journal::runs(name);
    data.preflight = Journal::loadDocument(name, QStringLiteral("preflight"));
    data.health = Journal::loadDocument(name, QStringLiteral("health"));
    data.crashTest = Journal::loadDocument(name, QStringLiteral("crashtest"));
    data.firewall = Journal::loadDocument(name, QStringLiteral("firewall"));
    data.toolVersion = QStringLiteral(PVEHA_VERSION_STRING);
    data.generatedAt = QDateTime::currentDateTime();
    data.language = I18n::instance().language();
    return data;
}

bool ReportData::hasAnything() const
{
    return !runs.isEmpty() || !preflight.isEmpty() || !health.isEmpty() || !crashTest.isEmpty() ||
           !firewall.isEmpty();
}

QJsonObject ReportData::lastRun() const
{
    return runs.isEmpty() ? QJsonObject() : runs.last().toObject();
}

QJsonObject ReportData::stepRecord(const QString &node, const QString &stepId) const
{
    for (qsizetype r = runs.size() - 1; r >= 0; --r) {
        const QJsonArray steps = runs.at(r).toObject().value(QStringLiteral("steps")).toArray();
        for (const QJsonValue &v : steps) {
            const QJsonObject s = v.toObject();
            if (s.value(QStringLiteral("node")).toString() == node &&
                s.value(QStringLiteral("step")).toString() == stepId &&
                s.value(QStringLiteral("status")).toString() != QLatin1String("not-run"))
                return s;
        }
    }
    return {};
}

int ReportData::pveMajor() const
{
    const QJsonArray nodes = preflight.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : nodes) {
        const QString version = v.toObject().value(QStringLiteral("pveVersion")).toString();
        bool ok = false;
        const int major = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
        if (ok && major > 0)
            return major;
    }
    return 8;
}

QJsonArray ReportData::disksOf(const QString &node) const
{
    const QJsonArray nodes = preflight.value(QStringLiteral("nodes")).toArray();
    for (const QJsonValue &v : nodes)
        if (v.toObject().value(QStringLiteral("name")).toString() == node)
            return v.toObject().value(QStringLiteral("disks")).toArray();
    return {};
}

} // namespace pveha
