// SPDX-License-Identifier: GPL-3.0-or-later
// `pve-ha-installer plan` and `deploy` end to end (issue 6's proof): the real binary against three
// simulated Proxmox nodes behind three real sshd daemons, the cluster's state asserted afterwards
// through the nodes themselves and core/health's parsers.

#include "DeployHarness.h"
#include "plan/PlanBuilder.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace pveha;
using namespace pveha::test;

namespace {

QStringList deployArgs(const QString &spec, const QString &events, bool yes = true)
{
    QStringList args{QStringLiteral("deploy"), QStringLiteral("--spec"), spec};
    if (yes)
        args << QStringLiteral("--yes");
    if (!events.isEmpty())
        args << QStringLiteral("--events") << events;
    return args;
}

/// The example's three nodes as OVHcloud delivers them: Proxmox installed, the vRack NIC
/// present but no bridge and no private address yet, so the whole network phase runs.
QList<sim::SimNodeConfig>
freshNodes(const std::function<void(sim::SimNodeConfig &, int)> &change = {})
{
    QList<sim::SimNodeConfig> nodes = sim::SimCluster::defaultNodes();
    for (int i = 0; i < nodes.size(); ++i) {
        nodes[i].privateNetworkConfigured = false;
        if (change)
            change(nodes[i], i);
    }
    return nodes;
}

/// The plan of `plan --json`, as "NODE STEP\nRUN" blocks in order, quotes removed.
QString runsText(const QJsonObject &plan)
{
    QString text;
    for (const QJsonValue &phase : plan.value(QLatin1String("phases")).toArray())
        for (const QJsonValue &v : phase.toObject().value(QLatin1String("steps")).toArray()) {
            const QJsonObject s = v.toObject();
            text += s.value(QLatin1String("node")).toString() + QLatin1Char(' ') +
                    s.value(QLatin1String("id")).toString() + QLatin1Char('\n') +
                    s.value(QLatin1String("run")).toString() + QLatin1Char('\n');
        }
    return text.remove(QLatin1Char('\'')).remove(QLatin1Char('"'));
}

} // namespace

class DeploySshTest : public QObject
{
    Q_OBJECT

private:
    DeployHarness m_h;
    QString m_specFile;
    ClusterSpec m_spec;

