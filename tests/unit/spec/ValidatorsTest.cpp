// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/Validators.h"

#include <QTest>

#include <functional>

using namespace pveha;

namespace {

using Predicate = std::function<bool(const QString &)>;

const QHash<QString, Predicate> &predicateTable()
{
    static const QHash<QString, Predicate> map{
        {QStringLiteral("cluster"), validators::isClusterName},
        {QStringLiteral("label"), validators::isDnsLabel},
        {QStringLiteral("host"), validators::isHostname},
        {QStringLiteral("iface"), validators::isInterfaceName},
        {QStringLiteral("dev"), validators::isDevicePath},
        {QStringLiteral("vg"), validators::isLvmVolumeGroupName},
        {QStringLiteral("lv"), validators::isLvmLogicalVolumeName},
        {QStringLiteral("login"), validators::isPosixLoginName},
        {QStringLiteral("pveid"), validators::isProxmoxId},
        {QStringLiteral("storage"), validators::isProxmoxStorageId},
        {QStringLiteral("control"), validators::hasControlCharacter},
        {QStringLiteral("endpoint"), validators::isApiEndpoint},
        {QStringLiteral("shellsafe"), validators::isShellSafeWord},
    };
    return map;
}

} // namespace

class ValidatorsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void predicates_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("expected");
        const auto row = [](const char *kind, const QString &value, bool expected) {
            QTest::addRow("%s %s %s", kind, qPrintable(value), expected ? "ok" : "bad")
                << QString::fromUtf8(kind) << value << expected;
        };
        const auto S = [](const char *s) { return QString::fromUtf8(s); };
        row("cluster", S("cluster-pve-ha"), true);
        row("cluster", S("ABCDEFGHIJKLMNO"), true);
        row("cluster", S("ABCDEFGHIJKLMNOP"), false);
        row("cluster", S(""), false);
        row("cluster", S("pve\n"), false);
        row("label", S("node-01"), true);
        row("label", S("n"), true);
        row("label", S("node-"), false);
        row("label", S("node_01"), false);
        row("label", QString(63, QLatin1Char('a')), true);
        row("label", QString(64, QLatin1Char('a')), false);
        row("host", S("node-01.example.com"), true);
        row("host", S("localhost"), true);
        row("host", S("10.0.0"), false);
        row("host", S("example..com"), false);
        row("host", S("example.com."), false);
        row("host", S("a.b$(id)"), false);
        row("iface", S("enp1s0f1"), true);
        row("iface", S("bond0.100"), true);
        row("iface", S("vmbr1"), true);
        row("iface", S(".."), false);
        row("iface", S("eth0:1"), false);
        row("iface", S("a/b"), false);
        row("iface", S("abcdefghijklmnop"), false);
        row("dev", S("/dev/sda"), true);
        row("dev", S("/dev/disk/by-id/ata-ST4000_Z1"), true);
        row("dev", S("/dev/nvme0n1p4"), true);
        row("dev", S("/dev/"), false);
        row("dev", S("/dev/sda/"), false);
        row("dev", S("/dev/../etc/shadow"), false);
        row("dev", S("/dev/./sda"), false);
        row("dev", S("/tmp/sda"), false);
        row("dev", S("/dev/sd a"), false);
        row("vg", S("ceph-raid"), true);
        row("vg", S("vg+0"), true);
        row("vg", S("-vg"), false);
        row("vg", S("."), false);
        row("vg", QString(128, QLatin1Char('v')), false);
        row("lv", S("osd"), true);
        row("lv", S("snapshot"), false);
        row("lv", S("pvmove0"), false);
        row("lv", S("data_tmeta"), false);
        row("login", S("root"), true);
        row("login", S("_apt"), true);
        row("login", S("Root"), false);
        row("login", S("1admin"), false);
        row("login", S("root\n"), false);
        row("pveid", S("Cluster-Prod"), true);
        row("pveid", S("ha_1"), true);
        row("pveid", S("a"), false);
        row("pveid", S("1ha"), false);
        row("storage", S("Stockage-HA"), true);
        row("storage", S("rbd.pool"), true);
        row("storage", S("rbd."), false);
        row("storage", S("r"), false);
        row("control", S("a\tb"), true);
        row("control", S("a\nb"), true);
        row("control", QString(QChar(0x7f)), true);
        row("control", S("~/My Keys/id_ed25519"), false);
        row("endpoint", S("ovh-eu"), true);
        row("endpoint", S("ovh-ca"), true);
        row("endpoint", S("ovh-us"), true);
        row("endpoint", S("https://eu.api.ovh.com/1.0"), true);
        row("endpoint", S("http://127.0.0.1:18080/1.0"), true);
        row("endpoint", S("http://localhost"), true);
        row("endpoint", S("ovh-au"), false);
        row("endpoint", S("http://eu.api.ovh.com/1.0"), false); // keys in clear over the network
        row("endpoint", S("http://198.51.100.5:8080/1.0"), false);
        row("endpoint", S("https://user@eu.api.ovh.com/1.0"), false);
        row("endpoint", S("https://eu.api.ovh.com/1.0#x"), false);
        row("endpoint", S("http://127.0.0.1:0/1.0"), false);
        row("endpoint", S("https:///1.0"), false);
        row("shellsafe", S("/dev/sda"), true);
        row("shellsafe", S("a b"), false);
        row("shellsafe", S(""), false);
    }

    void predicates()
    {
        QFETCH(QString, kind);
        QFETCH(QString, value);
        QFETCH(bool, expected);
        QVERIFY(predicateTable().contains(kind));
        QCOMPARE(predicateTable().value(kind)(value), expected);
    }

    void shellQuote_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("safe") << QStringLiteral("/dev/md0") << QStringLiteral("/dev/md0");
        QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
        QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it'\\''s'");
        QTest::newRow("substitution") << QStringLiteral("$(id)") << QStringLiteral("'$(id)'");
        QTest::newRow("empty") << QString() << QStringLiteral("''");
    }

    void shellQuote()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(validators::shellQuote(word), quoted);
    }
};

QTEST_GUILESS_MAIN(ValidatorsTest)
#include "ValidatorsTest.moc"
