// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QToolButton;

namespace pveha {

/// Each node's Edge firewall rules exactly as they will be sent (EdgeRules::derive), one
/// node at a time, like the table of procedure §3: sequence, action, protocol, source, port,
/// TCP option and comment.
class DerivedRulesView : public QWidget
{
    Q_OBJECT
public:
    enum Column {
        SequenceColumn,
        ActionColumn,
        ProtocolColumn,
        SourceColumn,
        PortColumn,
        TcpOptionColumn,
        CommentColumn,
        ColumnCount
    };

    explicit DerivedRulesView(QWidget *parent = nullptr);

    void setSpec(const ClusterSpec &spec);
    QComboBox *nodeSelector() const { return m_node; }
    QTableWidget *table() const { return m_table; }
    void retranslateUi();

private:
    void fill();
    void copyRules();

    ClusterSpec m_spec;
    QLabel *m_nodeLabel = nullptr;
    QComboBox *m_node = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_copy = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pveha
