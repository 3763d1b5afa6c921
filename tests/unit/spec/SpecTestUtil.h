// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <optional>

// Helpers shared by the spec tests: the example spec as JSON, and "mutations" written as
// `path=JSON` (set; an index one past the end appends) or `-path` (remove), with paths spelt
// like problem paths: `nodes[1].privateAddress`.
namespace spectest {

inline QByteArray exampleBytes()
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/cluster.example.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open the example fixture");
    return f.readAll();
}

inline QJsonObject exampleObject()
{
    return QJsonDocument::fromJson(exampleBytes()).object();
}

struct Token
{
    QString key;
    int index = -1;
};

inline QList<Token> tokens(const QString &path)
{
    QList<Token> out;
    static const QRegularExpression re(QStringLiteral("([A-Za-z0-9_]+)|\\[(\\d+)\\]"));
    for (auto it = re.globalMatch(path); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append(m.hasCaptured(2) ? Token{QString(), m.captured(2).toInt()}
                                    : Token{m.captured(1), -1});
    }
    return out;
}

inline QJsonValue setAt(const QJsonValue &node, const QList<Token> &toks, int i,
                        const std::optional<QJsonValue> &value)
{
    const Token &t = toks.at(i);
    const bool last = i + 1 == toks.size();
    if (t.index >= 0) {
        QJsonArray a = node.toArray();
        if (last && !value) {
            a.removeAt(t.index);
        } else {
            const QJsonValue v = last ? *value : setAt(a.at(t.index), toks, i + 1, value);
            if (t.index >= a.size())
                a.append(v);
            else
                a[t.index] = v;
        }
        return a;
    }
    QJsonObject o = node.toObject();
    if (last && !value)
        o.remove(t.key);
    else
        o[t.key] = last ? *value : setAt(o.value(t.key), toks, i + 1, value);
    return o;
}

/// `path=JSON` or `-path`; the JSON may be any value ("\"text\"", 5, [], {"a":1}, null).
inline QJsonObject mutate(QJsonObject root, const QString &mutation)
{
    if (mutation.startsWith(QLatin1Char('-')))
        return setAt(root, tokens(mutation.mid(1)), 0, std::nullopt).toObject();
    const qsizetype eq = mutation.indexOf(QLatin1Char('='));
    const QByteArray json = "[" + mutation.mid(eq + 1).toUtf8() + "]";
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad mutation JSON: %s", qPrintable(mutation));
    return setAt(root, tokens(mutation.left(eq)), 0, doc.array().at(0)).toObject();
}

inline QByteArray mutated(const QStringList &mutations, QJsonObject root = exampleObject())
{
    for (const QString &m : mutations)
        root = mutate(root, m);
    return QJsonDocument(root).toJson();
}

} // namespace spectest
