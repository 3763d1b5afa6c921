// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashResultView.h"

#include "CrashTimelineChart.h"
#include "HealthLook.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pveha {
namespace {

StatusLook::Status eventStatus(CrashEvent::Kind kind)
{
    switch (kind) {
    case CrashEvent::Kind::Crash:
        return StatusLook::Status::Fail;
    case CrashEvent::Kind::Started:
        return StatusLook::Status::Pass;
    default:
        return StatusLook::Status::Warn;
    }
}

QString seconds(double s)
{
    return QLocale().toString(s, 'f', 1);
}

} // namespace

CrashResultView::CrashResultView(QWidget *parent)
    : QWidget(parent)
{
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("crashTimeline"));
    m_timeline->setColumnCount(2);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_chart = new CrashTimelineChart(this);
    m_resultIcon = new QLabel(this);
    m_resultText = new QLabel(this);
    m_resultText->setObjectName(QStringLiteral("crashResult"));
    m_resultText->setWordWrap(true);
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The list above the chart, both full width: sentences are not cut and the time axis
    // is long enough to read the gaps between events.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_timeline);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    // Five events and the header: the list never needs more, the chart takes the rest.
    m_timeline->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_timeline->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    auto *result = new QHBoxLayout;
    result->addWidget(m_resultIcon, 0, Qt::AlignTop);
    result->addWidget(m_resultText, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addLayout(result);
    retranslateUi();
}

void CrashResultView::clear()
{
    m_events.clear();
    m_hasResult = false;
    m_timeline->clear();
    m_chart->clear();
    m_resultIcon->clear();
    m_resultText->clear();
}

void CrashResultView::addEvent(const CrashEvent &event)
{
    m_events << event;
    auto *item = new QTreeWidgetItem(m_timeline);
    item->setText(0, tr("%1 s").arg(seconds(event.seconds)));
    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
    item->setIcon(1, StatusLook::icon(eventStatus(event.kind)));
    item->setText(1, event.text);
    item->setToolTip(1, event.text);
    m_timeline->scrollToItem(item);
    m_chart->addEvent(event);
}

void CrashResultView::setResult(const CrashTestResult &result, double demoScale)
{
    m_result = result;
    m_demoScale = demoScale;
    m_hasResult = true;
    showResult();
}

QString CrashResultView::resultText() const
{
    return m_resultText->text();
}

void CrashResultView::showResult()
{
    if (!m_hasResult)
        return;
    const CrashTestResult &r = m_result;
    const bool met = r.metTarget();
    const StatusLook::Status status =
        met ? StatusLook::Status::Pass
            : (r.recovered ? StatusLook::Status::Warn : StatusLook::Status::Fail);
    const int size = HealthLook::iconSize(m_resultText) + 8;
    m_resultIcon->setPixmap(StatusLook::icon(status).pixmap(size, size));
    const QString word = met           ? tr("Goal met")
                         : r.recovered ? tr("Goal missed")
                                       : tr("Not recovered");
    QString text = r.recovered
                       ? tr("vm:%1 ran again on %2, %3 s after %4 crashed (goal: under %5 s).")
                             .arg(r.vmid)
                             .arg(r.vmNodeAfter, seconds(r.failoverSeconds), r.crashedNode)
                             .arg(int(CrashTestResult::kTargetSeconds))
                       : r.error;
    if (m_demoScale > 0)
        text += QLatin1Char(' ') +
                tr("Demo: the times are simulated seconds (%1 times faster than real time); "
                   "%2 was revived afterwards, as a real node reboots by itself after its "
                   "panic.")
                    .arg(int(m_demoScale))
                    .arg(r.crashedNode);
    else
        text += QLatin1Char(' ') + tr("%1 reboots by itself after its panic (its watchdog); "
                                      "check on the Health page that it joined again.")
                                       .arg(r.crashedNode);
    m_resultText->setText(
        QStringLiteral("<b>%1</b> — %2").arg(word.toHtmlEscaped(), text.toHtmlEscaped()));
}

void CrashResultView::retranslateUi()
{
    m_timeline->setHeaderLabels({tr("Time"), tr("What happened")});
    showResult();
}

void CrashResultView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pveha
