// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checks shared by the report's unit and integration tests: the document is well-formed
// (written as XML-compatible HTML5, so QXmlStreamReader can read it), contains no script and
// refers to nothing outside itself.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace pveha::test {

/// Empty when `html` is well-formed and self-contained; otherwise what is wrong, one problem a
/// line (with the line number).
inline QString reportProblems(const QString &html)
{
    QStringList problems;
    QXmlStreamReader xml(html);
    int elements = 0;
    QStringList ids;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        ++elements;
        const QString name = xml.name().toString().toLower();
        const QString where = QStringLiteral(" (line %1)").arg(xml.lineNumber());
        if (name == QLatin1String("script") || name == QLatin1String("iframe") ||
            name == QLatin1String("img") || name == QLatin1String("link") ||
            name == QLatin1String("object") || name == QLatin1String("embed"))
            problems << QStringLiteral("a <%1> element").arg(name) + where;
        for (const QXmlStreamAttribute &a : xml.attributes()) {
            const QString attr = a.name().toString().toLower();
            const QString value = a.value().toString().trimmed();
            if (attr.startsWith(QLatin1String("on")))
                problems << QStringLiteral("an event handler attribute %1").arg(attr) + where;
            if (value.contains(QLatin1String("://")) || value.contains(QLatin1String("url(")))
                problems << QStringLiteral("%1=\"%2\" names a URL").arg(attr, value) + where;
            if ((attr == QLatin1String("href") || attr == QLatin1String("src") ||
                 attr == QLatin1String("xlink:href") || attr == QLatin1String("action")) &&
                !value.startsWith(QLatin1Char('#')))
                problems << QStringLiteral("%1=\"%2\" leaves the file").arg(attr, value) + where;
            if (attr == QLatin1String("id")) {
                if (ids.contains(value))
                    problems << QStringLiteral("duplicate id %1").arg(value) + where;
                ids << value;
            }
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("not well-formed: %1 (line %2, column %3)")
                        .arg(xml.errorString())
                        .arg(xml.lineNumber())
                        .arg(xml.columnNumber());
    if (elements == 0)
        problems << QStringLiteral("no element at all");
    if (!html.startsWith(QLatin1String("<!DOCTYPE html>")))
        problems << QStringLiteral("no <!DOCTYPE html> first");
    // The style sheet must not fetch anything either (node outputs may mention URLs as text:
    // those are only text).
    const qsizetype styleStart = html.indexOf(QLatin1String("<style"));
    const qsizetype styleEnd = html.indexOf(QLatin1String("</style>"));
    const QString style = styleStart >= 0 && styleEnd > styleStart
                              ? html.mid(styleStart, styleEnd - styleStart)
                              : QString();
    static const QRegularExpression fetching(QStringLiteral("url\\s*\\(|@import|@font-face|://"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = fetching.match(style);
    if (m.hasMatch())
        problems << QStringLiteral("\"%1\" in the style sheet refers outside the file")
                        .arg(m.captured(0));
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        problems << QStringLiteral("the text <script appears unescaped");
    return problems.join(QLatin1Char('\n'));
}

/// Runs Debian's `tidy -e -q` on a file: everything it reports (errors and warnings; the report
/// is written to have none of either), or a null string when tidy is not installed.
inline QString tidyProblems(const QString &file)
{
    const QString tidy = QStandardPaths::findExecutable(QStringLiteral("tidy"));
    if (tidy.isEmpty())
        return {};
    QProcess p;
    p.start(tidy, {QStringLiteral("-e"), QStringLiteral("-q"), file});
    if (!p.waitForFinished(30000))
        return QStringLiteral("tidy did not finish");
    const QString out =
        QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()).trimmed();
    // tidy exits 0 when clean, 1 on warnings, 2 on errors.
    if (p.exitCode() != 0 && out.isEmpty())
        return QStringLiteral("tidy exited with %1").arg(p.exitCode());
    return out.isEmpty() ? QStringLiteral("") : out;
}

} // namespace pveha::test
