// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashTestPage.h"

#include "CrashResultView.h"
#include "CrashTestRunner.h"
#include "spec/ClusterSpec.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pveha {
CrashTestPage::CrashTestPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("crashTestPage"));
    m_runner = new CrashTestRunner(this);
    m_nodeLabel = new QLabel(this);
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("crashNode"));
    m_nodeLabel->setBuddy(m_node);
    m_vmLabel = new QLabel(this);
    m_vm = new QComboBox(this);
    m_vm->setObjectName(QStringLiteral("crashVm"));
    m_vmLabel->setBuddy(m_vm);
    m_check = new InlineMessage(this);
    m_check->setObjectName(QStringLiteral("crashCheck"));
    m_demoNote = new QLabel(this);
    m_demoNote->setWordWrap(true);
    m_demoNote->setObjectName(QStringLiteral("crashDemoNote"));
    m_understand = new QCheckBox(this);
    m_understand->setObjectName(QStringLiteral("crashUnderstand"));
    m_typeLabel = new QLabel(this);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("crashTypedName"));
    m_typeLabel->setBuddy(m_typed);
    m_crash = new QPushButton(this);
    m_crash->setObjectName(QStringLiteral("crashNow"));
    m_crash->setAutoDefault(false);
    m_crash->setIcon(StatusLook::icon(StatusLook::Status::Fail));
    // Red, as UX.md wants destructive buttons; pale while it cannot be pressed.
    m_crash->setStyleSheet(QStringLiteral(
        "QPushButton { background-color: #c62828; color: white; border: 1px solid #8e0000;"
        " border-radius: 3px; padding: 5px 12px; }"
        "QPushButton:focus { border: 2px solid #4a0000; }"
        "QPushButton:disabled { background-color: #ef9a9a; color: #fbe9e7;"
        " border-color: #e57373; }"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("crashStop"));
    m_view = new CrashResultView(this);

    auto *choose = new QGridLayout;
    choose->addWidget(m_nodeLabel, 0, 0);
    choose->addWidget(m_node, 0, 1);
    choose->addWidget(m_vmLabel, 0, 2);
    choose->addWidget(m_vm, 0, 3);
    choose->setColumnStretch(4, 1);
    auto *confirm = new QHBoxLayout;
    confirm->addWidget(m_typeLabel);
    confirm->addWidget(m_typed);
    confirm->addWidget(m_crash);
    confirm->addWidget(m_stop);
    confirm->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_check);
    layout->addWidget(m_demoNote);
    layout->addWidget(m_understand);
    layout->addLayout(confirm);
    layout->addWidget(m_view, 1);

    connect(m_node, &QComboBox::currentIndexChanged, this, &CrashTestPage::selectionChanged);
    connect(m_vm, &QComboBox::currentIndexChanged, this, &CrashTestPage::selectionChanged);
    connect(m_understand, &QCheckBox::toggled, this, &CrashTestPage::updateButtons);
    connect(m_typed, &QLineEdit::textChanged, this, &CrashTestPage::updateButtons);
    connect(m_crash, &QPushButton::clicked, this, &CrashTestPage::startCrash);
    connect(m_stop, &QPushButton::clicked, this, &CrashTestPage::stopCrash);
    connect(m_runner, &CrashTestRunner::refusalChecked, this, &CrashTestPage::onRefusal);
    connect(m_runner, &CrashTestRunner::event, this, &CrashTestPage::onEvent);
    connect(m_runner, &CrashTestRunner::finished, this, &CrashTestPage::onFinished);
    retranslateUi();
}

CrashTestPage::~CrashTestPage() = default;

void CrashTestPage::setCluster(const ClusterSpec &spec, ClusterSessions *sessions)
{
    m_runner->setCluster(spec, sessions);
    m_nodes.clear();
    for (const NodeSpec &n : spec.nodes)
        m_nodes << n.name;
    m_vmids.clear();
    for (const HaResource &r : spec.ha.resources)
        m_vmids << r.vmid;
    fillChoices();
}

void CrashTestPage::setDemo(DemoEnvironment *demo)
{
    m_demo = demo;
    m_runner->setDemo(demo);
    retranslateUi();
}

bool CrashTestPage::isRunning() const
{
    return m_runner->isRunning();
}

bool CrashTestPage::isComplete() const
{
    return !isRunning(); // the test is optional, but the page is not left while it runs
}

void CrashTestPage::initializePage()
{
    selectionChanged();
}

void CrashTestPage::fillChoices()
{
    const QSignalBlocker nodeBlock(m_node);
    const QSignalBlocker vmBlock(m_vm);
    m_node->clear();
    m_node->addItems(m_nodes);
    m_vm->clear();
    for (int vmid : m_vmids)
        m_vm->addItem(QStringLiteral("vm:%1").arg(vmid), vmid);
    selectionChanged();
}

