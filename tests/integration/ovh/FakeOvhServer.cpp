// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeOvhServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray error(const char *message, const char *code = nullptr)
{
    QJsonObject o{{QStringLiteral("message"), QLatin1String(message)}};
    if (code)
        o.insert(QStringLiteral("errorCode"), QLatin1String(code));
    return json(o);
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    }
    return "Status";
}

QStringList decodedParts(const QByteArray &target)
{
    QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    if (path.startsWith("/1.0"))
        path = path.mid(4);
    QStringList parts;
    for (const QByteArray &raw : path.split('/')) {
        if (!raw.isEmpty())
            parts << QUrl::fromPercentEncoding(raw);
    }
    return parts;
}

/// The GET form of a rule: ports and tcpOption as text, as FACTS.md says the API answers.
QJsonObject getForm(const QJsonObject &post, const QString &ip)
{
    const auto port = [&](const char *key) -> QJsonValue {
        const QJsonValue v = post.value(QLatin1String(key));
        return v.isDouble() ? QJsonValue(QStringLiteral("eq %1").arg(v.toInt()))
                            : QJsonValue(QJsonValue::Null);
    };
    const QString source = post.value(QStringLiteral("source")).toString();
    const QJsonValue tcp = post.value(QStringLiteral("tcpOption"));
    QJsonObject o{
        {QStringLiteral("sequence"), post.value(QStringLiteral("sequence"))},
        {QStringLiteral("action"), post.value(QStringLiteral("action"))},
        {QStringLiteral("protocol"), post.value(QStringLiteral("protocol"))},
        {QStringLiteral("source"),
         source.isEmpty() || source == QLatin1String("0.0.0.0/0") ? QStringLiteral("any") : source},
        {QStringLiteral("destination"), QString(ip + QStringLiteral("/32"))},
        {QStringLiteral("destinationPort"), port("destinationPort")},
        {QStringLiteral("sourcePort"), port("sourcePort")},
        {QStringLiteral("tcpOption"), tcp.isObject()
                                          ? tcp.toObject().value(QStringLiteral("option"))
                                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("fragments"), false},
        {QStringLiteral("creationDate"), QStringLiteral("2024-01-01T00:00:00+01:00")},
        {QStringLiteral("state"), QStringLiteral("creationPending")}};
    return o;
}

} // namespace

FakeOvhServer::FakeOvhServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

FakeOvhServer::~FakeOvhServer()
{
    // The sockets die with m_server, after m_buffers: they must not call back into us.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        disconnect(socket, nullptr, this, nullptr);
}

bool FakeOvhServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeOvhServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/1.0").arg(port());
}

QStringList FakeOvhServer::changes() const
{
    QStringList out;
    for (const Request &r : requests) {
        if (r.method != "GET")
            out << QString::fromLatin1(r.method) + QLatin1Char(' ') +
                       decodedParts(r.target).join(QLatin1Char('/'));
    }
    return out;
}

void FakeOvhServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        Request request;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        if (first.size() < 2) {
            socket->abort();
            return;
        }
        request.method = first.at(0);
        request.target = first.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // the body is still on its way
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, request);
    }
}

void FakeOvhServer::handle(QTcpSocket *socket, Request request)
{
    const QString path = decodedParts(request.target).join(QLatin1Char('/'));
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if ((!f.method.isEmpty() && f.method != request.method) || !path.contains(f.pathPart))
            continue;
        if (f.after > 0) {
            --f.after;
            continue;
        }
        const Fault applied = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        if (applied.delayMs > 0) {
            const Response normal = route(request);
            request.status = normal.status;
            requests << request;
            reply(socket, normal, applied.delayMs);
        } else {
            request.status = applied.status;
            requests << request;
            reply(socket, Response{applied.status, applied.body, applied.retryAfter}, 0);
        }
        return;
    }
    const Response response = route(request);
    request.status = response.status;
    requests << request;
    reply(socket, response, 0);
}

void FakeOvhServer::reply(QTcpSocket *socket, const Response &response, int delayMs)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reason(response.status) +
                     "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                     QByteArray::number(response.body.size()) + "\r\n";
    if (response.retryAfter >= 0)
        out += "Retry-After: " + QByteArray::number(response.retryAfter) + "\r\n";
    out += "\r\n" + response.body;
    QPointer<QTcpSocket> guarded(socket);
    const auto send = [guarded, out] {
        if (guarded && guarded->state() == QAbstractSocket::ConnectedState)
            guarded->write(out);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, send);
    else
        send();
}

