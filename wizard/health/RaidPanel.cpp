// SPDX-License-Identifier: GPL-3.0-or-later
#include "RaidPanel.h"

#include "HealthLook.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace pveha {
namespace {

StatusLook::Status arrayStatus(const MdArray &array)
{
    const QString state = array.contractState();
    if (state == QLatin1String("clean"))
        return StatusLook::Status::Pass;
    if (state == QLatin1String("inactive") || array.failedBeyondRedundancy())
        return StatusLook::Status::Fail;
    return StatusLook::Status::Warn;
}

} // namespace

RaidPanel::RaidPanel(QWidget *parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("raidPanel"));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(2, 1);
    render();
}

void RaidPanel::setNodes(const QList<NodeHealth> &nodes)
{
    m_nodes = nodes;
    render();
}

void RaidPanel::render()
{
    setTitle(tr("RAID arrays (/proc/mdstat)"));
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const NodeHealth &n : m_nodes) {
        if (!n.raw.reachable)
            addMessageRow(row++, n.name(), tr("The node could not be reached."));
        else if (!n.mdstat.understood)
            addMessageRow(row++, n.name(),
                          tr("/proc/mdstat could not be read: %1").arg(n.mdstat.error));
        else if (n.mdstat.arrays.isEmpty())
            addMessageRow(row++, n.name(), tr("No RAID array."));
        for (const MdArray &array : n.mdstat.arrays)
            addRow(row++, n.name(), array);
    }
    if (row == 0)
        addMessageRow(0, QString(), tr("Not read yet."));
}

void RaidPanel::addRow(int row, const QString &node, const MdArray &array)
{
    const StatusLook::Status status = arrayStatus(array);
    const int size = HealthLook::iconSize(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusLook::icon(status).pixmap(size, size));
    auto *name = new QLabel(tr("%1 — %2 (%3)").arg(node, array.name, array.level), this);
    auto *bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("raidProgress-%1-%2").arg(node, array.name));
    bar->setRange(0, 1000);
    bar->setTextVisible(true);
    const QLocale locale;
    const QString pattern =
        array.pattern.isEmpty() ? QString() : QStringLiteral("[%1]").arg(array.pattern);
    QString detail;
    if (const std::optional<double> percent = array.progressPercent()) {
        bar->setValue(int(*percent * 10));
        bar->setFormat(tr("%1 % synced").arg(locale.toString(*percent, 'f', 1)));
        detail =
            array.finishMinutes >= 0
                ? tr("%1: %2, about %3 min left %4")
                      .arg(StatusLook::word(status), array.contractState(),
                           locale.toString(array.finishMinutes, 'f', 1), pattern)
                : tr("%1: %2 %3").arg(StatusLook::word(status), array.contractState(), pattern);
    } else {
        const bool clean = status == StatusLook::Status::Pass;
        bar->setValue(clean ? 1000 : 0);
        bar->setFormat(clean ? tr("in sync") : tr("not syncing"));
        detail = array.pendingReason.isEmpty()
                     ? tr("%1: %2 %3").arg(StatusLook::word(status), array.contractState(), pattern)
                     : tr("%1: %2 %3, %4 %5")
                           .arg(StatusLook::word(status), array.contractState(), pattern,
                                array.pendingAction, array.pendingReason);
    }
    auto *state = new QLabel(detail.trimmed(), this);
    state->setObjectName(QStringLiteral("raidState-%1-%2").arg(node, array.name));
    state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_grid->addWidget(icon, row, 0);
    m_grid->addWidget(name, row, 1);
    m_grid->addWidget(bar, row, 2);
    m_grid->addWidget(state, row, 3);
}

void RaidPanel::addMessageRow(int row, const QString &node, const QString &text)
{
    const int size = HealthLook::iconSize(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(StatusLook::icon(StatusLook::Status::Skip).pixmap(size, size));
    m_grid->addWidget(icon, row, 0);
    m_grid->addWidget(new QLabel(node, this), row, 1);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    m_grid->addWidget(label, row, 2, 1, 2);
}

void RaidPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QGroupBox::changeEvent(event);
}

} // namespace pveha
