// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/OvhSignature.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pveha {

QByteArray OvhSignature::sign(const QString &applicationSecret, const QString &consumerKey,
                              const QByteArray &method, const QString &fullUrl,
                              const QByteArray &body, qint64 timestamp)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QByteArray data = applicationSecret.toUtf8() + '+' + consumerKey.toUtf8() + '+' +
                            method.toUpper() + '+' + fullUrl.toUtf8() + '+' + body + '+' +
                            QByteArray::number(timestamp);
    hash.addData(data);
    return "$1$" + hash.result().toHex();
}

QString OvhPath::segment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString OvhPath::readable(const QString &path)
{
    return QUrl::fromPercentEncoding(path.toUtf8());
}

QString OvhPath::accessPattern(const QString &path)
{
    // /ip/{ip}/firewall/{ipOnFirewall}/rule/{sequence}: every value after a known collection
    // name is a variable.
    static const QRegularExpression variable(QStringLiteral("(/(?:ip|firewall|rule)/)[^/?]+"));
    QString pattern = path.section(QLatin1Char('?'), 0, 0);
    pattern.replace(variable, QStringLiteral("\\1*"));
    return pattern;
}

QByteArray OvhPath::compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isUndefined() || value.isNull())
        return QByteArray();
    // A scalar: wrap it in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace pveha
