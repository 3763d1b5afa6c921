// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/FirewallPage.h"

#include "SpecModel.h"
#include "pages/DerivedRulesView.h"
#include "pages/ExtraRulesEditor.h"
#include "spec/Validators.h"
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
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pveha {

FirewallPage::FirewallPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {QStringLiteral("firewall")}, parent)
{
    setObjectName(QStringLiteral("firewallPage"));
    m_accessBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_accessBox);
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("firewallProvider"));
    m_provider->addItem(QString(), int(FirewallProvider::OvhEdge));
    m_provider->addItem(QString(), int(FirewallProvider::None));
    m_providerLabel = new QLabel(this);
    m_providerLabel->setBuddy(m_provider);
    form->addRow(m_providerLabel, m_provider);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        const auto provider = static_cast<FirewallProvider>(m_provider->currentData().toInt());
        edit([&](ClusterSpec &s) { s.firewall.provider = provider; });
    });

    m_endpoint = new QComboBox(this);
    m_endpoint->setObjectName(QStringLiteral("apiEndpoint"));
    m_endpoint->setEditable(true);
    m_endpoint->setInsertPolicy(QComboBox::NoInsert);
    m_endpoint->addItems(
        {QStringLiteral("ovh-eu"), QStringLiteral("ovh-ca"), QStringLiteral("ovh-us")});
    m_endpointLabel = new QLabel(this);
    m_endpointLabel->setBuddy(m_endpoint);
    auto *endpointMessage = new InlineMessage(this);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(QString(), endpointMessage);
    fieldStatus()->bind(QStringLiteral("firewall.apiEndpoint"), m_endpoint, endpointMessage);
    connect(m_endpoint, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.firewall.apiEndpoint = text.trimmed(); });
    });

    m_gui = addLine(form, m_guiLabel, QStringLiteral("guiSources"),
                    QStringLiteral("firewall.guiSources"));
    connect(m_gui, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.firewall.guiSources = splitList(text); });
    });
    m_admin = addLine(form, m_adminLabel, QStringLiteral("adminSources"),
                      QStringLiteral("firewall.adminSources"));
    connect(m_admin, &QLineEdit::textEdited, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.firewall.adminSources = splitList(text); });
    });
    m_interNode = new QCheckBox(this);
    m_interNode->setObjectName(QStringLiteral("allowInterNode"));
    form->addRow(m_interNode);
    connect(m_interNode, &QCheckBox::toggled, this,
            [this](bool on) { edit([&](ClusterSpec &s) { s.firewall.allowInterNode = on; }); });
    m_established = new QCheckBox(this);
    m_established->setObjectName(QStringLiteral("allowTcpEstablished"));
    m_establishedWarning = new InlineMessage(this);
    m_establishedWarning->setObjectName(QStringLiteral("establishedWarning"));
    form->addRow(m_established);
    form->addRow(m_establishedWarning);
    connect(m_established, &QCheckBox::toggled, this, [this](bool on) {
        edit([&](ClusterSpec &s) { s.firewall.allowTcpEstablished = on; });
    });

    m_extraLabel = new QLabel(this);
    m_extra = new ExtraRulesEditor(this);
    m_extraLabel->setBuddy(m_extra->table());
    form->addRow(m_extraLabel);
    form->addRow(m_extra);
    auto *extraMessage = new InlineMessage(this);
    form->addRow(extraMessage);
    fieldStatus()->bind(QStringLiteral("firewall.extraRules"), nullptr, extraMessage);
    connect(m_extra, &ExtraRulesEditor::rulesEdited, this,
            [this](const QList<FirewallRuleSpec> &rules) {
                edit([&](ClusterSpec &s) { s.firewall.extraRules = rules; });
            });
    // The rule count and hostnames the Edge firewall cannot take.
    auto *wholeMessage = new InlineMessage(this);
    form->addRow(wholeMessage);
    fieldStatus()->bind(QStringLiteral("firewall"), nullptr, wholeMessage);
    fieldStatus()->bind(QStringLiteral("nodes"), nullptr, wholeMessage);

    m_derivedBox = new QGroupBox(this);
    auto *derived = new QVBoxLayout(m_derivedBox);
    m_noFirewall = new WrapLabel(this);
    m_noFirewall->setWordWrap(true);
    m_derived = new DerivedRulesView(this);
    m_derived->setObjectName(QStringLiteral("derivedRules"));
    derived->addWidget(m_noFirewall);
    derived->addWidget(m_derived, 1);

    bodyLayout()->addWidget(m_accessBox);
    bodyLayout()->addWidget(m_derivedBox, 1);
    retranslateUi();
}

QStringList FirewallPage::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

