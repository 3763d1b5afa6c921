// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/PlanPage.h"

#include "engine/EngineRunner.h"
#include "widgets/CodeView.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pveha {

namespace {
constexpr int kKeyRole = Qt::UserRole + 1;
QString key(const Step &step)
{
    return step.node + QLatin1Char('/') + step.id;
}
} // namespace

PlanPage::PlanPage(EngineRunner *runner, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
{
    setObjectName(QStringLiteral("planPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_node = new QComboBox(this);
    m_node->setObjectName(QStringLiteral("nodeFilter"));
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("phaseFilter"));
    m_nodeLabel = new QLabel(this);
    m_nodeLabel->setBuddy(m_node);
    m_phaseLabel = new QLabel(this);
    m_phaseLabel->setBuddy(m_phase);
    m_copyMenu = new QMenu(this);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setMenu(m_copyMenu);
    connect(m_copy, &QToolButton::clicked, this,
            [this] { copy(m_node->currentData().toString()); });
    m_copied = new InlineMessage(this);
    connect(m_node, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilter);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planSteps"));
    m_tree->setColumnCount(3);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PlanPage::scrollToStep);
    m_code = new CodeView(this);
    m_code->setObjectName(QStringLiteral("planCommands"));
    m_code->setLanguage(CodeLanguage::Shell);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_nodeLabel);
    filters->addWidget(m_node);
    filters->addSpacing(12);
    filters->addWidget(m_phaseLabel);
    filters->addWidget(m_phase);
    filters->addStretch(1);
    filters->addWidget(m_copied);
    filters->addWidget(m_copy);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(m_code);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    retranslateUi();
}

void PlanPage::initializePage()
{
    m_plan = m_runner->currentPlan();
    rebuild();
}

void PlanPage::setFilter(const QString &node, const QString &phase)
{
    m_node->setCurrentIndex(std::max(0, m_node->findData(node)));
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(phase)));
}

void PlanPage::rebuild()
{
    const QString node = m_node->currentData().toString();
    const QString phase = m_phase->currentData().toString();
    {
        const QSignalBlocker b1(m_node), b2(m_phase);
        m_node->clear();
        m_node->addItem(tr("All nodes"), QString());
        QStringList nodes;
        for (const Phase &p : std::as_const(m_plan.phases))
            for (const Step &s : p.steps)
                if (!nodes.contains(s.node))
                    nodes << s.node;
        for (const QString &n : nodes)
            m_node->addItem(n, n);
        m_phase->clear();
        m_phase->addItem(tr("All phases"), QString());
        for (const Phase &p : std::as_const(m_plan.phases))
            m_phase->addItem(p.title, p.id);
        m_copyMenu->clear();
        for (const QString &n : nodes)
            m_copyMenu->addAction(tr("Script of %1").arg(n), this, [this, n] { copy(n); });
        m_copyMenu->addAction(tr("The whole plan, as text"), this, [this] { copy({}); });
    }
    setFilter(node, phase);
    applyFilter();
    retranslateUi();
}

