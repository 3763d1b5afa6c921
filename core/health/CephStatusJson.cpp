// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"
#include "health/CephStatus.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pveha {

namespace {

using parseutil::clampToInt;
using parseutil::jsonCount;

bool isHealthValue(const QString &value)
{
    return value == QLatin1String("HEALTH_OK") || value == QLatin1String("HEALTH_WARN") ||
           value == QLatin1String("HEALTH_ERR");
}

/// Reads the part of the output one field group comes from; returns false (and says why in
/// `error`) when the group is missing or of the wrong type.
class CephJsonReader
{
public:
    explicit CephJsonReader(const QJsonObject &root)
        : m_root(root)
    {}

    bool read(CephStatus &status)
    {
        return readHealth(status) && readMons(status) && readOsds(status) && readPgs(status);
    }
    QString error() const { return m_error; }

private:
    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }
    bool missing(const QString &field)
    {
        return fail(QCoreApplication::translate(
                        "pveha::CephStatus", "The field %1 is missing or has an unexpected type.")
                        .arg(field));
    }

    bool readHealth(CephStatus &status)
    {
        const QJsonValue healthValue = m_root.value(QLatin1String("health"));
        if (!healthValue.isObject())
            return missing(QStringLiteral("health"));
        const QJsonObject health = healthValue.toObject();
        QString value = health.value(QLatin1String("status")).toString();
        if (value.isEmpty())
            value = health.value(QLatin1String("overall_status")).toString();
        if (!isHealthValue(value))
            return missing(QStringLiteral("health.status"));
        status.health = value;

        const QJsonValue checks = health.value(QLatin1String("checks"));
        if (checks.isObject())
            return readChecks(checks.toObject(), status);
        if (!checks.isUndefined())
            return missing(QStringLiteral("health.checks"));
        return readLegacySummary(health.value(QLatin1String("summary")), status);
    }

    bool readChecks(const QJsonObject &checks, CephStatus &status)
    {
        for (auto it = checks.begin(); it != checks.end(); ++it) {
            const QJsonObject check = it.value().toObject();
            const QString severity = check.value(QLatin1String("severity")).toString();
            const QJsonValue summary = check.value(QLatin1String("summary"));
            const QString message =
                summary.isObject() ? summary.toObject().value(QLatin1String("message")).toString()
                                   : summary.toString();
            if (!isHealthValue(severity) || message.isEmpty())
                return missing(QStringLiteral("health.checks.") + it.key());
            status.checks.append(
                {it.key(), severity, message, check.value(QLatin1String("muted")).toBool()});
        }
        return true;
    }

    bool readLegacySummary(const QJsonValue &summary, CephStatus &status)
    {
        if (summary.isUndefined())
            return true;
        if (!summary.isArray())
            return missing(QStringLiteral("health.summary"));
        for (const QJsonValue &entry : summary.toArray()) {
            const QJsonObject item = entry.toObject();
            const QString severity = item.value(QLatin1String("severity")).toString();
            const QString message = item.value(QLatin1String("summary")).toString();
            if (!isHealthValue(severity) || message.isEmpty())
                return missing(QStringLiteral("health.summary[]"));
            status.checks.append({QString(), severity, message, false});
        }
        return true;
    }

    bool readMons(CephStatus &status)
    {
        const QJsonObject monmap = m_root.value(QLatin1String("monmap")).toObject();
        const QJsonValue mons = monmap.value(QLatin1String("mons"));
        if (const auto count = jsonCount(monmap.value(QLatin1String("num_mons")))) {
            status.monsTotal = clampToInt(*count);
        } else if (mons.isArray()) {
            status.monsTotal = clampToInt(mons.toArray().size());
        } else {
            return missing(QStringLiteral("monmap.num_mons"));
        }
        for (const QJsonValue &mon : mons.toArray()) {
            const QString name = mon.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                status.monNames.append(name);
        }

        const QJsonValue names = m_root.value(QLatin1String("quorum_names"));
        const QJsonValue ranks = m_root.value(QLatin1String("quorum"));
        if (names.isArray()) {
            for (const QJsonValue &name : names.toArray()) {
                if (!name.isString())
                    return missing(QStringLiteral("quorum_names"));
                status.quorumNames.append(name.toString());
            }
            status.monsInQuorum = clampToInt(status.quorumNames.size());
        } else if (ranks.isArray()) {
            status.monsInQuorum = clampToInt(ranks.toArray().size());
        } else {
            return missing(QStringLiteral("quorum_names"));
        }
        if (status.monsInQuorum > status.monsTotal)
            return missing(QStringLiteral("quorum_names"));
        return true;
    }

