// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/MdStat.h"
#include "common/Logging.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pveha {

namespace {

using parseutil::clampToInt;
using parseutil::toCount;
using parseutil::toDecimal;

const QStringList &knownLevels()
{
    static const QStringList s_levels = {
        QStringLiteral("linear"), QStringLiteral("multipath"), QStringLiteral("faulty"),
        QStringLiteral("raid0"),  QStringLiteral("raid1"),     QStringLiteral("raid4"),
        QStringLiteral("raid5"),  QStringLiteral("raid6"),     QStringLiteral("raid10")};
    return s_levels;
}

MdSyncAction actionFromName(const QString &name)
{
    if (name == QLatin1String("resync"))
        return MdSyncAction::Resync;
    if (name == QLatin1String("recovery"))
        return MdSyncAction::Recovery;
    if (name == QLatin1String("check"))
        return MdSyncAction::Check;
    if (name == QLatin1String("repair"))
        return MdSyncAction::Repair;
    if (name == QLatin1String("reshape"))
        return MdSyncAction::Reshape;
    return MdSyncAction::None;
}

/// "md0 : active (auto-read-only) raid5 sdd1[4] sdc1[2](F)". Returns false on any token that
/// is not one of these.
bool parseHeader(const QString &name, const QString &rest, MdArray &array)
{
    static const QRegularExpression s_member(
        QStringLiteral("^([^\\[\\]()\\s]+)\\[(\\d{1,6})\\]((?:\\([A-Z]\\))*)$"));
    array.name = name;
    const QStringList tokens = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype i = 0;
    if (tokens.value(i) == QLatin1String("active"))
        array.active = true;
    else if (tokens.value(i) != QLatin1String("inactive"))
        return false;
    ++i;
    if (tokens.value(i) == QLatin1String("(read-only)")) {
        array.readOnly = true;
        ++i;
    } else if (tokens.value(i) == QLatin1String("(auto-read-only)")) {
        array.autoReadOnly = true;
        ++i;
    }
    if (knownLevels().contains(tokens.value(i)))
        array.level = tokens.at(i++);
    for (; i < tokens.size(); ++i) {
        const auto m = s_member.match(tokens.at(i));
        if (!m.hasMatch())
            return false;
        MdMember member;
        member.device = m.captured(1);
        member.index = clampToInt(toCount(m.capturedView(2)).value_or(0));
        const QString flags = m.captured(3);
        member.failed = flags.contains(QLatin1String("(F)"));
        member.spare = flags.contains(QLatin1String("(S)"));
        member.writeMostly = flags.contains(QLatin1String("(W)"));
        member.journal = flags.contains(QLatin1String("(J)"));
        member.replacement = flags.contains(QLatin1String("(R)"));
        array.members.append(member);
    }
    return array.active ? !array.level.isEmpty() : true;
}

/// The indented lines under a header: size and [n/m] [UU_], progress, DELAYED/PENDING, bitmap.
bool parseDetail(const QString &line, MdArray &array)
{
    static const QRegularExpression s_blocks(QStringLiteral("^(\\d+) blocks\\b"));
    static const QRegularExpression s_counts(QStringLiteral("\\[(\\d+)/(\\d+)\\] \\[([U_]*)\\]"));
    static const QRegularExpression s_progress(QStringLiteral(
        "(resync|recovery|check|repair|reshape) *= *([0-9.]+)%"
        "(?: *\\((\\d+)/(\\d+)\\))?(?: *finish=([0-9.]+)min)?(?: *speed=(\\d+)K/sec)?"));
    static const QRegularExpression s_pending(QStringLiteral("^(resync|recovery)=([A-Z]+)$"));

    const QString text = line.trimmed();
    if (const auto m = s_blocks.match(text); m.hasMatch()) {
        array.blocks = toCount(m.capturedView(1)).value_or(-1);
        if (const auto c = s_counts.match(text); c.hasMatch()) {
            const auto n = toCount(c.capturedView(1));
            const auto up = toCount(c.capturedView(2));
            const QString pattern = c.captured(3);
            if (!n || !up || *up > *n || pattern.size() != *n ||
                pattern.count(QLatin1Char('U')) != *up)
                return false;
            array.raidDisks = clampToInt(*n);
            array.disksUp = clampToInt(*up);
            array.pattern = pattern;
        }
        return array.blocks >= 0;
    }
    if (const auto m = s_progress.match(text); m.hasMatch()) {
        const auto percent = toDecimal(m.capturedView(2));
        if (!percent || *percent > 100.0)
            return false;
        array.syncAction = actionFromName(m.captured(1));
        array.syncPercent = *percent;
        array.syncPosition = toCount(m.capturedView(3)).value_or(-1);
        array.syncTotal = toCount(m.capturedView(4)).value_or(-1);
        array.finishMinutes = toDecimal(m.capturedView(5)).value_or(-1);
        array.speedKiBps = toCount(m.capturedView(6)).value_or(-1);
        return true;
    }
    if (const auto m = s_pending.match(text); m.hasMatch()) {
        array.pendingAction = m.captured(1);
        array.pendingReason = m.captured(2);
        return true;
    }
    if (text.startsWith(QLatin1String("bitmap:")))
        return true;
    qCDebug(lcHealth) << "mdstat: ignored detail line" << parseutil::excerpt(text);
    return true;
}

} // namespace

int MdArray::failedCount() const
{
    return clampToInt(
        std::count_if(members.begin(), members.end(), [](const MdMember &m) { return m.failed; }));
}

int MdArray::spareCount() const
{
    return clampToInt(std::count_if(members.begin(), members.end(),
                                    [](const MdMember &m) { return m.spare && !m.failed; }));
}

