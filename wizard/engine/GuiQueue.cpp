// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/GuiQueue.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace pveha {

GuiQueue::GuiQueue(QObject *parent)
    : QObject(parent)
{}

void GuiQueue::post(std::function<void()> work)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back(std::move(work));
    scheduleWake();
}

void GuiQueue::scheduleWake()
{
    if (m_wakeScheduled)
        return;
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(this, &GuiQueue::drain, Qt::QueuedConnection);
}

void GuiQueue::drain()
{
    {
        QMutexLocker lock(&m_mutex);
        m_wakeScheduled = false;
        for (auto &work : m_pending)
            m_backlog.push_back(std::move(work));
        m_pending.clear();
    }
    m_largestBatch = std::max(m_largestBatch, qsizetype(m_backlog.size()));
    QElapsedTimer budget;
    budget.start();
    int run = 0;
    while (!m_backlog.empty()) {
        const std::function<void()> work = std::move(m_backlog.front());
        m_backlog.pop_front();
        work();
        if ((++run & 31) == 0 && budget.elapsed() >= kBudgetMs)
            break;
    }
    if (!m_backlog.empty()) {
        QMutexLocker lock(&m_mutex);
        scheduleWake(); // behind what queued up meanwhile
    }
}

} // namespace pveha
