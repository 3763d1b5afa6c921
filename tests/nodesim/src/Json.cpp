// SPDX-License-Identifier: GPL-3.0-or-later
#include "Json.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QStringList>

namespace pveha::sim::json {

QByteArray str(const QString &s)
{
    QByteArray out;
    out.reserve(s.size() + 2);
    out += '"';
    for (const QChar c : s) {
        const ushort u = c.unicode();
        if (u == '"')
            out += "\\\"";
        else if (u == '\\')
            out += "\\\\";
        else if (u == '\n')
            out += "\\n";
        else if (u == '\t')
            out += "\\t";
        else if (u < 0x20)
            out += QByteArray("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

QByteArray num(qint64 v)
{
    return QByteArray::number(v);
}

QByteArray real(double v)
{
    // Python/ceph style: integral doubles keep one decimal.
    QByteArray b = QByteArray::number(v, 'g', 16);
    if (!b.contains('.') && !b.contains('e'))
        b += ".0";
    return b;
}

QByteArray boolean(bool v)
{
    return v ? QByteArray("true") : QByteArray("false");
}
QByteArray null()
{
    return QByteArray("null");
}
QByteArray strOrNull(const QString &s)
{
    return s.isNull() ? null() : str(s);
}

QByteArray obj(const Fields &fields, Style style)
{
    const char *sep = style == Style::Compact ? "," : ", ";
    const char *colon = style == Style::Compact ? ":" : ": ";
    QByteArray out("{");
    bool first = true;
    for (const auto &f : fields) {
        if (!first)
            out += sep;
        first = false;
        out += str(QString::fromLatin1(f.first));
        out += colon;
        out += f.second;
    }
    out += '}';
    return out;
}

QByteArray arr(const QList<QByteArray> &items, Style style)
{
    return QByteArray("[") + items.join(style == Style::Compact ? "," : ", ") + QByteArray("]");
}

QByteArray strArr(const QStringList &items, Style style)
{
    QList<QByteArray> parts;
    for (const QString &s : items)
        parts << str(s);
    return arr(parts, style);
}

} // namespace pveha::sim::json
