// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QCoreApplication>

namespace pveha {

/// Decides ok / warn / error from the parsed parts of a snapshot, with the reasons as translated
/// sentences and hints on what to do. Pure: the same snapshot always gives the same verdict.
/// Error: Ceph HEALTH_ERR or monitors below majority, no quorum, an unreachable node, a RAID array
/// inactive or failed beyond its redundancy, an HA resource in `error`, Ceph or HA unreadable on
/// every node. Warn: the rest of what is not fine, including any output that was not understood.
class HealthEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(pveha::HealthEvaluator)
public:
    [[nodiscard]] static HealthVerdict evaluate(const HealthSnapshot &snapshot);

    /// What to do about a Ceph health check (by id, else by message); empty without advice.
    [[nodiscard]] static QString cephCheckHint(const CephHealthCheck &check);

private:
    explicit HealthEvaluator(const HealthSnapshot &snapshot)
        : m_snapshot(snapshot)
    {}

    void add(HealthLevel level, const QString &node, const QString &subject, const QString &text,
             const QString &hint = QString());
    void unreadable(const NodeHealth &node, const CommandOutput &output, const QString &command,
                    const QString &parserError, const QString &subject);
    void checkOutputs(const NodeHealth &node);
    void checkCeph();
    void checkCephCounts(const CephStatus &ceph);
    /// The hint for down OSDs, naming each one and its node when `ceph osd tree` was read.
    [[nodiscard]] QString osdDownHint() const;
    void checkQuorum();
    void checkHa();
    void checkRaid(const NodeHealth &node);
    void checkArray(const QString &node, const MdArray &array);
    void checkStorages(const NodeHealth &node);

    const HealthSnapshot &m_snapshot;
    QList<HealthReason> m_reasons;
};

} // namespace pveha
