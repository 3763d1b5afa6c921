// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/PreflightTable.h"

#include "widgets/StatusLook.h"

#include <QEvent>
#include <QHeaderView>
#include <QTimer>

namespace pveha {

namespace {

constexpr int kNotDone = -1;

StatusLook::Status look(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return StatusLook::Status::Pass;
    case CheckStatus::Warn:
        return StatusLook::Status::Warn;
    case CheckStatus::Fail:
        return StatusLook::Status::Fail;
    case CheckStatus::Skip:
        break;
    }
    return StatusLook::Status::Skip;
}

int severity(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Fail:
        return 3;
    case CheckStatus::Warn:
        return 2;
    case CheckStatus::Skip:
        return 1;
    case CheckStatus::Pass:
        break;
    }
    return 0;
}

} // namespace

PreflightTable::PreflightTable(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("preflightTable"));
    setColumnCount(3);
    setRootIsDecorated(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_spinner = new QTimer(this);
    m_spinner->setInterval(120);
    connect(m_spinner, &QTimer::timeout, this, &PreflightTable::advanceSpinner);
    connect(this, &QTreeWidget::currentItemChanged, this, &PreflightTable::emitDetails);
    retranslateUi();
}

void PreflightTable::start(const QStringList &nodes, const QStringList &checkIds)
{
    clear();
    m_checkCount = int(checkIds.size());
    for (const QString &node : nodes) {
        auto *nodeRow = new QTreeWidgetItem(this, QStringList{node});
        QFont bold = nodeRow->font(0);
        bold.setBold(true);
        nodeRow->setFont(0, bold);
        nodeRow->setFirstColumnSpanned(false);
        for (const QString &id : checkIds) {
            auto *check = new QTreeWidgetItem(nodeRow, QStringList{id});
            check->setData(0, DoneRole, kNotDone);
        }
        nodeRow->setExpanded(true);
        updateNodeRow(nodeRow);
    }
    m_running = true;
    m_spinner->start();
    advanceSpinner();
}

QTreeWidgetItem *PreflightTable::nodeItem(const QString &node) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->text(0) == node)
            return topLevelItem(i);
    return nullptr;
}

QTreeWidgetItem *PreflightTable::checkItem(const QString &node, const QString &checkId) const
{
    QTreeWidgetItem *parent = nodeItem(node);
    for (int i = 0; parent && i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == checkId)
            return parent->child(i);
    return nullptr;
}

StatusLook::Status PreflightTable::lookOf(const QTreeWidgetItem *checkRow)
{
    const int value = checkRow->data(0, DoneRole).toInt();
    return value == kNotDone ? StatusLook::Status::Skip : look(CheckStatus(value));
}

int PreflightTable::checksDone(const QString &node) const
{
    QTreeWidgetItem *parent = nodeItem(node);
    int done = 0;
    for (int i = 0; parent && i < parent->childCount(); ++i)
        done += parent->child(i)->data(0, DoneRole).toInt() != kNotDone ? 1 : 0;
    return done;
}

void PreflightTable::setFindingRow(QTreeWidgetItem *item, const Finding &finding)
{
    const StatusLook::Status status = look(finding.status);
    item->setData(0, DoneRole, int(finding.status));
    item->setIcon(1, StatusLook::icon(status));
    item->setText(1, StatusLook::word(status));
    item->setText(2, finding.message);
    QString tip = finding.message;
    if (!finding.observed.isUndefined() && !finding.observed.isNull())
        tip += QLatin1Char('\n') + tr("Found: %1").arg(finding.observed.toVariant().toString());
    if (!finding.expected.isUndefined() && !finding.expected.isNull())
        tip += QLatin1Char('\n') + tr("Expected: %1").arg(finding.expected.toVariant().toString());
    item->setToolTip(2, tip);
    item->setData(0, CommandRole, finding.command);
    item->setData(0, OutputRole, finding.details);
    item->setForeground(2, finding.status == CheckStatus::Fail
                               ? QBrush(StatusLook::color(StatusLook::Status::Fail))
                               : QBrush());
}

void PreflightTable::addFinding(const QString &node, const Finding &finding)
{
    QTreeWidgetItem *parent = nodeItem(node);
    if (!parent)
        parent = new QTreeWidgetItem(this, QStringList{node});
    QTreeWidgetItem *item = checkItem(node, finding.id);
    if (!item)
        item = new QTreeWidgetItem(parent, QStringList{finding.id});
    setFindingRow(item, finding);
    updateNodeRow(parent);
    if (item == currentItem())
        emitDetails();
}

