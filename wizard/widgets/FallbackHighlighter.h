// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/CodeHighlighter.h"

#include <QList>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pveha {

/// The built-in highlighter: a few regular expressions per language (comments, keywords,
/// numbers and addresses, strings, log levels), in colours readable on a light or a dark base.
/// Small on purpose: it only has to make configs, scripts and logs easier to scan.
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    FallbackHighlighter(CodeLanguage language, QTextDocument *document, bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    void add(const QString &pattern, const QTextCharFormat &format, int group = 0);

    QList<Rule> m_rules;
};

} // namespace pveha
