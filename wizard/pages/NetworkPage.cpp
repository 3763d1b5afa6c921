// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/NetworkPage.h"

#include "SpecModel.h"
#include "plan/NetworkConfig.h"
#include "spec/Ipv4Cidr.h"
#include "spec/Validators.h"
#include "widgets/CodeView.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pveha {

NetworkPage::NetworkPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {QStringLiteral("network")}, parent)
{
    setObjectName(QStringLiteral("networkPage"));
    auto *form = new QFormLayout;
    const auto addLine = [&](QLabel *&label, QLineEdit *&line, const QString &name,
                             const QString &path, void (*set)(ClusterSpec &, const QString &)) {
        line = new QLineEdit(this);
        line->setObjectName(name);
        label = new QLabel(this);
        label->setBuddy(line);
        auto *message = new InlineMessage(this);
        form->addRow(label, line);
        form->addRow(QString(), message);
        fieldStatus()->bind(path, line, message);
        connect(line, &QLineEdit::textEdited, this, [this, set](const QString &text) {
            edit([&](ClusterSpec &s) { set(s, text.trimmed()); });
        });
    };
    addLine(m_interfaceLabel, m_interface, QStringLiteral("privateInterface"),
            QStringLiteral("network.privateInterface"),
            [](ClusterSpec &s, const QString &v) { s.network.privateInterface = v; });
    addLine(m_bridgeLabel, m_bridge, QStringLiteral("bridge"), QStringLiteral("network.bridge"),
            [](ClusterSpec &s, const QString &v) { s.network.bridge = v; });
    addLine(m_cidrLabel, m_cidr, QStringLiteral("cidr"), QStringLiteral("network.cidr"),
            [](ClusterSpec &s, const QString &v) { s.network.cidr = v; });

    m_mtu = new QSpinBox(this);
    m_mtu->setObjectName(QStringLiteral("mtu"));
    m_mtu->setRange(1280, 9216);
    m_mtu->setValue(9000);
    m_mtuLabel = new QLabel(this);
    m_mtuLabel->setBuddy(m_mtu);
    m_mtuHelp = new WrapLabel(this);
    m_mtuHelp->setWordWrap(true);
    auto *mtuRow = new QHBoxLayout;
    mtuRow->addWidget(m_mtu);
    mtuRow->addWidget(m_mtuHelp, 1);
    auto *mtuMessage = new InlineMessage(this);
    form->addRow(m_mtuLabel, mtuRow);
    form->addRow(QString(), mtuMessage);
    fieldStatus()->bind(QStringLiteral("network.mtu"), m_mtu, mtuMessage);
    connect(m_mtu, &QSpinBox::valueChanged, this,
            [this](int value) { edit([&](ClusterSpec &s) { s.network.mtu = value; }); });

    // Private addresses outside the CIDR are shown here too: changing the CIDR is one fix.
    auto *nodesMessage = new InlineMessage(this);
    fieldStatus()->bind(QStringLiteral("nodes"), nullptr, nodesMessage);
    form->addRow(QString(), nodesMessage);

    m_previewLabel = new QLabel(this);
    m_previewNode = new QComboBox(this);
    m_previewNode->setObjectName(QStringLiteral("previewNode"));
    m_previewNode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_previewLabel->setBuddy(m_previewNode);
    connect(m_previewNode, &QComboBox::currentIndexChanged, this,
            [this] { updateDerived(spec()); });
    m_preview = new CodeView(this);
    m_preview->setObjectName(QStringLiteral("interfacesPreview"));
    m_preview->setLanguage(CodeLanguage::Interfaces);
    m_preview->setMinimumHeight(220);
    auto *previewRow = new QHBoxLayout;
    previewRow->addWidget(m_previewLabel);
    previewRow->addWidget(m_previewNode);
    previewRow->addStretch(1);

    bodyLayout()->addLayout(form);
    bodyLayout()->addSpacing(6);
    bodyLayout()->addLayout(previewRow);
    bodyLayout()->addWidget(m_preview, 1);
    retranslateUi();
}

