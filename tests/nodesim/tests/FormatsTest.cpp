// SPDX-License-Identifier: GPL-3.0-or-later
// Each tool's output against the real samples in tests/fixtures/formats: same JSON keys and
// value types, same line shapes.
#include "SimHarness.h"

using namespace simtest;

namespace {

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

// Every key of `sample` exists in `sim` with a compatible type (null is compatible with a string).
void sameKeys(const QJsonObject &sim, const QJsonObject &sample, const QString &where,
              const QStringList &skip = {})
{
    for (auto it = sample.begin(); it != sample.end(); ++it) {
        if (skip.contains(it.key()))
            continue;
        QVERIFY2(sim.contains(it.key()),
                 qPrintable(where + QStringLiteral(": missing key ") + it.key()));
        const QString a = typeOf(sim[it.key()]), b = typeOf(it.value());
        const bool compatible = a == b ||
                                (a == QLatin1String("null") && b == QLatin1String("string")) ||
                                (a == QLatin1String("string") && b == QLatin1String("null"));
        QVERIFY2(compatible,
                 qPrintable(QStringLiteral("%1.%2: %3 vs sample %4").arg(where, it.key(), a, b)));
    }
}

} // namespace

class FormatsTest : public QObject
{
    Q_OBJECT
private:
    Harness *m_h = nullptr;
    const QString n1 = QStringLiteral("node-01");

private Q_SLOTS:
    void initTestCase()
    {
        m_h = new Harness;
        QVERIFY2(m_h->ok(), qPrintable(m_h->error()));
    }
    void cleanupTestCase() { delete m_h; }

