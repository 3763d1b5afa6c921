// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DisksPage.h"

#include "SpecModel.h"
#include "plan/Capacity.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace pveha {

DisksPage::DisksPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {QStringLiteral("storage")}, parent)
{
    setObjectName(QStringLiteral("disksPage"));
    m_devicesBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_devicesBox);
    m_os = addLine(form, m_osLabel, QStringLiteral("osDisk"), QStringLiteral("storage.osDisk"));
    setLineEdit(m_os, [](ClusterSpec &s, const QString &v) { s.storage.osDisk = v; });
    m_db = addLine(form, m_dbLabel, QStringLiteral("dbDevice"), QStringLiteral("storage.dbDevice"));
    setLineEdit(m_db, [](ClusterSpec &s, const QString &v) { s.storage.dbDevice = v; });
    m_raid = addLine(form, m_raidLabel, QStringLiteral("raidDevices"),
                     QStringLiteral("storage.raidDevices"));
    connect(m_raid, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.storage.raidDevices = splitDevices(text); });
    });

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("raidLevel"));
    for (const int level : {1, 5, 6, 10})
        m_level->addItem(QString(), level);
    m_levelLabel = new QLabel(this);
    m_levelLabel->setBuddy(m_level);
    m_levelHelp = new WrapLabel(this);
    m_levelHelp->setWordWrap(true);
    auto *levelMessage = new InlineMessage(this);
    form->addRow(m_levelLabel, m_level);
    form->addRow(QString(), m_levelHelp);
    form->addRow(QString(), levelMessage);
    fieldStatus()->bind(QStringLiteral("storage.raidLevel"), m_level, levelMessage);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_level->currentData().toInt();
        edit([&](ClusterSpec &s) { s.storage.raidLevel = level; });
        retranslateUi(); // the level's explanation
    });
    m_md = addLine(form, m_mdLabel, QStringLiteral("mdDevice"), QStringLiteral("storage.mdDevice"));
    setLineEdit(m_md, [](ClusterSpec &s, const QString &v) { s.storage.mdDevice = v; });
    m_vg = addLine(form, m_vgLabel, QStringLiteral("volumeGroup"),
                   QStringLiteral("storage.volumeGroup"));
    setLineEdit(m_vg, [](ClusterSpec &s, const QString &v) { s.storage.volumeGroup = v; });
    m_lv = addLine(form, m_lvLabel, QStringLiteral("logicalVolume"),
                   QStringLiteral("storage.logicalVolume"));
    setLineEdit(m_lv, [](ClusterSpec &s, const QString &v) { s.storage.logicalVolume = v; });

    m_capacityBox = new QGroupBox(this);
    m_capacityBox->setObjectName(QStringLiteral("capacityBox"));
    auto *capacity = new QFormLayout(m_capacityBox);
    capacity->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_size = new QDoubleSpinBox(this);
    m_size->setObjectName(QStringLiteral("hddSize"));
    m_size->setRange(0.1, 100.0);
    m_size->setDecimals(1);
    m_size->setSingleStep(1.0);
    m_size->setValue(6.0);
    m_size->setSuffix(QStringLiteral(" TB"));
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setBuddy(m_size);
    connect(m_size, &QDoubleSpinBox::valueChanged, this,
            [this](double tb) { this->model()->setEstimateDiskBytes(qRound64(tb * 1e12)); });
    connect(model, &SpecModel::estimateChanged, this, [this] { updateDerived(spec()); });
    capacity->addRow(m_sizeLabel, m_size);
    const auto value = [&](QLabel *&label, QLabel *&shown, const QString &name) {
        label = new QLabel(this);
        shown = new QLabel(this);
        shown->setObjectName(name);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont bold = shown->font();
        bold.setBold(true);
        shown->setFont(bold);
        capacity->addRow(label, shown);
    };
    value(m_rawLabel, m_raw, QStringLiteral("capacityRaw"));
    value(m_afterRaidLabel, m_afterRaid, QStringLiteral("capacityAfterRaid"));
    value(m_usableLabel, m_usable, QStringLiteral("capacityUsable"));
    m_capacityNote = new WrapLabel(this);
    m_capacityNote->setObjectName(QStringLiteral("capacityNote"));
    m_capacityNote->setWordWrap(true);
    capacity->addRow(m_capacityNote);

    bodyLayout()->addWidget(m_devicesBox);
    bodyLayout()->addWidget(m_capacityBox);
    bodyLayout()->addStretch(1);
    retranslateUi();
}

void DisksPage::setLineEdit(QLineEdit *line, void (*set)(ClusterSpec &, const QString &))
{
    connect(line, &QLineEdit::textEdited, this, [this, set](const QString &text) {
        edit([&](ClusterSpec &s) { set(s, text.trimmed()); });
    });
}

