// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace pveha {

class DerivedRulesView;
class ExtraRulesEditor;
class InlineMessage;

/// Page 6: who may reach the nodes through OVHcloud's Edge Network Firewall, and each node's
/// rule set exactly as it will be sent. Nothing is sent here: the Firewall apply page does it.
class FirewallPage : public SpecPage
{
    Q_OBJECT
public:
    explicit FirewallPage(SpecModel *model, QWidget *parent = nullptr);

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;
    bool claims(const SpecProblem &problem) const override;

private:
    static QStringList splitList(const QString &text);

    QGroupBox *m_accessBox = nullptr;
    QLabel *m_providerLabel = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QComboBox *m_endpoint = nullptr;
    QLabel *m_guiLabel = nullptr;
    QLineEdit *m_gui = nullptr;
    QLabel *m_adminLabel = nullptr;
    QLineEdit *m_admin = nullptr;
    QCheckBox *m_interNode = nullptr;
    QCheckBox *m_established = nullptr;
    InlineMessage *m_establishedWarning = nullptr;
    QLabel *m_extraLabel = nullptr;
    ExtraRulesEditor *m_extra = nullptr;
    QGroupBox *m_derivedBox = nullptr;
    DerivedRulesView *m_derived = nullptr;
    QLabel *m_noFirewall = nullptr;
};

} // namespace pveha
