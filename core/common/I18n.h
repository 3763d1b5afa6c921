// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pveha {

/// Chooses and installs the application's language: our own catalogue (":/i18n/…qm", embedded
/// by the translations target) and Qt's own (qtbase_xx.qm) so that standard dialog buttons
/// follow. Switching at run time posts QEvent::LanguageChange to every widget.
class I18n : public QObject
{
    Q_OBJECT
public:
    static I18n &instance();

    /// "fr" or "en". Explicit choice wins; otherwise the system locale (French → fr), else en.
    static QString resolve(const QString &requested);
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }
    static bool isSupported(const QString &lang) { return supportedLanguages().contains(lang); }
    /// Joins the clauses of one sentence with the language's semicolon ("a; b" in English,
    /// "a ; b" with a non-breaking space in French).
    [[nodiscard]] static QString joinClauses(const QStringList &clauses);

    /// Installs the translators for `lang` (replacing earlier ones). Returns false when our
    /// catalogue for a non-English language could not be loaded.
    bool setLanguage(const QString &lang);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &lang);

private:
    I18n() = default;
    QString m_language = QStringLiteral("en");
    QTranslator *m_app = nullptr;
    QTranslator *m_qt = nullptr;
};

} // namespace pveha
