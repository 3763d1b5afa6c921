// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ValidationPage.h"

#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/MeshMatrix.h"
#include "pages/PreflightTable.h"
#include "widgets/BusySpinner.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include <QCheckBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QTreeWidgetItem>
#include <QVBoxLayout>

namespace pveha {

ValidationPage::ValidationPage(EngineRunner *runner, SpecModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
    , m_model(model)
{
    setObjectName(QStringLiteral("validationPage"));
    m_busy = new BusySpinner(this);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_runAgain = new QPushButton(this);
    m_runAgain->setObjectName(QStringLiteral("runAgain"));
    m_stop = new QPushButton(this);
    m_stop->setObjectName(QStringLiteral("stopChecks"));
    connect(m_runAgain, &QPushButton::clicked, this, &ValidationPage::runChecks);
    connect(m_stop, &QPushButton::clicked, m_runner, &EngineRunner::stop);

    m_table = new PreflightTable(this);
    m_mesh = new MeshMatrix(this);
    m_meshCaption = new QLabel(this);
    m_meshCaption->setWordWrap(true);
    m_meshNote = new QLabel(this);
    m_meshNote->setObjectName(QStringLiteral("meshNote"));
    m_meshNote->setWordWrap(true);
    m_details = new CodeView(this);
    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setLanguage(CodeLanguage::Shell);
    // The table elides long messages: the selected one is shown whole above its command.
    m_detailMessage = new InlineMessage(this);
    m_detailMessage->setObjectName(QStringLiteral("checkMessage"));
    connect(m_table, &PreflightTable::detailsChanged, this, &ValidationPage::showDetails);

    auto *meshBox = new QWidget(this);
    auto *meshLayout = new QVBoxLayout(meshBox);
    meshLayout->setContentsMargins(0, 0, 0, 0);
    meshLayout->addWidget(m_meshCaption);
    meshLayout->addWidget(m_mesh);
    meshLayout->addWidget(m_meshNote);
    meshLayout->addStretch(1);
    auto *detailsBox = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_detailMessage);
    detailsLayout->addWidget(m_details, 1);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(meshBox);
    bottom->addWidget(detailsBox);
    bottom->setStretchFactor(0, 2);
    bottom->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_summary = new InlineMessage(this);
    m_summary->setObjectName(QStringLiteral("validationSummary"));
    m_acknowledge = new QCheckBox(this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeWarnings"));
    m_acknowledge->setVisible(false);
    connect(m_acknowledge, &QCheckBox::toggled, this, &ValidationPage::completeChanged);

    auto *top = new QHBoxLayout;
    top->addWidget(m_busy);
    top->addWidget(m_progressText, 1);
    top->addWidget(m_stop);
    top->addWidget(m_runAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_acknowledge);

    connect(m_runner, &EngineRunner::findingReady, this, &ValidationPage::onFinding);
    connect(m_runner, &EngineRunner::meshEntryReady, this, &ValidationPage::onMeshEntry);
    connect(m_runner, &EngineRunner::preflightFinished, this, &ValidationPage::onFinished);
    connect(m_runner, &EngineRunner::pendingDestructiveReady, this, &ValidationPage::onPending);
    connect(m_runner, &EngineRunner::taskFinished, this, [this] {
        if (m_rerun) {
            m_rerun = false;
            runChecks();
        }
    });
    retranslateUi();
    updateState();
}

void ValidationPage::initializePage()
{
    runChecks();
}

void ValidationPage::cleanupPage()
{
    // Back: nothing waits for these checks any more.
    if (m_running)
        m_runner->stop();
}

void ValidationPage::showDetails(const QString &title, const QString &command,
                                 const QString &output)
{
    m_detailTitle = title;
    m_detailCommand = command;
    m_detailOutput = output;
    showSelectedMessage();
    if (title.isEmpty()) {
        m_details->setCaption(tr("Command and output"));
        m_details->setText(tr("# Select a check to see its command and output."));
        return;
    }
    m_details->setCaption(title);
    QString text = command.isEmpty() ? tr("# This check ran no command of its own.")
                                     : QStringLiteral("$ ") + command;
    if (!output.isEmpty())
        text += QLatin1Char('\n') + output;
    m_details->setText(text);
}

void ValidationPage::showSelectedMessage()
{
    QTreeWidgetItem *item = m_table->currentItem();
    if (!item || !item->parent() || item->text(2).isEmpty()) {
        m_detailMessage->clear();
        return;
    }
    m_detailMessage->setMessage(PreflightTable::lookOf(item), item->text(2));
}

bool ValidationPage::isComplete() const
{
    if (m_running || !m_done || !m_runner->hasReport() || failures() > 0)
        return false;
    return warnings() == 0 || m_acknowledge->isChecked();
}

void ValidationPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void ValidationPage::retranslateUi()
{
    setTitle(tr("Validation"));
    setSubTitle(tr("The servers are checked against the spec: reachable, Proxmox VE installed, "
                   "the disks present and empty, the private network able to carry its MTU. "
                   "Nothing is changed on them (apt only refreshes its package lists, to test "
                   "the repositories)."));
    m_runAgain->setText(tr("&Run the checks again"));
    m_stop->setText(tr("S&top the checks"));
    m_meshCaption->setText(tr("Jumbo frames between the nodes (rows send, columns answer):"));
    m_acknowledge->setText(tr("I have read the warnings and want to continue anyway."));
    showDetails(m_detailTitle, m_detailCommand, m_detailOutput);
    if (!m_running)
        updateState();
}

} // namespace pveha
