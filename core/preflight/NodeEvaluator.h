// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/Finding.h"
#include "preflight/PingResult.h"

#include <QCoreApplication>

namespace pveha {

struct ClusterSpec;

/// Turns what a node printed into findings, against the spec. Pure functions: the runner
/// gathers the outputs, these decide, so every rule is unit-tested on real outputs.
class NodeEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(pveha::NodeEvaluator)
public:
    [[nodiscard]] static Finding pveVersion(const PveVersion &version, int exitCode,
                                            const QString &output);
    [[nodiscard]] static Finding osDisk(const BlockDeviceList &disks, const ClusterSpec &spec);
    [[nodiscard]] static Finding dbDevice(const BlockDeviceList &disks, const ClusterSpec &spec);
    [[nodiscard]] static Finding raidDisks(const BlockDeviceList &disks, const ClusterSpec &spec);
    [[nodiscard]] static Finding interface(const NetInterfaceList &interfaces,
                                           const ClusterSpec &spec);
    [[nodiscard]] static Finding hostname(const QString &hostname, const QString &expected);
    [[nodiscard]] static Finding timeSync(const TimeSync &sync, const QString &output);
    [[nodiscard]] static Finding rootSpace(const QString &dfOutput);
    /// Whether the node already belongs to a cluster: none is fine, the spec's own cluster is a
    /// resumed deployment, another one is a failure (a node cannot join two clusters).
    [[nodiscard]] static Finding existingCluster(const QString &corosyncConf,
                                                 const ClusterSpec &spec);
    /// Whether the package repositories answer (`apt-get update`): the Ceph packages come from
    /// them. Proxmox's enterprise repository refusing a node without subscription is a warning.
    [[nodiscard]] static Finding repositories(const QString &output, int exitCode);
    [[nodiscard]] static Finding nameResolution(const QString &hostsFile, const ClusterSpec &spec,
                                                int nodeIndex);
    /// One pair of the MTU mesh, from the ping's output.
    [[nodiscard]] static MeshEntry meshEntry(const QString &from, const QString &to, int mtu,
                                             const PingResult &ping);

    /// "6.0 TB": disks are sold in decimal units, as the admin ordered them.
    [[nodiscard]] static QString decimalSize(qint64 bytes);
    /// `cluster_name: X` from a corosync.conf, or empty.
    [[nodiscard]] static QString clusterName(const QString &corosyncConf);
    /// A finding with its id, status and message (the other fields stay empty).
    [[nodiscard]] static Finding finding(const char *id, CheckStatus status,
                                         const QString &message);
};

} // namespace pveha