    bool readOsds(CephStatus &status)
    {
        QJsonObject osdmap = m_root.value(QLatin1String("osdmap")).toObject();
        if (osdmap.value(QLatin1String("osdmap")).isObject()) {
            osdmap = osdmap.value(QLatin1String("osdmap")).toObject();
            status.legacyLayout = true;
        }
        const auto total = jsonCount(osdmap.value(QLatin1String("num_osds")));
        const auto up = jsonCount(osdmap.value(QLatin1String("num_up_osds")));
        const auto in = jsonCount(osdmap.value(QLatin1String("num_in_osds")));
        if (!total || !up || !in || *up > *total || *in > *total)
            return missing(QStringLiteral("osdmap.num_osds"));
        status.osdsTotal = clampToInt(*total);
        status.osdsUp = clampToInt(*up);
        status.osdsIn = clampToInt(*in);
        return true;
    }

    bool readPgs(CephStatus &status)
    {
        const QJsonValue pgmapValue = m_root.value(QLatin1String("pgmap"));
        const QJsonObject pgmap = pgmapValue.toObject();
        const auto pgs = jsonCount(pgmap.value(QLatin1String("num_pgs")));
        if (!pgs)
            return missing(QStringLiteral("pgmap.num_pgs"));
        status.pgsTotal = clampToInt(*pgs);

        const QJsonValue byState = pgmap.value(QLatin1String("pgs_by_state"));
        if (!byState.isUndefined() && !byState.isArray())
            return missing(QStringLiteral("pgmap.pgs_by_state"));
        for (const QJsonValue &entry : byState.toArray()) {
            const QJsonObject item = entry.toObject();
            const QString name = item.value(QLatin1String("state_name")).toString();
            const auto count = jsonCount(item.value(QLatin1String("count")));
            if (name.isEmpty() || !count)
                return missing(QStringLiteral("pgmap.pgs_by_state"));
            status.pgsByState[name] += *count;
        }

        const struct
        {
            const char *key;
            qint64 *target;
        } bytes[] = {{"bytes_total", &status.bytesTotal},
                     {"bytes_used", &status.bytesUsed},
                     {"bytes_avail", &status.bytesAvail}};
        for (const auto &field : bytes) {
            const QJsonValue value = pgmap.value(QLatin1String(field.key));
            if (value.isUndefined())
                continue;
            const auto count = jsonCount(value);
            if (!count)
                return missing(QStringLiteral("pgmap.") + QLatin1String(field.key));
            *field.target = *count;
        }
        return true;
    }

    QJsonObject m_root;
    QString m_error;
};

} // namespace

QStringList CephStatus::monsOutOfQuorum() const
{
    QStringList out;
    for (const QString &name : monNames) {
        if (!quorumNames.contains(name))
            out.append(name);
    }
    return out;
}

CephStatus parseCephStatusJson(const QByteArray &json)
{
    CephStatus status;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        status.error = json.trimmed().isEmpty()
                           ? QCoreApplication::translate("pveha::CephStatus",
                                                         "The output of ceph -s is empty.")
                           : QCoreApplication::translate(
                                 "pveha::CephStatus",
                                 "The output of ceph -s is not the JSON object Ceph prints.");
        qCDebug(lcHealth) << "ceph -s JSON rejected:" << parseError.errorString();
        return status;
    }
    CephJsonReader reader(doc.object());
    CephStatus parsed;
    if (!reader.read(parsed)) {
        status.error = reader.error();
        qCDebug(lcHealth) << "ceph -s JSON not understood:" << status.error;
        return status;
    }
    parsed.understood = true;
    return parsed;
}

} // namespace pveha
