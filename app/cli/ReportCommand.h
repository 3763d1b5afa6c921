// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace pveha {

struct ClusterSpec;
struct CliRequest;

/// `report --out FILE.html`: the self-contained HTML report of the cluster, from what the journal
/// kept (deploy runs, latest preflight, health snapshot and crash test). Exit 0 when written,
/// 1 when nothing is recorded for the cluster yet (it says which command to run first) or the
/// file cannot be written, 2 without --out.
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::ReportCommand)
public:
    [[nodiscard]] static int run(const ClusterSpec &spec, const CliRequest &request,
                                 QTextStream &out, QTextStream &err);
};

} // namespace pveha
