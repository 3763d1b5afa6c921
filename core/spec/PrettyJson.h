// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace pveha {

/// Writes JSON for people to read and edit: two-space indentation, one array item per line,
/// object keys in the given order (keys not listed follow, alphabetically), final newline.
/// QJsonDocument cannot keep a key order: it always sorts keys.
[[nodiscard]] QByteArray toPrettyJson(const QJsonValue &value, const QStringList &keyOrder);

} // namespace pveha
