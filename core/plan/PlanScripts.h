// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pveha::scripts {

/// A word for the shell: unchanged when it is made of safe characters, otherwise in single
/// quotes. Every spec value passed here was already validated against a strict pattern.
[[nodiscard]] QString q(const QString &word);
/// `printf '%s\n' 'line' …`: prints lines without any file redirection.
[[nodiscard]] QString printLines(const QStringList &lines);
/// Exit 0 when the block between the marker lines of `file` is exactly `lines`.
[[nodiscard]] QString blockIs(const QString &file, const QString &begin, const QString &end,
                              const QStringList &lines);
/// Replaces (or appends) the block between the marker lines, keeping the rest of the file.
[[nodiscard]] QString writeBlock(const QString &file, const QString &begin, const QString &end,
                                 const QStringList &lines);
/// Fails unless every device is free of signatures (partition table, filesystem, RAID, LVM),
/// checked on the node itself right before a destructive action.
[[nodiscard]] QString refuseUnlessEmpty(const QStringList &devices);
/// sed address of a marker line (escaped for a basic regular expression).
[[nodiscard]] QString sedLine(const QString &line);

} // namespace pveha::scripts
