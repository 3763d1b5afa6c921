// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/NodesPage.h"

#include "SpecModel.h"
#include "pages/NodesTable.h"
#include "spec/Ipv4Cidr.h"
#include "spec/Validators.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"
#include "widgets/WrapLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

#include <iterator>

namespace pveha {

NodesPage::NodesPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {QStringLiteral("cluster"), QStringLiteral("ssh"), QStringLiteral("nodes")},
               parent)
{
    setObjectName(QStringLiteral("nodesPage"));
    auto *top = new QFormLayout;
    InlineMessage *nameMessage = nullptr;
    m_name = addLine(top, &m_nameLabel, QStringLiteral("clusterName"), &nameMessage);
    m_name->setMaxLength(15);
    fieldStatus()->bind(QStringLiteral("cluster.name"), m_name, nameMessage);
    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit([&](ClusterSpec &s) { s.cluster.name = text; }); });

    m_nodesLabel = new QLabel(this);
    m_nodes = new NodesTable(this);
    m_nodesLabel->setBuddy(m_nodes->table());
    fieldStatus()->bind(QStringLiteral("nodes"), nullptr, m_nodes->message());
    connect(m_nodes, &NodesTable::nodesEdited, this, [this](const QList<NodeSpec> &nodes) {
        edit([&](ClusterSpec &s) { s.nodes = nodes; });
    });

    m_sshBox = new QGroupBox(this);
    auto *ssh = new QFormLayout(m_sshBox);
    InlineMessage *userMessage = nullptr;
    m_user = addLine(ssh, &m_userLabel, QStringLiteral("sshUser"), &userMessage);
    fieldStatus()->bind(QStringLiteral("ssh.user"), m_user, userMessage);
    connect(m_user, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit([&](ClusterSpec &s) { s.ssh.user = text; }); });

    m_keyBrowse = new QPushButton(this);
    m_keyBrowse->setObjectName(QStringLiteral("keyBrowse"));
    InlineMessage *keyMessage = nullptr;
    m_key = addLine(ssh, &m_keyLabel, QStringLiteral("identityFile"), &keyMessage, m_keyBrowse);
    fieldStatus()->bind(QStringLiteral("ssh.identityFile"), m_key, keyMessage);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ssh.identityFile = text.trimmed(); });
    });
    connect(m_keyBrowse, &QPushButton::clicked, this, [this] { browseFor(m_key, true); });

    m_knownBrowse = new QPushButton(this);
    InlineMessage *knownMessage = nullptr;
    m_known =
        addLine(ssh, &m_knownLabel, QStringLiteral("knownHostsFile"), &knownMessage, m_knownBrowse);
    fieldStatus()->bind(QStringLiteral("ssh.knownHostsFile"), m_known, knownMessage);
    connect(m_known, &QLineEdit::textChanged, this, [this](const QString &text) {
        edit([&](ClusterSpec &s) { s.ssh.knownHostsFile = text.trimmed(); });
    });
    connect(m_knownBrowse, &QPushButton::clicked, this, [this] { browseFor(m_known, false); });

    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("hostKeyPolicy"));
    m_policy->addItem(QString(), QVariant::fromValue(int(HostKeyPolicy::Ask)));
    m_policy->addItem(QString(), QVariant::fromValue(int(HostKeyPolicy::AcceptNew)));
    m_policy->addItem(QString(), QVariant::fromValue(int(HostKeyPolicy::Strict)));
    m_policyLabel = new QLabel(this);
    m_policyLabel->setBuddy(m_policy);
    m_policyHelp = new WrapLabel(this);
    m_policyHelp->setWordWrap(true);
    ssh->addRow(m_policyLabel, m_policy);
    ssh->addRow(QString(), m_policyHelp);
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        updatePolicyHelp();
        const auto policy = static_cast<HostKeyPolicy>(m_policy->currentData().toInt());
        edit([&](ClusterSpec &s) { s.ssh.hostKeyPolicy = policy; });
    });

    bodyLayout()->addLayout(top);
    bodyLayout()->addWidget(m_nodesLabel);
    bodyLayout()->addWidget(m_nodes);
    bodyLayout()->addWidget(m_sshBox);
    bodyLayout()->addStretch(1);
    // The Browse buttons are made before their fields: put the fields first for Tab.
    QWidget *chain[] = {m_name,
                        m_nodes->table(),
                        m_nodes->findChild<QWidget *>(QStringLiteral("addNode")),
                        m_nodes->findChild<QWidget *>(QStringLiteral("removeNode")),
                        m_user,
                        m_key,
                        m_keyBrowse,
                        m_known,
                        m_knownBrowse,
                        m_policy};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    retranslateUi();
}

QLineEdit *NodesPage::addLine(QFormLayout *form, QLabel **label, const QString &name,
                              InlineMessage **message, QWidget *extra)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    line->setClearButtonEnabled(true);
    *label = new QLabel(this);
    (*label)->setBuddy(line);
    *message = new InlineMessage(this);
    if (extra) {
        auto *row = new QHBoxLayout;
        row->addWidget(line, 1);
        row->addWidget(extra);
        form->addRow(*label, row);
    } else {
        form->addRow(*label, line);
    }
    form->addRow(QString(), *message);
    return line;
}

