// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/I18n.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pveha {

I18n &I18n::instance()
{
    static I18n *s_instance = new I18n; // lives as long as the process: translators outlive widgets
    return *s_instance;
}

QString I18n::resolve(const QString &requested)
{
    if (isSupported(requested))
        return requested;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr")
                                                           : QStringLiteral("en");
}

bool I18n::setLanguage(const QString &lang)
{
    auto *app = QCoreApplication::instance();
    if (m_app) {
        QCoreApplication::removeTranslator(m_app);
        delete m_app;
        m_app = nullptr;
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt);
        delete m_qt;
        m_qt = nullptr;
    }
    m_language = isSupported(lang) ? lang : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(m_language == QLatin1String("fr") ? QLocale::French : QLocale::English,
                m_language == QLatin1String("fr") ? QLocale::France : QLocale::UnitedStates));
    bool ok = true;
    if (app) {
        // English has a catalogue too: it carries the plural forms of counted messages.
        m_app = new QTranslator;
        if (m_app->load(QStringLiteral(":/i18n/pve-ha-installer_") + m_language)) {
            QCoreApplication::installTranslator(m_app);
        } else {
            qCWarning(lcApp) << "no catalogue for language" << m_language;
            delete m_app;
            m_app = nullptr;
            ok = m_language == QLatin1String("en");
        }
    }
    if (m_language != QLatin1String("en") && app) {
        m_qt = new QTranslator;
        if (m_qt->load(QStringLiteral("qtbase_") + m_language,
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(m_qt);
        } else {
            qCInfo(lcApp) << "Qt's own catalogue for" << m_language << "is not installed";
            delete m_qt;
            m_qt = nullptr;
        }
    }
    Q_EMIT languageChanged(m_language);
    return ok;
}

QString I18n::joinClauses(const QStringList &clauses)
{
    return clauses.join(tr("; ", "between the clauses of one sentence"));
}

} // namespace pveha
