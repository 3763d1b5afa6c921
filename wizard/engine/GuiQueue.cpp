// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/GuiQueue.h"

#include <QMetaObject>

namespace pveha {

GuiQueue::GuiQueue(QObject *parent)
    : QObject(parent)
{}

void GuiQueue::post(std::function<void()> work)
{
    QMutexLocker lock(&m_mutex);
    m_pending.push_back(std::move(work));
    if (m_wakeScheduled)
        return;
    m_wakeScheduled = true;
    QMetaObject::invokeMethod(this, &GuiQueue::drain, Qt::QueuedConnection);
}

void GuiQueue::drain()
{
    std::vector<std::function<void()>> batch;
    {
        QMutexLocker lock(&m_mutex);
        batch.swap(m_pending);
        m_wakeScheduled = false;
    }
    m_largestBatch = std::max(m_largestBatch, qsizetype(batch.size()));
    for (const auto &work : batch)
        work();
}

} // namespace pveha
