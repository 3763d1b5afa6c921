// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox: the simulated node never reads or writes the real machine's files.
#include "SimHarness.h"

#include <QFileInfo>

using namespace simtest;

class SandboxTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catReadsTheSimulatedFileSystem()
    {
        Harness h;
        QVERIFY2(h.ok(), qPrintable(h.error()));
        const Run r = h.sh(QStringLiteral("node-01"), QStringLiteral("cat /etc/passwd"));
        QCOMPARE(r.rc, 0);
        QVERIFY(r.out.contains(QStringLiteral("simulated:x:1000")));
        QVERIFY(!r.out.contains(QStringLiteral("daemon:x:")));
        QCOMPARE(h.must(QStringLiteral("node-02"), QStringLiteral("cat /etc/hostname")),
                 QStringLiteral("node-02\n"));
        // Path tricks stay inside too.
        QVERIFY(h.must(QStringLiteral("node-01"), QStringLiteral("cat /tmp/../etc/../etc/passwd"))
                    .contains(QStringLiteral("simulated")));
    }
    void writesStayInsideTheNodeRoot()
    {
        Harness h;
        const QString marker =
            QStringLiteral("/etc/nodesim-sandbox-test-%1").arg(QCoreApplication::applicationPid());
        QCOMPARE(
            h.sh(QStringLiteral("node-01"), QStringLiteral("echo hello | tee %1").arg(marker)).out,
            QStringLiteral("hello\n"));
        QVERIFY(!QFileInfo::exists(marker));
        QVERIFY(QFileInfo::exists(h.node(QStringLiteral("node-01")).root + QStringLiteral("/fs") +
                                  marker));
        QCOMPARE(h.must(QStringLiteral("node-01"), QStringLiteral("cat %1").arg(marker)),
                 QStringLiteral("hello\n"));
        QCOMPARE(h.sh(QStringLiteral("node-02"), QStringLiteral("cat %1").arg(marker)).rc,
                 1); // another node
        // append, sed -i, cp, mv, rm, mkdir -p, touch, ls
        QCOMPARE(h.sh(QStringLiteral("node-01"),
                      QStringLiteral("echo world | tee -a %1 >/dev/null && sed -i 's/hello/bye/' "
                                     "%1 && mkdir -p /srv/a/b && cp %1 /srv/a/b/ "
                                     "&& mv /srv/a/b/%2 /srv/a/b/moved && touch /srv/t && ls "
                                     "/srv/a/b && rm -rf /srv/a && ls /srv")
                          .arg(marker, QFileInfo(marker).fileName()))
                     .out,
                 QStringLiteral("moved\nt\n"));
        QCOMPARE(h.must(QStringLiteral("node-01"), QStringLiteral("cat %1").arg(marker)),
                 QStringLiteral("bye\nworld\n"));
        QVERIFY(QFileInfo::exists(h.node(QStringLiteral("node-01")).root +
                                  QStringLiteral("/fs/srv/t")));
    }
    void relativePathsAreUnderTheSimulatedHome()
    {
        Harness h;
        h.must(QStringLiteral("node-01"), QStringLiteral("echo x | tee relative.txt >/dev/null"));
        QVERIFY(QFileInfo::exists(h.node(QStringLiteral("node-01")).root +
                                  QStringLiteral("/fs/root/relative.txt")));
    }
    void dangerousToolsAreRefused()
    {
        Harness h;
        for (const QString &cmd :
             {QStringLiteral("dd if=/dev/zero of=/dev/sda count=1"),
              QStringLiteral("sgdisk --zap-all /dev/sda"), QStringLiteral("mkfs.ext4 /dev/sdb"),
              QStringLiteral("reboot"), QStringLiteral("find / -delete")}) {
            const Run r = h.sh(QStringLiteral("node-01"), cmd);
            QCOMPARE(r.rc, 126);
            QVERIFY(r.err.contains(QStringLiteral("not simulated")));
        }
        QCOMPARE(h.sh(QStringLiteral("node-01"), QStringLiteral("rm -rf /")).rc, 1);
        QVERIFY(QFileInfo::exists(h.node(QStringLiteral("node-01")).root +
                                  QStringLiteral("/fs/etc/hostname")));
    }
    void textToolsWork()
    {
        Harness h;
        const QString n = QStringLiteral("node-01");
        QCOMPARE(h.sh(n, QStringLiteral("grep -q 'iface vmbr1' /etc/network/interfaces")).rc, 0);
        QCOMPARE(h.sh(n, QStringLiteral("grep -qx 'nope' /etc/network/interfaces")).rc, 1);
        QCOMPARE(
            h.sh(n, QStringLiteral("grep -c -E '^auto (vmbr|enp)' /etc/network/interfaces")).out,
            QStringLiteral("3\n"));
        QCOMPARE(h.sh(n, QStringLiteral("grep -F -v auto /etc/hostname")).out,
                 QStringLiteral("node-01\n"));
        QCOMPARE(h.sh(n, QStringLiteral("grep -q x /nonexistent")).rc, 2);
        QCOMPARE(h.sh(n, QStringLiteral("sed -n '/^iface vmbr1/p' /etc/network/interfaces")).out,
                 QStringLiteral("iface vmbr1 inet static\n"));
        QCOMPARE(h.sh(n, QStringLiteral("echo abc | sed 's/\\(b\\)/[\\1]/g'")).out,
                 QStringLiteral("a[b]c\n"));
        QCOMPARE(h.sh(n, QStringLiteral("printf 'a\\nb\\nc\\n' | head -n 2 | tail -1")).out,
                 QStringLiteral("b\n"));
        QCOMPARE(h.sh(n, QStringLiteral("cat /etc/hostname | wc -l")).out, QStringLiteral("1\n"));
        QCOMPARE(h.sh(n, QStringLiteral("grep --bogus x /etc/hosts")).rc, 2);
    }
    void environmentIsRequired()
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(NODESIM_PROGRAM), {QStringLiteral("lsblk")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 127);
        QVERIFY(p.readAllStandardError().contains("NODESIM_ROOT"));
    }
    void installShimsCreatesEveryTool()
    {
        QTemporaryDir tmp;
        QProcess p;
        p.start(QStringLiteral(NODESIM_PROGRAM),
                {QStringLiteral("--install-shims"), tmp.path() + QStringLiteral("/s")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput(), QByteArray());
        for (const QString &t : SimCluster::toolNames())
            QVERIFY2(QFileInfo(tmp.path() + QStringLiteral("/s/") + t).isSymLink(), qPrintable(t));
        QVERIFY(SimCluster::toolNames().contains(QStringLiteral("lsblk")));
        QVERIFY(SimCluster::toolNames().contains(QStringLiteral("ha-manager")));
    }
    void inProcessRunMatchesTheShim()
    {
        Harness h;
        const SimResult r =
            SimCluster::run(h.node(QStringLiteral("node-01")), QStringLiteral("hostname"), {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("node-01\n"));
        const SimResult t =
            SimCluster::run(h.node(QStringLiteral("node-01")), QStringLiteral("tee"),
                            {QStringLiteral("/etc/in-process")}, QByteArray("data\n"));
        QCOMPARE(t.out, QByteArray("data\n"));
        QCOMPARE(h.must(QStringLiteral("node-01"), QStringLiteral("cat /etc/in-process")),
                 QStringLiteral("data\n"));
    }
};

QTEST_GUILESS_MAIN(SandboxTest)
#include "SandboxTest.moc"
