// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace pveha {

/// The admin's own Edge firewall rules (firewall.extraRules): a small table with one row per
/// rule, combo boxes for the action and protocol, digits only for sequence and ports, and the
/// problems of `firewall.extraRules[i].field` marked on the exact cell.
class ExtraRulesEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SequenceColumn,
        ActionColumn,
        ProtocolColumn,
        SourceColumn,
        DestinationPortColumn,
        SourcePortColumn,
        CommentColumn,
        ColumnCount
    };

    explicit ExtraRulesEditor(QWidget *parent = nullptr);

    void setRules(const QList<FirewallRuleSpec> &rules);
    QList<FirewallRuleSpec> rules() const;
    void markProblems(const QList<SpecProblem> &blocking, const QList<SpecProblem> &advisory);
    QTableWidget *table() const { return m_table; }
    void retranslateUi();

Q_SIGNALS:
    void rulesEdited(const QList<FirewallRuleSpec> &rules);

public Q_SLOTS:
    void addRule();
    void removeRule();

private:
    QString columnHelp(int column) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_filling = false;
};

} // namespace pveha
