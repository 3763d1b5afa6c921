// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/CephHaPage.h"

#include "SpecModel.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"
#include "widgets/WrapLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace pveha {

CephHaPage::CephHaPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {QStringLiteral("ceph"), QStringLiteral("ha")}, parent)
{
    setObjectName(QStringLiteral("cephHaPage"));
    m_cephBox = new QGroupBox(this);
    auto *ceph = new QFormLayout(m_cephBox);
    m_repository = new QComboBox(this);
    m_repository->setObjectName(QStringLiteral("cephRepository"));
    m_repository->addItem(QString(), int(CephRepository::NoSubscription));
    m_repository->addItem(QString(), int(CephRepository::Enterprise));
    m_repositoryLabel = new QLabel(this);
    m_repositoryLabel->setBuddy(m_repository);
    m_repositoryWarning = new InlineMessage(this);
    m_repositoryWarning->setObjectName(QStringLiteral("repositoryWarning"));
    ceph->addRow(m_repositoryLabel, m_repository);
    ceph->addRow(QString(), m_repositoryWarning);
    connect(m_repository, &QComboBox::currentIndexChanged, this, [this] {
        const auto repository = static_cast<CephRepository>(m_repository->currentData().toInt());
        updateRepositoryWarning();
        edit([&](ClusterSpec &s) { s.ceph.repository = repository; });
    });

    m_public = addLine(ceph, m_publicLabel, QStringLiteral("publicNetwork"),
                       QStringLiteral("ceph.publicNetwork"));
    connect(m_public, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ceph.publicNetwork = text.trimmed(); });
    });
    m_cluster = addLine(ceph, m_clusterLabel, QStringLiteral("clusterNetwork"),
                        QStringLiteral("ceph.clusterNetwork"));
    connect(m_cluster, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ceph.clusterNetwork = text.trimmed(); });
    });
    m_pool =
        addLine(ceph, m_poolLabel, QStringLiteral("poolName"), QStringLiteral("ceph.pool.name"));
    connect(m_pool, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ceph.pool.name = text.trimmed(); });
    });

    const auto addSpin = [&](QLabel *&label, QSpinBox *&spin, const QString &name,
                             const QString &path) {
        spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setRange(1, 9);
        label = new QLabel(this);
        label->setBuddy(spin);
        auto *message = new InlineMessage(this);
        ceph->addRow(label, spin);
        ceph->addRow(QString(), message);
        fieldStatus()->bind(path, spin, message);
    };
    addSpin(m_sizeLabel, m_size, QStringLiteral("poolSize"), QStringLiteral("ceph.pool.size"));
    connect(m_size, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&](ClusterSpec &s) { s.ceph.pool.size = value; }); });
    addSpin(m_minSizeLabel, m_minSize, QStringLiteral("poolMinSize"),
            QStringLiteral("ceph.pool.minSize"));
    connect(m_minSize, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&](ClusterSpec &s) { s.ceph.pool.minSize = value; }); });
    m_autoscale = new QCheckBox(this);
    m_autoscale->setObjectName(QStringLiteral("pgAutoscale"));
    m_addStorage = new QCheckBox(this);
    m_addStorage->setObjectName(QStringLiteral("addStorage"));
    ceph->addRow(m_autoscale);
    ceph->addRow(m_addStorage);
    connect(m_autoscale, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](ClusterSpec &s) { s.ceph.pool.pgAutoscale = on; }); });
    connect(m_addStorage, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](ClusterSpec &s) { s.ceph.pool.addStorage = on; }); });

    m_haBox = new QGroupBox(this);
    auto *ha = new QFormLayout(m_haBox);
    m_group = addLine(ha, m_groupLabel, QStringLiteral("haGroup"), QStringLiteral("ha.group"));
    connect(m_group, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ha.group = text.trimmed(); });
    });
    m_groupHelp = new WrapLabel(this);
    m_groupHelp->setWordWrap(true);
    ha->addRow(m_groupHelp);
    m_haNodes = new QListWidget(this);
    m_haNodes->setObjectName(QStringLiteral("haNodes"));
    m_haNodes->setMaximumHeight(96);
    m_haNodesLabel = new QLabel(this);
    m_haNodesLabel->setBuddy(m_haNodes);
    auto *haNodesMessage = new InlineMessage(this);
    ha->addRow(m_haNodesLabel, m_haNodes);
    ha->addRow(QString(), haNodesMessage);
    fieldStatus()->bind(QStringLiteral("ha.nodes"), m_haNodes, haNodesMessage);
    connect(m_haNodes, &QListWidget::itemChanged, this, &CephHaPage::writeHaNodes);
    m_vmids = addLine(ha, m_vmidsLabel, QStringLiteral("vmids"), QStringLiteral("ha.resources"));
    m_vmids->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9,; ]*")), m_vmids));
    connect(m_vmids, &QLineEdit::textEdited, this, [this](const QString &text) {
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        QList<HaResource> resources;
        for (const QString &id : text.split(separators, Qt::SkipEmptyParts))
            resources.append(
                HaResource{id.toInt()}); // overflow gives 0, which the validator reports
        edit([&](ClusterSpec &s) { s.ha.resources = resources; });
    });

    auto *columns = new QHBoxLayout;
    columns->addWidget(m_cephBox, 1, Qt::AlignTop);
    columns->addWidget(m_haBox, 1, Qt::AlignTop);
    bodyLayout()->addLayout(columns);
    bodyLayout()->addStretch(1);
    retranslateUi();
}