int MdArray::dataMemberCount() const
{
    return clampToInt(std::count_if(members.begin(), members.end(),
                                    [](const MdMember &m) { return !m.spare && !m.failed; }));
}

int MdArray::redundancy() const
{
    const int devices = raidDisks >= 0 ? raidDisks : clampToInt(members.size());
    if (level == QLatin1String("raid1") || level == QLatin1String("multipath"))
        return qMax(0, devices - 1);
    if (level == QLatin1String("raid4") || level == QLatin1String("raid5") ||
        level == QLatin1String("raid10"))
        return 1;
    if (level == QLatin1String("raid6"))
        return 2;
    return 0;
}

int MdArray::missingCount() const
{
    if (raidDisks >= 0)
        return raidDisks - disksUp;
    return clampToInt(std::count_if(members.begin(), members.end(),
                                    [](const MdMember &m) { return m.failed && !m.spare; }));
}

bool MdArray::failedBeyondRedundancy() const
{
    return active && missingCount() > redundancy();
}

QString MdArray::contractState() const
{
    if (!active)
        return QStringLiteral("inactive");
    if (syncAction == MdSyncAction::Recovery || pendingAction == QLatin1String("recovery"))
        return QStringLiteral("recovery");
    if (syncAction == MdSyncAction::Resync || !pendingAction.isEmpty())
        return QStringLiteral("resync");
    if (missingCount() > 0)
        return QStringLiteral("degraded");
    if (syncAction == MdSyncAction::Reshape)
        return QStringLiteral("resync");
    return QStringLiteral("clean");
}

std::optional<double> MdArray::progressPercent() const
{
    const QString state = contractState();
    if ((state == QLatin1String("resync") || state == QLatin1String("recovery")) &&
        syncPercent >= 0)
        return syncPercent;
    return std::nullopt;
}

int MdArray::contractMembers() const
{
    if (raidDisks >= 0)
        return raidDisks;
    return clampToInt(
        std::count_if(members.begin(), members.end(), [](const MdMember &m) { return !m.spare; }));
}

int MdArray::contractMembersUp() const
{
    return raidDisks >= 0 ? disksUp : dataMemberCount();
}

QString mdSyncActionName(MdSyncAction action)
{
    switch (action) {
    case MdSyncAction::Resync:
        return QStringLiteral("resync");
    case MdSyncAction::Recovery:
        return QStringLiteral("recovery");
    case MdSyncAction::Check:
        return QStringLiteral("check");
    case MdSyncAction::Repair:
        return QStringLiteral("repair");
    case MdSyncAction::Reshape:
        return QStringLiteral("reshape");
    case MdSyncAction::None:
        break;
    }
    return QString();
}

MdStat parseMdstat(const QString &text)
{
    static const QRegularExpression s_header(QStringLiteral("^(md[A-Za-z0-9_]*) : (.*)$"));
    static const QRegularExpression s_personality(QStringLiteral("\\[([a-z0-9]+)\\]"));

    MdStat stat;
    auto refuse = [&stat](const QString &error) {
        MdStat refused;
        refused.error = error;
        qCDebug(lcHealth) << "mdstat not understood:" << error;
        stat = refused;
        return stat;
    };

    bool sawPersonalities = false;
    bool sawUnused = false;
    MdArray *current = nullptr;
    const QStringList lines = parseutil::cleanLines(text);
    for (const QString &line : lines) {
        if (line.isEmpty()) {
            current = nullptr;
            continue;
        }
        if (sawUnused)
            return refuse(QCoreApplication::translate(
                              "pveha::MdStat", "The line \"%1\" follows the end of /proc/mdstat.")
                              .arg(parseutil::excerpt(line)));
        if (line.startsWith(QLatin1String("Personalities :"))) {
            sawPersonalities = true;
            auto it = s_personality.globalMatch(line);
            while (it.hasNext())
                stat.personalities.append(it.next().captured(1));
            continue;
        }
        if (line.startsWith(QLatin1String("unused devices:"))) {
            sawUnused = true;
            const QString rest = line.mid(15).trimmed();
            if (rest != QLatin1String("<none>"))
                stat.unusedDevices = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            current = nullptr;
            continue;
        }
        if (line.at(0).isSpace()) {
            if (!current || !parseDetail(line, *current))
                return refuse(
                    QCoreApplication::translate(
                        "pveha::MdStat", "The line \"%1\" of /proc/mdstat could not be read.")
                        .arg(parseutil::excerpt(line.trimmed())));
            continue;
        }
        const auto header = s_header.match(line);
        MdArray array;
        if (!sawPersonalities || !header.hasMatch() ||
            !parseHeader(header.captured(1), header.captured(2), array))
            return refuse(QCoreApplication::translate(
                              "pveha::MdStat", "The line \"%1\" of /proc/mdstat could not be read.")
                              .arg(parseutil::excerpt(line)));
        stat.arrays.append(array);
        current = &stat.arrays.last();
    }

    if (!sawPersonalities || !sawUnused)
        return refuse(
            lines.isEmpty()
                ? QCoreApplication::translate("pveha::MdStat", "/proc/mdstat is empty.")
                : QCoreApplication::translate(
                      "pveha::MdStat",
                      "/proc/mdstat lacks its Personalities line or its closing "
                      "\"unused devices\" line: the output is cut or is not /proc/mdstat."));
    for (const MdArray &array : std::as_const(stat.arrays)) {
        if (array.active && array.blocks < 0)
            return refuse(QCoreApplication::translate(
                              "pveha::MdStat", "The array %1 has no size line in /proc/mdstat.")
                              .arg(array.name));
    }
    stat.understood = true;
    return stat;
}

} // namespace pveha
