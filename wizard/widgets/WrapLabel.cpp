// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/WrapLabel.h"

#include <QResizeEvent>

namespace pveha {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

QSize WrapLabel::sizeHint() const
{
    QSize size = QLabel::sizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0)
        size.setHeight(heightForWidth(width()));
    return size;
}

QSize WrapLabel::minimumSizeHint() const
{
    QSize size = QLabel::minimumSizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0)
        size.setHeight(heightForWidth(width()));
    return size;
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace pveha
