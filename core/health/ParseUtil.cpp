// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/ParseUtil.h"

#include <QRegularExpression>

#include <climits>
#include <cmath>

namespace pveha::parseutil {

QStringList cleanLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        qsizetype end = line.size();
        while (end > 0 && line.at(end - 1).isSpace())
            --end;
        line.truncate(end);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

std::optional<qint64> toCount(QStringView text)
{
    if (text.isEmpty() || text.size() > 19)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

std::optional<double> toDecimal(QStringView text)
{
    static const QRegularExpression s_decimal(QStringLiteral("^[0-9]{1,15}(\\.[0-9]{1,15})?$"));
    if (!s_decimal.match(text).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> jsonCount(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 count = value.toInteger(-1);
    if (count < 0)
        return std::nullopt;
    return count;
}

int clampToInt(qint64 count)
{
    return count > INT_MAX ? INT_MAX : static_cast<int>(count);
}

QString excerpt(const QString &line)
{
    QString out = line.left(120);
    for (QChar &c : out) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    if (line.size() > 120)
        out += QStringLiteral("…");
    return out;
}

} // namespace pveha::parseutil
