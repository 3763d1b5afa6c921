// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// Small charts as inline SVG with their numbers written beside them (a chart is never the
/// only way to read a value, and it prints). Labels are redacted and escaped (Html::text).
class SvgCharts
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; ///< written at the end of the bar
        QString color = QStringLiteral("#3465a4");
    };
    /// One horizontal bar per entry, scaled to the largest value (or `scaleMax` when > 0).
    [[nodiscard]] static QString horizontalBars(const QString &caption, const QList<Bar> &bars,
                                                double scaleMax = 0);

    struct Slice
    {
        QString label;
        double value = 0;
        QString color;
    };
    /// A ring with `centre` written inside and a legend (label, value text) beside it.
    [[nodiscard]] static QString donut(const QString &caption, const QList<Slice> &slices,
                                       const QString &centre, const QStringList &legendValues);

    struct Mark
    {
        double seconds = 0;
        QString label;
        QString kind; ///< crash | lost | fenced | recovering | started
    };
    /// A time axis from 0 to max(last mark, target) with one flag per mark and a dashed line at
    /// `targetSeconds` labelled `targetLabel`.
    [[nodiscard]] static QString timeline(const QString &caption, const QList<Mark> &marks,
                                          double targetSeconds, const QString &targetLabel);

    /// "12.4" in the report's locale.
    [[nodiscard]] static QString number(double value, int decimals = 1);
};

} // namespace pveha
