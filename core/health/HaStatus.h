// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// `lrm NODE (STATUS, TIME)`: one node's local resource manager as `ha-manager status` shows it.
struct HaLrm
{
    QString node;
    QString status; ///< active, idle, wait_for_agent_lock, lost_agent_lock, "maintenance mode"…
    QString timestamp;       ///< as printed (local time of the node that ran the command)
    bool dead = false;       ///< "old timestamp - dead?": no update for more than 30 s
    bool timeDrift = false;  ///< "detected time drift!"
    bool unreadable = false; ///< "unable to read lrm status"
};

/// `service vm:100 (NODE, STATE)`.
struct HaService
{
    QString sid;   ///< "vm:100", "ct:200"
    QString node;  ///< "---" when the CRM knows none
    QString state; ///< started, stopped, fence, recovery, freeze, migrate, relocate, error,
                   ///< request_stop, request_start, starting, stopping, queued, disabled,
                   ///< ignored, deleting, "not found", "clearing error flag"…
};

/// What `ha-manager status` says on one node (PVE 7, 8 and 9 print the same lines; PVE 9 adds
/// states such as request_start, and the master may end with " - static load CRS").
struct HaStatus
{
    bool understood = false;
    QString error; ///< translated

    bool quorate = false;
    QString quorumText; ///< "OK" or "No quorum on node 'pve1'!"
    bool hasMaster = false;
    QString masterNode;
    QString masterStatus; ///< active, idle, "old timestamp - dead?", "detected time drift!"
    QString masterTimestamp;
    QString masterExtra; ///< "static load CRS" after " - ", else empty
    QList<HaLrm> lrms;
    QList<HaService> services;

    [[nodiscard]] bool masterDead() const;
};

[[nodiscard]] HaStatus parseHaManagerStatus(const QString &text);

} // namespace pveha
