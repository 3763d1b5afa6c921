// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace pveha::parseutil {

/// Helpers shared by the status parsers. They never throw and never guess: a value that is not
/// exactly what the tool prints comes back empty, so the caller can refuse the whole output.

/// The lines of a command's output with trailing spaces (and CR) removed. Plain `ceph -s`
/// separates its sections with lines holding a single space: those become empty lines.
[[nodiscard]] QStringList cleanLines(const QString &text);

/// A non-negative decimal integer that fits in qint64 ("12", not "12x", "-1" or 30 digits).
[[nodiscard]] std::optional<qint64> toCount(QStringView text);

/// A non-negative decimal number such as "8.5" or "17.0".
[[nodiscard]] std::optional<double> toDecimal(QStringView text);

/// A JSON number that is a whole, non-negative value representable as qint64. Strings,
/// fractions, negative or huge numbers give nothing.
[[nodiscard]] std::optional<qint64> jsonCount(const QJsonValue &value);

/// `count` clamped to int (counts of daemons and PGs never approach INT_MAX on a real cluster).
[[nodiscard]] int clampToInt(qint64 count);

/// Text shown in error messages: the line cut to a readable length, control characters replaced.
[[nodiscard]] QString excerpt(const QString &line);

} // namespace pveha::parseutil
