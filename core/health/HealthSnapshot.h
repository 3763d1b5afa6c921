// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/CephOsdTree.h"
#include "health/CephStatus.h"
#include "health/HaStatus.h"
#include "health/MdStat.h"
#include "health/PveStorage.h"
#include "health/PvecmStatus.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pveha {

/// What one command returned on one node. `collected` false means it was not run (or its output
/// never came back); the evaluator then says so instead of assuming anything.
struct CommandOutput
{
    bool collected = false;
    int exitCode = 0;
    QString text;      ///< stdout, as received
    QString errorText; ///< stderr: shown in messages and the log, never parsed
};

/// Everything the gatherer got from one node, untouched. Health needs `cephJson`, `mdstat`,
/// `haStatus` and `pvesmStatus` (CLI.md); `cephPlain` is for the raw view (and a fallback when
/// the JSON cannot be read); `pvecmStatus` and `osdTree` are optional and used when collected.
struct NodeOutputs
{
    QString node;
    bool reachable = true;
    QString unreachableReason; ///< translated, from the transport
    CommandOutput cephJson;    ///< ceph -s --format json
    CommandOutput cephPlain;   ///< ceph -s
    CommandOutput mdstat;      ///< cat /proc/mdstat
    CommandOutput haStatus;    ///< ha-manager status
    CommandOutput pvesmStatus; ///< pvesm status
    CommandOutput pvecmStatus; ///< pvecm status (optional)
    CommandOutput osdTree;     ///< ceph osd tree (optional: names the down OSDs in the hints)
};

/// One node's outputs and what the parsers made of them. A part whose command was not collected
/// stays not understood with an empty error.
struct NodeHealth
{
    NodeOutputs raw;
    CephStatus ceph; ///< this node's view of the cluster (JSON first, else plain)
    MdStat mdstat;
    HaStatus ha;
    QList<PveStorage> storages;
    bool storagesUnderstood = false;
    QString storagesError;
    PvecmStatus pvecm;
    CephOsdTree osdTree;

    [[nodiscard]] const QString &name() const { return raw.node; }
};

enum class HealthLevel { Ok, Warn, Error };

/// One reason the cluster is not `ok`, as a translated sentence and, where one helps, what to do.
struct HealthReason
{
    HealthLevel level = HealthLevel::Warn;
    QString node;    ///< empty for cluster-wide reasons
    QString subject; ///< stable id for tests and the report: "ceph.OSD_DOWN", "raid.md0"…
    QString text;    ///< translated sentence
    QString hint;    ///< translated "what to do", may be empty
};

/// The decision: ok only when every output was understood and nothing is wrong.
struct HealthVerdict
{
    HealthLevel overall = HealthLevel::Error;
    QList<HealthReason> reasons;
};

/// One gathering across all nodes: raw texts, parsed parts, the cluster-wide views (Ceph and HA
/// are the same on every node: the first understood one is used, a quorate node's first for HA)
/// and the verdict.
struct HealthSnapshot
{
    QDateTime gatheredAt;
    QList<NodeHealth> nodes;
    CephStatus ceph;
    QString cephNode; ///< node whose `ceph -s` gave `ceph`; empty when none was understood
    HaStatus ha;
    QString haNode;
    HealthVerdict verdict;

    /// Parses every output, picks the cluster-wide views and evaluates. Pure: no I/O.
    [[nodiscard]] static HealthSnapshot fromOutputs(const QList<NodeOutputs> &outputs,
                                                    const QDateTime &gatheredAt = QDateTime());
    /// Parses one node's outputs.
    [[nodiscard]] static NodeHealth parseNode(const NodeOutputs &outputs);

    [[nodiscard]] HealthLevel overall() const { return verdict.overall; }
    /// "ok", "warn" or "error" as the contract spells it.
    [[nodiscard]] static QString levelName(HealthLevel level);
};

} // namespace pveha
