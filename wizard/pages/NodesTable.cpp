// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/NodesTable.h"

#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"
#include "widgets/TableMarks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pveha {

namespace {

const QStringList fieldNames{QStringLiteral("name"), QStringLiteral("publicAddress"),
                             QStringLiteral("sshPort"), QStringLiteral("privateAddress")};

} // namespace

NodesTable::NodesTable(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("nodesTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setTabKeyNavigation(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(PortColumn, QHeaderView::ResizeToContents);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setMinimumHeight(140);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT nodesEdited(nodes());
    });

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addNode"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeNode"));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    connect(m_add, &QPushButton::clicked, this, &NodesTable::addNode);
    connect(m_remove, &QPushButton::clicked, this, &NodesTable::removeNode);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("nodesMessage"));
    m_refusal = new InlineMessage(this);
    m_refusal->setObjectName(QStringLiteral("removeRefusal"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_table, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_refusal);
    layout->addWidget(m_message);
    retranslateUi();
}

void NodesTable::setNodes(const QList<NodeSpec> &nodes)
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    m_table->setRowCount(int(nodes.size()));
    for (int row = 0; row < nodes.size(); ++row)
        setRow(row, nodes.at(row));
}

void NodesTable::setRow(int row, const NodeSpec &node)
{
    const QVariant values[ColumnCount] = {node.name, node.publicAddress, node.sshPort,
                                          node.privateAddress};
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setData(Qt::EditRole, values[column]); // an int for the port: a spin box edits it
        applyHelp(item, column);
    }
}

QList<NodeSpec> NodesTable::nodes() const
{
    QList<NodeSpec> list;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->data(Qt::EditRole).toString().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        NodeSpec node;
        node.name = text(row, NameColumn);
        node.publicAddress = text(row, PublicColumn);
        bool ok = false;
        const int port = text(row, PortColumn).toInt(&ok);
        node.sshPort = ok ? port : 0;
        node.privateAddress = text(row, PrivateColumn);
        list << node;
    }
    return list;
}

void NodesTable::addNode()
{
    m_refusal->clear();
    const int row = m_table->rowCount();
    {
        const QScopedValueRollback<bool> guard(m_filling, true);
        m_table->insertRow(row);
        setRow(row, NodeSpec{});
    }
    Q_EMIT nodesEdited(nodes());
    m_table->setCurrentCell(row, NameColumn);
    m_table->setFocus(Qt::OtherFocusReason);
}

void NodesTable::removeNode()
{
    if (m_table->rowCount() <= minimumNodes) {
        m_refusal->setMessage(
            StatusLook::Status::Warn,
            tr("A highly available cluster needs at least %1 nodes, so this node stays. Add "
               "another node first if you want to replace it.")
                .arg(minimumNodes));
        return;
    }
    m_refusal->clear();
    int row = m_table->currentRow();
    if (row < 0)
        row = m_table->rowCount() - 1;
    m_table->removeRow(row);
    Q_EMIT nodesEdited(nodes());
}

void NodesTable::markProblems(const QList<SpecProblem> &blocking,
                              const QList<SpecProblem> &advisory)
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    markTableCells(m_table, QStringLiteral("nodes"), fieldNames, blocking, advisory,
                   [this](int column) { return columnHelp(column); });
}

void NodesTable::applyHelp(QTableWidgetItem *item, int column) const
{
    item->setToolTip(columnHelp(column));
}

QString NodesTable::columnHelp(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The node's hostname, as Proxmox knows it (for example node-01). Letters, "
                  "digits and hyphens, each name used once.");
    case PublicColumn:
        return tr("Where SSH reaches the node: its public IPv4 address (for example "
                  "203.0.113.11) or a hostname. The Edge firewall needs an IPv4 address.");
    case PortColumn:
        return tr("The node's SSH port, from 1 to 65535 (usually 22).");
    case PrivateColumn:
        return tr("The node's address on the vRack, used by Corosync and Ceph (for example "
                  "10.0.0.1). It must lie inside the private network of the next page.");
    default:
        return {};
    }
}

void NodesTable::retranslateUi()
{
    const QStringList headers{tr("Name"), tr("Public address"), tr("SSH port"),
                              tr("Private address (vRack)")};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *header = new QTableWidgetItem(headers.at(column));
        header->setToolTip(columnHelp(column));
        m_table->setHorizontalHeaderItem(column, header);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (item && item->data(Qt::DecorationRole).isNull())
                applyHelp(item, column);
        }
    }
    m_add->setText(tr("&Add a node"));
    m_add->setToolTip(tr("Adds an empty row for one more server."));
    m_remove->setText(tr("&Remove the node"));
    m_remove->setToolTip(
        tr("Removes the selected row (a cluster keeps at least %1 nodes).").arg(minimumNodes));
    m_refusal->clear();
}

} // namespace pveha
