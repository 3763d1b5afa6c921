// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/PvecmStatus.h"
#include "common/Logging.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pveha {

namespace {

using parseutil::clampToInt;

/// One line of the membership table: "0x00000002          1 192.168.15.92 (local)".
std::optional<PvecmMember> parseMember(const QString &line)
{
    static const QRegularExpression s_row(
        QStringLiteral("^ *(0x[0-9a-fA-F]{1,8}|[0-9]{1,10}) +([0-9]{1,6}) +"
                       "(?:[A-Z]{1,3}(?:,[A-Z]{1,3})* +)?(\\S+)( \\(local\\))?$"));
    const auto m = s_row.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const QString id = m.captured(1);
    PvecmMember member;
    member.nodeId =
        id.startsWith(QLatin1String("0x")) ? id.mid(2).toLongLong(&ok, 16) : id.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    member.votes = m.captured(2).toInt();
    member.name = m.captured(3);
    member.local = m.hasCaptured(4);
    return member;
}

bool isRule(const QString &line)
{
    const QString t = line.trimmed();
    return !t.isEmpty() &&
           (t.count(QLatin1Char('~')) == t.size() || t.count(QLatin1Char('-')) == t.size());
}

bool isTableTitle(const QString &line)
{
    static const QRegularExpression s_title(
        QStringLiteral("^ *Nodeid +Votes +(Name|Qdevice Name)$"));
    return s_title.match(line).hasMatch();
}

} // namespace

PvecmStatus parsePvecmStatus(const QString &text)
{
    static const QRegularExpression s_field(QStringLiteral("^([A-Za-z][A-Za-z ]*): +(.*)$"));
    static const QRegularExpression s_leadingInt(QStringLiteral("^([0-9]{1,9})\\b"));

    PvecmStatus status;
    bool sawQuorate = false;
    bool inMembers = false;
    bool sawTitle = false;
    const QStringList lines = parseutil::cleanLines(text);
    auto intField = [](const QString &value) {
        const auto m = s_leadingInt.match(value);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    };
    auto refuse = [](const QString &error) {
        PvecmStatus refused;
        refused.error = error;
        qCDebug(lcHealth) << "pvecm status not understood:" << error;
        return refused;
    };

    for (const QString &line : lines) {
        if (line.isEmpty() || isRule(line))
            continue;
        if (line.endsWith(QLatin1String(" information"))) {
            inMembers = line == QLatin1String("Membership information");
            continue;
        }
        if (inMembers) {
            if (isTableTitle(line)) {
                sawTitle = true;
                continue;
            }
            const auto member = parseMember(line);
            if (!sawTitle || !member)
                return refuse(
                    QCoreApplication::translate(
                        "pveha::PvecmStatus", "The line \"%1\" of pvecm status could not be read.")
                        .arg(parseutil::excerpt(line)));
            if (member->nodeId != 0) // the Qdevice's own row is not a node
                status.members.append(*member);
            continue;
        }
        const auto f = s_field.match(line);
        if (!f.hasMatch())
            continue; // free text such as a Qdevice section: not needed for the verdict
        const QString key = f.captured(1);
        const QString value = f.captured(2).trimmed();
        if (key == QLatin1String("Name"))
            status.clusterName = value;
        else if (key == QLatin1String("Config Version"))
            status.configVersion = intField(value);
        else if (key == QLatin1String("Transport"))
            status.transport = value;
        else if (key == QLatin1String("Nodes"))
            status.nodes = intField(value);
        else if (key == QLatin1String("Quorate")) {
            sawQuorate = value == QLatin1String("Yes") || value == QLatin1String("No");
            status.quorate = value == QLatin1String("Yes");
        } else if (key == QLatin1String("Expected votes"))
            status.expectedVotes = intField(value);
        else if (key == QLatin1String("Highest expected"))
            status.highestExpected = intField(value);
        else if (key == QLatin1String("Total votes"))
            status.totalVotes = intField(value);
        else if (key == QLatin1String("Quorum"))
            status.quorum = intField(value);
        else if (key == QLatin1String("Flags"))
            status.flags = value;
    }

    if (!sawQuorate || status.nodes < 0 || status.expectedVotes < 0 || status.totalVotes < 0 ||
        status.quorum < 0 || !sawTitle || status.members.size() != status.nodes)
        return refuse(lines.isEmpty()
                          ? QCoreApplication::translate("pveha::PvecmStatus",
                                                        "The output of pvecm status is empty.")
                          : QCoreApplication::translate(
                                "pveha::PvecmStatus",
                                "The output of pvecm status lacks its quorum, vote or membership "
                                "lines, or lists fewer members than it announces."));
    status.understood = true;
    return status;
}

QList<PvecmMember> parsePvecmNodes(const QString &text, QString *error)
{
    QList<PvecmMember> members;
    bool sawTitle = false;
    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        return QList<PvecmMember>();
    };
    if (error)
        error->clear();
    for (const QString &line : parseutil::cleanLines(text)) {
        if (line.isEmpty() || isRule(line) || line == QLatin1String("Membership information"))
            continue;
        if (!sawTitle && isTableTitle(line)) {
            sawTitle = true;
            continue;
        }
        const auto member = parseMember(line);
        if (!sawTitle || !member)
            return refuse(
                QCoreApplication::translate("pveha::PvecmStatus",
                                            "The line \"%1\" of pvecm nodes could not be read.")
                    .arg(parseutil::excerpt(line)));
        if (member->nodeId != 0)
            members.append(*member);
    }
    if (!sawTitle)
        return refuse(QCoreApplication::translate(
            "pveha::PvecmStatus", "The output of pvecm nodes has no membership table."));
    return members;
}

} // namespace pveha