void NetworkPage::loadFromSpec(const ClusterSpec &spec)
{
    m_interface->setText(spec.network.privateInterface);
    m_bridge->setText(spec.network.bridge);
    m_cidr->setText(spec.network.cidr);
    m_mtu->setValue(spec.network.mtu);
}

void NetworkPage::updateDerived(const ClusterSpec &spec)
{
    const int current = qMax(0, m_previewNode->currentIndex());
    const QSignalBlocker blocker(m_previewNode);
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const QString name =
            spec.nodes.at(i).name.isEmpty() ? tr("Node %1").arg(i + 1) : spec.nodes.at(i).name;
        if (i < m_previewNode->count())
            m_previewNode->setItemText(i, name);
        else
            m_previewNode->addItem(name);
    }
    while (m_previewNode->count() > spec.nodes.size())
        m_previewNode->removeItem(m_previewNode->count() - 1);
    m_previewNode->setCurrentIndex(qMin(current, int(m_previewNode->count()) - 1));
    m_preview->setText(NetworkConfig::stanza(spec, m_previewNode->currentIndex()));
}

bool NetworkPage::claims(const SpecProblem &problem) const
{
    if (SpecPage::claims(problem))
        return true;
    // A private address outside network.cidr (see NodesPage::blocks()).
    static const QRegularExpression path(QStringLiteral("^nodes\\[(\\d+)\\]\\.privateAddress$"));
    const QRegularExpressionMatch m = path.match(problem.path);
    if (!m.hasMatch() || m.captured(1).toInt() >= spec().nodes.size())
        return false;
    const QString address = spec().nodes.at(m.captured(1).toInt()).privateAddress;
    const auto cidr = Ipv4Cidr::parse(spec().network.cidr);
    return cidr && validators::isIpv4Address(address) && !cidr->contains(address);
}

void NetworkPage::retranslateUi()
{
    setTitle(tr("Private network (vRack)"));
    setSubTitle(tr("The vRack carries Corosync and Ceph between the nodes. Each node gets a "
                   "bridge on its vRack network card, with jumbo frames."));
    m_interfaceLabel->setText(tr("vRack network &card:"));
    m_interface->setPlaceholderText(QStringLiteral("enp1s0f1"));
    m_interface->setToolTip(tr("The name of the network card plugged into the vRack, the same "
                               "on every node, for example enp1s0f1 (see `ip link` on a node): "
                               "1 to 15 letters, digits, '_', '.' or '-'."));
    m_bridgeLabel->setText(tr("B&ridge:"));
    m_bridge->setPlaceholderText(QStringLiteral("vmbr1"));
    m_bridge->setToolTip(tr("The Linux bridge created on that card, for example vmbr1. It must "
                            "differ from the card and from vmbr0, which Proxmox uses for the "
                            "public network."));
    m_cidrLabel->setText(tr("Private &network (CIDR):"));
    m_cidr->setPlaceholderText(QStringLiteral("10.0.0.0/24"));
    m_cidr->setToolTip(tr("The vRack network in CIDR notation, for example 10.0.0.0/24. Every "
                          "node's private address must lie inside it."));
    m_mtuLabel->setText(tr("&MTU:"));
    m_mtu->setToolTip(tr("The MTU of the card and the bridge, from 1280 to 9216; the example "
                         "uses 9000 (jumbo frames), which the vRack supports."));
    m_mtuHelp->setText(tr("9000 (jumbo frames) speeds up Ceph; the Validation page checks "
                          "that such packets really pass between the nodes."));
    m_previewLabel->setText(tr("Pre&view of /etc/network/interfaces on:"));
    m_previewNode->setToolTip(tr("Choose the node whose configuration is shown."));
    m_preview->setCaption(tr("Added to /etc/network/interfaces between the two marker lines "
                             "(the rest of the file is kept):"));
}

} // namespace pveha
