// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QCoreApplication>

namespace pveha {

/// Checks the `firewall` section, including the rule sets derived from it: OVHcloud's Edge
/// firewall takes at most 20 rules per IP, one per sequence, and a set that lets no admin reach
/// SSH would lock the admin out of every node.
class FirewallValidator
{
    Q_DECLARE_TR_FUNCTIONS(pveha::FirewallValidator)
public:
    explicit FirewallValidator(const ClusterSpec &spec)
        : m_spec(spec)
    {}

    [[nodiscard]] QList<SpecProblem> validate();

private:
    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }
    void checkSources(const QString &path, const QStringList &sources);
    void checkExtraRule(int index);
    void checkDerived();

    const ClusterSpec &m_spec;
    QList<SpecProblem> m_problems;
};

} // namespace pveha
