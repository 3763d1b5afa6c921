// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pveha {

class InlineMessage;
class NodesTable;

/// Page 2: the cluster's name, its nodes, and how SSH reaches them (user, key, known hosts,
/// host-key policy). Nothing is contacted here: the Validation page connects later.
class NodesPage : public SpecPage
{
    Q_OBJECT
public:
    explicit NodesPage(SpecModel *model, QWidget *parent = nullptr);

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;
    bool blocks(const SpecProblem &problem) const override;

private:
    QLineEdit *addLine(QFormLayout *form, QLabel **label, const QString &name,
                       InlineMessage **message, QWidget *extra = nullptr);
    void browseFor(QLineEdit *line, bool keyFile);
    void updatePolicyHelp();

    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nodesLabel = nullptr;
    NodesTable *m_nodes = nullptr;
    QGroupBox *m_sshBox = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_key = nullptr;
    QPushButton *m_keyBrowse = nullptr;
    QLabel *m_knownLabel = nullptr;
    QLineEdit *m_known = nullptr;
    QPushButton *m_knownBrowse = nullptr;
    QLabel *m_policyLabel = nullptr;
    QComboBox *m_policy = nullptr;
    QLabel *m_policyHelp = nullptr;
};

} // namespace pveha
