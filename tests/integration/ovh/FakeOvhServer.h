// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

/// A real HTTP/1.1 server on 127.0.0.1 that plays the parts of the OVHcloud API the firewall
/// sync uses. It checks every signed request the way OVHcloud does (application key, consumer
/// key, timestamp against its own clock, signature over the full URL and body), keeps the
/// Edge firewall's state (addresses, rules that go creationPending → ok and removalPending →
/// gone after a poll or two) and answers errors or slowness on demand.
class FakeOvhServer : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *applicationKey = "fakeAppKey0123456789";
    static constexpr const char *applicationSecret = "fakeAppSecretDoNotLeak0123456789";
    static constexpr const char *consumerKey = "fakeConsumerKeyDoNotLeak987654321";

    struct Request
    {
        QByteArray method;
        QByteArray target; ///< as received, e.g. /1.0/ip/203.0.113.11%2F32/firewall
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        int status = 0;                        ///< what the server answered
    };

    /// An answer given instead of the normal one, `times` times (-1: always), to requests whose
    /// method matches (empty = any) and whose decoded path contains `pathPart`.
    struct Fault
    {
        QByteArray method;
        QString pathPart;
        int status = 500;
        QByteArray body =
            R"({"message":"Internal server error","class":"Server::InternalServerError"})";
        int times = 1;
        int after = 0; ///< let this many matching requests through first
        int retryAfter = -1;
        int delayMs = 0; ///< > 0: answer normally, but this late
    };

    struct Rule
    {
        QJsonObject json; ///< as GET returns it (text ports and tcpOption)
        int pollsLeft = 0;
    };
    struct Firewall
    {
        bool enabled = false;
        QString state = QStringLiteral("ok");
        int pollsLeft = 0;
        QMap<int, Rule> rules;
    };

    explicit FakeOvhServer(QObject *parent = nullptr);
    ~FakeOvhServer() override;
    bool start();
    [[nodiscard]] QString baseUrl() const;
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }

    void addFault(const Fault &fault) { m_faults << fault; }
    void clearFaults() { m_faults.clear(); }
    /// The server's clock runs this many seconds ahead of the local one.
    void setClockSkew(qint64 seconds) { m_skew = seconds; }
    /// How many GETs a pending object needs before it is done.
    void setPendingPolls(int polls) { m_pendingPolls = polls; }

    QSet<QString> ownedBlocks;         ///< blocks on the account, e.g. "203.0.113.11/32"
    QMap<QString, Firewall> firewalls; ///< by ipOnFirewall
    QList<Request> requests;
    QJsonObject lastCredentialRequest;

    /// Requests that changed something (POST, PUT, DELETE), as "METHOD decoded-path".
    [[nodiscard]] QStringList changes() const;
    /// Requests whose signature or timestamp was refused.
    int rejected = 0;

private:
    struct Response
    {
        int status = 200;
        QByteArray body;
        int retryAfter = -1;
    };
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Request request);
    void reply(QTcpSocket *socket, const Response &response, int delayMs);
    Response route(const Request &request);
    Response authCheck(const Request &request) const;
    Response firewallRoute(const QByteArray &method, const QStringList &parts,
                           const QByteArray &body);
    Response ruleRoute(const QByteArray &method, Firewall &fw, const QStringList &parts,
                       const QByteArray &body);

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Fault> m_faults;
    qint64 m_skew = 0;
    int m_pendingPolls = 1;
};
