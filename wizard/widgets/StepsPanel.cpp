// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StepsPanel.h"

#include "PageId.h"

#include <QEvent>
#include <QListWidget>
#include <QVBoxLayout>

namespace pveha {

StepsPanel::StepsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("stepsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("stepsList"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSpacing(2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 12, 8, 12);
    layout->addWidget(m_list);
    setMinimumWidth(230);
    rebuild();
}

QString StepsPanel::stepTitle(int pageId)
{
    switch (static_cast<PageId>(pageId)) {
    case WelcomePageId:
        return tr("Welcome");
    case NodesPageId:
        return tr("Nodes");
    case NetworkPageId:
        return tr("Private network");
    case DisksPageId:
        return tr("Disks");
    case CephHaPageId:
        return tr("Ceph and HA");
    case FirewallPageId:
        return tr("Firewall rules");
    case SummaryPageId:
        return tr("Summary");
    case ValidationPageId:
        return tr("Validation");
    case FirewallApplyPageId:
        return tr("Apply the firewall");
    case PlanPageId:
        return tr("Plan");
    case DeployPageId:
        return tr("Deployment");
    case HealthPageId:
        return tr("Cluster health");
    case CrashTestPageId:
        return tr("Crash test");
    case FinishPageId:
        return tr("Report");
    case PageCount:
        break;
    }
    return {};
}

void StepsPanel::setPageExists(std::function<bool(int)> exists)
{
    m_exists = std::move(exists);
    rebuild();
}

void StepsPanel::setPageVisited(std::function<bool(int)> visited)
{
    m_visited = std::move(visited);
    rebuild();
}

void StepsPanel::setCurrent(int pageId)
{
    m_current = pageId;
    rebuild();
}

void StepsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

void StepsPanel::rebuild()
{
    m_list->clear();
    for (int id = 0; id < PageCount; ++id) {
        // Icon and words both carry the state, so it reads without colour too.
        QString prefix;
        const bool exists = !m_exists || m_exists(id);
        if (!exists)
            prefix = QStringLiteral("\u2013  "); // not in this version: a dash, never a tick
        else if (id < m_current && (!m_visited || m_visited(id)))
            prefix = QStringLiteral("\u2714  "); // done: check mark
        else if (id == m_current)
            prefix = QStringLiteral("\u25B6  "); // current: arrow
        else
            prefix = QStringLiteral("\u2022  ");
        auto *item = new QListWidgetItem(prefix + stepTitle(id), m_list);
        if (!exists)
            item->setToolTip(tr("Not available in this version of the assistant yet."));
        QFont font = item->font();
        if (id == m_current) {
            font.setBold(true);
            item->setFont(font);
            item->setBackground(palette().highlight());
            item->setForeground(palette().highlightedText());
        } else if (id > m_current || !exists) {
            item->setForeground(palette().placeholderText());
        }
        item->setSizeHint(QSize(item->sizeHint().width(), 26));
    }
}

} // namespace pveha
