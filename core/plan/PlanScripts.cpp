// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanScripts.h"

#include "spec/Validators.h"

namespace pveha::scripts {

QString q(const QString &word)
{
    return validators::shellQuote(word);
}

QString printLines(const QStringList &lines)
{
    QString out = QStringLiteral("printf '%s\\n'");
    for (const QString &line : lines)
        out += QLatin1Char(' ') + (line.isEmpty() ? QStringLiteral("''") : q(line));
    return out;
}

QString sedLine(const QString &line)
{
    QString escaped;
    for (const QChar c : line) {
        if (QStringLiteral(".[]*^$\\/").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('/') + QLatin1Char('^') + escaped + QLatin1Char('$') + QLatin1Char('/');
}

QString blockIs(const QString &file, const QString &begin, const QString &end,
                const QStringList &lines)
{
    QStringList all{begin};
    all << lines << end;
    return QStringLiteral("[ \"$(sed -n %1 %2)\" = \"$(%3)\" ]")
        .arg(q(sedLine(begin) + QLatin1Char(',') + sedLine(end) + QLatin1Char('p')), q(file),
             printLines(all));
}

QString writeBlock(const QString &file, const QString &begin, const QString &end,
                   const QStringList &lines)
{
    QStringList all{begin};
    all << lines << end;
    return QStringLiteral("sed -i %1 %2 && %3 | tee -a %2 >/dev/null")
        .arg(q(sedLine(begin) + QLatin1Char(',') + sedLine(end) + QLatin1Char('d')), q(file),
             printLines(all));
}

QString refuseUnlessEmpty(const QStringList &devices)
{
    QStringList quoted;
    for (const QString &d : devices)
        quoted << q(d);
    return QStringLiteral("for d in %1; do\n"
                          "  if [ -n \"$(wipefs -n \"$d\")\" ]; then echo \"$d is not empty "
                          "(wipefs found a signature): "
                          "refusing to erase it\" >&2; exit 1; fi\n"
                          "done")
        .arg(quoted.join(QLatin1Char(' ')));
}

} // namespace pveha::scripts