QStringList DisksPage::splitDevices(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void DisksPage::loadFromSpec(const ClusterSpec &spec)
{
    const StoragePart &st = spec.storage;
    m_os->setText(st.osDisk);
    m_db->setText(st.dbDevice);
    m_raid->setText(st.raidDevices.join(QLatin1Char(' ')));
    int index = m_level->findData(st.raidLevel);
    if (index < 0) { // a level the file has but the list lacks: shown, and reported
        m_level->addItem(QString::number(st.raidLevel), st.raidLevel);
        index = m_level->count() - 1;
    }
    m_level->setCurrentIndex(index);
    m_md->setText(st.mdDevice);
    m_vg->setText(st.volumeGroup);
    m_lv->setText(st.logicalVolume);
    m_size->setValue(double(model()->estimateDiskBytes()) / 1e12);
    retranslateUi();
}

void DisksPage::updateDerived(const ClusterSpec &spec)
{
    const Capacity c = Capacity::compute(
        int(spec.nodes.size()), int(spec.storage.raidDevices.size()), model()->estimateDiskBytes(),
        spec.storage.raidLevel, spec.ceph.pool.size);
    m_raw->setText(Capacity::formatBytes(c.disksTotal));
    m_afterRaid->setText(c.afterRaid > 0 ? Capacity::formatBytes(c.afterRaid)
                                         : tr("none: too few disks for RAID %1").arg(c.raidLevel));
    m_usable->setText(Capacity::formatBytes(c.usable));
    m_rawLabel->setText(
        tr("All hard disks (%1 nodes × %2 disks):").arg(c.nodes).arg(c.disksPerNode));
    m_afterRaidLabel->setText(tr("After RAID %1 (what Ceph gets):").arg(c.raidLevel));
    m_usableLabel->setText(tr("Usable by the VMs (%1 copies of each object):").arg(c.replicas));
}

void DisksPage::retranslateUi()
{
    setTitle(tr("Disks"));
    setSubTitle(tr("The same layout on every node: one NVMe keeps Proxmox, one NVMe speeds up "
                   "Ceph, and the hard disks form one RAID that becomes the node's Ceph OSD."));
    m_devicesBox->setTitle(tr("Devices on each node"));
    m_osLabel->setText(tr("&System disk:"));
    m_os->setPlaceholderText(QStringLiteral("/dev/nvme0n1"));
    m_os->setToolTip(tr("The disk Proxmox is installed on, for example /dev/nvme0n1. It is "
                        "never touched; it only guards the other choices."));
    m_dbLabel->setText(tr("Ceph &DB/WAL device:"));
    m_db->setPlaceholderText(QStringLiteral("/dev/nvme1n1"));
    m_db->setToolTip(tr("The fast NVMe that holds BlueStore's database and write-ahead log, "
                        "for example /dev/nvme1n1. It is erased. It must differ from the system "
                        "disk."));
    m_raidLabel->setText(tr("&RAID disks:"));
    m_raid->setPlaceholderText(QStringLiteral("/dev/sda /dev/sdb /dev/sdc /dev/sdd"));
    m_raid->setToolTip(tr("The hard disks of the software RAID, separated by spaces, for "
                          "example /dev/sda /dev/sdb /dev/sdc /dev/sdd. They are erased. None "
                          "may be the system disk or the DB/WAL device."));
    m_levelLabel->setText(tr("RAID &level:"));
    m_level->setToolTip(tr("The mdadm RAID level; the example and the procedure use RAID 5."));
    const QStringList levels{
        tr("RAID 1 — every disk a mirror"), tr("RAID 5 — one disk of parity (recommended)"),
        tr("RAID 6 — two disks of parity"), tr("RAID 10 — mirrored pairs, striped")};
    for (int i = 0; i < levels.size() && i < m_level->count(); ++i)
        m_level->setItemText(i, levels.at(i));
    switch (m_level->currentData().toInt()) {
    case 5:
        m_levelHelp->setText(tr("Survives one failed disk; needs at least 3 disks and keeps the "
                                "space of all but one."));
        break;
    case 6:
        m_levelHelp->setText(tr("Survives two failed disks; needs at least 4 disks and keeps the "
                                "space of all but two."));
        break;
    case 10:
        m_levelHelp->setText(tr("Survives one failed disk per mirrored pair and writes fastest; "
                                "needs an even number of at least 4 disks and keeps half the "
                                "space."));
        break;
    case 1:
        m_levelHelp->setText(tr("Every disk holds the same data: survives all but one failed "
                                "disk, and keeps the space of a single disk."));
        break;
    default:
        m_levelHelp->setText(tr("This level is not supported: choose 1, 5, 6 or 10."));
    }
    m_mdLabel->setText(tr("&md device:"));
    m_md->setPlaceholderText(QStringLiteral("/dev/md0"));
    m_md->setToolTip(tr("The RAID device mdadm creates, for example /dev/md0."));
    m_vgLabel->setText(tr("LVM &volume group:"));
    m_vg->setPlaceholderText(QStringLiteral("ceph-raid"));
    m_vg->setToolTip(tr("The volume group made on the RAID, for example ceph-raid: letters, "
                        "digits, '_', '.', '+' or '-', not starting with '-'."));
    m_lvLabel->setText(tr("LVM logical v&olume:"));
    m_lv->setPlaceholderText(QStringLiteral("osd"));
    m_lv->setToolTip(tr("The logical volume that becomes the Ceph OSD, for example osd; the same "
                        "characters as the volume group."));
    m_capacityBox->setTitle(tr("Estimated capacity"));
    m_sizeLabel->setText(tr("Si&ze of one hard disk:"));
    m_size->setToolTip(tr("Only for this estimate, in TB as disks are sold (the example uses "
                          "6 TB). It is not saved in the spec."));
    m_capacityNote->setText(tr("An estimate: the Validation page measures the real disk "
                               "sizes on each node."));
}

} // namespace pveha
