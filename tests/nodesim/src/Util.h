// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the tool families.
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pveha::sim {

/// Splits coreutils-style arguments: clustered short flags (-rf) from `allowed`, operands,
/// "--" ends options. Long options must be handled by the caller first. Returns the first
/// unknown flag character, or QChar() when all were known.
QChar splitShortFlags(const QStringList &args, const QString &allowed, QSet<QChar> *flags,
                      QStringList *operands);
/// util-linux human size: 476.9G, 5.5T, 512M (base 1024, one decimal, ".0" dropped).
QString humanSize(qint64 bytes);
/// Deterministic pseudo-random hex of n characters derived from a seed string.
QString seededHex(const QString &seed, int n);
/// A UUID (8-4-4-4-12) derived from a seed string.
QString seededUuid(const QString &seed);
/// IPv4 helpers.
bool parseCidr(const QString &cidr, quint32 *addr, int *prefix);
quint32 ipv4(const QString &addr, bool *ok = nullptr);
bool sameSubnet(const QString &cidr, const QString &addr);
/// Plain-text table: columns padded to the widest cell, separated by `gap` spaces;
/// rightAlign[i] aligns column i to the right. No trailing spaces on the last column
/// when it is left-aligned.
QString textTable(const QList<QStringList> &rows, const QList<bool> &rightAlign, int gap);

} // namespace pveha::sim
