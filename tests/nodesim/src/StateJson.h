// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// JSON helpers shared by the node and cluster state (de)serialisers.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace pveha::sim::statejson {

inline QJsonArray strs(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

inline QStringList strs(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

inline qint64 i64(const QJsonValue &v)
{
    return static_cast<qint64>(v.toDouble());
}

template<typename T, typename F>
QJsonArray listTo(const QList<T> &l, F f)
{
    QJsonArray a;
    for (const T &x : l)
        a.append(f(x));
    return a;
}

template<typename T, typename F>
QList<T> listFrom(const QJsonValue &v, F f)
{
    QList<T> out;
    for (const QJsonValue &x : v.toArray())
        out << f(x.toObject());
    return out;
}

} // namespace pveha::sim::statejson
