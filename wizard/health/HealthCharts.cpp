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

/// An axis from 0 to a round number a little above `value`, so bars never touch the edge.
void fitAxis(QValueAxis *axis, qint64 value)
{
    axis->setRange(0, double(qMax<qint64>(1, value + qMax<qint64>(1, value / 10))));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
}

/// Category labels on short lines (broken after '+' or at spaces): Qt Charts elides a label
/// wider than its share of the chart, and PG states such as
/// "active+undersized+degraded" are long.
QString wrapLabel(const QString &label, int width = 14)
{
    QString out;
    int line = 0;
    QString word;
    const auto flush = [&] {
        if (line > 0 && line + word.trimmed().size() > width) {
            // The word keeps its trailing separator: it starts the new line and is followed by
            // the next word.
            out = out.trimmed() + QStringLiteral("<br>");
            line = 0;
        }
        out += word;
        line += int(word.size());
        word.clear();
    };
    for (const QChar c : label) {
        word += c;
        if (c == QLatin1Char('+') || c == QLatin1Char(' '))
            flush();
    }
    flush();
    return out;
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
    // At the right, one entry per line: at the bottom the two entries would be cut.
    m_capacityView->chart()->legend()->setAlignment(Qt::AlignRight);
}

void HealthCharts::buildPgs()
{
    QChart *chart = m_pgView->chart();
    m_pgSeries = new QHorizontalBarSeries(chart);
    m_pgSet = new QBarSet(QString(), m_pgSeries);
    m_pgSeries->append(m_pgSet);
    m_pgSeries->setBarWidth(0.6);
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
        const double p = total > 0 ? 100.0 * double(part) / total : 0;
        return p > 0 && p < 1 ? tr("< 1") : QLocale().toString(p, 'f', 0);
    };
    used->setLabel(
        tr("Used (%1 %):<br>%2").arg(percent(c.bytesUsed), HealthLook::bytes(c.bytesUsed)));
    avail->setLabel(tr("Available:<br>%1").arg(HealthLook::bytes(c.bytesAvail)));
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
        categories << wrapLabel(s.first);
        values << qreal(s.second);
        largest = qMax(largest, s.second);
    }
    m_pgSet->remove(0, m_pgSet->count());
    m_pgSet->append(values);
    m_pgAxis->setCategories(categories);
    fitAxis(m_pgValues, largest);
    m_pgView->chart()->setTitle(known ? tr("Placement groups: %n in total", nullptr, c.pgsTotal)
                                      : tr("Placement groups: not known"));

    // OSDs and monitors: the working part and the missing part of each total.
    const QStringList daemons{wrapLabel(tr("OSDs up")), wrapLabel(tr("OSDs in")),
                              wrapLabel(tr("Monitors in quorum"))};
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
    fitAxis(m_daemonValues, qMax(c.osdsTotal, c.monsTotal));
    m_daemonView->chart()->setTitle(
        known ? tr("OSDs (%1) and monitors (%2)").arg(c.osdsTotal).arg(c.monsTotal)
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
