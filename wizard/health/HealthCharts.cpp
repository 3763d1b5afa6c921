// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthCharts.h"

#include "HealthLook.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

namespace pveha {
namespace {

QChartView *makeView(const QString &name, QWidget *parent)
{
    auto *chart = new QChart;
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

/// An axis maximum a little above `value`, on whole units, so bars never touch the edge.
int axisMax(qint64 value)
{
    return int(qMax<qint64>(1, value + qMax<qint64>(1, value / 10)));
}

} // namespace

HealthCharts::HealthCharts(QWidget *parent)
    : QWidget(parent)
{
    m_capacityView = makeView(QStringLiteral("capacityChart"), this);
    m_pgView = makeView(QStringLiteral("pgChart"), this);
    m_daemonView = makeView(QStringLiteral("daemonChart"), this);
    buildCapacity();
    buildPgs();
    buildDaemons();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_capacityView, 1);
    layout->addWidget(m_pgView, 1);
    layout->addWidget(m_daemonView, 1);
    restyle();
    render();
}

void HealthCharts::buildCapacity()
{
    m_capacity = new QPieSeries(m_capacityView->chart());
    m_capacity->setHoleSize(0.45);
    m_capacity->append(QString(), 0)->setColor(QColor(0x1f, 0x6f, 0xb5)); // used
    m_capacity->append(QString(), 0)->setColor(QColor(0x9c, 0xc3, 0xe6)); // available
    m_capacityView->chart()->addSeries(m_capacity);
    m_capacityView->chart()->legend()->setAlignment(Qt::AlignBottom);
}

void HealthCharts::buildPgs()
{
    QChart *chart = m_pgView->chart();
    m_pgSeries = new QHorizontalBarSeries(chart);
    m_pgSet = new QBarSet(QString(), m_pgSeries);
    m_pgSeries->append(m_pgSet);
    m_pgSeries->setLabelsVisible(true);
    m_pgSeries->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(m_pgSeries);
    m_pgAxis = new QBarCategoryAxis(chart);
    m_pgValues = new QValueAxis(chart);
    m_pgValues->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_pgAxis, Qt::AlignLeft);
    chart->addAxis(m_pgValues, Qt::AlignBottom);
    m_pgSeries->attachAxis(m_pgAxis);
    m_pgSeries->attachAxis(m_pgValues);
    chart->legend()->hide();
}

void HealthCharts::buildDaemons()
{
    QChart *chart = m_daemonView->chart();
    m_daemonSeries = new QHorizontalStackedBarSeries(chart);
    m_working = new QBarSet(QString(), m_daemonSeries);
    m_working->setColor(StatusLook::color(StatusLook::Status::Pass));
    m_missing = new QBarSet(QString(), m_daemonSeries);
    m_missing->setColor(StatusLook::color(StatusLook::Status::Fail));
    m_daemonSeries->append(m_working);
    m_daemonSeries->append(m_missing);
    m_daemonSeries->setLabelsVisible(true);
    chart->addSeries(m_daemonSeries);
    m_daemonAxis = new QBarCategoryAxis(chart);
    m_daemonValues = new QValueAxis(chart);
    m_daemonValues->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_daemonAxis, Qt::AlignLeft);
    chart->addAxis(m_daemonValues, Qt::AlignBottom);
    m_daemonSeries->attachAxis(m_daemonAxis);
    m_daemonSeries->attachAxis(m_daemonValues);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void HealthCharts::setCeph(const CephStatus &ceph)
{
    m_ceph = ceph;
    render();
}

void HealthCharts::render()
{
    const CephStatus &c = m_ceph;
    const bool known = c.understood;

    // Capacity: the slices stay, their values and labels change.
    QPieSlice *used = m_capacity->slices().at(0);
    QPieSlice *avail = m_capacity->slices().at(1);
    used->setValue(known ? double(c.bytesUsed) : 0);
    avail->setValue(known ? double(c.bytesAvail) : 0);
    const double total = double(c.bytesUsed + c.bytesAvail);
    const auto percent = [total](qint64 part) {
        return total > 0 ? QLocale().toString(100.0 * double(part) / total, 'f', 1)
                         : QStringLiteral("0");
    };
    used->setLabel(tr("Used: %1 (%2 %)").arg(HealthLook::bytes(c.bytesUsed), percent(c.bytesUsed)));
    avail->setLabel(tr("Available: %1").arg(HealthLook::bytes(c.bytesAvail)));
    const QString approx = c.approximateBytes ? tr(" (rounded)") : QString();
    m_capacityView->chart()->setTitle(
        known ? tr("Ceph capacity: %1 raw%2").arg(HealthLook::bytes(c.bytesTotal), approx)
              : tr("Ceph capacity: not known"));

    // Placement groups: one bar per state, the commonest first (top).
    QList<QPair<QString, qint64>> states;
    for (auto it = c.pgsByState.cbegin(); it != c.pgsByState.cend(); ++it)
        states.append({it.key(), it.value()});
    std::sort(states.begin(), states.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    QStringList categories;
    QList<qreal> values;
    qint64 largest = 0;
    for (const auto &s : states) {
        categories << s.first;
        values << qreal(s.second);
        largest = qMax(largest, s.second);
    }
    m_pgSet->remove(0, m_pgSet->count());
    m_pgSet->append(values);
    m_pgAxis->setCategories(categories);
    m_pgValues->setRange(0, axisMax(largest));
    m_pgView->chart()->setTitle(known ? tr("Placement groups: %n in total", nullptr, c.pgsTotal)
                                      : tr("Placement groups: not known"));

    // OSDs and monitors: the working part and the missing part of each total.
    const QStringList daemons{tr("OSDs up"), tr("OSDs in"), tr("Monitors in quorum")};
    const QList<qreal> working{qreal(c.osdsUp), qreal(c.osdsIn), qreal(c.monsInQuorum)};
    const QList<qreal> missing{qreal(c.osdsTotal - c.osdsUp), qreal(c.osdsTotal - c.osdsIn),
                               qreal(c.monsTotal - c.monsInQuorum)};
    m_working->remove(0, m_working->count());
    m_missing->remove(0, m_missing->count());
    if (known) {
        m_working->append(working);
        m_missing->append(missing);
    }
    m_working->setLabel(tr("Working"));
    m_missing->setLabel(tr("Down, out or out of quorum"));
    m_daemonAxis->setCategories(daemons);
    m_daemonValues->setRange(0, axisMax(qMax(c.osdsTotal, c.monsTotal)));
    m_daemonView->chart()->setTitle(known ? tr("OSDs: %1 up, %2 in of %3 — monitors: %4 of %5")
                                                .arg(c.osdsUp)
                                                .arg(c.osdsIn)
                                                .arg(c.osdsTotal)
                                                .arg(c.monsInQuorum)
                                                .arg(c.monsTotal)
                                          : tr("OSDs and monitors: not known"));
}

void HealthCharts::restyle()
{
    for (QChartView *view : {m_capacityView, m_pgView, m_daemonView})
        HealthLook::styleChart(view->chart(), this);
    // The theme resets series colours: keep the meaning of green / red on the daemons.
    m_working->setColor(StatusLook::color(StatusLook::Status::Pass));
    m_missing->setColor(StatusLook::color(StatusLook::Status::Fail));
    m_capacity->slices().at(0)->setColor(QColor(0x1f, 0x6f, 0xb5));
    m_capacity->slices().at(1)->setColor(QColor(0x9c, 0xc3, 0xe6));
}

void HealthCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    else if (event->type() == QEvent::PaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

} // namespace pveha
