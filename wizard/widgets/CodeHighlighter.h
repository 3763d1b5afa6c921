// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace pveha {

/// What a CodeView shows, which decides how it is highlighted.
enum class CodeLanguage { Plain, Shell, Interfaces, Log, Json };

/// The one interface to highlighting (ARCHITECTURE.md): a QSyntaxHighlighter on `document`,
/// owned by it. With KF6 SyntaxHighlighting (PVEHA_HAVE_KSYNTAXHIGHLIGHTING) a Kate definition
/// and the default light or dark theme; otherwise, and for ifupdown's interfaces files that no
/// Kate definition knows, a small built-in highlighter. Returns nullptr for Plain.
QSyntaxHighlighter *createCodeHighlighter(CodeLanguage language, QTextDocument *document,
                                          bool dark);

/// True when highlighting comes from KF6 SyntaxHighlighting (for the About box and tests).
bool codeHighlightingUsesKf6();

} // namespace pveha
