// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/SvgCharts.h"

#include "report/Html.h"

#include <QLocale>
#include <QtMath>

namespace pveha {
namespace {

QString num(double v)
{
    // SVG coordinates: C locale, two decimals at most.
    return QString::number(qRound(v * 100.0) / 100.0, 'f', 2);
}

QString open(const QString &caption, double width, double height)
{
    return QStringLiteral("<figure class=\"chart\"><svg viewBox=\"0 0 %1 %2\" width=\"%1\" "
                          "height=\"%2\" role=\"img\" aria-label=\"%3\">")
        .arg(qRound(width))
        .arg(qRound(height))
        .arg(Html::attr(caption));
}

QString close(const QString &caption)
{
    return QStringLiteral("</svg><figcaption>") + Html::text(caption) +
           QStringLiteral("</figcaption></figure>\n");
}

QString label(double x, double y, const QString &text, const QString &cls = {},
              const QString &anchor = {})
{
    QString attrs;
    if (!cls.isEmpty())
        attrs += QStringLiteral(" class=\"%1\"").arg(cls);
    if (!anchor.isEmpty())
        attrs += QStringLiteral(" text-anchor=\"%1\"").arg(anchor);
    return QStringLiteral("<text x=\"%1\" y=\"%2\"%3>").arg(num(x), num(y), attrs) +
           Html::text(text) + QStringLiteral("</text>");
}

QString markColor(const QString &kind)
{
    if (kind == QLatin1String("crash"))
        return QStringLiteral("#c62828");
    if (kind == QLatin1String("started"))
        return QStringLiteral("#1e7e34");
    if (kind == QLatin1String("fenced"))
        return QStringLiteral("#6a1b9a");
    return QStringLiteral("#b86e00");
}

} // namespace

QString SvgCharts::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString SvgCharts::horizontalBars(const QString &caption, const QList<Bar> &bars, double scaleMax)
{
    // The label column fits the longest label (about 7 px a character at 12.5 px).
    qsizetype longest = 0;
    for (const Bar &b : bars)
        longest = qMax(longest, b.label.size());
    const double width = 860, valueWidth = 160, row = 26;
    const double labelWidth = qBound(120.0, 7.2 * double(longest) + 16, 380.0);
    const double area = width - labelWidth - valueWidth;
    double max = scaleMax;
    if (max <= 0)
        for (const Bar &b : bars)
            max = qMax(max, b.value);
    const double height = row * double(bars.size()) + 8;
    QString svg = open(caption, width, height);
    double y = 4;
    for (const Bar &b : bars) {
        const double w = max > 0 ? qMax(b.value > 0 ? 2.0 : 0.0, area * b.value / max) : 0;
        svg += label(labelWidth - 8, y + 17, b.label, QStringLiteral("lbl"), QStringLiteral("end"));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" rx=\"2\" "
                              "fill=\"#e8eaed\"/>")
                   .arg(num(labelWidth), num(y + 3), num(area));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"18\" rx=\"2\" "
                              "fill=\"%4\"/>")
                   .arg(num(labelWidth), num(y + 3), num(w), Html::attr(b.color));
        svg += label(labelWidth + area + 8, y + 17, b.valueText, QStringLiteral("val"));
        y += row;
    }
    return svg + close(caption);
}

QString SvgCharts::donut(const QString &caption, const QList<Slice> &slices, const QString &centre,
                         const QStringList &legendValues)
{
    const double width = 460, height = 170, cx = 85, cy = 85, r = 62;
    const double circumference = 2 * M_PI * r;
    double total = 0;
    for (const Slice &s : slices)
        total += qMax(0.0, s.value);
    QString svg = open(caption, width, height);
    svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"none\" stroke=\"#e8eaed\" "
                          "stroke-width=\"24\"/>")
               .arg(num(cx), num(cy), num(r));
    double start = 0;
    for (const Slice &s : slices) {
        if (total <= 0 || s.value <= 0)
            continue;
        // A sliver of 0.5 % stays visible.
        const double len = qMax(circumference * 0.005, circumference * s.value / total);
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"none\" stroke=\"%4\" "
                              "stroke-width=\"24\" stroke-dasharray=\"%5 %6\" "
                              "stroke-dashoffset=\"%7\" transform=\"rotate(-90 %1 %2)\"/>")
                   .arg(num(cx), num(cy), num(r), Html::attr(s.color), num(len),
                        num(circumference - len), num(-start));
        start += len;
    }
    svg += label(cx, cy + 6, centre, QStringLiteral("centre"), QStringLiteral("middle"));
    double y = 40;
    for (int i = 0; i < slices.size(); ++i) {
        const Slice &s = slices.at(i);
        svg += QStringLiteral("<rect x=\"190\" y=\"%1\" width=\"14\" height=\"14\" rx=\"2\" "
                              "fill=\"%2\"/>")
                   .arg(num(y - 12), Html::attr(s.color));
        svg += label(212, y, s.label, QStringLiteral("lbl"));
        if (i < legendValues.size())
            svg += label(212, y + 17, legendValues.at(i), QStringLiteral("val"));
        y += 42;
    }
    return svg + close(caption);
}

QString SvgCharts::timeline(const QString &caption, const QList<Mark> &marks, double targetSeconds,
                            const QString &targetLabel)
{
    // One row per event: a thin line from the crash to the event, a dot, the event's label.
    const double width = 860, left = 20, right = 250, axisY = 34, row = 24;
    double max = targetSeconds;
    for (const Mark &m : marks)
        max = qMax(max, m.seconds);
    // Ticks every 10, 30 or 60 s, with some room after the last event.
    const double step = max <= 60 ? 10 : (max <= 240 ? 30 : 60);
    max = std::ceil((max * 1.02) / step) * step;
    const double area = width - left - right;
    const auto xOf = [&](double s) { return left + area * s / max; };
    const double height = axisY + 14 + row * double(marks.size()) + 6;
    QString svg = open(caption, width, height);
    for (double t = 0; t <= max + 0.01; t += step) {
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#e0e3e7\"/>")
                   .arg(num(xOf(t)), num(axisY), num(height - 4));
        // The goal's own label stands in for a tick label too close to it.
        if (targetSeconds <= 0 || qAbs(t - targetSeconds) > step / 2)
            svg += label(xOf(t), axisY - 8, QStringLiteral("%1 s").arg(number(t, 0)),
                         QStringLiteral("tick"), QStringLiteral("middle"));
    }
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#444\" "
                          "stroke-width=\"1.5\"/>")
               .arg(num(left), num(axisY), num(left + area));
    if (targetSeconds > 0) {
        const double x = xOf(targetSeconds);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#c62828\" "
                              "stroke-width=\"1.5\" stroke-dasharray=\"5 4\"/>")
                   .arg(num(x), num(axisY - 4), num(height - 2));
        svg += label(x, axisY - 8, targetLabel, QStringLiteral("target"), QStringLiteral("middle"));
    }
    double y = axisY + 14 + row / 2;
    for (const Mark &m : marks) {
        const double x = xOf(m.seconds);
        const QString color = markColor(m.kind);
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" "
                              "stroke-width=\"3\" stroke-opacity=\"0.35\"/><circle cx=\"%3\" "
                              "cy=\"%2\" r=\"6\" fill=\"%4\"/>")
                   .arg(num(xOf(0)), num(y), num(x), color);
        svg +=
            label(x + 11, y + 4.5, QStringLiteral("%1 s \u2014 %2").arg(number(m.seconds), m.label),
                  QStringLiteral("lbl halo"));
        y += row;
    }
    return svg + close(caption);
}

} // namespace pveha
