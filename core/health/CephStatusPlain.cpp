// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"
#include "health/CephStatus.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace pveha {

namespace {

using parseutil::clampToInt;
using parseutil::toCount;

qsizetype indentOf(const QString &line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

/// "13 GiB", "3.17GiB", "0 B", "512 kB" → bytes (rounded as Ceph rounded them).
std::optional<qint64> sizeToBytes(const QString &number, const QString &unit)
{
    const auto value = parseutil::toDecimal(number);
    if (!value)
        return std::nullopt;
    static const QString s_units = QStringLiteral("BKMGTPE");
    const qsizetype power = s_units.indexOf(unit.at(0).toUpper());
    if (power < 0)
        return std::nullopt;
    const double binary = unit.contains(QLatin1Char('i')) || power == 0 ? 1024.0 : 1000.0;
    const double bytes = *value * std::pow(binary, static_cast<double>(power));
    if (!std::isfinite(bytes) || bytes > 9.0e18)
        return std::nullopt;
    return static_cast<qint64>(std::llround(bytes));
}

} // namespace

CephStatus parseCephStatusPlain(const QString &text)
{
    static const QRegularExpression s_key(QStringLiteral("^ {2,8}([a-z][a-z ]*):(?: +(.*))?$"));
    static const QRegularExpression s_mon(QStringLiteral(
        "^(\\d+) daemons?, quorum ([^ ]*)(?: \\([^)]*\\))?(?:, out of quorum: (.*))?$"));
    static const QRegularExpression s_osd(
        QStringLiteral("^(\\d+) osds: (\\d+) up(?: \\([^)]*\\))?, (\\d+) in(?: \\([^)]*\\))?"));
    static const QRegularExpression s_pools(QStringLiteral("^(\\d+) pools?, (\\d+) pgs$"));
    static const QRegularExpression s_usage(
        QStringLiteral("^([0-9.]+) ?([KMGTPEk]?i?B) used, ([0-9.]+) ?([KMGTPEk]?i?B) / ([0-9.]+) "
                       "?([KMGTPEk]?i?B) avail"));
    static const QRegularExpression s_pgState(QStringLiteral("^(\\d+) +(\\S+)$"));

    CephStatus status;
    status.approximateBytes = true;
    bool sawCluster = false;
    bool sawMon = false;
    bool sawOsd = false;
    bool sawPools = false;
    QString openKey; // the key whose continuation lines follow (health, pgs)
    qsizetype openIndent = 0;

    const QStringList lines = parseutil::cleanLines(text);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            openKey.clear();
            continue;
        }
        const QString value = line.trimmed();
        if (!openKey.isEmpty() && indentOf(line) > openIndent + 2) {
            if (openKey == QLatin1String("health")) {
                const QString severity = status.health == QLatin1String("HEALTH_ERR")
                                             ? QStringLiteral("HEALTH_ERR")
                                             : QStringLiteral("HEALTH_WARN");
                status.checks.append({QString(), severity, value, false});
            } else if (const auto m = s_pgState.match(value); m.hasMatch()) {
                status.pgsByState[m.captured(2)] += toCount(m.capturedView(1)).value_or(0);
            }
            continue;
        }
        openKey.clear();
        const auto key = s_key.match(line);
        if (!key.hasMatch())
            continue;
        const QString name = key.captured(1);
        const QString rest = key.captured(2);
        if (name == QLatin1String("cluster")) {
            sawCluster = true;
        } else if (name == QLatin1String("health")) {
            status.health = rest;
            openKey = name;
            openIndent = indentOf(line);
        } else if (name == QLatin1String("mon")) {
            const auto m = s_mon.match(rest);
            if (!m.hasMatch())
                continue;
            sawMon = true;
            status.monsTotal = clampToInt(toCount(m.capturedView(1)).value_or(0));
            status.quorumNames = m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts);
            status.monsInQuorum = clampToInt(status.quorumNames.size());
            const QStringList out = m.captured(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (!out.isEmpty())
                status.monNames = status.quorumNames;
            for (const QString &mon : out)
                status.monNames.append(mon.trimmed());
        } else if (name == QLatin1String("osd")) {
            const auto m = s_osd.match(rest);
            if (!m.hasMatch())
                continue;
            sawOsd = true;
            status.osdsTotal = clampToInt(toCount(m.capturedView(1)).value_or(0));
            status.osdsUp = clampToInt(toCount(m.capturedView(2)).value_or(0));
            status.osdsIn = clampToInt(toCount(m.capturedView(3)).value_or(0));
        } else if (name == QLatin1String("pools")) {
            const auto m = s_pools.match(rest);
            if (!m.hasMatch())
                continue;
            sawPools = true;
            status.pgsTotal = clampToInt(toCount(m.capturedView(2)).value_or(0));
        } else if (name == QLatin1String("usage")) {
            const auto m = s_usage.match(rest);
            if (!m.hasMatch())
                continue;
            status.bytesUsed = sizeToBytes(m.captured(1), m.captured(2)).value_or(0);
            status.bytesAvail = sizeToBytes(m.captured(3), m.captured(4)).value_or(0);
            status.bytesTotal = sizeToBytes(m.captured(5), m.captured(6)).value_or(0);
        } else if (name == QLatin1String("pgs")) {
            openKey = name;
            openIndent = indentOf(line);
            if (const auto m = s_pgState.match(rest); m.hasMatch())
                status.pgsByState[m.captured(2)] += toCount(m.capturedView(1)).value_or(0);
        }
    }

    const bool healthKnown = status.health == QLatin1String("HEALTH_OK") ||
                             status.health == QLatin1String("HEALTH_WARN") ||
                             status.health == QLatin1String("HEALTH_ERR");
    if (!sawCluster || !healthKnown || !sawMon || !sawOsd || !sawPools ||
        status.monsInQuorum > status.monsTotal || status.osdsUp > status.osdsTotal ||
        status.osdsIn > status.osdsTotal) {
        CephStatus refused;
        refused.error = lines.isEmpty()
                            ? QCoreApplication::translate("pveha::CephStatus",
                                                          "The output of ceph -s is empty.")
                            : QCoreApplication::translate(
                                  "pveha::CephStatus",
                                  "The output of ceph -s lacks its health, monitor, OSD or "
                                  "pool lines.");
        qCDebug(lcHealth) << "plain ceph -s not understood";
        return refused;
    }
    status.understood = true;
    return status;
}

} // namespace pveha