void PreflightTable::setReport(const PreflightReport &report)
{
    for (const NodeReport &node : report.nodes)
        for (const Finding &finding : node.findings)
            addFinding(node.node, finding);
    m_running = false;
    m_spinner->stop();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *node = topLevelItem(i);
        updateNodeRow(node);
        const int worst = node->data(0, StatusRole).toInt();
        node->setExpanded(worst != int(CheckStatus::Pass));
    }
}

void PreflightTable::markResumed(const QString &node, const QString &checkId,
                                 const QString &message)
{
    QTreeWidgetItem *item = checkItem(node, checkId);
    if (!item)
        return;
    Finding resumed;
    resumed.id = checkId;
    resumed.status = CheckStatus::Warn;
    resumed.message = message;
    resumed.command = item->data(0, CommandRole).toString();
    resumed.details = item->data(0, OutputRole).toString();
    const QString original = item->text(2);
    setFindingRow(item, resumed);
    item->setToolTip(2, message + QStringLiteral("\n\n") + original);
    updateNodeRow(item->parent());
    item->parent()->setExpanded(true);
}

void PreflightTable::setStopped()
{
    m_running = false;
    m_spinner->stop();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *node = topLevelItem(i);
        for (int c = 0; c < node->childCount(); ++c) {
            QTreeWidgetItem *check = node->child(c);
            if (check->data(0, DoneRole).toInt() != kNotDone)
                continue;
            check->setIcon(1, StatusLook::icon(StatusLook::Status::Skip));
            check->setText(1, StatusLook::word(StatusLook::Status::Skip));
            check->setText(2, tr("Not checked: the checks were stopped."));
        }
        updateNodeRow(node);
    }
}

void PreflightTable::updateNodeRow(QTreeWidgetItem *node)
{
    int counts[4] = {0, 0, 0, 0};
    int done = 0;
    int worst = int(CheckStatus::Pass);
    for (int i = 0; i < node->childCount(); ++i) {
        const int value = node->child(i)->data(0, DoneRole).toInt();
        if (value == kNotDone)
            continue;
        ++done;
        const auto status = CheckStatus(value);
        ++counts[value];
        if (severity(status) > severity(CheckStatus(worst)))
            worst = value;
    }
    node->setData(0, StatusRole, worst);
    const int total = int(node->childCount());
    if (m_running && done < total) {
        node->setIcon(1, StatusLook::runningIcon(m_frame));
        node->setText(1, StatusLook::runningWord());
        node->setText(2, tr("%1 of %2 checks done").arg(done).arg(total));
        return;
    }
    const auto worstStatus = look(CheckStatus(worst));
    node->setIcon(1, StatusLook::icon(worstStatus));
    node->setText(1, StatusLook::word(worstStatus));
    QStringList parts;
    if (counts[int(CheckStatus::Fail)])
        parts << tr("%n problem(s)", nullptr, counts[int(CheckStatus::Fail)]);
    if (counts[int(CheckStatus::Warn)])
        parts << tr("%n warning(s)", nullptr, counts[int(CheckStatus::Warn)]);
    if (counts[int(CheckStatus::Pass)])
        parts << tr("%n passed", nullptr, counts[int(CheckStatus::Pass)]);
    if (counts[int(CheckStatus::Skip)])
        parts << tr("%n skipped", nullptr, counts[int(CheckStatus::Skip)]);
    //: The counts of one node's checks, e.g. "1 problem, 10 passed".
    node->setText(2, parts.join(tr(", ")));
}

void PreflightTable::advanceSpinner()
{
    m_frame = (m_frame + 1) % StatusLook::kSpinnerFrames;
    const QIcon spinner = StatusLook::runningIcon(m_frame);
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *node = topLevelItem(i);
        bool nodeRunning = false;
        for (int c = 0; c < node->childCount(); ++c) {
            QTreeWidgetItem *check = node->child(c);
            if (check->data(0, DoneRole).toInt() != kNotDone)
                continue;
            nodeRunning = true;
            check->setIcon(1, spinner);
            if (check->text(1).isEmpty()) {
                check->setText(1, StatusLook::runningWord());
                check->setText(2, tr("Checking…"));
            }
        }
        if (nodeRunning)
            node->setIcon(1, spinner);
    }
}

void PreflightTable::emitDetails()
{
    QTreeWidgetItem *item = currentItem();
    if (!item || !item->parent()) {
        Q_EMIT detailsChanged({}, {}, {});
        return;
    }
    Q_EMIT detailsChanged(tr("%1 on %2").arg(item->text(0), item->parent()->text(0)),
                          item->data(0, CommandRole).toString(),
                          item->data(0, OutputRole).toString());
}

void PreflightTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void PreflightTable::retranslateUi()
{
    setHeaderLabels({tr("Node and check"), tr("Status"), tr("What was found")});
    for (int i = 0; i < topLevelItemCount(); ++i)
        updateNodeRow(topLevelItem(i));
}

} // namespace pveha
