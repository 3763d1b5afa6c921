// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DeployStepsView.h"

#include "widgets/StatusLook.h"

#include <QEvent>
#include <QHeaderView>
#include <QPixmap>
#include <QTimer>

namespace pveha {

namespace {
constexpr int kStateRole = Qt::UserRole + 1;
constexpr int kSecondsRole = Qt::UserRole + 2;

QString duration(double seconds)
{
    const int s = int(seconds);
    if (s < 60)
        return QStringLiteral("%1 s").arg(QString::number(seconds, 'f', 1));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

DeployStepsView::DeployStepsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("deploySteps"));
    setColumnCount(4);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_timer = new QTimer(this);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &DeployStepsView::tick);
    retranslateUi();
}

QString DeployStepsView::key(const QString &node, const QString &stepId)
{
    return node + QLatin1Char('/') + stepId;
}

void DeployStepsView::setPlan(const Plan &plan)
{
    clear();
    m_items.clear();
    m_running.clear();
    for (int p = 0; p < plan.phases.size(); ++p) {
        const Phase &phase = plan.phases.at(p);
        auto *phaseItem =
            new QTreeWidgetItem(this, QStringList{tr("%1. %2").arg(p + 1).arg(phase.title)});
        phaseItem->setData(0, Qt::UserRole, phase.id);
        QFont bold = phaseItem->font(0);
        bold.setBold(true);
        phaseItem->setFont(0, bold);
        for (const Step &step : phase.steps) {
            auto *item = new QTreeWidgetItem(phaseItem, QStringList{step.title, step.node});
            item->setToolTip(0, tr("%1 (%2)").arg(step.title, step.id));
            if (step.destructive) {
                item->setIcon(0, StatusLook::destructiveIcon());
                item->setToolTip(
                    0, tr("%1 — erases %2").arg(step.id, step.erases.join(QStringLiteral(", "))));
            }
            m_items.insert(key(step.node, step.id), item);
            setState(item, State::Waiting);
        }
        updatePhase(phaseItem);
    }
    expandAll();
}

void DeployStepsView::resetStatuses()
{
    m_running.clear();
    for (QTreeWidgetItem *item : std::as_const(m_items))
        setState(item, State::Waiting);
    for (int i = 0; i < topLevelItemCount(); ++i)
        updatePhase(topLevelItem(i));
}

QTreeWidgetItem *DeployStepsView::stepItem(const QString &node, const QString &stepId) const
{
    return m_items.value(key(node, stepId));
}

QString DeployStepsView::statusText(const QString &node, const QString &stepId) const
{
    QTreeWidgetItem *item = stepItem(node, stepId);
    return item ? item->text(2) : QString();
}

void DeployStepsView::setState(QTreeWidgetItem *item, State state, double seconds)
{
    item->setData(0, kStateRole, int(state));
    QFont font = item->font(0);
    font.setBold(state == State::Running);
    for (int c = 0; c < 4; ++c) {
        item->setFont(c, font);
        item->setBackground(c, state == State::Running ? palette().brush(QPalette::AlternateBase)
                                                       : QBrush());
    }
    if (seconds >= 0)
        item->setData(0, kSecondsRole, seconds);
    if (state == State::Running)
        m_running.insert(item, QElapsedTimer());
    else
        m_running.remove(item);
    switch (state) {
    case State::Waiting: {
        // A blank icon keeps the words of every row in one column.
        QPixmap blank(16, 16);
        blank.fill(Qt::transparent);
        item->setIcon(2, QIcon(blank));
        item->setText(2, tr("Waiting"));
        item->setText(3, QString());
        item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        return;
    }
    case State::Running:
        m_running[item].start();
        item->setIcon(2, StatusLook::runningIcon(m_frame));
        item->setText(2, StatusLook::runningWord());
        item->setForeground(2, QBrush());
        if (!m_timer->isActive())
            m_timer->start();
        setCurrentItem(item);
        scrollToItem(item);
        return;
    case State::Done:
        item->setIcon(2, StatusLook::icon(StatusLook::Status::Pass));
        item->setText(2, tr("Done"));
        break;
    case State::Skipped:
        item->setIcon(2, StatusLook::icon(StatusLook::Status::Skip));
        item->setText(2, tr("Already done"));
        break;
    case State::Failed:
        item->setIcon(2, StatusLook::icon(StatusLook::Status::Fail));
        item->setText(2, tr("Failed"));
        setCurrentItem(item);
        scrollToItem(item);
        break;
    case State::Stopped:
        item->setIcon(2, StatusLook::icon(StatusLook::Status::Skip));
        item->setText(2, tr("Stopped"));
        break;
    }
    item->setForeground(2, QBrush());
    const double s = item->data(0, kSecondsRole).toDouble();
    item->setText(3, state == State::Stopped ? QString() : duration(s));
}

