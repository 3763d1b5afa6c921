// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/HaStatus.h"
#include "common/Logging.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pveha {

namespace {

const QLatin1String s_dead("old timestamp - dead?");
const QLatin1String s_drift("detected time drift!");

/// "STATUS, TIME" → both halves; the status never holds a comma, localtime() never does either.
bool splitStatus(const QString &inside, QString *status, QString *time)
{
    const qsizetype comma = inside.indexOf(QLatin1String(", "));
    if (comma <= 0)
        return false;
    *status = inside.left(comma);
    *time = inside.mid(comma + 2);
    return !time->isEmpty();
}

} // namespace

bool HaStatus::masterDead() const
{
    return hasMaster && masterStatus == s_dead;
}

HaStatus parseHaManagerStatus(const QString &text)
{
    static const QRegularExpression s_quorum(QStringLiteral("^quorum (.+)$"));
    static const QRegularExpression s_master(
        QStringLiteral("^master (\\S+) \\(([^()]*)\\)(?: - (.+))?$"));
    static const QRegularExpression s_lrm(QStringLiteral("^lrm (\\S+) \\(([^()]*)\\)$"));
    static const QRegularExpression s_service(
        QStringLiteral("^service ([a-z]+:\\S+) \\(([^,()]+), ([^()]+)\\)$"));

    HaStatus status;
    auto refuse = [](const QString &error) {
        HaStatus refused;
        refused.error = error;
        qCDebug(lcHealth) << "ha-manager status not understood:" << error;
        return refused;
    };
    auto badLine = [&refuse](const QString &line) {
        return refuse(
            QCoreApplication::translate("pveha::HaStatus",
                                        "The line \"%1\" of ha-manager status could not be read.")
                .arg(parseutil::excerpt(line)));
    };

    bool sawQuorum = false;
    const QStringList lines = parseutil::cleanLines(text);
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (!sawQuorum) {
            const auto m = s_quorum.match(line);
            if (!m.hasMatch())
                return badLine(line);
            sawQuorum = true;
            status.quorumText = m.captured(1);
            status.quorate = status.quorumText == QLatin1String("OK");
            if (!status.quorate && !status.quorumText.startsWith(QLatin1String("No quorum")))
                return badLine(line);
            continue;
        }
        if (const auto m = s_master.match(line); m.hasMatch()) {
            if (status.hasMaster ||
                !splitStatus(m.captured(2), &status.masterStatus, &status.masterTimestamp))
                return badLine(line);
            status.hasMaster = true;
            status.masterNode = m.captured(1);
            status.masterExtra = m.captured(3);
        } else if (const auto l = s_lrm.match(line); l.hasMatch()) {
            HaLrm lrm;
            lrm.node = l.captured(1);
            const QString inside = l.captured(2);
            if (inside == QLatin1String("unable to read lrm status")) {
                lrm.unreadable = true;
                lrm.status = inside;
            } else if (!splitStatus(inside, &lrm.status, &lrm.timestamp)) {
                return badLine(line);
            }
            lrm.dead = lrm.status == s_dead;
            lrm.timeDrift = lrm.status == s_drift;
            status.lrms.append(lrm);
        } else if (const auto s = s_service.match(line); s.hasMatch()) {
            status.services.append({s.captured(1), s.captured(2), s.captured(3)});
        } else {
            return badLine(line);
        }
    }
    if (!sawQuorum)
        return refuse(
            lines.isEmpty()
                ? QCoreApplication::translate("pveha::HaStatus",
                                              "The output of ha-manager status is empty.")
                : QCoreApplication::translate(
                      "pveha::HaStatus", "The output of ha-manager status has no quorum line."));
    status.understood = true;
    return status;
}

} // namespace pveha
