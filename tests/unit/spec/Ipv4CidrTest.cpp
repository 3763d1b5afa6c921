// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/Ipv4Cidr.h"

#include <QTest>

using namespace pveha;

class Ipv4CidrTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint32>("value");
        QTest::newRow("simple") << QStringLiteral("10.0.0.2") << true << 0x0a000002u;
        QTest::newRow("zeros") << QStringLiteral("0.0.0.0") << true << 0u;
        QTest::newRow("max") << QStringLiteral("255.255.255.255") << true << 0xffffffffu;
        QTest::newRow("three parts") << QStringLiteral("10.0.0") << false << 0u;
        QTest::newRow("five parts") << QStringLiteral("10.0.0.1.2") << false << 0u;
        QTest::newRow("256") << QStringLiteral("10.0.0.256") << false << 0u;
        QTest::newRow("leading zero") << QStringLiteral("10.0.0.01") << false << 0u;
        QTest::newRow("sign") << QStringLiteral("10.0.0.+1") << false << 0u;
        QTest::newRow("space") << QStringLiteral("10.0.0.1 ") << false << 0u;
        QTest::newRow("empty part") << QStringLiteral("10..0.1") << false << 0u;
        QTest::newRow("hex") << QStringLiteral("0x0a.0.0.1") << false << 0u;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("١٠.0.0.1") << false << 0u;
        QTest::newRow("empty") << QString() << false << 0u;
    }

    void parsesAddresses()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint32, value);
        const std::optional<quint32> parsed = parseIpv4(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, value);
            QCOMPARE(ipv4ToString(*parsed), text);
        }
    }

    void parsesCidrs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("network");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("/24") << QStringLiteral("10.0.0.0/24") << true << true
                             << QStringLiteral("10.0.0.0/24");
        QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << true << true
                            << QStringLiteral("0.0.0.0/0");
        QTest::newRow("/32") << QStringLiteral("198.51.100.7/32") << true << true
                             << QStringLiteral("198.51.100.7/32");
        QTest::newRow("host bits")
            << QStringLiteral("10.0.0.1/24") << true << false << QStringLiteral("10.0.0.0/24");
        QTest::newRow("/0 host bits")
            << QStringLiteral("1.2.3.4/0") << true << false << QStringLiteral("0.0.0.0/0");
        QTest::newRow("/33") << QStringLiteral("10.0.0.0/33") << false << false << QString();
        QTest::newRow("no prefix") << QStringLiteral("10.0.0.0") << false << false << QString();
        QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << false << false << QString();
        QTest::newRow("leading zero prefix")
            << QStringLiteral("10.0.0.0/08") << false << false << QString();
        QTest::newRow("two slashes")
            << QStringLiteral("10.0.0.0/8/8") << false << false << QString();
        QTest::newRow("bad address") << QStringLiteral("10.0.0/8") << false << false << QString();
    }

    void parsesCidrs()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, network);
        QFETCH(QString, normalized);
        const std::optional<Ipv4Cidr> cidr = Ipv4Cidr::parse(text);
        QCOMPARE(cidr.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(cidr->toString(), text);
        QCOMPARE(cidr->isNetwork(), network);
        QCOMPARE(cidr->normalized().toString(), normalized);
    }

    void containment_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("contains");
        QTest::addColumn<bool>("host");
        QTest::newRow("inside") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.2")
                                << true << true;
        QTest::newRow("network address")
            << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.0") << true << false;
        QTest::newRow("broadcast")
            << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0.255") << true << false;
        QTest::newRow("outside") << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.1.2")
                                 << false << false;
        QTest::newRow("everything")
            << QStringLiteral("0.0.0.0/0") << QStringLiteral("203.0.113.9") << true << true;
        QTest::newRow("/31 both usable")
            << QStringLiteral("10.0.0.0/31") << QStringLiteral("10.0.0.0") << true << true;
        QTest::newRow("/32 itself")
            << QStringLiteral("10.0.0.7/32") << QStringLiteral("10.0.0.7") << true << true;
        QTest::newRow("not an address")
            << QStringLiteral("10.0.0.0/24") << QStringLiteral("10.0.0") << false << false;
    }

    void containment()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, address);
        QFETCH(bool, contains);
        QFETCH(bool, host);
        const Ipv4Cidr c = *Ipv4Cidr::parse(cidr);
        QCOMPARE(c.contains(address), contains);
        const std::optional<quint32> a = parseIpv4(address);
        QCOMPARE(a && c.isHostAddress(*a), host);
    }

    void valueSemantics()
    {
        const Ipv4Cidr a(0x0a000000u, 24);
        QCOMPARE(a, *Ipv4Cidr::parse(QStringLiteral("10.0.0.0/24")));
        QVERIFY(a != Ipv4Cidr(0x0a000000u, 16));
        QCOMPARE(a.netmask(), 0xffffff00u);
        QCOMPARE(a.broadcast(), 0x0a0000ffu);
        QCOMPARE(Ipv4Cidr(1, 99).prefixLength(), 32); // clamped, never undefined shifts
        QCOMPARE(Ipv4Cidr().netmask(), 0u);
    }
};

QTEST_GUILESS_MAIN(Ipv4CidrTest)
#include "Ipv4CidrTest.moc"
