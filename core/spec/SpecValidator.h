// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QCoreApplication>

namespace pveha {

/// Checks a ClusterSpec against the rules of SPEC.md and reports every problem with its field
/// path and a sentence that says what is wrong and what is allowed. Many values reach root
/// shells on the nodes, so every such value is held to a strict allow-list (see Validators.h);
/// a value that fails here never gets near a command line.
class SpecValidator
{
    Q_DECLARE_TR_FUNCTIONS(pveha::SpecValidator)
public:
    explicit SpecValidator(const ClusterSpec &spec)
        : m_spec(spec)
    {}

    /// All problems, in the order of the file's sections (the firewall last).
    [[nodiscard]] QList<SpecProblem> validate();

    /// Problems of an IPv4 CIDR field (syntax, host bits), shared with FirewallValidator.
    /// `example` is shown as what a good value looks like.
    static void checkCidr(QList<SpecProblem> &problems, const QString &path, const QString &value,
                          const QString &example);

private:
    /// "list[index]", the path of a list entry in messages.
    static QString at(const QString &list, qsizetype index);
    /// "nodes[index].field".
    static QString nodePath(qsizetype index, const char *field);
    void add(const QString &path, const QString &message) { m_problems.append({path, message}); }
    void checkGeneral();
    void checkNodes();
    void checkNetwork();
    void checkStorage();
    void checkDevice(const QString &path, const QString &value, const QString &example);
    void checkCeph();
    void checkHa();

    const ClusterSpec &m_spec;
    QList<SpecProblem> m_problems;
};

} // namespace pveha
