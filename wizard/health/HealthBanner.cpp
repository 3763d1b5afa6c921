// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthBanner.h"

#include "HealthLook.h"
#include "health/HealthEvaluator.h"
#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace pveha {

HealthBanner::HealthBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("healthBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_icon = new QLabel(this);
    m_icon->setObjectName(QStringLiteral("healthIcon"));
    m_word = new QLabel(this);
    m_word->setObjectName(QStringLiteral("healthWord"));
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_word->setFont(big);
    m_summary = new WrapLabel(this);
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reasons = new QListWidget(this);
    m_reasons->setObjectName(QStringLiteral("healthReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextElideMode(Qt::ElideNone);
    m_reasons->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reasons->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_reasons->setSpacing(2);
    m_reasons->setMaximumHeight(fontMetrics().lineSpacing() * 8);

    auto *head = new QHBoxLayout;
    head->addWidget(m_icon);
    head->addWidget(m_word);
    head->addSpacing(12);
    head->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(head);
    layout->addWidget(m_reasons);
    setWaiting();
}

void HealthBanner::setSnapshot(const HealthSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_have = true;
    render();
}

void HealthBanner::setWaiting()
{
    m_have = false;
    render();
}

QString HealthBanner::word() const
{
    return m_word->text();
}

QStringList HealthBanner::reasonTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_reasons->count(); ++i)
        texts << m_reasons->item(i)->text();
    return texts;
}

void HealthBanner::render()
{
    const int size = HealthLook::iconSize(m_word) + 8;
    m_reasons->clear();
    if (!m_have) {
        m_icon->setPixmap(StatusLook::icon(StatusLook::Status::Skip).pixmap(size, size));
        m_word->setText(tr("Not read yet"));
        m_summary->setText(tr("The state of the cluster is being read from every node."));
        m_reasons->hide();
        return;
    }
    const StatusLook::Status status = HealthLook::status(m_snapshot.overall());
    m_icon->setPixmap(StatusLook::icon(status).pixmap(size, size));
    m_word->setText(StatusLook::word(status));
    const CephStatus &ceph = m_snapshot.ceph;
    const QString cephText =
        ceph.understood ? tr("Ceph reports %1 (read on %2).").arg(ceph.health, m_snapshot.cephNode)
                        : tr("Ceph's status could not be read on any node.");
    const int count = int(m_snapshot.verdict.reasons.size());
    const QString verdict =
        count == 0 ? tr("Ceph, the RAID arrays, HA and the storages are all fine.")
                   : tr("%n point(s) need attention; each one says what to do.", nullptr, count);
    m_summary->setText(cephText + QLatin1Char(' ') + verdict);
    for (const HealthReason &r : m_snapshot.verdict.reasons) {
        const StatusLook::Status s = HealthLook::status(r.level);
        QString text = r.node.isEmpty()
                           ? tr("%1: %2").arg(StatusLook::word(s), r.text)
                           : tr("%1 on %2: %3").arg(StatusLook::word(s), r.node, r.text);
        if (!r.hint.isEmpty())
            text += QLatin1Char('\n') + tr("What to do: %1").arg(r.hint);
        auto *item = new QListWidgetItem(StatusLook::icon(s), text, m_reasons);
        item->setData(Qt::UserRole, r.subject);
        item->setToolTip(r.subject);
    }
    m_reasons->setVisible(count > 0);
}

void HealthBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The reasons are sentences made by the evaluator: make them again in the new language.
        if (m_have)
            m_snapshot.verdict = HealthEvaluator::evaluate(m_snapshot);
        render();
    }
    QFrame::changeEvent(event);
}

} // namespace pveha
