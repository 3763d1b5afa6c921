// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/NetInterfaces.h"
#include "preflight/PingResult.h"

#include <QFile>
#include <QTest>

using namespace pveha;

namespace {
QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}
} // namespace

class NetParsersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ipLinkSample()
    {
        const NetInterfaceList list =
            NetInterfaces::parseIpJson(fixture(QStringLiteral("formats/ip-j-link-show.json")));
        QVERIFY2(list.ok, qPrintable(list.error));
        const NetInterface *eth0 = list.find(QStringLiteral("eth0"));
        QVERIFY(eth0);
        QCOMPARE(eth0->mtu, 1500);
        QVERIFY(eth0->isUp());
        QVERIFY(eth0->hasCarrier());
        const NetInterface *wlan = list.find(QStringLiteral("wlan0"));
        QVERIFY(wlan && wlan->isUp() && !wlan->hasCarrier());
        QCOMPARE(list.find(QStringLiteral("lo"))->mtu, 65536);
    }
    void ipAddrSample()
    {
        const NetInterfaceList list =
            NetInterfaces::parseIpJson(fixture(QStringLiteral("formats/ip-j-addr-show.json")));
        QVERIFY2(list.ok, qPrintable(list.error));
        QCOMPARE(list.withIpv4(QStringLiteral("127.0.0.1")), list.find(QStringLiteral("lo")));
        QVERIFY(!list.withIpv4(QStringLiteral("10.0.0.1")));
    }
    void ipMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("object") << QByteArray("{}");
        QTest::newRow("no mtu") << QByteArray("[{\"ifname\":\"eth0\"}]");
        QTest::newRow("mtu text") << QByteArray("[{\"ifname\":\"eth0\",\"mtu\":\"9000\"}]");
        QTest::newRow("truncated")
            << fixture(QStringLiteral("formats/ip-j-link-show.json")).left(120);
    }
    void ipMalformed()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!NetInterfaces::parseIpJson(json).ok);
    }

    void ping_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("mtu");
        QTest::newRow("jumbo passes") << QStringLiteral("formats/ping-M-do-8972-success.txt") << 0
                                      << int(PingResult::Outcome::Passed) << 0;
        QTest::newRow("local mtu too small")
            << QStringLiteral("formats/ping-M-do-local-mtu-too-small.txt") << 1
            << int(PingResult::Outcome::LocalMtuTooSmall) << 1500;
        QTest::newRow("silent loss")
            << QStringLiteral("formats/ping-M-do-silent-loss-iputils20221126-LOCAL-CAPTURE.txt")
            << 1 << int(PingResult::Outcome::SilentLoss) << 0;
        QTest::newRow("router frag needed")
            << QStringLiteral("preflight/ping-frag-needed.txt") << 1
            << int(PingResult::Outcome::FragmentationNeeded) << 1500;
        QTest::newRow("unreachable") << QStringLiteral("preflight/ping-unreachable.txt") << 1
                                     << int(PingResult::Outcome::Unreachable) << 0;
    }
    void ping()
    {
        QFETCH(QString, file);
        QFETCH(int, exitCode);
        QFETCH(int, outcome);
        QFETCH(int, mtu);
        const PingResult r = PingResult::parse(QString::fromUtf8(fixture(file)), exitCode);
        QCOMPARE(int(r.outcome), outcome);
        QCOMPARE(r.reportedMtu, mtu);
        QCOMPARE(r.passed(), outcome == int(PingResult::Outcome::Passed));
    }
    void pingDetails()
    {
        const PingResult ok = PingResult::parse(
            QString::fromUtf8(fixture(QStringLiteral("formats/ping-M-do-8972-success.txt"))), 0);
        QCOMPARE(ok.transmitted, 3);
        QCOMPARE(ok.received, 3);
        QCOMPARE(ok.averageRttMs, 0.217);
        const PingResult local = PingResult::parse(
            QString::fromUtf8(fixture(QStringLiteral("formats/ping-M-do-local-mtu-too-small.txt"))),
            1);
        QCOMPARE(local.errors, 4);
        // Older iputils capitalise "Message": matched case-insensitively.
        QCOMPARE(int(PingResult::parse(
                         QStringLiteral("ping: local error: Message too long, mtu=1500\n"), 1)
                         .outcome),
                 int(PingResult::Outcome::LocalMtuTooSmall));
        const PingResult partial = PingResult::parse(
            QStringLiteral("3 packets transmitted, 2 received, 33% packet loss, time 2003ms\n"), 1);
        QCOMPARE(int(partial.outcome), int(PingResult::Outcome::PartialLoss));
    }
    void pingNotUnderstood_data()
    {
        QTest::addColumn<QString>("output");
        QTest::newRow("empty") << QString();
        QTest::newRow("not found") << QStringLiteral("sh: 1: ping: not found\n");
        QTest::newRow("usage") << QStringLiteral("ping: invalid argument: 'x'\n");
        QTest::newRow("cut before stats")
            << QStringLiteral("PING 10.0.0.2 (10.0.0.2) 8972(9000) bytes of data.\n8980 bytes from "
                              "10.0.0.2: icmp_seq=1 ttl=64 time=0.2 ms\n");
    }
    void pingNotUnderstood()
    {
        QFETCH(QString, output);
        const PingResult r = PingResult::parse(output, 0); // even a zero exit code is not a pass
        QCOMPARE(int(r.outcome), int(PingResult::Outcome::NotUnderstood));
        QVERIFY(!r.passed());
    }
    void pingCommand()
    {
        QCOMPARE(PingResult::command(9000, QStringLiteral("10.0.0.2")),
                 QStringLiteral("ping -M do -s 8972 -c 3 -i 0.2 -W 1 10.0.0.2"));
    }
};

QTEST_GUILESS_MAIN(NetParsersTest)
#include "NetParsersTest.moc"
