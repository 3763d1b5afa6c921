// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/NetworkConfig.h"
#include "spec/ClusterSpec.h"

#include <QTest>

using namespace pveha;

class NetworkConfigTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedStanzaMatchesTheProcedure()
    {
        // Procedure §4, with the node's address filled in and the managed-block markers.
        const ClusterSpec spec = ClusterSpec::example();
        const QString expected = QStringLiteral("# BEGIN pve-ha-installer vRack\n"
                                                "auto enp1s0f1\n"
                                                "iface enp1s0f1 inet manual\n"
                                                "    mtu 9000\n"
                                                "\n"
                                                "auto vmbr1\n"
                                                "iface vmbr1 inet static\n"
                                                "    address 10.0.0.2/24\n"
                                                "    bridge-ports enp1s0f1\n"
                                                "    bridge-stp off\n"
                                                "    bridge-fd 0\n"
                                                "    mtu 9000\n"
                                                "# END pve-ha-installer vRack\n");
        QCOMPARE(NetworkConfig::stanza(spec, 1), expected);
    }
    void followsTheSpec()
    {
        ClusterSpec spec = ClusterSpec::example();
        spec.network.privateInterface = QStringLiteral("eno2");
        spec.network.bridge = QStringLiteral("vmbr7");
        spec.network.cidr = QStringLiteral("192.168.50.0/23");
        spec.network.mtu = 1500;
        spec.nodes[2].privateAddress = QStringLiteral("192.168.51.3");
        const QString text = NetworkConfig::stanza(spec, 2);
        QVERIFY(text.contains(QStringLiteral("iface eno2 inet manual\n    mtu 1500\n")));
        QVERIFY(text.contains(
            QStringLiteral("auto vmbr7\niface vmbr7 inet static\n    address 192.168.51.3/23\n")));
        QVERIFY(text.contains(QStringLiteral("    bridge-ports eno2\n")));
        QCOMPARE(text.count(QStringLiteral("mtu 1500")), 2); // on the NIC and on the bridge
    }
    void invalidIndex()
    {
        const ClusterSpec spec = ClusterSpec::example();
        QVERIFY(NetworkConfig::stanza(spec, -1).isEmpty());
        QVERIFY(NetworkConfig::stanza(spec, 3).isEmpty());
        QCOMPARE(NetworkConfig::prefixLength(QStringLiteral("10.0.0.0/24")), QStringLiteral("24"));
        QVERIFY(NetworkConfig::prefixLength(QStringLiteral("10.0.0.0")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(NetworkConfigTest)
#include "NetworkConfigTest.moc"
