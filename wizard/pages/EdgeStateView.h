// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeResult.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pveha {

/// The Edge firewall of every node as the Firewall apply page knows it: a table of nodes
/// (address, firewall state, difference, result) and, for the selected node, its rules side by
/// side by priority: what the firewall holds now, what it should hold, and what will change.
class EdgeStateView : public QWidget
{
    Q_OBJECT
public:
    enum NodeColumn { NodeColumn, AddressColumn, FirewallColumn, DifferenceColumn, ResultColumn };
    enum RuleColumn { PriorityColumn, CurrentColumn, WantedColumn, ChangeColumn, UseColumn };
    /// What is known of a node: only the wanted rules, being read/applied, or a result.
    enum class Phase { NotRead, Running, Done };

    explicit EdgeStateView(QWidget *parent = nullptr);

    /// Starts again from the wanted rules alone (current state unknown).
    void setTargets(const QList<EdgeNodeTarget> &targets);
    void setRunning(int index, bool applying);
    void setResult(int index, const EdgeNodeResult &result);
    /// Advances the spinner of the rows being worked on.
    void setSpinnerFrame(int frame);

    QTableWidget *nodes() const { return m_nodes; }
    QTableWidget *rules() const { return m_rules; }
    int nodeCount() const { return int(m_results.size()); }
    Phase phase(int index) const { return m_phases.value(index, Phase::NotRead); }
    const EdgeNodeResult &result(int index) const { return m_results.at(index); }

    void retranslateUi();

private:
    void fillNode(int row);
    void fillRules();

    QTableWidget *m_nodes = nullptr;
    QLabel *m_rulesCaption = nullptr;
    QTableWidget *m_rules = nullptr;
    QList<EdgeNodeResult> m_results;
    QList<Phase> m_phases;
    QList<bool> m_applying;
    int m_frame = 0;
};

} // namespace pveha
