// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthLook.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QWidget>

namespace pveha {

StatusLook::Status HealthLook::status(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return StatusLook::Status::Pass;
    case HealthLevel::Warn:
        return StatusLook::Status::Warn;
    case HealthLevel::Error:
        break;
    }
    return StatusLook::Status::Fail;
}

QString HealthLook::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

void HealthLook::styleChart(QChart *chart, const QWidget *page)
{
    const QPalette palette = page->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title = page->font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    chart->legend()->setFont(page->font());
    chart->legend()->setLabelColor(palette.color(QPalette::WindowText));
}

int HealthLook::iconSize(const QWidget *widget)
{
    return qMax(16, widget->fontMetrics().height());
}

} // namespace pveha
