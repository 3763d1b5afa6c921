// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace pveha {

class InlineMessage;

/// Page 5: the Ceph repository, networks and RBD pool, and the HA group (PVE 8) or
/// node-affinity rule (PVE 9) with its nodes and the guests it protects.
class CephHaPage : public SpecPage
{
    Q_OBJECT
public:
    explicit CephHaPage(SpecModel *model, QWidget *parent = nullptr);

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;

private:
    void updateRepositoryWarning();
    void writeHaNodes();

    QGroupBox *m_cephBox = nullptr;
    QLabel *m_repositoryLabel = nullptr;
    QComboBox *m_repository = nullptr;
    InlineMessage *m_repositoryWarning = nullptr;
    QLabel *m_publicLabel = nullptr;
    QLineEdit *m_public = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLineEdit *m_cluster = nullptr;
    QLabel *m_poolLabel = nullptr;
    QLineEdit *m_pool = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    QLabel *m_minSizeLabel = nullptr;
    QSpinBox *m_minSize = nullptr;
    QCheckBox *m_autoscale = nullptr;
    QCheckBox *m_addStorage = nullptr;

    QGroupBox *m_haBox = nullptr;
    QLabel *m_groupLabel = nullptr;
    QLineEdit *m_group = nullptr;
    QLabel *m_groupHelp = nullptr;
    QLabel *m_haNodesLabel = nullptr;
    QListWidget *m_haNodes = nullptr;
    QLabel *m_vmidsLabel = nullptr;
    QLineEdit *m_vmids = nullptr;
};

} // namespace pveha
