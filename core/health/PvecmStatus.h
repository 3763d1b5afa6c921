// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// One row of the "Membership information" table of `pvecm status` / `pvecm nodes`.
struct PvecmMember
{
    qint64 nodeId = 0; ///< from "0x00000002" (status) or "2" (nodes)
    int votes = 0;
    QString name;       ///< a node name (nodes) or the ring address (status)
    bool local = false; ///< "(local)": the node the command ran on
};

/// What `pvecm status` says about corosync's quorum.
struct PvecmStatus
{
    bool understood = false;
    QString error; ///< translated

    QString clusterName;
    int configVersion = -1;
    QString transport;
    int nodes = -1;
    bool quorate = false;
    int expectedVotes = -1;
    int highestExpected = -1;
    int totalVotes = -1;
    int quorum = -1;
    QString flags; ///< "Quorate", "Quorate Qdevice"…
    QList<PvecmMember> members;
};

/// Parses `pvecm status`. Needs the Quorate, vote and membership lines, and as many members as
/// "Nodes:" announces (so a cut output is refused).
[[nodiscard]] PvecmStatus parsePvecmStatus(const QString &text);

/// Parses `pvecm nodes`: the membership table alone. `error` (optional) is set, and the list
/// empty, when the output was not understood.
[[nodiscard]] QList<PvecmMember> parsePvecmNodes(const QString &text, QString *error = nullptr);

} // namespace pveha
