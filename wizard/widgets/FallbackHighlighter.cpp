// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FallbackHighlighter.h"

namespace pveha {

namespace {

QTextCharFormat charFormat(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    f.setFontItalic(italic);
    return f;
}

} // namespace

FallbackHighlighter::FallbackHighlighter(CodeLanguage language, QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
{
    // Colours close to Kate's default light and dark themes, so both builds look alike.
    const QColor keyword = dark ? QColor(0x8e, 0xc0, 0xff) : QColor(0x1f, 0x1c, 0x9b);
    const QColor option = dark ? QColor(0x7f, 0xd1, 0xb9) : QColor(0x00, 0x6e, 0x6e);
    const QColor number = dark ? QColor(0xf6, 0x74, 0x00) : QColor(0xb0, 0x80, 0x00);
    const QColor string = dark ? QColor(0xf4, 0x43, 0x36) : QColor(0xbf, 0x03, 0x03);
    const QColor comment = dark ? QColor(0x7a, 0x7c, 0x7d) : QColor(0x89, 0x88, 0x87);
    const QColor error = dark ? QColor(0xff, 0x6b, 0x68) : QColor(0xc6, 0x28, 0x28);
    const QColor warning = dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xa0, 0x5a, 0x00);
    const QColor good = dark ? QColor(0x6c, 0xd0, 0x6f) : QColor(0x2e, 0x7d, 0x32);

    const QString numbers = QStringLiteral("\\b\\d+(?:\\.\\d+)*(?:/\\d+)?\\b");
    switch (language) {
    case CodeLanguage::Interfaces:
        add(numbers, charFormat(number));
        add(QStringLiteral("^\\s*(auto|allow-hotplug|iface|source|mapping)\\b"),
            charFormat(keyword, true), 1);
        add(QStringLiteral("\\b(inet6?|static|manual|dhcp|loopback)\\b"), charFormat(keyword));
        add(QStringLiteral("^\\s+([a-z]+(?:-[a-z0-9]+)*)\\b"), charFormat(option), 1);
        add(QStringLiteral("#.*$"), charFormat(comment, false, true));
        break;
    case CodeLanguage::Shell:
        add(numbers, charFormat(number));
        add(QStringLiteral("\\b(if|then|else|elif|fi|for|in|do|done|while|until|case|esac|"
                           "function|return|exit|set|export|local|test)\\b"),
            charFormat(keyword, true));
        add(QStringLiteral("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?"), charFormat(option));
        add(QStringLiteral("\\s(--?[A-Za-z][A-Za-z0-9-]*)"), charFormat(option), 1);
        add(QStringLiteral("'[^']*'|\"(?:[^\"\\\\]|\\\\.)*\""), charFormat(string));
        add(QStringLiteral("(^|\\s)#.*$"), charFormat(comment, false, true));
        break;
    case CodeLanguage::Log:
        add(QStringLiteral("^\\S*\\d{2}:\\d{2}:\\d{2}\\S*"), charFormat(comment));
        add(QStringLiteral("\\b(ERROR|ERR|FAIL(?:ED|URE)?|FATAL|error|failed|fatal)\\b"),
            charFormat(error, true));
        add(QStringLiteral("\\b(WARN(?:ING)?|warning)\\b"), charFormat(warning, true));
        add(QStringLiteral("\\b(INFO|OK|PASS(?:ED)?|HEALTH_OK|done)\\b"), charFormat(good, true));
        break;
    case CodeLanguage::Json:
        add(numbers, charFormat(number));
        add(QStringLiteral("\\b(true|false|null)\\b"), charFormat(keyword, true));
        add(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""), charFormat(string));
        add(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:"), charFormat(keyword), 1);
        break;
    case CodeLanguage::Plain:
        break;
    }
}

void FallbackHighlighter::add(const QString &pattern, const QTextCharFormat &f, int group)
{
    m_rules.append({QRegularExpression(pattern), f, group});
}

void FallbackHighlighter::highlightBlock(const QString &text)
{
    // Later rules win: comments and strings are added last so they cover what they contain.
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(rule.group) > 0)
                setFormat(int(match.capturedStart(rule.group)),
                          int(match.capturedLength(rule.group)), rule.format);
        }
    }
}

} // namespace pveha
