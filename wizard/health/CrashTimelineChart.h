// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CrashTest.h"

#include <QChartView>

class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace pveha {

/// The failover along a time axis: each event of the crash test as a point on its own row
/// (crash, node lost, fenced, recovering, started), joined by a line, and a vertical line at
/// the procedure's 2-minute goal. Fed event by event by the page; it owns its series.
class CrashTimelineChart : public QChartView
{
    Q_OBJECT
public:
    explicit CrashTimelineChart(QWidget *parent = nullptr);

    void clear();
    void addEvent(const CrashEvent &event);

    QScatterSeries *eventSeries() const { return m_points; }
    QLineSeries *targetSeries() const { return m_target; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void restyle();
    void fitRange();

    QScatterSeries *m_points = nullptr;
    QLineSeries *m_path = nullptr;
    QLineSeries *m_target = nullptr;
    QValueAxis *m_time = nullptr;
    QCategoryAxis *m_kinds = nullptr;
    double m_last = 0;
};

} // namespace pveha