    void lsblkJson()
    {
        const QString cols =
            QStringLiteral("NAME,KNAME,TYPE,SIZE,ROTA,TRAN,MODEL,SERIAL,MOUNTPOINT,FSTYPE,PKNAME");
        const QString out = m_h->must(n1, QStringLiteral("lsblk -J -b -o ") + cols);
        const QJsonObject sample =
            json(fixture(QStringLiteral("lsblk-J-b-util-linux-2.38.1-LOCAL-CAPTURE-virtio.json")))
                .object()[QStringLiteral("blockdevices")]
                .toArray()[1]
                .toObject();
        const QJsonArray devs = json(out).object()[QStringLiteral("blockdevices")].toArray();
        QCOMPARE(devs.size(), 6);
        for (const QJsonValue &d : devs) {
            QJsonObject o = d.toObject();
            sameKeys(o, sample, o[QStringLiteral("name")].toString());
            QCOMPARE(o.keys().size() - (o.contains(QStringLiteral("children")) ? 1 : 0),
                     sample.keys().size());
        }
        // Real layout: 3-space indentation, "},{" between siblings, typed values.
        QVERIFY(out.startsWith(QStringLiteral(
            "{\n   \"blockdevices\": [\n      {\n         \"name\": \"nvme0n1\",\n")));
        QVERIFY(out.contains(QStringLiteral("      },{\n         \"name\": \"nvme1n1\",")));
        QVERIFY(out.contains(QStringLiteral(
            "\"size\": 6001175126016,\n         \"rota\": true,\n         \"tran\": \"sata\"")));
        // One device, columns honoured, -d.
        const QJsonObject sdb =
            json(m_h->must(n1, QStringLiteral("lsblk -J -b -d -o NAME,SIZE,ROTA /dev/sdb")))
                .object();
        QCOMPARE(
            sdb[QStringLiteral("blockdevices")].toArray().first().toObject().keys(),
            (QStringList{QStringLiteral("name"), QStringLiteral("rota"), QStringLiteral("size")}));
        // The OS disk holds / through partitions and LVM.
        QVERIFY(out.contains(QStringLiteral("\"mountpoint\": \"/\"")));
        const Run bad = m_h->sh(n1, QStringLiteral("lsblk -J -o NAME,BOGUS"));
        QCOMPARE(bad.rc, 1);
        QCOMPARE(bad.err, QStringLiteral("lsblk: unknown column: BOGUS\n"));
        QCOMPARE(m_h->sh(n1, QStringLiteral("lsblk /dev/sdz")).rc, 32);
        // Without -b, sizes are human strings (in JSON too, like util-linux).
        QCOMPARE(json(m_h->must(n1, QStringLiteral("lsblk -J -d -o NAME,SIZE /dev/sda")))
                     .object()[QStringLiteral("blockdevices")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("size")]
                     .toString(),
                 QStringLiteral("5.5T"));
    }
    void ipJson()
    {
        const QJsonArray sampleLink = json(fixture(QStringLiteral("ip-j-link-show.json"))).array();
        const QJsonArray link = json(m_h->must(n1, QStringLiteral("ip -j link show"))).array();
        QCOMPARE(link.size(), 5);
        for (const QJsonValue &l : link)
            sameKeys(l.toObject(), sampleLink[2].toObject(), QStringLiteral("link"));
        const QJsonArray sampleAddr = json(fixture(QStringLiteral("ip-j-addr-show.json"))).array();
        const QJsonArray addr = json(m_h->must(n1, QStringLiteral("ip -j addr show"))).array();
        for (const QJsonValue &a : addr)
            sameKeys(a.toObject(), sampleAddr[0].toObject(), QStringLiteral("addr"));
        const QJsonObject vmbr1 =
            json(m_h->must(n1, QStringLiteral("ip -j addr show vmbr1"))).array().first().toObject();
        QCOMPARE(vmbr1[QStringLiteral("mtu")].toInt(), 9000);
        const QJsonObject info = vmbr1[QStringLiteral("addr_info")].toArray().first().toObject();
        sameKeys(info,
                 sampleAddr[2].toObject()[QStringLiteral("addr_info")].toArray().first().toObject(),
                 QStringLiteral("addr_info"));
        QCOMPARE(info[QStringLiteral("local")].toString(), QStringLiteral("10.0.0.1"));
        const QJsonObject nic = json(m_h->must(n1, QStringLiteral("ip -j link show enp1s0f1")))
                                    .array()
                                    .first()
                                    .toObject();
        QCOMPARE(nic[QStringLiteral("master")].toString(), QStringLiteral("vmbr1"));
        const Run missing = m_h->sh(n1, QStringLiteral("ip -j link show eth9"));
        QCOMPARE(missing.rc, 1);
        QCOMPARE(missing.err, QStringLiteral("Device \"eth9\" does not exist.\n"));
        QVERIFY(m_h->must(n1, QStringLiteral("ip link"))
                    .contains(QStringLiteral("3: enp1s0f1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu "
                                             "9000 qdisc mq master vmbr1 state UP")));
    }
    void pingShapes()
    {
        const QString ok = m_h->must(n1, QStringLiteral("ping -M do -s 8972 -c 3 -W 1 10.0.0.2"));
        const QStringList sample =
            fixture(QStringLiteral("ping-M-do-8972-success.txt")).split(QLatin1Char('\n'));
        const QStringList lines = ok.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), sample.size());
        for (int i = 0; i < lines.size(); ++i)
            QCOMPARE(shape(lines[i]).replace(QStringLiteral("9.9.9.9"), QStringLiteral("IP")),
                     shape(sample[i]).replace(QStringLiteral("9.9.9.9"), QStringLiteral("IP")));
        const Run loss = m_h->sh(n1, QStringLiteral("ping -M do -s 1300 -c 2 -W 1 10.0.0.77"));
        QCOMPARE(loss.rc, 1);
        const QStringList lossSample =
            fixture(QStringLiteral("ping-M-do-silent-loss-iputils20221126-LOCAL-CAPTURE.txt"))
                .split(QLatin1Char('\n'))
                .mid(0, 4);
        const QStringList lossLines = loss.out.split(QLatin1Char('\n')).mid(0, 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(shape(lossLines[i]), shape(lossSample[i]));
        // Local error: covered with the MTU scenario (ScenariosTest); here the format of the line.
        const Run big = m_h->sh(n1, QStringLiteral("ping -M do -s 9000 -c 4 10.0.0.2"));
        QCOMPARE(big.rc, 1);
        QVERIFY(
            big.err.startsWith(QStringLiteral("ping: local error: message too long, mtu=9000\n")));
        QVERIFY(big.out.contains(QStringLiteral(
            "4 packets transmitted, 0 received, +4 errors, 100% packet loss, time ")));
        QCOMPARE(m_h->sh(n1, QStringLiteral("ping -Z 10.0.0.2")).rc, 2);
    }
    void pveversion()
    {
        QCOMPARE(
            m_h->must(n1, QStringLiteral("pveversion")),
            QStringLiteral("pve-manager/8.2.4/faa83925c9641325 (running kernel: 6.8.8-2-pve)\n"));
        QList<SimNodeConfig> nodes{SimNodeConfig::standard(1)};
        nodes[0].pveMajor = 9;
        Harness h9(nodes);
        QCOMPARE(h9.must(n1, QStringLiteral("pveversion -v")),
                 fixture(QStringLiteral("pveversion-v-pve9.1.txt")));
        QVERIFY(h9.must(n1, QStringLiteral("pveversion"))
                    .startsWith(QStringLiteral("pve-manager/9.1.1/")));
    }
    void cephFormats()
    {
        Harness h;
        QVERIFY(h.deployAll(8));
        const QJsonObject sim = json(h.must(n1, QStringLiteral("ceph -s --format json"))).object();
        const QJsonObject reef =
            json(fixture(QStringLiteral("ceph-s-reef18-pve-healthok.json"))).object();
        sameKeys(sim, reef, QStringLiteral("ceph -s"));
        for (const QString &k :
             {QStringLiteral("health"), QStringLiteral("monmap"), QStringLiteral("osdmap"),
              QStringLiteral("pgmap"), QStringLiteral("fsmap"), QStringLiteral("mgrmap")})
            sameKeys(sim[k].toObject(), reef[k].toObject(), k,
                     {QStringLiteral("read_bytes_sec"), QStringLiteral("write_bytes_sec"),
                      QStringLiteral("read_op_per_sec"), QStringLiteral("write_op_per_sec")});
        const QJsonObject state = sim[QStringLiteral("pgmap")]
                                      .toObject()[QStringLiteral("pgs_by_state")]
                                      .toArray()
                                      .first()
                                      .toObject();
        sameKeys(state,
                 reef[QStringLiteral("pgmap")]
                     .toObject()[QStringLiteral("pgs_by_state")]
                     .toArray()
                     .first()
                     .toObject(),
                 QStringLiteral("pgs_by_state"));
        // ceph osd tree: the sample's header and row shapes.
        const QStringList tree =
            h.must(n1, QStringLiteral("ceph osd tree")).split(QLatin1Char('\n'));
        const QStringList sampleTree =
            fixture(QStringLiteral("ceph-osd-tree-pve-3nodes-9osds.txt")).split(QLatin1Char('\n'));
        QVERIFY(tree[0].split(QLatin1Char(' '), Qt::SkipEmptyParts) ==
                sampleTree[0].split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QVERIFY(tree[3].contains(QRegularExpression(QStringLiteral(
            "^ 0    hdd  \\d+\\.\\d{5}          osd\\.0 +up   1\\.00000  1\\.00000$"))));
        QCOMPARE(tree[1].size(), tree[0].size()); // padded like ceph's TextTable
    }
    void cephPlainAfterFirstMonitor()
    {
        Harness h;
        h.must(n1, QStringLiteral("pveceph install --repository no-subscription --version reef"),
               "y\n");
        h.must(n1, QStringLiteral("pveceph init --network 192.168.171.0/24"));
        QVERIFY(h.sh(n1, QStringLiteral("pveceph mon create"))
                    .err.contains(QStringLiteral("unable to find local address within network")));
        h.must(n1, QStringLiteral("pveceph init --network 10.0.0.0/24"));
        // init kept the first configuration; start over in a fresh cluster for the sample layout.
        Harness h2;
        h2.must(n1, QStringLiteral("pveceph install --repository no-subscription --version reef"),
                "y\n");
        h2.must(n1,
                QStringLiteral("pveceph init --network 10.0.0.0/24 --cluster-network 10.0.0.0/24"));
        const QString conf = h2.must(n1, QStringLiteral("cat /etc/pve/ceph.conf"));
        QString sample = fixture(QStringLiteral("etc-pve-ceph.conf-after-pveceph-init.txt"));
        sample.replace(QStringLiteral("192.168.171.0/24"), QStringLiteral("10.0.0.0/24"));
        sample.replace(
            QRegularExpression(QStringLiteral("fsid = \\S+")),
            QStringLiteral("fsid = ") +
                conf.section(QStringLiteral("fsid = "), 1).section(QLatin1Char('\n'), 0, 0));
        QCOMPARE(conf, sample);
        const QString first = h2.must(n1, QStringLiteral("pveceph mon create"));
        const QStringList monSample =
            fixture(QStringLiteral("pveceph-mon-create-first-output-pve8.txt"))
                .split(QLatin1Char('\n'));
        QCOMPARE(first.split(QLatin1Char('\n')).size(), monSample.size());
        const QStringList plain = h2.must(n1, QStringLiteral("ceph -s")).split(QLatin1Char('\n'));
        const QStringList plainSample =
            fixture(QStringLiteral("ceph-s-plain-healthwarn-osdcount0-after-first-mon.txt"))
                .split(QLatin1Char('\n'));
        QCOMPARE(plain.size(), plainSample.size());
        for (int i = 0; i < plain.size(); ++i) {
            if (i == 1)
                continue; // the fsid
            QString a = shape(plain[i]), b = shape(plainSample[i]);
            a.replace(QStringLiteral("node-9"), QStringLiteral("N"));
            b.replace(QStringLiteral("pve9"), QStringLiteral("N"));
            a.replace(QStringLiteral("age 9s"), QStringLiteral("age 9m"))
                .replace(QStringLiteral("since 9s"), QStringLiteral("since 9m"));
            QCOMPARE(a, b);
        }
    }
    void mdstatShapes()
    {
        Harness h;
        h.must(n1, QStringLiteral("apt-get install -y mdadm && mdadm --create /dev/md0 --level=5 "
                                  "--raid-devices=4 /dev/sda /dev/sdb /dev/sdc /dev/sdd --run"));
        const QStringList rec =
            h.must(n1, QStringLiteral("cat /proc/mdstat")).split(QLatin1Char('\n'));
        const QStringList degraded =
            fixture(QStringLiteral("mdstat-raid5-4disk-degraded.txt")).split(QLatin1Char('\n'));
        QCOMPARE(rec[0], degraded[0]);
        QVERIFY(rec[2].contains(
            QRegularExpression(QStringLiteral("^      \\d+ blocks super 1\\.2 level 5, 512k chunk, "
                                              "algorithm 2 \\[4/3\\] \\[UUU_\\]$"))));
        QVERIFY(rec[3].contains(QRegularExpression(
            QStringLiteral("^      \\[[=]*>[.]*\\]  recovery = [ \\d]\\d\\.\\d% \\(\\d+/\\d+\\) "
                           "finish=\\d+\\.\\dmin speed=\\d+K/sec$"))));
        QCOMPARE(rec[3].indexOf(QLatin1Char(']')) - rec[3].indexOf(QLatin1Char('[')),
                 22); // 21 characters, as in the samples
        QVERIFY(SimCluster::advanceClock(h.dir(), 15));
        QVERIFY(
            h.must(n1, QStringLiteral("cat /proc/mdstat"))
                .contains(QRegularExpression(QStringLiteral("recovery = (4[5-9]|5\\d)\\.\\d%"))));
        QVERIFY(SimCluster::advanceClock(h.dir(), 20));
        const QStringList clean =
            h.must(n1, QStringLiteral("cat /proc/mdstat")).split(QLatin1Char('\n'));
        const QStringList sample =
            fixture(QStringLiteral("mdstat-raid5-4disk-clean.txt")).split(QLatin1Char('\n'));
        QCOMPARE(clean.size(), sample.size());
        for (int i = 0; i < clean.size(); ++i)
            if (i != 1)
                QCOMPARE(shape(clean[i]), shape(sample[i]));
        QVERIFY(
            clean[1].startsWith(QStringLiteral("md0 : active raid5 sdd[4] sdc[2] sdb[1] sda[0]")));
    }
    void clusterFormats()
    {
        Harness h;
        QVERIFY(h.deployAll(8));
        const QStringList st = h.must(QStringLiteral("node-02"), QStringLiteral("pvecm status"))
                                   .split(QLatin1Char('\n'));
        QStringList sample =
            fixture(QStringLiteral("pvecm-status-4nodes-quorate.txt")).split(QLatin1Char('\n'));
        sample.removeAll(
            QStringLiteral("----")); // a separator of the page the sample was taken from
        const auto keys = [](const QStringList &l) {
            QStringList k;
            for (const QString &s : l)
                k << (s.contains(QLatin1Char(':')) && !s.startsWith(QLatin1String("0x"))
                          ? s.section(QLatin1Char(':'), 0, 0)
                          : shape(s).section(QLatin1Char(' '), 0, 0));
            return k;
        };
        QCOMPARE(keys(st.mid(0, 24)), keys(sample.mid(0, 24)));
        QVERIFY(st.contains(QStringLiteral("0x00000002          1 10.0.0.2 (local)")));
        const QString nodes = h.must(QStringLiteral("node-02"), QStringLiteral("pvecm nodes"));
        QVERIFY(nodes.startsWith(fixture(QStringLiteral("pvecm-nodes.txt"))
                                     .section(QStringLiteral("         1"), 0, 0)));
        QVERIFY(nodes.contains(QStringLiteral("         2          1 node-02 (local)\n")));
        const QString pvesm = h.must(n1, QStringLiteral("pvesm status"));
        const QString header =
            fixture(QStringLiteral("pvesm-status-lvm-nfs.txt")).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(pvesm.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                 header.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QVERIFY(pvesm.contains(QRegularExpression(
            QStringLiteral("\\nlocal +dir +active +\\d+ +\\d+ +\\d+ +\\d+\\.\\d\\d%\\n"))));
        // ha-manager status: every line has the shape of the samples.
        const QRegularExpression line(QStringLiteral(
            "^(quorum OK|master \\S+ \\(active, .+\\)|lrm \\S+ \\((active|idle), \\w{3} \\w{3} [ "
            "\\d]\\d \\d\\d:\\d\\d:\\d\\d \\d{4}\\)|service \\S+ \\(\\S+, \\w+\\))$"));
        for (const QString &s : h.must(n1, QStringLiteral("ha-manager status"))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.match(s).hasMatch(), qPrintable(s));
        for (const QString &s : fixture(QStringLiteral("DERIVED-ha-manager-status-pve8-3nodes.txt"))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.match(s).hasMatch(), qPrintable(s));
        const QJsonObject join =
            json(h.must(n1, QStringLiteral("pvesh get /cluster/config/join --output-format json")))
                .object();
        QCOMPARE(join[QStringLiteral("nodelist")].toArray().size(), 3);
        QCOMPARE(join[QStringLiteral("nodelist")]
                     .toArray()
                     .first()
                     .toObject()[QStringLiteral("pve_fp")]
                     .toString(),
                 h.fingerprint(n1));
    }
    void diskToolFormats()
    {
        QList<SimNodeConfig> nodes{SimNodeConfig::standard(1)};
        nodes[0].disk(QStringLiteral("sdb"))->content = DiskContent::Ext4;
        Harness h(nodes);
        QCOMPARE(h.must(n1, QStringLiteral("wipefs -n /dev/sda")), QString());
        const QString ext4 = h.must(n1, QStringLiteral("wipefs -n /dev/sdb"));
        QVERIFY(ext4.contains(QRegularExpression(QStringLiteral(
            "^DEVICE OFFSET TYPE UUID +LABEL\\nsdb    0x438  ext4 [0-9a-f-]{36} *\\n$"))));
        QVERIFY(
            h.must(n1, QStringLiteral("blkid /dev/sdb")).contains(QStringLiteral("TYPE=\"ext4\"")));
        QCOMPARE(h.sh(n1, QStringLiteral("blkid /dev/sda")).rc, 2);
        QVERIFY(h.must(n1, QStringLiteral("wipefs -a /dev/sdb"))
                    .contains(QStringLiteral(
                        "/dev/sdb: 2 bytes were erased at offset 0x00000438 (ext4): 53 ef")));
        QCOMPARE(h.must(n1, QStringLiteral("wipefs -n /dev/sdb")), QString());
        QVERIFY(h.must(n1, QStringLiteral("wipefs /dev/nvme0n1"))
                    .contains(QStringLiteral("nvme0n1 0x200")));
        QCOMPARE(h.sh(n1, QStringLiteral("wipefs -a /dev/nvme0n1")).rc, 1);
        QCOMPARE(h.sh(n1, QStringLiteral("wipefs -x /dev/sda")).rc, 1);
    }
};

QTEST_GUILESS_MAIN(FormatsTest)
#include "FormatsTest.moc"
