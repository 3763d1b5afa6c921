// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's model of the spec: change tracking, problems per page, and the defaults that
// follow other fields (Ceph networks follow the CIDR, the HA list follows the node names).
#include "SpecModel.h"
#include "InstallerWizard.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pveha;

class SpecModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathIsUnder_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("under");
        QTest::newRow("same") << QStringLiteral("nodes") << QStringLiteral("nodes") << true;
        QTest::newRow("index") << QStringLiteral("nodes[1].name") << QStringLiteral("nodes")
                               << true;
        QTest::newRow("field") << QStringLiteral("ceph.pool.size") << QStringLiteral("ceph.pool")
                               << true;
        QTest::newRow("section") << QStringLiteral("ceph.pool.size") << QStringLiteral("ceph")
                                 << true;
        QTest::newRow("longer name")
            << QStringLiteral("nodesX") << QStringLiteral("nodes") << false;
        QTest::newRow("other") << QStringLiteral("ha.nodes[0]") << QStringLiteral("nodes") << false;
        QTest::newRow("empty path") << QString() << QStringLiteral("nodes") << false;
    }

    void pathIsUnder()
    {
        QFETCH(QString, path);
        QFETCH(QString, prefix);
        QFETCH(bool, under);
        QCOMPARE(SpecModel::pathIsUnder(path, prefix), under);
    }

    void editsMarkDirtyOnlyWhenSomethingChanged()
    {
        SpecModel model;
        model.setSpec(ClusterSpec::example());
        QVERIFY(!model.isDirty());
        QVERIFY(model.problems().isEmpty());
        QSignalSpy changed(&model, &SpecModel::changed);
        model.edit([](ClusterSpec &s) { s.network.mtu = 9000; }); // already so
        QCOMPARE(changed.count(), 0);
        QVERIFY(!model.isDirty());
        model.edit([](ClusterSpec &s) { s.network.mtu = 1000; });
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.isDirty());
        QCOMPARE(model.problemsUnder({QStringLiteral("network")}).size(), 1);
        QVERIFY(
            model.problemsUnder({QStringLiteral("nodes"), QStringLiteral("storage")}).isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.json"));
        QString error;
        QVERIFY(model.save(path, &error));
        QVERIFY(!model.isDirty());
        QCOMPARE(model.filePath(), path);
    }

    void cephNetworksFollowTheCidr()
    {
        SpecModel model;
        model.setSpec(ClusterSpec::example());
        model.edit([](ClusterSpec &s) { s.network.cidr = QStringLiteral("10.1.0.0/24"); });
        QCOMPARE(model.spec().ceph.publicNetwork, QStringLiteral("10.1.0.0/24"));
        QCOMPARE(model.spec().ceph.clusterNetwork, QStringLiteral("10.1.0.0/24"));
        // Once set apart by hand, a Ceph network stays.
        model.edit([](ClusterSpec &s) { s.ceph.clusterNetwork = QStringLiteral("10.9.0.0/24"); });
        model.edit([](ClusterSpec &s) { s.network.cidr = QStringLiteral("10.2.0.0/24"); });
        QCOMPARE(model.spec().ceph.publicNetwork, QStringLiteral("10.2.0.0/24"));
        QCOMPARE(model.spec().ceph.clusterNetwork, QStringLiteral("10.9.0.0/24"));
    }

    void haNodesFollowTheNames()
    {
        SpecModel model;
        model.setSpec(InstallerWizard::newClusterSpec());
        QVERIFY(model.spec().ha.nodes.isEmpty());
        model.edit([](ClusterSpec &s) { s.nodes[0].name = QStringLiteral("a"); });
        model.edit([](ClusterSpec &s) { s.nodes[1].name = QStringLiteral("b"); });
        QCOMPARE(model.spec().ha.nodes, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        model.edit([](ClusterSpec &s) { s.nodes[1].name = QStringLiteral("bee"); });
        QCOMPARE(model.spec().ha.nodes, (QStringList{QStringLiteral("a"), QStringLiteral("bee")}));

        // A hand-picked list follows renames and removals, and does not grow by itself.
        model.edit([](ClusterSpec &s) { s.nodes[2].name = QStringLiteral("c"); });
        model.edit([](ClusterSpec &s) {
            s.ha.nodes = QStringList{QStringLiteral("a"), QStringLiteral("c")};
        });
        model.edit([](ClusterSpec &s) { s.nodes[2].name = QStringLiteral("cee"); });
        QCOMPARE(model.spec().ha.nodes, (QStringList{QStringLiteral("a"), QStringLiteral("cee")}));
        model.edit([](ClusterSpec &s) {
            s.nodes.append(NodeSpec{QStringLiteral("d"), {}, 22, {}});
        });
        QCOMPARE(model.spec().ha.nodes, (QStringList{QStringLiteral("a"), QStringLiteral("cee")}));
        model.edit([](ClusterSpec &s) { s.nodes.removeAt(0); });
        QCOMPARE(model.spec().ha.nodes, (QStringList{QStringLiteral("cee")}));
    }

    void newClusterStartsEmptyWhereOnlyTheAdminKnows()
    {
        const ClusterSpec spec = InstallerWizard::newClusterSpec();
        QCOMPARE(spec.nodes.size(), 3);
        for (const NodeSpec &n : spec.nodes) {
            QVERIFY(n.name.isEmpty() && n.publicAddress.isEmpty() && n.privateAddress.isEmpty());
            QCOMPARE(n.sshPort, 22);
        }
        QVERIFY(spec.firewall.adminSources.isEmpty());
        QCOMPARE(spec.network.cidr, ClusterSpec::example().network.cidr);
    }
};

QTEST_MAIN(SpecModelTest)
#include "SpecModelTest.moc"
