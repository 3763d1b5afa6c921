// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/PveVersion.h"

#include <QRegularExpression>

namespace pveha {

QString PveVersion::toString() const
{
    return found ? QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch) : QString();
}

PveVersion PveVersion::parse(const QString &output)
{
    // Both spellings name pve-manager: "pve-manager/8.2.4/…" and "pve-manager: 9.1.1 (…".
    static const QRegularExpression re(
        QStringLiteral("^pve-manager(?:/|: )(\\d+)\\.(\\d+)(?:\\.(\\d+))?"),
        QRegularExpression::MultilineOption);
    PveVersion v;
    const QRegularExpressionMatch m = re.match(output);
    if (!m.hasMatch())
        return v;
    v.found = true;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    return v;
}

TimeSync TimeSync::parse(const QString &output)
{
    TimeSync t;
    static const QRegularExpression ntp(QStringLiteral("^NTPSynchronized=(yes|no)\\s*$"),
                                        QRegularExpression::MultilineOption);
    if (const auto m = ntp.match(output); m.hasMatch()) {
        t.understood = true;
        t.source = QStringLiteral("timedatectl");
        t.synchronised = m.captured(1) == QLatin1String("yes");
        return t;
    }
    static const QRegularExpression leap(QStringLiteral("^Leap status\\s*:\\s*(.+?)\\s*$"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression offset(
        QStringLiteral("^System time\\s*:\\s*([0-9.]+) seconds (fast|slow) of NTP time"),
        QRegularExpression::MultilineOption);
    if (const auto m = leap.match(output); m.hasMatch()) {
        t.understood = true;
        t.source = QStringLiteral("chrony");
        if (const auto o = offset.match(output); o.hasMatch())
            t.offsetSeconds =
                o.captured(1).toDouble() * (o.captured(2) == QLatin1String("slow") ? -1 : 1);
        t.synchronised = m.captured(1) == QLatin1String("Normal") && qAbs(t.offsetSeconds) < 0.05;
    }
    return t;
}

} // namespace pveha
