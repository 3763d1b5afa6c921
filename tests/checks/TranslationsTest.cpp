// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues are complete at every landing: every French entry is translated, keeps the
// source's placeholders, and follows French typography (a non-breaking space before : ; ? !
// and inside « »). The English catalogue lists the same entries.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Entry{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            current.unfinished = type == QLatin1String("unfinished");
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text.trimmed();
            entries << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frenchIsComplete()
    {
        QString error;
        const QList<Entry> fr = readTs(QStringLiteral(PVEHA_SOURCE_DIR "/translations/pve-ha-installer_fr.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(fr.size() > 50, "the French catalogue is unexpectedly small: was lupdate run?");
        QStringList problems;
        for (const Entry &e : fr) {
            const QString where = e.context + QStringLiteral(": \"") + e.source.left(60) + QLatin1Char('"');
            if (e.unfinished || e.translations.isEmpty() || e.translations.first().isEmpty()) {
                problems << QStringLiteral("unfinished ") + where;
                continue;
            }
            for (const QString &t : e.translations) {
                if (placeholders(t) != placeholders(e.source))
                    problems << QStringLiteral("placeholders differ in ") + where;
                static const QRegularExpression asciiSpaceBeforePunct(QStringLiteral(" [:;?!](\\s|$|<)"));
                if (asciiSpaceBeforePunct.match(t).hasMatch())
                    problems << QStringLiteral("ordinary space before : ; ? ! (use a non-breaking one) in ") + where;
                if (t.contains(QStringLiteral("« ")) || t.contains(QStringLiteral(" »")))
                    problems << QStringLiteral("ordinary space inside « » in ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishListsTheSameEntries()
    {
        QString error;
        const QList<Entry> fr = readTs(QStringLiteral(PVEHA_SOURCE_DIR "/translations/pve-ha-installer_fr.ts"), &error);
        const QList<Entry> en = readTs(QStringLiteral(PVEHA_SOURCE_DIR "/translations/pve-ha-installer_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QSet<QString> frKeys, enKeys;
        for (const Entry &e : fr)
            frKeys.insert(e.context + QLatin1Char('|') + e.source);
        for (const Entry &e : en)
            enKeys.insert(e.context + QLatin1Char('|') + e.source);
        QCOMPARE(enKeys.size(), frKeys.size());
        QVERIFY(enKeys == frKeys);
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
