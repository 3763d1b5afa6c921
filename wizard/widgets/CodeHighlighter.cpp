// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/CodeHighlighter.h"

#include "widgets/FallbackHighlighter.h"

#ifdef PVEHA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

#include <QStringList>

namespace pveha {

#ifdef PVEHA_HAVE_KSYNTAXHIGHLIGHTING
namespace {

/// Loading the definitions reads hundreds of files: once per process.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository s_repository;
    return s_repository;
}

QStringList definitionNames(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Shell:
        return {QStringLiteral("Bash")};
    case CodeLanguage::Log:
        return {QStringLiteral("Log File (simplified)"), QStringLiteral("Log File (advanced)")};
    case CodeLanguage::Json:
        return {QStringLiteral("JSON")};
    case CodeLanguage::Interfaces: // no Kate definition knows ifupdown: the fallback does
    case CodeLanguage::Plain:
        break;
    }
    return {};
}

} // namespace
#endif

QSyntaxHighlighter *createCodeHighlighter(CodeLanguage language, QTextDocument *document, bool dark)
{
    if (language == CodeLanguage::Plain)
        return nullptr;
#ifdef PVEHA_HAVE_KSYNTAXHIGHLIGHTING
    const QStringList names = definitionNames(language);
    for (const QString &name : names) {
        const KSyntaxHighlighting::Definition definition = repository().definitionForName(name);
        if (!definition.isValid())
            continue;
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(
            repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                           : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->setDefinition(definition);
        return highlighter;
    }
#endif
    return new FallbackHighlighter(language, document, dark);
}

bool codeHighlightingUsesKf6()
{
#ifdef PVEHA_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

} // namespace pveha
