// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/SpecProblem.h"

#include <QStringList>

namespace pveha {

QString formatProblems(const QList<SpecProblem> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const SpecProblem &p : problems)
        lines << (p.path.isEmpty() ? p.message : p.path + QLatin1String(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

QString quotedValue(const QString &value)
{
    return QLatin1Char('"') + escapedValue(value) + QLatin1Char('"');
}

QString escapedValue(const QString &value)
{
    constexpr qsizetype maxShown = 60;
    QString out;
    const QString shown = value.size() > maxShown ? value.left(maxShown) : value;
    for (const QChar c : shown) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (shown.size() < value.size())
        out += QChar(0x2026);
    return out;
}

} // namespace pveha