void DeployStepsView::applyEvent(const EngineEvent &event)
{
    QTreeWidgetItem *item = stepItem(event.node, event.step);
    if (!item)
        return;
    switch (event.type) {
    case EngineEvent::Type::Started:
        setState(item, State::Running);
        break;
    case EngineEvent::Type::Done:
        setState(item, State::Done, event.seconds);
        break;
    case EngineEvent::Type::Skipped:
        setState(item, State::Skipped, event.seconds);
        break;
    case EngineEvent::Type::Failed:
        setState(item, State::Failed, event.seconds);
        break;
    case EngineEvent::Type::Output:
    case EngineEvent::Type::PhaseStarted:
    case EngineEvent::Type::Info:
        return;
    }
    updatePhase(item->parent());
}

void DeployStepsView::showStep(const QString &node, const QString &stepId)
{
    if (QTreeWidgetItem *item = stepItem(node, stepId)) {
        setCurrentItem(item);
        scrollToItem(item, QAbstractItemView::PositionAtCenter);
    }
}

void DeployStepsView::markStopped()
{
    const QList<QTreeWidgetItem *> running = m_running.keys();
    for (QTreeWidgetItem *item : running) {
        setState(item, State::Stopped);
        updatePhase(item->parent());
    }
    m_timer->stop();
}

void DeployStepsView::updatePhase(QTreeWidgetItem *phase)
{
    int done = 0, failed = 0, running = 0;
    for (int i = 0; i < phase->childCount(); ++i) {
        const auto state = State(phase->child(i)->data(0, kStateRole).toInt());
        done += state == State::Done || state == State::Skipped ? 1 : 0;
        failed += state == State::Failed ? 1 : 0;
        running += state == State::Running ? 1 : 0;
    }
    //: Steps of a phase: "3 of 9".
    const QString count = tr("%1 of %2").arg(done).arg(phase->childCount());
    if (failed) {
        phase->setIcon(2, StatusLook::icon(StatusLook::Status::Fail));
        phase->setText(2, tr("Failed"));
    } else if (running) {
        phase->setIcon(2, StatusLook::runningIcon(m_frame));
        phase->setText(2, count);
    } else if (done == phase->childCount()) {
        phase->setIcon(2, StatusLook::icon(StatusLook::Status::Pass));
        phase->setText(2, tr("Done"));
    } else {
        phase->setIcon(2, QIcon());
        phase->setText(2, done > 0 ? count : QString());
    }
}

void DeployStepsView::tick()
{
    if (m_running.isEmpty()) {
        m_timer->stop();
        return;
    }
    m_frame = (m_frame + 1) % StatusLook::kSpinnerFrames;
    const QIcon spinner = StatusLook::runningIcon(m_frame);
    QSet<QTreeWidgetItem *> phases;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        it.key()->setIcon(2, spinner);
        it.key()->setText(3, duration(double(it.value().elapsed()) / 1000.0));
        phases.insert(it.key()->parent());
    }
    for (QTreeWidgetItem *phase : std::as_const(phases))
        phase->setIcon(2, spinner);
}

void DeployStepsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTreeWidget::changeEvent(event);
}

void DeployStepsView::retranslateUi()
{
    setHeaderLabels({tr("Step"), tr("Node"), tr("Status"), tr("Time")});
}

} // namespace pveha
