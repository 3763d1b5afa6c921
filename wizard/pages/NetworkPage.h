// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace pveha {

class CodeView;

/// Page 3: the private vRack network (NIC, bridge, CIDR, MTU), with a live preview of the
/// /etc/network/interfaces block each node will get (NetworkConfig::stanza, the same text the
/// plan writes).
class NetworkPage : public SpecPage
{
    Q_OBJECT
public:
    explicit NetworkPage(SpecModel *model, QWidget *parent = nullptr);

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;
    bool claims(const SpecProblem &problem) const override;

private:
    QLabel *m_interfaceLabel = nullptr;
    QLineEdit *m_interface = nullptr;
    QLabel *m_bridgeLabel = nullptr;
    QLineEdit *m_bridge = nullptr;
    QLabel *m_cidrLabel = nullptr;
    QLineEdit *m_cidr = nullptr;
    QLabel *m_mtuLabel = nullptr;
    QSpinBox *m_mtu = nullptr;
    QLabel *m_mtuHelp = nullptr;
    QLabel *m_previewLabel = nullptr;
    QComboBox *m_previewNode = nullptr;
    CodeView *m_preview = nullptr;
};

} // namespace pveha
