// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/PrettyJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pveha {

namespace {

QByteArray scalar(const QJsonValue &value)
{
    // QJsonDocument holds only arrays and objects: wrap the scalar and strip the brackets.
    const QByteArray compact = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return compact.mid(1, compact.size() - 2);
}

void write(const QJsonValue &value, const QStringList &order, int depth, QByteArray &out)
{
    const QByteArray indent(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent;
            write(array.at(i), order, depth + 1, out);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += closing + ']';
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{}";
            return;
        }
        QStringList keys = object.keys();
        const auto rank = [&](const QString &k) {
            const qsizetype r = order.indexOf(k);
            return r < 0 ? order.size() : r;
        };
        std::stable_sort(keys.begin(), keys.end(),
                         [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent + scalar(QJsonValue(keys.at(i))) + ": ";
            write(object.value(keys.at(i)), order, depth + 1, out);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
    } else {
        out += scalar(value);
    }
}

} // namespace

QByteArray toPrettyJson(const QJsonValue &value, const QStringList &keyOrder)
{
    QByteArray out;
    write(value, keyOrder, 0, out);
    out += '\n';
    return out;
}

} // namespace pveha
