// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/BlockDevices.h"
#include "preflight/NetInterfaces.h"
#include "preflight/PveVersion.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace pveha {

/// pass / warn / fail / skip, as the contract spells them and the UI shows them.
enum class CheckStatus { Pass, Warn, Fail, Skip };
[[nodiscard]] QString checkStatusName(CheckStatus status);

/// One check's result on one node: what was checked, what was found, what was expected, in a
/// sentence for the admin, with the raw command output kept for the details view.
struct Finding
{
    QString id; ///< e.g. "disk.raid" (CLI.md lists the ids every node has)
    CheckStatus status = CheckStatus::Skip;
    QString message; ///< translated
    QJsonValue observed;
    QJsonValue expected;
    QString command; ///< what ran on the node
    QString details; ///< its raw output (stdout, then stderr)

    [[nodiscard]] QJsonObject toJson() const;
};

/// What the preflight learnt about a node, kept for the plan (PVE 8 or 9) and for the
/// destructive confirmation (each disk's model, serial and size).
struct NodeFacts
{
    bool reached = false;
    PveVersion pve;
    BlockDeviceList disks;
    NetInterfaceList interfaces;
    QString hostname;
    bool privateNetworkUp = false; ///< the private address is already on an interface
    QString existingCluster;       ///< cluster_name of an existing corosync.conf, if any
};

struct NodeReport
{
    QString node;
    QList<Finding> findings;
    NodeFacts facts;

    [[nodiscard]] const Finding *find(const QString &id) const;
    [[nodiscard]] bool unreachable() const;
};

/// One ordered pair of the MTU mesh.
struct MeshEntry
{
    QString from;
    QString to;
    int mtu = 0;
    CheckStatus status = CheckStatus::Skip;
    QString message;
    QString details;
};

/// Everything one validate found: per node, the mesh, and the counts.
struct PreflightReport
{
    QList<NodeReport> nodes;
    QList<MeshEntry> mesh;

    [[nodiscard]] int count(CheckStatus status) const;
    [[nodiscard]] bool anyUnreachable() const;
    /// The `validate --json` document of CLI.md.
    [[nodiscard]] QJsonObject toContractJson() const;
    /// The contract's document plus each check's raw output and the facts the plan and the
    /// report use (PVE version, disks with model, serial and size).
    [[nodiscard]] QJsonObject toReportJson() const;
    /// 0 nothing failed, 1 a check failed, 3 a node could not be reached (CLI.md).
    [[nodiscard]] int exitCode() const;
};

} // namespace pveha