void PlanPage::applyFilter()
{
    const QString node = m_node->currentData().toString();
    const QString phaseId = m_phase->currentData().toString();
    m_tree->clear();
    m_lineOfStep.clear();
    QStringList lines;
    QList<int> redLines;
    int number = 0;
    for (int p = 0; p < m_plan.phases.size(); ++p) {
        const Phase &phase = m_plan.phases.at(p);
        if (!phaseId.isEmpty() && phase.id != phaseId) {
            number += int(phase.steps.size());
            continue;
        }
        auto *phaseItem =
            new QTreeWidgetItem(m_tree, QStringList{tr("%1. %2").arg(p + 1).arg(phase.title)});
        phaseItem->setToolTip(0, phase.id);
        phaseItem->setFirstColumnSpanned(true);
        for (const Step &step : phase.steps) {
            ++number;
            if (!node.isEmpty() && step.node != node)
                continue;
            auto *item = new QTreeWidgetItem(phaseItem, QStringList{step.title, step.node});
            item->setData(0, kKeyRole, key(step));
            item->setToolTip(0, tr("%1 (%2)").arg(step.title, step.id));
            if (!lines.isEmpty())
                lines << QString();
            m_lineOfStep.insert(key(step), int(lines.size()));
            lines << tr("# ── %1. [%2] %3: %4").arg(number).arg(step.node, step.id, step.title);
            if (step.destructive) {
                item->setIcon(2, StatusLook::destructiveIcon());
                item->setText(2, step.erases.isEmpty() ? tr("Destructive") : tr("Erases disks"));
                item->setForeground(2, StatusLook::destructiveColor());
                item->setToolTip(2, tr("Erases: %1").arg(step.erases.join(QStringLiteral(", "))));
                redLines << int(lines.size());
                lines << (step.erases.isEmpty()
                              ? tr("# DESTRUCTIVE: confirmed before it runs")
                              : tr("# DESTRUCTIVE: erases %1; confirmed before it runs")
                                    .arg(step.erases.join(QLatin1Char(' '))));
            }
            lines << tr("# check (exit 0 = already done, the step is skipped):")
                  << step.check.split(QLatin1Char('\n')) << tr("# run:")
                  << step.run.split(QLatin1Char('\n'));
        }
        if (phaseItem->childCount() == 0)
            delete phaseItem;
        else
            phaseItem->setExpanded(true);
    }
    if (lines.isEmpty())
        lines << tr("# No step matches these filters.");
    m_code->setText(lines.join(QLatin1Char('\n')));
    m_code->editor()->verticalScrollBar()->setValue(0);
    // Destructive lines stand out in the commands too, not only in the list.
    QList<QTextEdit::ExtraSelection> marks;
    QColor background = StatusLook::destructiveColor();
    background.setAlpha(40);
    for (const int line : std::as_const(redLines)) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_code->editor()->document()->findBlockByNumber(line));
        mark.format.setBackground(background);
        mark.format.setForeground(StatusLook::destructiveColor());
        mark.format.setFontWeight(QFont::Bold);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks << mark;
    }
    m_code->editor()->setExtraSelections(marks);
}

void PlanPage::scrollToStep(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int line = m_lineOfStep.value(item->data(0, kKeyRole).toString(), -1);
    if (line < 0)
        return;
    QPlainTextEdit *edit = m_code->editor();
    edit->setTextCursor(QTextCursor(edit->document()->findBlockByNumber(line)));
    edit->verticalScrollBar()->setValue(line); // the step's header at the top
}

QString PlanPage::scriptForFilter() const
{
    const QString node = m_node->currentData().toString();
    return node.isEmpty() ? m_plan.toText() : m_plan.toScript(node);
}

void PlanPage::copy(const QString &node)
{
    QApplication::clipboard()->setText(node.isEmpty() ? m_plan.toText() : m_plan.toScript(node));
    m_copied->setMessage(StatusLook::Status::Pass,
                         node.isEmpty() ? tr("The whole plan is in the clipboard.")
                                        : tr("The script of %1 is in the clipboard.").arg(node));
    QTimer::singleShot(4000, m_copied, &InlineMessage::clear);
}

void PlanPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void PlanPage::retranslateUi()
{
    setTitle(tr("Plan"));
    setSubTitle(tr("Every command the deployment will run, node by node, in order. Each step "
                   "first runs its check: when the check passes, the step is already done and "
                   "is skipped, so the deployment can be stopped and resumed."));
    m_nodeLabel->setText(tr("&Node:"));
    m_phaseLabel->setText(tr("P&hase:"));
    m_copy->setText(tr("Copy as &script"));
    m_copy->setToolTip(tr("Copies the selected node's steps as a shell script, or the whole "
                          "plan as text when all nodes are shown. The menu offers the others."));
    m_tree->setHeaderLabels({tr("Step"), tr("Node"), tr("Erases data")});
    int steps = 0, destructive = 0;
    QSet<QString> nodes, disks;
    for (const Phase &p : std::as_const(m_plan.phases))
        for (const Step &s : p.steps) {
            ++steps;
            nodes.insert(s.node);
            if (s.destructive)
                ++destructive;
            for (const QString &disk : s.erases)
                disks.insert(s.node + disk);
        }
    m_summary->setText(
        tr("%1 steps in %2 phases on %3 nodes. %4 of them erase disks (%5 disks in all): they "
           "are marked in red, and the deployment lists every disk and asks you to confirm "
           "before it starts.")
            .arg(steps)
            .arg(m_plan.phases.size())
            .arg(nodes.size())
            .arg(destructive)
            .arg(disks.size()));
}

} // namespace pveha