void NodesPage::browseFor(QLineEdit *line, bool keyFile)
{
    QString start = line->text();
    if (start.startsWith(QLatin1Char('~')))
        start = QDir::homePath() + start.mid(1);
    if (start.isEmpty())
        start = QDir::homePath() + QStringLiteral("/.ssh");
    const QString title =
        keyFile ? tr("Choose the SSH private key") : tr("Choose the known_hosts file");
    const QString path = QFileDialog::getOpenFileName(this, title, start, QString(), nullptr,
                                                      QFileDialog::DontResolveSymlinks);
    if (path.isEmpty())
        return;
    QString shown = path;
    if (shown.startsWith(QDir::homePath() + QLatin1Char('/')))
        shown = QLatin1Char('~') + shown.mid(QDir::homePath().size());
    line->setText(shown); // textChanged writes it into the spec
}

void NodesPage::loadFromSpec(const ClusterSpec &spec)
{
    m_name->setText(spec.cluster.name);
    m_nodes->setNodes(spec.nodes);
    m_user->setText(spec.ssh.user);
    m_key->setText(spec.ssh.identityFile);
    m_known->setText(spec.ssh.knownHostsFile);
    m_policy->setCurrentIndex(m_policy->findData(int(spec.ssh.hostKeyPolicy)));
    updatePolicyHelp();
}

void NodesPage::updateDerived(const ClusterSpec &spec)
{
    Q_UNUSED(spec)
    m_nodes->markProblems(blockingProblems(), advisoryProblems());
}

bool NodesPage::blocks(const SpecProblem &problem) const
{
    // Two node values are checked against fields of later pages: a private address against
    // network.cidr, a hostname against the Edge firewall. Either side may be the one to fix,
    // so they warn here and block on the page that holds the other field.
    static const QRegularExpression path(QStringLiteral("^nodes\\[(\\d+)\\]\\.(\\w+)$"));
    const QRegularExpressionMatch m = path.match(problem.path);
    const int row = m.hasMatch() ? m.captured(1).toInt() : -1;
    if (row < 0 || row >= spec().nodes.size())
        return true;
    const NodeSpec &node = spec().nodes.at(row);
    if (m.captured(2) == QLatin1String("privateAddress")) {
        const auto cidr = Ipv4Cidr::parse(spec().network.cidr);
        return !(cidr && validators::isIpv4Address(node.privateAddress) &&
                 !cidr->contains(node.privateAddress));
    }
    if (m.captured(2) == QLatin1String("publicAddress")) {
        int same = 0;
        for (const NodeSpec &other : spec().nodes)
            same += other.publicAddress.compare(node.publicAddress, Qt::CaseInsensitive) == 0;
        return !(same == 1 && validators::isHostname(node.publicAddress) &&
                 spec().firewall.provider == FirewallProvider::OvhEdge);
    }
    return true;
}

void NodesPage::updatePolicyHelp()
{
    switch (static_cast<HostKeyPolicy>(m_policy->currentData().toInt())) {
    case HostKeyPolicy::Ask:
        m_policyHelp->setText(tr("The first time a node is reached, the assistant shows its "
                                 "SHA-256 fingerprint and asks you to confirm it. A changed key "
                                 "is always refused."));
        break;
    case HostKeyPolicy::AcceptNew:
        m_policyHelp->setText(tr("A node seen for the first time is trusted and its key is "
                                 "stored; a key that changed later is refused."));
        break;
    case HostKeyPolicy::Strict:
        m_policyHelp->setText(tr("Every node's key must already be in the known hosts file; "
                                 "an unknown or changed key is refused."));
        break;
    }
}

void NodesPage::retranslateUi()
{
    setTitle(tr("Nodes"));
    setSubTitle(tr("Name the cluster and list its servers (at least three). Nothing is contacted "
                   "yet: the Validation page connects to the nodes later."));
    m_nameLabel->setText(tr("C&luster name:"));
    m_name->setPlaceholderText(QStringLiteral("cluster-pve-ha"));
    m_name->setToolTip(tr("The Proxmox cluster's name, for example cluster-pve-ha: 1 to 15 "
                          "letters, digits or hyphens (Corosync's limit)."));
    m_nodesLabel->setText(tr("No&des (double-click or start typing in a cell to edit it):"));
    m_nodes->retranslateUi();
    m_sshBox->setTitle(tr("SSH access"));
    m_userLabel->setText(tr("SSH &user:"));
    m_user->setPlaceholderText(QStringLiteral("root"));
    m_user->setToolTip(tr("The login used on every node, for example root: a lowercase letter "
                          "or '_', then letters, digits, '_' or '-'."));
    m_keyLabel->setText(tr("Private &key file:"));
    m_key->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));
    m_key->setToolTip(tr("The SSH private key that logs into the nodes, for example "
                         "~/.ssh/id_ed25519. Optional: the SSH agent is tried first, and a "
                         "password is asked for when no key works. ~ means your home folder."));
    m_keyBrowse->setText(tr("Bro&wse…"));
    m_keyBrowse->setToolTip(tr("Choose the private key file."));
    m_knownLabel->setText(tr("Known &hosts file:"));
    m_known->setPlaceholderText(QStringLiteral("~/.ssh/known_hosts"));
    m_known->setToolTip(tr("Where the nodes' host keys are checked and stored, for example "
                           "~/.ssh/known_hosts."));
    m_knownBrowse->setText(tr("Brow&se…"));
    m_knownBrowse->setToolTip(tr("Choose the known hosts file."));
    m_policyLabel->setText(tr("Host-key &policy:"));
    m_policy->setItemText(0, tr("Ask me (show the fingerprint)"));
    m_policy->setItemText(1, tr("Accept new keys (trust on first use)"));
    m_policy->setItemText(2, tr("Strict (keys must already be known)"));
    m_policy->setToolTip(tr("How a node's SSH host key is trusted; the example uses \"Ask me\". "
                            "A changed key is refused by every policy."));
    updatePolicyHelp();
}

} // namespace pveha
