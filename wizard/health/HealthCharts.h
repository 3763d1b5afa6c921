// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/CephStatus.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QHorizontalStackedBarSeries;
class QPieSeries;
class QValueAxis;

namespace pveha {

/// Ceph at a glance: capacity (used / available), placement groups per state, and OSDs and
/// monitors that work out of their total. The charts own their series and are fed each
/// snapshot's CephStatus by the page: they never ask for anything themselves.
class HealthCharts : public QWidget
{
    Q_OBJECT
public:
    explicit HealthCharts(QWidget *parent = nullptr);

    void setCeph(const CephStatus &ceph);

    // The series, for tests and for the report's own rendering of the same numbers.
    QPieSeries *capacitySeries() const { return m_capacity; }
    QBarSet *pgSet() const { return m_pgSet; }
    QBarCategoryAxis *pgAxis() const { return m_pgAxis; }
    QBarSet *workingSet() const { return m_working; }
    QBarSet *missingSet() const { return m_missing; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildCapacity();
    void buildPgs();
    void buildDaemons();
    void render();
    void restyle();

    CephStatus m_ceph;
    QChartView *m_capacityView = nullptr;
    QChartView *m_pgView = nullptr;
    QChartView *m_daemonView = nullptr;
    QPieSeries *m_capacity = nullptr;
    QHorizontalBarSeries *m_pgSeries = nullptr;
    QBarSet *m_pgSet = nullptr;
    QBarCategoryAxis *m_pgAxis = nullptr;
    QValueAxis *m_pgValues = nullptr;
    QHorizontalStackedBarSeries *m_daemonSeries = nullptr;
    QBarSet *m_working = nullptr;
    QBarSet *m_missing = nullptr;
    QBarCategoryAxis *m_daemonAxis = nullptr;
    QValueAxis *m_daemonValues = nullptr;
};

} // namespace pveha