void CephHaPage::loadFromSpec(const ClusterSpec &spec)
{
    m_repository->setCurrentIndex(m_repository->findData(int(spec.ceph.repository)));
    m_public->setText(spec.ceph.publicNetwork);
    m_cluster->setText(spec.ceph.clusterNetwork);
    m_pool->setText(spec.ceph.pool.name);
    m_size->setValue(spec.ceph.pool.size);
    m_minSize->setValue(spec.ceph.pool.minSize);
    m_autoscale->setChecked(spec.ceph.pool.pgAutoscale);
    m_addStorage->setChecked(spec.ceph.pool.addStorage);
    m_group->setText(spec.ha.group);
    QStringList ids;
    for (const HaResource &r : spec.ha.resources)
        ids << QString::number(r.vmid);
    m_vmids->setText(ids.join(QStringLiteral(", ")));
    updateRepositoryWarning();
}

void CephHaPage::updateDerived(const ClusterSpec &spec)
{
    // The list offers every node, plus any listed name that is no node (from a file), so
    // that it can be unticked.
    QStringList names = spec.nodeNames();
    names.removeAll(QString());
    for (const QString &name : spec.ha.nodes) {
        if (!names.contains(name))
            names << name;
    }
    const QSignalBlocker blocker(m_haNodes);
    if (m_haNodes->count() != names.size())
        m_haNodes->clear();
    for (int i = 0; i < names.size(); ++i) {
        QListWidgetItem *item = m_haNodes->item(i);
        if (!item) {
            item = new QListWidgetItem(m_haNodes);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        }
        item->setText(names.at(i));
        item->setCheckState(spec.ha.nodes.contains(names.at(i)) ? Qt::Checked : Qt::Unchecked);
    }
    m_public->setPlaceholderText(spec.network.cidr);
    m_cluster->setPlaceholderText(spec.network.cidr);
}

void CephHaPage::writeHaNodes()
{
    QStringList nodes;
    for (int i = 0; i < m_haNodes->count(); ++i) {
        if (m_haNodes->item(i)->checkState() == Qt::Checked)
            nodes << m_haNodes->item(i)->text();
    }
    edit([&](ClusterSpec &s) { s.ha.nodes = nodes; });
}

void CephHaPage::updateRepositoryWarning()
{
    if (static_cast<CephRepository>(m_repository->currentData().toInt()) ==
        CephRepository::Enterprise) {
        m_repositoryWarning->setMessage(
            StatusLook::Status::Warn,
            tr("The enterprise repository needs a valid Proxmox subscription on every node; "
               "without one, installing Ceph fails."));
    } else {
        m_repositoryWarning->clear();
    }
}

void CephHaPage::retranslateUi()
{
    setTitle(tr("Ceph and high availability"));
    setSubTitle(tr("Ceph replicates the VM disks across the nodes; HA restarts the protected "
                   "VMs on another node when one fails."));
    m_cephBox->setTitle(tr("Ceph storage"));
    m_repositoryLabel->setText(tr("&Repository:"));
    m_repository->setItemText(0, tr("No-subscription (free)"));
    m_repository->setItemText(1, tr("Enterprise (subscription)"));
    m_repository->setToolTip(tr("Where the Ceph packages come from; the example uses the free "
                                "no-subscription repository."));
    m_publicLabel->setText(tr("&Public network:"));
    m_public->setToolTip(tr("The network Ceph clients and monitors use, in CIDR notation. By "
                            "default the private network (for example 10.0.0.0/24); it must "
                            "contain every node's private address."));
    m_clusterLabel->setText(tr("&Cluster network:"));
    m_cluster->setToolTip(tr("The network OSDs replicate over, in CIDR notation. By default the "
                             "private network (for example 10.0.0.0/24)."));
    m_poolLabel->setText(tr("P&ool name:"));
    m_pool->setPlaceholderText(QStringLiteral("Stockage-HA"));
    m_pool->setToolTip(tr("The RBD pool, also added as Proxmox storage of the same name, for "
                          "example Stockage-HA: a letter, then letters, digits, '-', '_' or "
                          "'.', ending with a letter or digit."));
    m_sizeLabel->setText(tr("Copies (&size):"));
    m_size->setToolTip(tr("How many copies Ceph keeps of each object, at most one per node; "
                          "the example keeps 3."));
    m_minSizeLabel->setText(tr("&Minimum copies (min_size):"));
    m_minSize->setToolTip(tr("Below this many copies available, Ceph stops writes to protect "
                             "the data; at most the size, the example uses 2."));
    m_autoscale->setText(tr("&Let Ceph choose the placement groups (autoscale)"));
    m_autoscale->setToolTip(tr("Recommended: Ceph adjusts the number of placement groups as "
                               "the pool grows."));
    m_addStorage->setText(tr("&Add the pool as Proxmox storage"));
    m_addStorage->setToolTip(tr("Makes the pool available for VM disks in Proxmox."));
    m_haBox->setTitle(tr("High availability"));
    m_groupLabel->setText(tr("HA &group or rule:"));
    m_group->setPlaceholderText(QStringLiteral("Cluster-Prod"));
    m_group->setToolTip(tr("The name of the HA group, for example Cluster-Prod: a letter "
                           "followed by letters, digits, '_' or '-'."));
    m_groupHelp->setText(tr("On Proxmox VE 8 this creates an HA group; on Proxmox VE 9, which "
                            "replaced groups with rules, a node-affinity rule of this name."));
    m_haNodesLabel->setText(tr("HA no&des:"));
    m_haNodes->setToolTip(tr("The nodes the protected VMs may run on; the example uses all "
                             "three."));
    m_vmidsLabel->setText(tr("&VMs to protect:"));
    m_vmids->setPlaceholderText(QStringLiteral("100, 101"));
    m_vmids->setToolTip(tr("The ids of the VMs (or containers) HA restarts elsewhere, separated "
                           "by commas, for example 100. Each id is a whole number from 100 up; "
                           "leave empty to protect none yet."));
    updateRepositoryWarning();
}

} // namespace pveha