FakeOvhServer::Response FakeOvhServer::authCheck(const Request &request) const
{
    if (request.headers.value("x-ovh-application") != applicationKey)
        return {403, error("Invalid application key", "INVALID_KEY")};
    if (request.headers.value("x-ovh-consumer") != consumerKey)
        return {403, error("This credential does not exist", "INVALID_CREDENTIAL")};
    bool ok = false;
    const qint64 timestamp = request.headers.value("x-ovh-timestamp").toLongLong(&ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch() + m_skew;
    if (!ok || qAbs(timestamp - now) > 30)
        return {400, error("Query out of time", "QUERY_TIME_OUT")};
    const QByteArray url = "http://127.0.0.1:" + QByteArray::number(port()) + request.target;
    const QByteArray signed_ = QByteArray(applicationSecret) + '+' + consumerKey + '+' +
                               request.method + '+' + url + '+' + request.body + '+' +
                               QByteArray::number(timestamp);
    const QByteArray expected =
        "$1$" + QCryptographicHash::hash(signed_, QCryptographicHash::Sha1).toHex();
    if (request.headers.value("x-ovh-signature") != expected)
        return {400, error("Invalid signature", "INVALID_SIGNATURE")};
    return {0, {}};
}

FakeOvhServer::Response FakeOvhServer::route(const Request &request)
{
    const QStringList parts = decodedParts(request.target);
    if (parts == QStringList{QStringLiteral("auth"), QStringLiteral("time")})
        return {200, QByteArray::number(QDateTime::currentSecsSinceEpoch() + m_skew)};
    if (parts == QStringList{QStringLiteral("auth"), QStringLiteral("credential")}) {
        if (request.headers.value("x-ovh-application") != applicationKey)
            return {403, error("Invalid application key", "INVALID_KEY")};
        lastCredentialRequest = QJsonDocument::fromJson(request.body).object();
        return {200, json({{QStringLiteral("validationUrl"),
                            QStringLiteral("https://eu.api.ovh.com/auth/?credentialToken=fake")},
                           {QStringLiteral("consumerKey"), QStringLiteral("newConsumerKey4242")},
                           {QStringLiteral("state"), QStringLiteral("pendingValidation")}})};
    }
    const Response denied = authCheck(request);
    if (denied.status != 0) {
        ++rejected;
        return denied;
    }
    if (parts.size() >= 3 && parts.at(0) == QLatin1String("ip") &&
        parts.at(2) == QLatin1String("firewall"))
        return firewallRoute(request.method, parts, request.body);
    if (parts == QStringList{QStringLiteral("ip")} && request.method == "GET") {
        QJsonArray blocks;
        for (const QString &b : ownedBlocks)
            blocks.append(b);
        return {200, QJsonDocument(blocks).toJson(QJsonDocument::Compact)};
    }
    return {404, error("Got an invalid (or empty) URL", "Client::NotFound")};
}

FakeOvhServer::Response FakeOvhServer::firewallRoute(const QByteArray &method,
                                                     const QStringList &parts,
                                                     const QByteArray &body)
{
    const QString block = parts.at(1);
    if (!ownedBlocks.contains(block))
        return {404, error("The requested object (ip) does not exist")};
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    if (parts.size() == 3 && method == "GET") {
        QJsonArray ips;
        for (auto it = firewalls.cbegin(); it != firewalls.cend(); ++it) {
            if (it.key() + QStringLiteral("/32") == block)
                ips.append(it.key());
        }
        return {200, QJsonDocument(ips).toJson(QJsonDocument::Compact)};
    }
    if (parts.size() == 3) {
        if (method != "POST")
            return {404, error("Got an invalid (or empty) URL")};
        const QString ip = in.value(QStringLiteral("ipOnFirewall")).toString();
        if (ip + QStringLiteral("/32") != block)
            return {400, error("ipOnFirewall is not in this block")};
        if (firewalls.contains(ip))
            return {409, error("This IP is already on the firewall")};
        Firewall fw;
        fw.state = QStringLiteral("creationPending");
        fw.pollsLeft = m_pendingPolls;
        firewalls.insert(ip, fw);
        return {200, json({{QStringLiteral("ipOnFirewall"), ip},
                           {QStringLiteral("enabled"), false},
                           {QStringLiteral("state"), fw.state}})};
    }
    const QString ip = parts.at(3);
    if (!firewalls.contains(ip))
        return {404, error("The requested object (ipOnFirewall) does not exist")};
    Firewall &fw = firewalls[ip];
    if (parts.size() >= 5 && parts.at(4) == QLatin1String("rule"))
        return ruleRoute(method, fw, parts, body);
    if (parts.size() != 4)
        return {404, error("Got an invalid (or empty) URL")};
    if (method == "PUT") {
        fw.enabled = in.value(QStringLiteral("enabled")).toBool();
        fw.state = fw.enabled ? QStringLiteral("enableFirewallPending")
                              : QStringLiteral("disableFirewallPending");
        fw.pollsLeft = m_pendingPolls;
        return {200, "null"};
    }
    if (method != "GET")
        return {404, error("Got an invalid (or empty) URL")};
    if (fw.pollsLeft > 0 && --fw.pollsLeft == 0)
        fw.state = QStringLiteral("ok");
    return {200, json({{QStringLiteral("ipOnFirewall"), ip},
                       {QStringLiteral("enabled"), fw.enabled},
                       {QStringLiteral("state"), fw.state}})};
}

FakeOvhServer::Response FakeOvhServer::ruleRoute(const QByteArray &method, Firewall &fw,
                                                 const QStringList &parts, const QByteArray &body)
{
    const QString ip = parts.at(3);
    if (parts.size() == 5 && method == "GET") {
        QJsonArray sequences;
        for (auto it = fw.rules.cbegin(); it != fw.rules.cend(); ++it)
            sequences.append(it.key());
        return {200, QJsonDocument(sequences).toJson(QJsonDocument::Compact)};
    }
    if (parts.size() == 5 && method == "POST") {
        const QJsonObject in = QJsonDocument::fromJson(body).object();
        const QJsonValue sequence = in.value(QStringLiteral("sequence"));
        static const QStringList protocols{QStringLiteral("ah"),   QStringLiteral("esp"),
                                           QStringLiteral("gre"),  QStringLiteral("icmp"),
                                           QStringLiteral("ipv4"), QStringLiteral("tcp"),
                                           QStringLiteral("udp")};
        if (!sequence.isDouble() || sequence.toInt() < 0 || sequence.toInt() > 19)
            return {400, error("Invalid sequence")};
        if (!protocols.contains(in.value(QStringLiteral("protocol")).toString()))
            return {400, error("Invalid protocol")};
        const QString action = in.value(QStringLiteral("action")).toString();
        if (action != QLatin1String("permit") && action != QLatin1String("deny"))
            return {400, error("Invalid action")};
        for (const char *key : {"destinationPort", "sourcePort"}) {
            const QJsonValue v = in.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isDouble())
                return {400, error("Invalid port: an integer is expected")};
        }
        if (fw.rules.contains(sequence.toInt()))
            return {409, error("A rule with this sequence already exists")};
        Rule rule{getForm(in, ip), m_pendingPolls};
        fw.rules.insert(sequence.toInt(), rule);
        return {200, json(rule.json)};
    }
    if (parts.size() != 6)
        return {404, error("Got an invalid (or empty) URL")};
    const int sequence = parts.at(5).toInt();
    if (!fw.rules.contains(sequence))
        return {404, error("The requested object (sequence) does not exist")};
    Rule &rule = fw.rules[sequence];
    if (method == "DELETE") {
        rule.json.insert(QStringLiteral("state"), QStringLiteral("removalPending"));
        rule.pollsLeft = m_pendingPolls;
        return {200, json(rule.json)};
    }
    if (method != "GET")
        return {404, error("Got an invalid (or empty) URL")};
    const QJsonObject before = rule.json;
    if (rule.pollsLeft > 0 && --rule.pollsLeft == 0) {
        if (rule.json.value(QStringLiteral("state")) == QLatin1String("removalPending")) {
            fw.rules.remove(sequence);
            return {404, error("The requested object (sequence) does not exist")};
        }
        rule.json.insert(QStringLiteral("state"), QStringLiteral("ok"));
    }
    return {200, json(before)};
}
