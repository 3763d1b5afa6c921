// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pveha {

/// Reads a ClusterSpec out of its JSON form. Reading never guesses: a value of the wrong JSON
/// type (`"sshPort": "22"`) is a problem with its path, and the field keeps its default so that
/// the validator can still check the rest. Fields the format does not know are tolerated and
/// reported as notices.
class SpecReader
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SpecReader)
public:
    /// Defaults that depend on other fields (the Ceph networks follow network.cidr, ha.nodes
    /// lists every node) are filled in here.
    [[nodiscard]] static ClusterSpec read(const QJsonObject &root, QList<SpecProblem> *problems,
                                          QList<SpecProblem> *notices);
};

} // namespace pveha
