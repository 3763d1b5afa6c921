// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Html.h"

#include "common/Redactor.h"

namespace pveha {

QString Html::text(const QString &raw)
{
    const QString redacted = Redactor::instance().redact(raw);
    QString out;
    out.reserve(redacted.size() + redacted.size() / 8);
    for (const QChar c : redacted) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters other than tab/newline are neither valid XML nor readable.
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                out += QChar(0xFFFD);
            else if (c.unicode() == 0x7F)
                out += QChar(0xFFFD);
            else
                out += c;
        }
    }
    return out;
}

QString Html::attr(const QString &raw)
{
    QString escaped = text(raw);
    escaped.replace(QLatin1Char('\n'), QStringLiteral("&#10;"));
    escaped.replace(QLatin1Char('\t'), QStringLiteral("&#9;"));
    return escaped;
}

QString Html::element(const QString &tag, const QString &raw, const QString &cls)
{
    const QString open = cls.isEmpty() ? QStringLiteral("<%1>").arg(tag)
                                       : QStringLiteral("<%1 class=\"%2\">").arg(tag, cls);
    return open + text(raw) + QStringLiteral("</%1>").arg(tag);
}

QString Html::pre(const QString &raw)
{
    QString body = raw;
    if (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    if (body.trimmed().isEmpty())
        return QStringLiteral("<p class=\"muted\">") + text(tr("(empty output)")) +
               QStringLiteral("</p>");
    return QStringLiteral("<pre>") + text(body) + QStringLiteral("</pre>");
}

QString Html::details(const QString &summary, const QString &raw, bool openInPrint)
{
    return (openInPrint ? QStringLiteral("<details class=\"print-open\"><summary>")
                        : QStringLiteral("<details><summary>")) +
           text(summary) + QStringLiteral("</summary>") + pre(raw) + QStringLiteral("</details>\n");
}

QString Html::statusClass(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("pass") || s == QLatin1String("ok") || s == QLatin1String("done") ||
        s == QLatin1String("met"))
        return QStringLiteral("pass");
    if (s == QLatin1String("warn"))
        return QStringLiteral("warn");
    if (s == QLatin1String("fail") || s == QLatin1String("failed") || s == QLatin1String("error") ||
        s == QLatin1String("missed") || s == QLatin1String("cancelled"))
        return QStringLiteral("fail");
    return QStringLiteral("skip");
}

QString Html::statusWord(const QString &status)
{
    const QString s = status.toLower();
    if (s == QLatin1String("pass"))
        return tr("passed");
    if (s == QLatin1String("ok"))
        return tr("OK");
    if (s == QLatin1String("done"))
        return tr("done");
    if (s == QLatin1String("warn"))
        return tr("warning");
    if (s == QLatin1String("fail"))
        return tr("failed");
    if (s == QLatin1String("failed"))
        return tr("failed");
    if (s == QLatin1String("error"))
        return tr("error");
    if (s == QLatin1String("skip"))
        return tr("skipped");
    if (s == QLatin1String("skipped"))
        return tr("skipped (already done)");
    if (s == QLatin1String("cancelled"))
        return tr("cancelled");
    if (s == QLatin1String("not-run") || s.isEmpty())
        return tr("not run");
    return status;
}

QString Html::status(const QString &status, const QString &word)
{
    const QString cls = statusClass(status);
    return QStringLiteral("<span class=\"st st-%1\"><svg class=\"ic\" viewBox=\"0 0 16 16\" "
                          "aria-hidden=\"true\"><use href=\"#i-%1\"/></svg>\u00A0%2</span>")
        .arg(cls, text(word.isEmpty() ? statusWord(status) : word));
}

QString Html::iconSprite()
{
    // Tick in a green disc, amber triangle with "!", red disc with a cross, grey disc with a dash:
    // the shapes differ, so the status reads without colour (UX.md).
    return QStringLiteral(
        "<svg class=\"sprite\" aria-hidden=\"true\">"
        "<symbol id=\"i-pass\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" "
        "fill=\"#1e7e34\"/><path d=\"M4.2 8.4l2.4 2.4 5.2-5.4\" fill=\"none\" stroke=\"#fff\" "
        "stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></symbol>"
        "<symbol id=\"i-warn\" viewBox=\"0 0 16 16\"><path d=\"M8 .8l7.6 14H.4z\" "
        "fill=\"#b86e00\"/><path d=\"M8 5.6v4.6\" stroke=\"#fff\" stroke-width=\"1.8\" "
        "stroke-linecap=\"round\"/><circle cx=\"8\" cy=\"12.4\" r=\"1\" fill=\"#fff\"/></symbol>"
        "<symbol id=\"i-fail\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" "
        "fill=\"#c62828\"/><path d=\"M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6\" stroke=\"#fff\" "
        "stroke-width=\"2\" stroke-linecap=\"round\"/></symbol>"
        "<symbol id=\"i-skip\" viewBox=\"0 0 16 16\"><circle cx=\"8\" cy=\"8\" r=\"7.5\" "
        "fill=\"#757575\"/><path d=\"M4.5 8h7\" stroke=\"#fff\" stroke-width=\"2\" "
        "stroke-linecap=\"round\"/></symbol></svg>\n");
}

} // namespace pveha
