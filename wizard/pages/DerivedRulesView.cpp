// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DerivedRulesView.h"

#include "spec/EdgeRules.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pveha {

DerivedRulesView::DerivedRulesView(QWidget *parent)
    : QWidget(parent)
{
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("rulesNode"));
    m_node->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_nodeLabel = new QLabel(this);
    m_nodeLabel->setBuddy(m_node);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rulesCount"));
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyRules"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    connect(m_copy, &QToolButton::clicked, this, &DerivedRulesView::copyRules);
    connect(m_node, &QComboBox::currentIndexChanged, this, &DerivedRulesView::fill);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("derivedRulesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(200);
    m_table->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_nodeLabel);
    top->addWidget(m_node);
    top->addSpacing(12);
    top->addWidget(m_count, 1);
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void DerivedRulesView::setSpec(const ClusterSpec &spec)
{
    m_spec = spec;
    const int current = qMax(0, m_node->currentIndex());
    {
        const QSignalBlocker blocker(m_node);
        for (int i = 0; i < spec.nodes.size(); ++i) {
            const NodeSpec &n = spec.nodes.at(i);
            const QString name = n.name.isEmpty() ? tr("Node %1").arg(i + 1) : n.name;
            const QString text = n.publicAddress.isEmpty()
                                     ? name
                                     //: A node and its public address: "node-01 (203.0.113.11)".
                                     : tr("%1 (%2)").arg(name, n.publicAddress);
            if (i < m_node->count())
                m_node->setItemText(i, text);
            else
                m_node->addItem(text);
        }
        while (m_node->count() > spec.nodes.size())
            m_node->removeItem(m_node->count() - 1);
        m_node->setCurrentIndex(qMin(current, int(m_node->count()) - 1));
    }
    fill();
}

void DerivedRulesView::fill()
{
    const EdgeRules::Derivation d = EdgeRules::derive(m_spec, m_node->currentIndex());
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_table->setRowCount(int(d.rules.size()));
    for (int row = 0; row < d.rules.size(); ++row) {
        const EdgeRule &r = d.rules.at(row);
        QString port = r.destinationPort ? QString::number(*r.destinationPort) : tr("any");
        if (r.sourcePort)
            port += QLatin1Char(' ') + tr("(from port %1)").arg(*r.sourcePort);
        const QStringList values{QString::number(r.sequence),
                                 r.action,
                                 r.protocol,
                                 r.source,
                                 port,
                                 r.tcpEstablished ? QStringLiteral("established") : QString(),
                                 r.comment};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            if (column != CommentColumn)
                item->setFont(fixed);
            if (r.action == QLatin1String("deny")) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, column, item);
        }
    }
    m_count->setText(d.needed > EdgeRules::maxRules
                         ? tr("%1 rules needed, but OVHcloud allows %2 per address.")
                               .arg(d.needed)
                               .arg(EdgeRules::maxRules)
                         : tr("%1 of the %2 rules OVHcloud allows per address.")
                               .arg(d.rules.size())
                               .arg(EdgeRules::maxRules));
}

void DerivedRulesView::copyRules()
{
    QStringList lines;
    for (const EdgeRule &r : EdgeRules::derive(m_spec, m_node->currentIndex()).rules)
        lines << r.summary() + QStringLiteral("  # ") + r.comment;
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void DerivedRulesView::retranslateUi()
{
    m_nodeLabel->setText(tr("Rules sent for no&de:"));
    m_node->setToolTip(tr("Each node gets its own set: the other nodes are its peers."));
    m_copy->setText(tr("Cop&y"));
    m_copy->setToolTip(tr("Copy this node's rules as text, one per line."));
    const QStringList headers{tr("Sequence"), tr("Action"),     tr("Protocol"), tr("Source"),
                              tr("Port"),     tr("TCP option"), tr("Comment")};
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeaderItem(SequenceColumn)
        ->setToolTip(tr("Lower sequences are matched first; 19 drops everything else."));
    m_table->horizontalHeaderItem(TcpOptionColumn)
        ->setToolTip(tr("\"established\" matches the replies to connections the node opened."));
    fill();
}

} // namespace pveha
