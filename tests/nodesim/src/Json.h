// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real tools print JSON with their own key order and spacing (ip, ceph, lsblk differ);
// QJsonDocument sorts keys, so the simulator writes JSON text itself with these helpers.
#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>
#include <vector>

namespace pveha::sim::json {

using Field = std::pair<const char *, QByteArray>;
using Fields = std::vector<Field>;

enum class Style { Compact, Spaced }; // Compact: {"a":1} (ip); Spaced: {"a": 1} (ceph, python)

QByteArray str(const QString &s);
QByteArray num(qint64 v);
QByteArray real(double v);
QByteArray boolean(bool v);
QByteArray null();
QByteArray strOrNull(const QString &s);
QByteArray obj(const Fields &fields, Style style = Style::Spaced);
QByteArray arr(const QList<QByteArray> &items, Style style = Style::Spaced);
QByteArray strArr(const QStringList &items, Style style = Style::Spaced);

} // namespace pveha::sim::json
