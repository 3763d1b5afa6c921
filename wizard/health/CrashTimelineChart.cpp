// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashTimelineChart.h"

#include "HealthLook.h"

#include <QCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace pveha {
namespace {

constexpr int kKinds = 5;

double row(CrashEvent::Kind kind)
{
    return double(int(kind));
}

} // namespace

CrashTimelineChart::CrashTimelineChart(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("crashTimelineChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    QChart *c = chart();
    m_path = new QLineSeries(c);
    m_points = new QScatterSeries(c);
    m_points->setMarkerSize(11);
    m_points->setPointLabelsVisible(true);
    m_points->setPointLabelsFormat(QStringLiteral("@xPoint s"));
    m_points->setPointLabelsClipping(false);
    m_target = new QLineSeries(c);
    m_target->append(CrashTestResult::kTargetSeconds, -0.5);
    m_target->append(CrashTestResult::kTargetSeconds, kKinds - 0.5);
    c->addSeries(m_path);
    c->addSeries(m_target);
    c->addSeries(m_points);
    m_time = new QValueAxis(c);
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_kinds = new QCategoryAxis(c);
    m_kinds->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_kinds->setRange(-0.5, kKinds - 0.5);
    c->addAxis(m_time, Qt::AlignBottom);
    c->addAxis(m_kinds, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_path), static_cast<QXYSeries *>(m_points),
                         static_cast<QXYSeries *>(m_target)}) {
        s->attachAxis(m_time);
        s->attachAxis(m_kinds);
    }
    // The path only links the points: it needs no entry in the legend.
    c->legend()->markers(m_path).first()->setVisible(false);
    c->legend()->setAlignment(Qt::AlignBottom);
    restyle();
    retranslateUi();
    fitRange();
}

void CrashTimelineChart::clear()
{
    m_points->clear();
    m_path->clear();
    m_last = 0;
    fitRange();
}

void CrashTimelineChart::addEvent(const CrashEvent &event)
{
    // Tenths of a second, as in the list: the point labels print the value as it is.
    const QPointF point(std::round(event.seconds * 10) / 10, row(event.kind));
    m_points->append(point);
    m_path->append(point);
    m_last = qMax(m_last, event.seconds);
    fitRange();
}

/// Always shows the goal, and a little room after the last event.
void CrashTimelineChart::fitRange()
{
    const double end = std::ceil(qMax(CrashTestResult::kTargetSeconds + 20, m_last + 15) / 30) * 30;
    m_time->setRange(0, end);
    m_time->setTickCount(int(end / 30) + 1); // a tick every 30 s
}

void CrashTimelineChart::retranslateUi()
{
    chart()->setTitle(tr("Failover timeline (seconds after the crash)"));
    m_points->setName(tr("What the surviving nodes saw"));
    m_target->setName(
        tr("Goal: the guest runs again within %1 s").arg(int(CrashTestResult::kTargetSeconds)));
    for (const QString &label : m_kinds->categoriesLabels())
        m_kinds->remove(label);
    const QStringList labels{tr("Crash"), tr("Node lost"), tr("Fenced"), tr("Recovering"),
                             tr("Started")};
    for (int i = 0; i < labels.size(); ++i)
        m_kinds->append(labels.at(i), i);
    m_kinds->setStartValue(-0.5);
}

void CrashTimelineChart::restyle()
{
    HealthLook::styleChart(chart(), this);
    QPen target(StatusLook::color(StatusLook::Status::Fail));
    target.setWidth(2);
    target.setStyle(Qt::DashLine);
    m_target->setPen(target);
    const QColor ink = palette().color(QPalette::WindowText);
    m_path->setPen(QPen(ink, 1));
    m_points->setColor(QColor(0x1f, 0x6f, 0xb5));
    m_points->setPointLabelsColor(ink);
}

void CrashTimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QChartView::changeEvent(event);
}

} // namespace pveha
