// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/InlineMessage.h"

#include "widgets/WrapLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>

namespace pveha {

InlineMessage::InlineMessage(QWidget *parent)
    : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_text = new WrapLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->setSpacing(6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void InlineMessage::setNote(const QString &text)
{
    setMessage(StatusLook::Status::Skip, text);
    if (text.isEmpty())
        return;
    m_note = true;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text->setText(text);
}

void InlineMessage::setMessage(StatusLook::Status status, const QString &text)
{
    m_status = status;
    m_note = false;
    if (text.isEmpty()) {
        m_text->clear();
        setVisible(false);
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(StatusLook::icon(status).pixmap(size, size));
    //: A status word and a message, e.g. "Problem: "10.0.0" is not an IPv4 address".
    m_text->setText(tr("%1: %2").arg(StatusLook::word(status), text));
    QPalette pal = m_text->palette();
    if (status == StatusLook::Status::Fail)
        pal.setColor(QPalette::WindowText, StatusLook::color(status));
    else
        pal.setColor(QPalette::WindowText, palette().color(QPalette::WindowText));
    m_text->setPalette(pal);
    setVisible(true);
    updateGeometry();
}

QSize InlineMessage::sizeHint() const
{
    QSize size = QWidget::sizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0 && layout())
        size.setHeight(layout()->totalHeightForWidth(width()));
    return size;
}

QSize InlineMessage::minimumSizeHint() const
{
    QSize size = QWidget::minimumSizeHint();
    if (testAttribute(Qt::WA_Resized) && width() > 0 && layout())
        size.setHeight(layout()->totalHeightForWidth(width()));
    return size;
}

void InlineMessage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

QString InlineMessage::text() const
{
    return m_text->text();
}

} // namespace pveha
