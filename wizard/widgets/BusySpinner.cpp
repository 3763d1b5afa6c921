// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/BusySpinner.h"

#include "widgets/StatusLook.h"

#include <QStyle>
#include <QTimer>

namespace pveha {

BusySpinner::BusySpinner(QWidget *parent)
    : QLabel(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &BusySpinner::advance);
}

void BusySpinner::start()
{
    if (!m_timer->isActive())
        m_timer->start();
    advance();
}

void BusySpinner::stop()
{
    m_timer->stop();
    clear();
}

bool BusySpinner::isSpinning() const
{
    return m_timer->isActive();
}

void BusySpinner::advance()
{
    m_frame = (m_frame + 1) % StatusLook::kSpinnerFrames;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    setPixmap(StatusLook::runningIcon(m_frame).pixmap(size, size));
    Q_EMIT advanced(m_frame);
}

} // namespace pveha
