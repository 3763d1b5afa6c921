// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace pveha {

class ClusterSessions;
struct CliRequest;
struct HealthSnapshot;

/// `health`: the cluster's state gathered from every node, as the contract's JSON or as a
/// summary followed by the raw outputs of each node. Exit 0 only when `overall` is ok.
class HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::HealthCommand)
public:
    [[nodiscard]] static int run(ClusterSessions &sessions, const CliRequest &request,
                                 QTextStream &out, const QString &clusterName);
    static void printText(const HealthSnapshot &snapshot, QTextStream &out);
};

} // namespace pveha