void FirewallPage::loadFromSpec(const ClusterSpec &spec)
{
    const FirewallPart &fw = spec.firewall;
    m_provider->setCurrentIndex(m_provider->findData(int(fw.provider)));
    m_endpoint->setCurrentText(fw.apiEndpoint);
    m_gui->setText(fw.guiSources.join(QStringLiteral(", ")));
    m_admin->setText(fw.adminSources.join(QStringLiteral(", ")));
    m_interNode->setChecked(fw.allowInterNode);
    m_established->setChecked(fw.allowTcpEstablished);
    m_extra->setRules(fw.extraRules);
}

void FirewallPage::updateDerived(const ClusterSpec &spec)
{
    const bool edge = spec.firewall.provider == FirewallProvider::OvhEdge;
    m_derived->setSpec(spec);
    m_derived->setEnabled(edge);
    m_noFirewall->setVisible(!edge);
    if (edge && !spec.firewall.allowTcpEstablished) {
        m_establishedWarning->setMessage(
            StatusLook::Status::Warn,
            tr("The Edge firewall is stateless: without this rule the replies to the nodes' own "
               "connections are dropped, so they cannot download packages and the deployment "
               "fails. Turn it off only if another rule lets those replies in."));
    } else {
        m_establishedWarning->clear();
    }
    m_extra->markProblems(blockingProblems(), advisoryProblems());
}

bool FirewallPage::claims(const SpecProblem &problem) const
{
    if (SpecPage::claims(problem))
        return true;
    // A node's hostname, which the Edge firewall cannot take (see NodesPage::blocks()).
    static const QRegularExpression path(QStringLiteral("^nodes\\[(\\d+)\\]\\.publicAddress$"));
    const QRegularExpressionMatch m = path.match(problem.path);
    if (!m.hasMatch() || m.captured(1).toInt() >= spec().nodes.size())
        return false;
    const QString address = spec().nodes.at(m.captured(1).toInt()).publicAddress;
    return spec().firewall.provider == FirewallProvider::OvhEdge &&
           !validators::isIpv4Address(address) && validators::isHostname(address);
}

void FirewallPage::retranslateUi()
{
    setTitle(tr("Firewall rules"));
    setSubTitle(tr("OVHcloud's Edge Network Firewall filters the public traffic before it reaches "
                   "the nodes. Choose who may reach them; the rules are applied on a later page."));
    m_accessBox->setTitle(tr("Who may reach the nodes"));
    m_providerLabel->setText(tr("&Provider:"));
    m_provider->setItemText(0, tr("OVHcloud Edge Network Firewall"));
    m_provider->setItemText(1, tr("None (I protect the nodes myself)"));
    m_provider->setToolTip(tr("The firewall the assistant configures; the example uses the "
                              "OVHcloud Edge Network Firewall."));
    m_endpointLabel->setText(tr("API &endpoint:"));
    m_endpoint->setToolTip(tr("The OVHcloud API that holds your account: ovh-eu (Europe, the "
                              "example), ovh-ca (Canada), ovh-us (USA), or a base URL such as "
                              "https://eu.api.ovh.com/1.0."));
    m_guiLabel->setText(tr("&GUI sources (port 8006):"));
    m_gui->setPlaceholderText(QStringLiteral("0.0.0.0/0"));
    m_gui->setToolTip(tr("Who may open the Proxmox web interface, as IPv4 CIDRs separated by "
                         "commas; the example allows everyone: 0.0.0.0/0. Each entry takes one "
                         "rule."));
    m_adminLabel->setText(tr("&Admin sources (SSH):"));
    m_admin->setPlaceholderText(QStringLiteral("198.51.100.7/32, 198.51.100.8/32"));
    m_admin->setToolTip(tr("Who may reach SSH, as IPv4 CIDRs separated by commas, for example "
                           "198.51.100.7/32. Include your own address, or the firewall locks "
                           "you out. Each entry takes one rule."));
    m_interNode->setText(tr("Allow all IPv4 traffic between the nodes' public addresses "
                            "(&inter-node)"));
    m_interNode->setToolTip(tr("One rule per other node; on in the example."));
    m_established->setText(tr("Allow the replies to the nodes' own connections (&TCP "
                              "established)"));
    m_established->setToolTip(tr("One rule that lets in TCP packets of connections the nodes "
                                 "opened, such as package downloads; on in the example."));
    m_extraLabel->setText(tr("Extra rules (optional):"));
    m_extra->retranslateUi();
    m_derivedBox->setTitle(tr("Each node's rules, as they will be sent"));
    m_noFirewall->setText(tr("No Edge firewall will be configured: the nodes' public ports stay "
                             "as open as they are now."));
    m_derived->retranslateUi();
}

} // namespace pveha