QString CrashTestPage::selectedNode() const
{
    return m_node->currentText();
}

int CrashTestPage::selectedVmid() const
{
    return m_vm->currentData().toInt();
}

void CrashTestPage::selectionChanged()
{
    m_checked = false;
    m_refusal.clear();
    m_warning.clear();
    m_typed->clear();
    if (selectedNode().isEmpty() || selectedVmid() == 0) {
        m_check->setMessage(StatusLook::Status::Skip,
                            m_nodes.isEmpty()
                                ? tr("Deploy the cluster first: there is no node "
                                     "to test yet.")
                                : tr("The spec protects no guest with HA "
                                     "(ha.resources): there is nothing to fail over."));
    } else {
        m_check->setMessage(StatusLook::Status::Skip,
                            tr("Checking that %1 may be crashed: quorum without it, vm:%2 "
                               "protected and started…")
                                .arg(selectedNode())
                                .arg(selectedVmid()));
        m_runner->checkRefusal(selectedNode(), selectedVmid());
    }
    retranslateUi();
}

void CrashTestPage::onRefusal(const QString &node, int vmid, const QString &refusal,
                              const QString &warning)
{
    if (node != selectedNode() || vmid != selectedVmid())
        return; // an answer for an earlier choice; the current one is on its way
    m_checked = true;
    m_refusal = refusal;
    m_warning = warning;
    if (!refusal.isEmpty())
        m_check->setMessage(StatusLook::Status::Fail, refusal);
    else if (!warning.isEmpty())
        m_check->setMessage(StatusLook::Status::Warn, warning);
    else
        m_check->setMessage(StatusLook::Status::Pass,
                            tr("%1 may be crashed: the others keep the quorum and vm:%2 is "
                               "protected and started.")
                                .arg(node)
                                .arg(vmid));
    updateButtons();
}

void CrashTestPage::startCrash()
{
    if (!m_crash->isEnabled())
        return;
    m_view->clear();
    if (!m_runner->start(selectedNode(), selectedVmid(), m_timeoutSeconds))
        return;
    m_understand->setChecked(false);
    m_typed->clear();
    updateButtons();
    Q_EMIT runningChanged(true);
    Q_EMIT completeChanged();
}

void CrashTestPage::stopCrash()
{
    m_runner->stop();
}

void CrashTestPage::onEvent(const CrashEvent &event)
{
    m_view->addEvent(event);
}

void CrashTestPage::onFinished(const CrashTestResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_view->setResult(result, m_demo ? CrashTestRunner::kDemoTimeScale : 0);
    updateButtons();
    Q_EMIT runningChanged(false);
    Q_EMIT completeChanged();
    Q_EMIT resultReady(result);
    selectionChanged(); // the cluster changed: check the next test afresh
}

void CrashTestPage::updateButtons()
{
    const bool running = isRunning();
    const bool confirmed = m_understand->isChecked() && m_typed->text() == selectedNode();
    m_crash->setEnabled(!running && m_checked && m_refusal.isEmpty() && confirmed &&
                        !selectedNode().isEmpty());
    m_stop->setEnabled(running);
    m_node->setEnabled(!running);
    m_vm->setEnabled(!running);
    m_understand->setEnabled(!running && m_checked && m_refusal.isEmpty());
    m_typed->setEnabled(!running && m_checked && m_refusal.isEmpty());
}

void CrashTestPage::retranslateUi()
{
    setTitle(tr("Crash test"));
    setSubTitle(tr("Optional: crash one node on purpose and measure how long HA takes to run "
                   "the protected guest again on another node (the goal is under 2 minutes)."));
    m_nodeLabel->setText(tr("&Node to crash:"));
    m_vmLabel->setText(tr("Protected &guest:"));
    const QString node = selectedNode().isEmpty() ? tr("the node") : selectedNode();
    m_understand->setText(tr("I understand that %1 will stop at once (kernel panic): the guests "
                             "on it stop until HA restarts them elsewhere.")
                              .arg(node));
    m_typeLabel->setText(tr("&Type the node's name to confirm:"));
    m_typed->setPlaceholderText(selectedNode());
    m_crash->setText(tr("Crash %1 now (kernel panic)").arg(node));
    m_stop->setText(tr("&Stop watching"));
    m_stop->setToolTip(tr("Stops following the failover; a crash already sent cannot be "
                          "undone."));
    m_demoNote->setVisible(m_demo != nullptr);
    m_demoNote->setText(
        m_demo ? tr("Demo: simulated time runs %1 times faster, so the failover takes seconds; "
                    "the crashed simulated node is revived afterwards.")
                     .arg(int(CrashTestRunner::kDemoTimeScale))
               : QString());
    updateButtons();
}

void CrashTestPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace pveha
