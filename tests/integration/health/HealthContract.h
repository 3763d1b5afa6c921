// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The `health --json` document of contract/CLI.md, checked field by field: every name and type,
// and what each node's RAID array must show.

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace pveha::test {

/// What a node's entry of the contract's "raid" array must hold.
struct RaidRow
{
    QString state = QStringLiteral("clean");
    int membersUp = 4;
    QString pattern = QStringLiteral("UUUU");
};

/// What is wrong with `doc`: keys, types, sums, the RAID rows (one per node of `raid`, nothing
/// else), HA quorate with vm:100 started on node-01, Stockage-HA active on every node. Empty
/// when it is as the contract says.
QStringList contractProblems(const QJsonObject &doc, const QMap<QString, RaidRow> &raid);

} // namespace pveha::test
