// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QJsonObject>
#include <QJsonValue>

namespace pveha {

/// Writes a ClusterSpec as JSON (every field, so a saved file shows the defaults it relies on)
/// and renders JSON values for messages. Reading is SpecReader's job.
class SpecJson
{
public:
    [[nodiscard]] static QJsonObject write(const ClusterSpec &spec);
    /// Pretty JSON with the keys in the order SPEC.md lists them (QJsonDocument would sort
    /// them alphabetically, putting "version" last), two-space indentation, final newline.
    [[nodiscard]] static QByteArray toPrettyJson(const QJsonObject &object);
    /// Every key of the format, in the order SPEC.md lists them (also orders problem lists).
    [[nodiscard]] static const QStringList &keyOrder();
    /// A JSON value as a message shows it: strings quoted, control characters escaped, long
    /// values shortened, arrays and objects abbreviated.
    [[nodiscard]] static QString display(const QJsonValue &value);
};

} // namespace pveha
