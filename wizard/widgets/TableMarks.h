// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/SpecProblem.h"

#include <QStringList>

#include <functional>

class QTableWidget;

namespace pveha {

/// Marks the cells of a table that edits a list of the spec (`nodes`, `firewall.extraRules`):
/// a problem at `listPath[row].field` tints the cell, gives it the status icon and puts the
/// message in its tooltip; cells without problems get `help(column)` back as tooltip.
/// `fields` names the spec field of each column (empty for a column with none).
void markTableCells(QTableWidget *table, const QString &listPath, const QStringList &fields,
                    const QList<SpecProblem> &blocking, const QList<SpecProblem> &advisory,
                    const std::function<QString(int column)> &help);

} // namespace pveha
