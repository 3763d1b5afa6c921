// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/RemoteEdgeRule.h"

#include "ovh/OvhSignature.h"
#include "spec/Ipv4Cidr.h"

#include <QRegularExpression>

namespace pveha {

namespace {

/// A port as the API gives it: 22, "22", "eq 22"; null or "" = none. False when unreadable.
bool parsePort(const QJsonValue &value, std::optional<int> &out)
{
    out.reset();
    if (value.isUndefined() || value.isNull())
        return true;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d < 0 || d > 65535 || d != double(int(d)))
            return false;
        out = int(d);
        return true;
    }
    if (!value.isString())
        return false;
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return true;
    static const QRegularExpression eq(QStringLiteral("^(?:eq\\s+)?(\\d{1,5})$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = eq.match(text);
    if (!m.hasMatch() || m.captured(1).toInt() > 65535)
        return false;
    out = m.captured(1).toInt();
    return true;
}

/// "any", "0.0.0.0/0", "198.51.100.7/32" or a bare address (= /32), normalised to A.B.C.D/N.
bool parseSource(const QJsonValue &value, QString &out)
{
    const QString text = value.toString().trimmed();
    if (value.isNull() || value.isUndefined() || text.isEmpty() ||
        text.compare(QLatin1String("any"), Qt::CaseInsensitive) == 0) {
        out = QStringLiteral("0.0.0.0/0");
        return true;
    }
    if (const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(text)) {
        out = cidr->toString();
        return true;
    }
    if (const std::optional<quint32> address = parseIpv4(text)) {
        out = Ipv4Cidr(*address, 32).toString();
        return true;
    }
    out = text;
    return false;
}

/// "established" (text) or {"option": "established"}; "syn" is a TCP option we never set.
bool parseTcpOption(const QJsonValue &value, bool &established)
{
    established = false;
    QString option;
    if (value.isObject())
        option = value.toObject().value(QStringLiteral("option")).toString();
    else if (value.isString())
        option = value.toString();
    else if (!value.isNull() && !value.isUndefined())
        return false;
    option = option.trimmed().toLower();
    if (option.isEmpty() || option == QLatin1String("null") || option == QLatin1String("none"))
        return true;
    if (option == QLatin1String("established")) {
        established = true;
        return true;
    }
    return false;
}

} // namespace

RemoteEdgeRule RemoteEdgeRule::fromApiJson(const QJsonObject &json)
{
    RemoteEdgeRule r;
    r.rule.sequence = json.value(QStringLiteral("sequence")).toInt(-1);
    r.rule.action = json.value(QStringLiteral("action")).toString();
    r.rule.protocol = json.value(QStringLiteral("protocol")).toString();
    r.state = json.value(QStringLiteral("state")).toString();
    r.text = json.value(QStringLiteral("rule")).toString();
    QStringList unknown;
    if (!parseSource(json.value(QStringLiteral("source")), r.rule.source))
        unknown << QStringLiteral("source");
    if (!parsePort(json.value(QStringLiteral("destinationPort")), r.rule.destinationPort))
        unknown << QStringLiteral("destinationPort");
    if (!parsePort(json.value(QStringLiteral("sourcePort")), r.rule.sourcePort))
        unknown << QStringLiteral("sourcePort");
    if (!parseTcpOption(json.value(QStringLiteral("tcpOption")), r.rule.tcpEstablished))
        unknown << QStringLiteral("tcpOption");
    if (json.value(QStringLiteral("fragments")).toBool(false))
        unknown << QStringLiteral("fragments");
    if (r.rule.sequence < 0 || r.rule.action.isEmpty() || r.rule.protocol.isEmpty())
        unknown << QStringLiteral("sequence/action/protocol");
    if (!unknown.isEmpty()) {
        r.understood = false;
        r.text = unknown.join(QStringLiteral(", ")) + QStringLiteral(" not understood: ") +
                 QString::fromUtf8(OvhPath::compactJson(json));
    }
    return r;
}

bool RemoteEdgeRule::sameEffect(const EdgeRule &a, const EdgeRule &b)
{
    return a.sequence == b.sequence && a.action == b.action && a.protocol == b.protocol &&
           a.source == b.source && a.destinationPort == b.destinationPort &&
           a.sourcePort == b.sourcePort && a.tcpEstablished == b.tcpEstablished;
}

QJsonObject RemoteEdgeRule::toReportJson() const
{
    QJsonObject o = rule.toApiJson();
    o.insert(QStringLiteral("state"), state);
    if (!understood)
        o.insert(QStringLiteral("notUnderstood"), text);
    return o;
}

} // namespace pveha
