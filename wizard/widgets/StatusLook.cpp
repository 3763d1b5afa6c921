// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusLook.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace pveha {

namespace {

QPixmap draw(StatusLook::Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = StatusLook::color(status);
    const qreal s = size;
    const qreal m = s * 0.06;
    QPen mark(Qt::white, s * 0.14, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case StatusLook::Status::Pass:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
        p.setPen(mark);
        p.drawPolyline(QPolygonF{{s * 0.28, s * 0.52}, {s * 0.44, s * 0.68}, {s * 0.72, s * 0.34}});
        break;
    case StatusLook::Status::Warn: {
        QPainterPath triangle;
        triangle.moveTo(s / 2, m);
        triangle.lineTo(s - m, s - m);
        triangle.lineTo(m, s - m);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(triangle);
        mark.setColor(Qt::black);
        mark.setWidthF(s * 0.12);
        p.setPen(mark);
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.64));
        p.drawPoint(QPointF(s / 2, s * 0.8));
        break;
    }
    case StatusLook::Status::Fail:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case StatusLook::Status::Skip:
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m));
        p.setPen(mark);
        p.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2));
        break;
    }
    return pixmap;
}

} // namespace

QIcon StatusLook::icon(Status status)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64})
        icon.addPixmap(draw(status, size));
    return icon;
}

QString StatusLook::word(Status status)
{
    switch (status) {
    case Status::Pass:
        return tr("OK");
    case Status::Warn:
        return tr("Warning");
    case Status::Fail:
        return tr("Problem");
    case Status::Skip:
        return tr("Skipped");
    }
    return {};
}

namespace {

QPixmap drawSpinner(int frame, int size, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.translate(s / 2, s / 2);
    p.rotate(frame * 360.0 / StatusLook::kSpinnerFrames);
    for (int i = 0; i < StatusLook::kSpinnerFrames; ++i) {
        QColor c = color;
        c.setAlphaF(0.15 + 0.85 * (i + 1) / StatusLook::kSpinnerFrames);
        p.setPen(QPen(c, s * 0.13, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(0, -s * 0.22), QPointF(0, -s * 0.42));
        p.rotate(360.0 / StatusLook::kSpinnerFrames);
    }
    return pixmap;
}

QPixmap drawDestructive(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal m = s * 0.06;
    QPainterPath triangle;
    triangle.moveTo(s / 2, m);
    triangle.lineTo(s - m, s - m);
    triangle.lineTo(m, s - m);
    triangle.closeSubpath();
    p.setPen(Qt::NoPen);
    p.setBrush(StatusLook::destructiveColor());
    p.drawPath(triangle);
    p.setPen(QPen(Qt::white, s * 0.12, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.64));
    p.drawPoint(QPointF(s / 2, s * 0.8));
    return pixmap;
}

} // namespace

QIcon StatusLook::runningIcon(int frame)
{
    QIcon icon;
    const QColor blue(0x19, 0x76, 0xd2);
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(drawSpinner(frame % kSpinnerFrames, size, blue));
    return icon;
}

QString StatusLook::runningWord()
{
    return tr("Running");
}

QIcon StatusLook::destructiveIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48})
        icon.addPixmap(drawDestructive(size));
    return icon;
}

QColor StatusLook::color(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case Status::Warn:
        return QColor(0xf5, 0xa6, 0x23);
    case Status::Fail:
        return QColor(0xd3, 0x2f, 0x2f);
    case Status::Skip:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

} // namespace pveha
