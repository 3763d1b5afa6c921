// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ExtraRulesEditor.h"

#include "spec/EdgeRules.h"
#include "widgets/TableMarks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pveha {

namespace {

const QStringList fieldNames{QStringLiteral("sequence"),        QStringLiteral("action"),
                             QStringLiteral("protocol"),        QStringLiteral("source"),
                             QStringLiteral("destinationPort"), QStringLiteral("sourcePort"),
                             QStringLiteral("comment")};

/// Editors that only accept what the column can hold: the API's words for action and
/// protocol, digits for sequence and ports.
class RuleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        switch (index.column()) {
        case ExtraRulesEditor::ActionColumn:
        case ExtraRulesEditor::ProtocolColumn: {
            auto *combo = new QComboBox(parent);
            if (index.column() == ExtraRulesEditor::ActionColumn)
                combo->addItems({QStringLiteral("permit"), QStringLiteral("deny")});
            else
                combo->addItems({QStringLiteral("tcp"), QStringLiteral("udp"),
                                 QStringLiteral("icmp"), QStringLiteral("ipv4"),
                                 QStringLiteral("gre"), QStringLiteral("esp"),
                                 QStringLiteral("ah")});
            return combo;
        }
        case ExtraRulesEditor::SequenceColumn:
        case ExtraRulesEditor::DestinationPortColumn:
        case ExtraRulesEditor::SourcePortColumn: {
            auto *line = new QLineEdit(parent);
            line->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[0-9]{0,5}")), line));
            return line;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }
};

} // namespace

ExtraRulesEditor::ExtraRulesEditor(QWidget *parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("extraRulesTable"));
    m_table->setItemDelegate(new RuleDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(120);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT rulesEdited(rules());
    });
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRule"));
    connect(m_add, &QPushButton::clicked, this, &ExtraRulesEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &ExtraRulesEditor::removeRule);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    retranslateUi();
}

void ExtraRulesEditor::setRules(const QList<FirewallRuleSpec> &rules)
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    m_table->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        const FirewallRuleSpec &r = rules.at(row);
        const QString port = r.destinationPort ? QString::number(*r.destinationPort) : QString();
        const QString sport = r.sourcePort ? QString::number(*r.sourcePort) : QString();
        const QStringList values{
            QString::number(r.sequence), r.action, r.protocol, r.source, port, sport, r.comment};
        for (int column = 0; column < ColumnCount; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, column, item);
            }
            item->setText(values.at(column));
            item->setToolTip(columnHelp(column));
        }
    }
}

QList<FirewallRuleSpec> ExtraRulesEditor::rules() const
{
    QList<FirewallRuleSpec> list;
    const auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    const auto port = [&](int row, int column) -> std::optional<int> {
        bool ok = false;
        const int value = text(row, column).toInt(&ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        FirewallRuleSpec r;
        bool ok = false;
        r.sequence = text(row, SequenceColumn).toInt(&ok);
        if (!ok)
            r.sequence = -1; // reported as "not a usable rule sequence"
        r.action = text(row, ActionColumn);
        r.protocol = text(row, ProtocolColumn);
        r.source = text(row, SourceColumn);
        r.destinationPort = port(row, DestinationPortColumn);
        r.sourcePort = port(row, SourcePortColumn);
        r.comment = text(row, CommentColumn);
        list << r;
    }
    return list;
}

void ExtraRulesEditor::addRule()
{
    QList<FirewallRuleSpec> list = rules();
    QSet<int> used;
    for (const FirewallRuleSpec &r : list)
        used.insert(r.sequence);
    // From the top down, so the rules derived from the other fields keep their low numbers.
    int sequence = EdgeRules::denySequence - 1;
    while (sequence > 0 && used.contains(sequence))
        --sequence;
    FirewallRuleSpec rule;
    rule.sequence = sequence;
    rule.action = QStringLiteral("permit");
    rule.protocol = QStringLiteral("tcp");
    list << rule;
    setRules(list);
    Q_EMIT rulesEdited(list);
    m_table->setCurrentCell(m_table->rowCount() - 1, SourceColumn);
    m_table->setFocus(Qt::OtherFocusReason);
}

void ExtraRulesEditor::removeRule()
{
    int row = m_table->currentRow();
    if (row < 0)
        row = m_table->rowCount() - 1;
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT rulesEdited(rules());
}

void ExtraRulesEditor::markProblems(const QList<SpecProblem> &blocking,
                                    const QList<SpecProblem> &advisory)
{
    const QScopedValueRollback<bool> guard(m_filling, true);
    markTableCells(m_table, QStringLiteral("firewall.extraRules"), fieldNames, blocking, advisory,
                   [this](int column) { return columnHelp(column); });
}

QString ExtraRulesEditor::columnHelp(int column) const
{
    switch (column) {
    case SequenceColumn:
        return tr("The rule's place, from 0 to 18 (19 drops everything else); each sequence is "
                  "used once. Rules derived from the fields above fill the free sequences.");
    case ActionColumn:
        return tr("permit or deny.");
    case ProtocolColumn:
        return tr("tcp, udp, icmp, ipv4 (any protocol), gre, esp or ah.");
    case SourceColumn:
        return tr("Who the rule applies to, as an IPv4 CIDR, for example 198.51.100.0/24.");
    case DestinationPortColumn:
        return tr("The port on the node, for example 443; only for tcp and udp, empty for any.");
    case SourcePortColumn:
        return tr("The sender's port; only for tcp and udp, usually empty.");
    case CommentColumn:
        return tr("A note for people, for example \"Monitoring\"; never sent to OVHcloud.");
    default:
        return {};
    }
}

void ExtraRulesEditor::retranslateUi()
{
    const QStringList headers{tr("Sequence"), tr("Action"),           tr("Protocol"),
                              tr("Source"),   tr("Destination port"), tr("Source port"),
                              tr("Comment")};
    for (int column = 0; column < ColumnCount; ++column) {
        auto *header = new QTableWidgetItem(headers.at(column));
        header->setToolTip(columnHelp(column));
        m_table->setHorizontalHeaderItem(column, header);
    }
    m_add->setText(tr("Add a r&ule"));
    m_add->setToolTip(tr("Adds a rule at the highest free sequence below 19."));
    m_remove->setText(tr("Remo&ve the rule"));
    m_remove->setToolTip(tr("Removes the selected rule."));
}

} // namespace pveha