    bool reset(const QList<sim::SimNodeConfig> &nodes = freshNodes(),
               const sim::SimScenario &scenario = {})
    {
        return m_h.reseed(nodes, scenario);
    }
    QString eventsPath(const QString &name) const
    {
        return m_h.workPath(name + QStringLiteral(".jsonl"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_h.start(freshNodes()), qPrintable(m_h.errorString()));
        m_spec = m_h.spec();
        m_specFile = m_h.writeSpec(m_spec);
        QVERIFY2(!m_specFile.isEmpty(), qPrintable(m_h.errorString()));
    }

    // 8. The plan of the contract's example spec (pointed at the daemons) holds the procedure's
    //    commands, in order, with the spec's values; every step has a check; no script writes
    //    a file through a shell redirection; every tool it calls is simulated on these nodes.
    void planOfTheExampleSpecIsTheProcedure()
    {
        const SpecLoadResult loaded =
            ClusterSpec::loadFile(QStringLiteral(PVEHA_FIXTURES_DIR "/cluster.example.json"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.describe()));
        const QString file =
            m_h.writeSpec(m_h.pointAtDaemons(loaded.spec), QStringLiteral("example-spec.json"));
        QVERIFY(!file.isEmpty());
        const CliRun run = m_h.runCli(
            {QStringLiteral("plan"), QStringLiteral("--spec"), file, QStringLiteral("--json")});
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QJsonObject plan = QJsonDocument::fromJson(run.out).object();
        QVERIFY2(!plan.isEmpty(), qPrintable(run.describe()));

        QStringList phaseIds;
        for (const QJsonValue &p : plan.value(QLatin1String("phases")).toArray())
            phaseIds << p.toObject().value(QLatin1String("id")).toString();
        QCOMPARE(phaseIds, Plan::phaseIds());

        const QString text = runsText(plan);
        const QStringList expected = {
            QStringLiteral("pvecm create cluster-pve-ha --link0 10.0.0.1"),
            QStringLiteral("pvecm add 10.0.0.1 --link0 10.0.0.2 --fingerprint"),
            QStringLiteral("pvecm add 10.0.0.1 --link0 10.0.0.3 --fingerprint"),
            QStringLiteral("pveceph install --repository no-subscription"),
            QStringLiteral("pveceph init --network 10.0.0.0/24 --cluster-network 10.0.0.0/24"),
            QStringLiteral("pveceph mon create"),
            QStringLiteral("mdadm --create /dev/md0 --level=5 --raid-devices=4 /dev/sda /dev/sdb "
                           "/dev/sdc /dev/sdd --run"),
            QStringLiteral("update-initramfs -u"),
            QStringLiteral("ceph auth get client.bootstrap-osd"),
            QStringLiteral("pvcreate /dev/md0"),
            QStringLiteral("vgcreate ceph-raid /dev/md0"),
            QStringLiteral("lvcreate -l 100%FREE -n osd ceph-raid"),
            QStringLiteral("ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1"),
            QStringLiteral("pveceph pool create Stockage-HA --size 3 --min_size 2 "
                           "--pg_autoscale_mode on --add_storages 1"),
            QStringLiteral("ha-manager groupadd Cluster-Prod --nodes node-01,node-02,node-03"),
            QStringLiteral("ha-manager add vm:100 --group Cluster-Prod --state started"),
        };
        qsizetype at = 0;
        for (const QString &command : expected) {
            const qsizetype found = text.indexOf(command, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("\"%1\" is not in the plan after offset "
                                                           "%2:\n%3")
                                                .arg(command)
                                                .arg(at)
                                                .arg(text)));
            at = found + command.size();
        }
        // The same commands run on each node: the RAID and OSD on all three.
        QCOMPARE(text.count(QStringLiteral("mdadm --create /dev/md0")), 3);
        QCOMPARE(text.count(QStringLiteral("ceph-volume lvm create")), 3);
        QCOMPARE(text.count(QStringLiteral("pveceph install --repository no-subscription")), 3);
        QVERIFY(!text.contains(QStringLiteral("ha-manager rules")));

        // Every step of every phase has a check; no redirection to a file.
        static const QRegularExpression toFile(QStringLiteral(">\\s*/(?!dev/null)|>>"));
        QStringList problems;
        for (const QJsonValue &p : plan.value(QLatin1String("phases")).toArray())
            for (const QJsonValue &v : p.toObject().value(QLatin1String("steps")).toArray()) {
                const QJsonObject s = v.toObject();
                const QString label = s.value(QLatin1String("node")).toString() + QLatin1Char(' ') +
                                      s.value(QLatin1String("id")).toString();
                if (s.value(QLatin1String("check")).toString().trimmed().isEmpty())
                    problems << label + QStringLiteral(": empty check");
                if (s.value(QLatin1String("run")).toString().trimmed().isEmpty())
                    problems << label + QStringLiteral(": empty run");
                for (const char *key : {"check", "run"})
                    if (toFile.match(s.value(QLatin1String(key)).toString()).hasMatch())
                        problems << label + QStringLiteral(": redirection to a file in %1: %2")
                                                .arg(QLatin1String(key),
                                                     s.value(QLatin1String(key)).toString());
            }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        // Every tool the plan calls (PVE 8 and 9 plans, with the inputs' commands) resolves to a
        // simulator shim in the nodes' sshd sessions: nothing reaches this machine's real tools.
        QStringList tools = planlint::toolsCalled(PlanBuilder::build(m_spec, PlanFacts{8}));
        for (const QString &t : planlint::toolsCalled(PlanBuilder::build(m_spec, PlanFacts{9})))
            if (!tools.contains(t))
                tools << t;
        for (const char *must : {"pvecm", "pveceph", "ceph", "ceph-volume", "mdadm", "ifreload",
                                 "ha-manager", "openssl", "systemd-run", "tee", "sed"})
            QVERIFY2(tools.contains(QLatin1String(must)),
                     qPrintable(QStringLiteral("the tool scan missed %1: %2")
                                    .arg(QLatin1String(must), tools.join(QLatin1Char(' ')))));
        for (int i = 0; i < m_h.size(); ++i) {
            const QString wrong = m_h.checkToolResolution(i, tools, planlint::harmlessRealTools());
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
    }

    // 3. Without --yes on a fresh cluster: exit 4, every disk to be erased named with its model,
    //    serial and size, and nothing changed on any node.
    void withoutYesNothingChanges()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        const QMap<QString, QByteArray> before = m_h.fsSnapshot();
        QVERIFY(before.size() > 10);
        QList<QString> interfaces, hosts;
        for (int i = 0; i < m_h.size(); ++i) {
            interfaces << m_h.sh(i, QStringLiteral("cat /etc/network/interfaces")).out;
            hosts << m_h.sh(i, QStringLiteral("cat /etc/hosts")).out;
        }

        const CliRun run =
            m_h.runCli(deployArgs(m_specFile, eventsPath(QStringLiteral("noyes")), false));
        QVERIFY2(run.finished && run.exitCode == 4, qPrintable(run.describe()));
        const QString err = run.stderrText();
        for (const sim::SimNodeConfig &node : m_h.configs()) {
            QStringList disks = m_spec.storage.raidDevices;
            disks << m_spec.storage.dbDevice;
            for (const QString &disk : disks) {
                const sim::SimDiskConfig *d = nullptr;
                for (const sim::SimDiskConfig &c : node.disks)
                    if (QStringLiteral("/dev/") + c.name == disk)
                        d = &c;
                QVERIFY(d);
                const QString size =
                    QString::number(double(d->sizeBytes) / 1e12, 'f', 1) + QStringLiteral(" TB");
                const QRegularExpression line(QStringLiteral("(?m)^.*\\[%1\\].*%2.*$")
                                                  .arg(QRegularExpression::escape(node.name),
                                                       QRegularExpression::escape(disk)));
                const QString found = line.match(err).captured(0);
                QVERIFY2(!found.isEmpty() && found.contains(d->model) &&
                             found.contains(d->serial) && found.contains(size),
                         qPrintable(QStringLiteral("no line for %1 %2 (%3, %4, %5) in:\n%6")
                                        .arg(node.name, disk, d->model, d->serial, size, err)));
            }
        }
        QVERIFY2(!run.stdoutText().contains(QStringLiteral(": started")),
                 qPrintable(run.describe()));

        const QMap<QString, QByteArray> after = m_h.fsSnapshot();
        QStringList changed;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (before.value(it.key()) != it.value())
                changed << it.key();
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            if (!after.contains(it.key()))
                changed << it.key() + QStringLiteral(" (removed)");
        QVERIFY2(changed.isEmpty(), qPrintable(changed.join(QLatin1Char('\n'))));
        for (int i = 0; i < m_h.size(); ++i) {
            QCOMPARE(m_h.sh(i, QStringLiteral("cat /etc/network/interfaces")).out,
                     interfaces.at(i));
            QCOMPARE(m_h.sh(i, QStringLiteral("cat /etc/hosts")).out, hosts.at(i));
        }
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({0, 0, 0}));
    }

    // 1. From scratch, then 2. a second run that finds everything done.
    void fromScratchThenAgain()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        const QString events = eventsPath(QStringLiteral("first"));
        const CliRun first = m_h.runCli(deployArgs(m_specFile, events));
        QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.describe()));
        qInfo("first deployment over sshd: %lld ms", first.elapsedMs);

        const QStringList problems = m_h.clusterProblems(m_spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        const EventsFile ev = EventsFile::read(events);
        QVERIFY2(ev.problems.isEmpty(), qPrintable(ev.problems.join(QLatin1Char('\n'))));
        QVERIFY(ev.keys(QStringLiteral("failed")).isEmpty());
        const int steps = PlanBuilder::build(m_spec).stepCount();
        QCOMPARE(
            int(ev.keys(QStringLiteral("done")).size() + ev.keys(QStringLiteral("skipped")).size()),
            steps);
        for (const QString &node : m_spec.nodeNames())
            for (const char *step : {"raid.create", "osd.create", "network.apply", "ceph.mon"})
                QVERIFY2(ev.keys(QStringLiteral("done"))
                             .contains(node + QLatin1Char(' ') + QLatin1String(step)),
                         qPrintable(node + QLatin1Char(' ') + QLatin1String(step)));
        // Every started step ended, on stdout too.
        const QString out = first.stdoutText();
        QCOMPARE(out.count(QStringLiteral(": started\n")),
                 out.count(QRegularExpression(QStringLiteral(": done \\(\\d+\\.\\d s\\)\n"))));
        // The password given on stdin to `pvecm add` never appears.
        QVERIFY(!out.contains(QStringLiteral("sim-root-password")));
        QVERIFY(!first.stderrText().contains(QStringLiteral("sim-root-password")));

        // 2. Again: every step skipped but the MTU gate, which re-runs by design.
        const QString again = eventsPath(QStringLiteral("again"));
        const CliRun second = m_h.runCli(deployArgs(m_specFile, again));
        QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.describe()));
        qInfo("second deployment over sshd: %lld ms", second.elapsedMs);
        const EventsFile ev2 = EventsFile::read(again);
        QVERIFY2(ev2.problems.isEmpty(), qPrintable(ev2.problems.join(QLatin1Char('\n'))));
        QCOMPARE(ev2.keys(QStringLiteral("done")),
                 QStringList{QStringLiteral("node-01 network.mtu")});
        QCOMPARE(ev2.keys(QStringLiteral("started")),
                 QStringList{QStringLiteral("node-01 network.mtu")});
        QCOMPARE(int(ev2.keys(QStringLiteral("skipped")).size()), steps - 1);
        QVERIFY(ev2.keys(QStringLiteral("failed")).isEmpty());
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({1, 1, 1}));
        QCOMPARE(m_h.osdCounts(), QList<int>({1, 1, 1}));
        const QStringList stillFine = m_h.clusterProblems(m_spec);
        QVERIFY2(stillFine.isEmpty(), qPrintable(stillFine.join(QLatin1Char('\n'))));
    }

    // 4a. A failure injected in node-02's ceph-volume stops the run with the step, node, exit
    //     code and the tool's stderr; once cleared, a re-run completes without a second OSD.
    void osdFailureThenResume()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        const QString marker = QStringLiteral("INJECTED-ceph-volume-failure-on-node-02");
        QVERIFY(sim::SimCluster::addFailure(
            m_h.simDir(), {QStringLiteral("node-02"), QStringLiteral("ceph-volume"),
                           QStringLiteral("^lvm create"), 3, marker}));
        const QString events = eventsPath(QStringLiteral("osdfail"));
        const CliRun failed = m_h.runCli(deployArgs(m_specFile, events));
        QVERIFY2(failed.finished && failed.exitCode == 1, qPrintable(failed.describe()));
        const QString all = failed.stdoutText() + failed.stderrText();
        QVERIFY2(
            failed.stdoutText().contains(QStringLiteral("[node-02] osd.create: FAILED (exit 3)")),
            qPrintable(failed.describe()));
        QVERIFY2(failed.stderrText().contains(
                     QStringLiteral("Step osd.create failed on node-02 (exit 3)")),
                 qPrintable(failed.describe()));
        QVERIFY2(failed.stderrText().contains(marker), qPrintable(failed.describe()));
        QVERIFY2(!all.contains(QStringLiteral("pool.create")), qPrintable(failed.describe()));
        const EventsFile ev = EventsFile::read(events);
        QVERIFY2(ev.problems.isEmpty(), qPrintable(ev.problems.join(QLatin1Char('\n'))));
        QCOMPARE(ev.keys(QStringLiteral("failed")),
                 QStringList{QStringLiteral("node-02 osd.create")});
        QCOMPARE(m_h.osdCounts(), QList<int>({1, 0, 1}));

        QVERIFY(sim::SimCluster::clearFailures(m_h.simDir()));
        const CliRun resumed =
            m_h.runCli(deployArgs(m_specFile, eventsPath(QStringLiteral("osdok"))));
        QVERIFY2(resumed.finished && resumed.exitCode == 0, qPrintable(resumed.describe()));
        const EventsFile ev2 = EventsFile::read(eventsPath(QStringLiteral("osdok")));
        QCOMPARE(ev2.keys(QStringLiteral("started")).filter(QStringLiteral("osd.create")),
                 QStringList{QStringLiteral("node-02 osd.create")});
        QCOMPARE(m_h.osdCounts(), QList<int>({1, 1, 1}));
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({1, 1, 1}));
        const QStringList problems = m_h.clusterProblems(m_spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // 4b. The installer killed right after the first OSD is done: a re-run completes with no
    //     second OSD or array anywhere.
    void killedInOsdThenResume()
    {
        sim::SimScenario scenario;
        scenario.delaysMs.insert(QStringLiteral("ceph-volume"), 300); // OSDs a little apart
        QVERIFY2(reset(freshNodes(), scenario), qPrintable(m_h.errorString()));
        const std::unique_ptr<QProcess> p = m_h.startCli(deployArgs(m_specFile, {}));
        QVERIFY(p->waitForStarted(10000));
        QByteArray seen;
        QString killedAfter;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 240000 && p->state() == QProcess::Running &&
               killedAfter.isEmpty()) {
            p->waitForReadyRead(200);
            while (p->canReadLine()) {
                const QByteArray line = p->readLine();
                seen += line;
                if (line.contains("] osd.create: done")) {
                    p->kill();
                    killedAfter = QString::fromUtf8(line).trimmed();
                    break;
                }
            }
        }
        p->waitForFinished(10000);
        QVERIFY2(!killedAfter.isEmpty(),
                 qPrintable(QStringLiteral("no osd.create done line:\n") + QString::fromUtf8(seen) +
                            QString::fromUtf8(p->readAllStandardError())));
        QCOMPARE(p->exitStatus(), QProcess::CrashExit);
        // Commands the dead installer had started may still be finishing on the nodes.
        QTest::qWait(1500);
        const QList<int> osdsAtKill = m_h.osdCounts();
        qInfo("killed after \"%s\"; OSDs per node then: %d %d %d", qPrintable(killedAfter),
              osdsAtKill.value(0), osdsAtKill.value(1), osdsAtKill.value(2));
        for (int n : osdsAtKill)
            QVERIFY(n == 0 || n == 1);

        const QString events = eventsPath(QStringLiteral("afterkill"));
        const CliRun resumed = m_h.runCli(deployArgs(m_specFile, events));
        QVERIFY2(resumed.finished && resumed.exitCode == 0, qPrintable(resumed.describe()));
        // What the killed run had made is found again; only what was missing is made now.
        const EventsFile ev = EventsFile::read(events);
        QVERIFY2(ev.problems.isEmpty(), qPrintable(ev.problems.join(QLatin1Char('\n'))));
        for (int i = 0; i < m_h.size(); ++i) {
            const QString key = m_h.configs().at(i).name + QStringLiteral(" osd.create");
            const QString expected =
                osdsAtKill.at(i) == 1 ? QStringLiteral("skipped") : QStringLiteral("done");
            QVERIFY2(ev.keys(expected).contains(key),
                     qPrintable(key + QLatin1Char(' ') + expected));
        }
        QCOMPARE(m_h.osdCounts(), QList<int>({1, 1, 1}));
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({1, 1, 1}));
        const QStringList problems = m_h.clusterProblems(m_spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // 5. A failing command in the ceph phase stops the run with its output: nothing of the
    //    later phases ran.
    void cephFailureStopsTheRun()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        const QString marker = QStringLiteral("INJECTED: monitor address 10.0.0.1 already in use");
        QVERIFY(sim::SimCluster::addFailure(m_h.simDir(),
                                            {QStringLiteral("node-01"), QStringLiteral("pveceph"),
                                             QStringLiteral("^mon create"), 2, marker}));
        const QString events = eventsPath(QStringLiteral("cephfail"));
        const CliRun run = m_h.runCli(deployArgs(m_specFile, events));
        QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
        QVERIFY2(run.stdoutText().contains(QStringLiteral("[node-01] ") + marker),
                 qPrintable(run.describe()));
        QVERIFY2(run.stdoutText().contains(QStringLiteral("[node-01] ceph.mon: FAILED (exit 2): ") +
                                           marker),
                 qPrintable(run.describe()));
        QVERIFY2(run.stderrText().contains(marker), qPrintable(run.describe()));
        const EventsFile ev = EventsFile::read(events);
        QVERIFY2(ev.problems.isEmpty(), qPrintable(ev.problems.join(QLatin1Char('\n'))));
        QCOMPARE(ev.keys(QStringLiteral("failed")),
                 QStringList{QStringLiteral("node-01 ceph.mon")});
        for (const QJsonObject &e : ev.events) {
            const QString step = e.value(QLatin1String("step")).toString();
            QVERIFY2(!step.startsWith(QLatin1String("raid.")) &&
                         !step.startsWith(QLatin1String("osd.")) &&
                         !step.startsWith(QLatin1String("pool.")) &&
                         !step.startsWith(QLatin1String("ha.")),
                     qPrintable(step));
        }
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({0, 0, 0}));
        QCOMPARE(m_h.osdCounts(), QList<int>({0, 0, 0}));
        for (int i = 0; i < m_h.size(); ++i)
            QVERIFY(!m_h.sh(i, QStringLiteral("mdadm --detail /dev/md0")).ok());
    }

    // 6. PVE 9: HA groups became node-affinity rules.
    void pve9UsesANodeAffinityRule()
    {
        QVERIFY2(reset(freshNodes([](sim::SimNodeConfig &n, int) { n.pveMajor = 9; })),
                 qPrintable(m_h.errorString()));
        const CliRun plan = m_h.runCli({QStringLiteral("plan"), QStringLiteral("--spec"),
                                        m_specFile, QStringLiteral("--json")});
        QVERIFY2(plan.finished && plan.exitCode == 0, qPrintable(plan.describe()));
        const QString text = runsText(QJsonDocument::fromJson(plan.out).object());
        QVERIFY2(text.contains(QStringLiteral(
                     "ha-manager rules add node-affinity Cluster-Prod --resources vm:100 --nodes "
                     "node-01,node-02,node-03")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("ha-manager add vm:100 --state started")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("groupadd")));
        QVERIFY(!text.contains(QStringLiteral("--group")));

        const CliRun run = m_h.runCli(deployArgs(m_specFile, eventsPath(QStringLiteral("pve9"))));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        const QStringList problems = m_h.clusterProblems(m_spec, 9);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(!m_h.sh(0, QStringLiteral("ha-manager groupconfig"))
                     .out.contains(QStringLiteral("group: ")));
    }

    // --only and --from: one phase alone on a fresh cluster, the phases from one on, and a
    // phase that does not exist.
    void onlyAndFrom()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        QStringList args = deployArgs(m_specFile, eventsPath(QStringLiteral("onlyraid")));
        args << QStringLiteral("--only") << QStringLiteral("raid");
        const CliRun raid = m_h.runCli(args);
        QVERIFY2(raid.finished && raid.exitCode == 0, qPrintable(raid.describe()));
        const EventsFile ev = EventsFile::read(eventsPath(QStringLiteral("onlyraid")));
        QVERIFY2(ev.problems.isEmpty(), qPrintable(ev.problems.join(QLatin1Char('\n'))));
        for (const QJsonObject &e : ev.events)
            QVERIFY2(e.value(QLatin1String("step")).toString().startsWith(QLatin1String("raid.")),
                     qPrintable(e.value(QLatin1String("step")).toString()));
        QCOMPARE(m_h.mdArrayCounts(), QList<int>({1, 1, 1}));
        QVERIFY(!m_h.sh(0, QStringLiteral("pvecm status")).ok()); // no cluster yet

        args = deployArgs(m_specFile, eventsPath(QStringLiteral("fromnetwork")));
        args << QStringLiteral("--from") << QStringLiteral("network");
        const CliRun rest = m_h.runCli(args);
        QVERIFY2(rest.finished && rest.exitCode == 0, qPrintable(rest.describe()));
        const EventsFile ev2 = EventsFile::read(eventsPath(QStringLiteral("fromnetwork")));
        QVERIFY(ev2.keys(QStringLiteral("started")).filter(QStringLiteral(" raid.")).isEmpty());
        const QStringList problems = m_h.clusterProblems(m_spec);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        args = deployArgs(m_specFile, {});
        args << QStringLiteral("--only") << QStringLiteral("storage");
        const CliRun bad = m_h.runCli(args);
        QVERIFY2(bad.finished && bad.exitCode == 2, qPrintable(bad.describe()));
        QVERIFY2(bad.stderrText().contains(QStringLiteral("storage")), qPrintable(bad.describe()));
    }

    // A node that cannot be reached: exit 3, nothing changed anywhere.
    void unreachableNodeExits3()
    {
        QVERIFY2(reset(), qPrintable(m_h.errorString()));
        const QMap<QString, QByteArray> before = m_h.fsSnapshot();
        QVERIFY(m_h.sshd().stopDaemon(2));
        const CliRun run = m_h.runCli(deployArgs(m_specFile, {}));
        QVERIFY(m_h.sshd().startDaemon(2));
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
        QVERIFY2(run.stderrText().contains(QStringLiteral("node-03")), qPrintable(run.describe()));
        QVERIFY(m_h.fsSnapshot() == before);
    }

    // 7. A network change that cuts node-02 off: the run stops in the network phase, and after
    //    the rollback delay the node answers again with its original configuration.
    void networkLossIsRolledBack()
    {
        sim::SimScenario scenario;
        scenario.networkRollbackSeconds = 60;
        QVERIFY2(reset(freshNodes(
                           [](sim::SimNodeConfig &n, int i) { n.ifreloadBreaksNetwork = i == 1; }),
                       scenario),
                 qPrintable(m_h.errorString()));
        const QString original = m_h.sh(1, QStringLiteral("cat /etc/network/interfaces")).out;
        QVERIFY(!original.isEmpty());
        const QString events = eventsPath(QStringLiteral("netloss"));
        const CliRun run = m_h.runCli(deployArgs(m_specFile, events), 240000);
        qInfo("deploy with node-02 cut off by ifreload, exit %d, %lld ms\n--- stdout (network) "
              "---\n%s\n--- stderr ---\n%s",
              run.exitCode, run.elapsedMs,
              qPrintable(run.stdoutText()
                             .split(QLatin1Char('\n'))
                             .filter(QRegularExpression(QStringLiteral("network|node-02")))
                             .join(QLatin1Char('\n'))),
              qPrintable(run.stderrText()));
        QVERIFY2(run.finished && (run.exitCode == 1 || run.exitCode == 3),
                 qPrintable(run.describe()));
        QVERIFY2(run.stderrText().contains(QStringLiteral("node-02")), qPrintable(run.describe()));
        const EventsFile ev = EventsFile::read(events);
        const QStringList failedSteps = ev.keys(QStringLiteral("failed"));
        QVERIFY2(failedSteps.size() == 1 &&
                     failedSteps.first().startsWith(QLatin1String("node-02 network.")),
                 qPrintable(failedSteps.join(QLatin1Char(','))));
        QVERIFY2(!run.stdoutText().contains(QStringLiteral("cluster.create")),
                 qPrintable(run.describe()));

        // Cut off until the rollback: the simulator answers as an unreachable host.
        const NodeRun during = m_h.sh(1, QStringLiteral("cat /etc/network/interfaces"));
        QCOMPARE(during.exitCode, 255);
        QVERIFY(
            sim::SimCluster::advanceClock(m_h.simDir(), PlanBuilder::kNetworkRollbackSeconds + 1));
        const NodeRun after = m_h.sh(1, QStringLiteral("cat /etc/network/interfaces"));
        QVERIFY2(after.ok(), qPrintable(after.err));
        const NodeRun viaSsh = m_h.overSsh(1, QStringLiteral("hostname"));
        QVERIFY2(viaSsh.ok() && viaSsh.out.trimmed() == QLatin1String("node-02"),
                 qPrintable(viaSsh.err));
        QCOMPARE(after.out, original);
        QVERIFY2(run.stderrText().contains(QStringLiteral("restores its previous configuration")),
                 qPrintable(run.describe()));
        // node-01's change was not confirmed either (the run stopped before the MTU gate): its
        // own timer restored its previous configuration too.
        QCOMPARE(m_h.sh(0, QStringLiteral("cat /etc/network/interfaces")).out,
                 m_h.sh(0, QStringLiteral("cat /etc/network/interfaces.pve-ha-installer.bak")).out);
        QCOMPARE(m_h.sh(1, QStringLiteral("cat /etc/network/interfaces.pve-ha-installer.bak")).out,
                 original);
    }
};

PVEHA_SSHD_TEST_MAIN(DeploySshTest)
#include "DeploySshTest.moc"
