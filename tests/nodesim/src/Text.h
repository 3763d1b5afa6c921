// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QRegularExpression>
#include <QString>

namespace pveha::sim {

/// POSIX basic (or extended) regular expression to PCRE, as grep and sed understand them.
QString posixToPcre(const QString &re, bool extended);
QRegularExpression posixRegex(const QString &re, bool extended, bool caseInsensitive);

} // namespace pveha::sim
