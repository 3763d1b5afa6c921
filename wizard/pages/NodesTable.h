// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QWidget>

class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace pveha {

class InlineMessage;

/// The node list of the Nodes page: one editable row per node (name, public address, SSH
/// port, private address), Add and Remove buttons (never fewer than three nodes), and the
/// problems of `nodes[i].field` marked on the exact cell.
class NodesTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, PublicColumn, PortColumn, PrivateColumn, ColumnCount };
    static constexpr int minimumNodes = 3;

    explicit NodesTable(QWidget *parent = nullptr);

    void setNodes(const QList<NodeSpec> &nodes);
    QList<NodeSpec> nodes() const;
    /// Marks cells: blocking problems with the error look, advisory ones with the warning look.
    void markProblems(const QList<SpecProblem> &blocking, const QList<SpecProblem> &advisory);
    QTableWidget *table() const { return m_table; }
    /// Where table-wide messages go ("add nodes", a refused removal).
    InlineMessage *message() const { return m_message; }

    void retranslateUi();

Q_SIGNALS:
    void nodesEdited(const QList<NodeSpec> &nodes);

public Q_SLOTS:
    void addNode();
    void removeNode();

private:
    void setRow(int row, const NodeSpec &node);
    void applyHelp(QTableWidgetItem *item, int column) const;
    QString columnHelp(int column) const;

    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    InlineMessage *m_message = nullptr;
    InlineMessage *m_refusal = nullptr;
    bool m_filling = false;
};

} // namespace pveha
