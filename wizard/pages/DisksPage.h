// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace pveha {

class InlineMessage;

/// Page 4: which disk holds Proxmox (never touched), which NVMe takes Ceph's DB/WAL, which
/// HDDs form the RAID, the RAID level and the LVM names, with the resulting capacity estimated
/// from an HDD size the admin gives (the preflight measures the real ones).
class DisksPage : public SpecPage
{
    Q_OBJECT
public:
    explicit DisksPage(SpecModel *model, QWidget *parent = nullptr);

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;

private:
    void setLineEdit(QLineEdit *line, void (*set)(ClusterSpec &, const QString &));
    static QStringList splitDevices(const QString &text);

    QGroupBox *m_devicesBox = nullptr;
    QLabel *m_osLabel = nullptr;
    QLineEdit *m_os = nullptr;
    QLabel *m_dbLabel = nullptr;
    QLineEdit *m_db = nullptr;
    QLabel *m_raidLabel = nullptr;
    QLineEdit *m_raid = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_levelHelp = nullptr;
    QLabel *m_mdLabel = nullptr;
    QLineEdit *m_md = nullptr;
    QLabel *m_vgLabel = nullptr;
    QLineEdit *m_vg = nullptr;
    QLabel *m_lvLabel = nullptr;
    QLineEdit *m_lv = nullptr;

    QGroupBox *m_capacityBox = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QDoubleSpinBox *m_size = nullptr;
    QLabel *m_rawLabel = nullptr;
    QLabel *m_raw = nullptr;
    QLabel *m_afterRaidLabel = nullptr;
    QLabel *m_afterRaid = nullptr;
    QLabel *m_usableLabel = nullptr;
    QLabel *m_usable = nullptr;
    QLabel *m_capacityNote = nullptr;
};

} // namespace pveha
