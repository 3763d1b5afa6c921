// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test harness: a simulated cluster in a QTemporaryDir, the shims, and commands run by a real
// /bin/sh -c with PATH=<shims>:/usr/bin:/bin, the way SSH or --demo run them.
#include "NodeSim.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace simtest {

using namespace pveha::sim;

struct Run
{
    int rc = -1;
    QString out;
    QString err;
};

class Harness
{
public:
    explicit Harness(const QList<SimNodeConfig> &nodes = SimCluster::defaultNodes(),
                     const SimScenario &sc = {})
    {
        QString error;
        m_nodes = SimCluster::create(dir(), nodes, sc, &error);
        QString shimTarget = QStringLiteral(NODESIM_PROGRAM);
        // NODESIM_TEST_VIA_SERVER=1 (a second registration of some tests): every tool call goes
        // through pve-nodesim-shim to a `pve-nodesim --serve`, which must answer alike.
        if (!m_nodes.isEmpty() && qEnvironmentVariableIntValue("NODESIM_TEST_VIA_SERVER") == 1) {
            shimTarget = QFileInfo(shimTarget).dir().filePath(QStringLiteral("pve-nodesim-shim"));
            if (!startServer(&error))
                m_nodes.clear();
        }
        m_ok = !m_nodes.isEmpty() && SimCluster::installShims(shims(), shimTarget, &error);
        m_error = error;
    }
    ~Harness()
    {
        if (m_server) {
            m_server->kill();
            m_server->waitForFinished();
        }
    }
    Harness(const Harness &) = delete;
    Harness &operator=(const Harness &) = delete;
    /// The server's socket when tool calls go through one, else empty.
    QString serverSocket() const { return m_server ? socketPath() : QString(); }
    QString socketPath() const { return m_tmp.path() + QStringLiteral("/nodesim.sock"); }
    qint64 serverPid() const { return m_server ? m_server->processId() : 0; }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString dir() const { return m_tmp.path() + QStringLiteral("/sim"); }
    QString shims() const { return m_tmp.path() + QStringLiteral("/shims"); }
    const SimNode &node(const QString &name) const
    {
        for (const SimNode &n : m_nodes)
            if (n.name == name)
                return n;
        return m_nodes.first();
    }
    Run sh(const QString &nodeName, const QString &script, const QByteArray &input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = node(nodeName).environment(shims());
        if (m_server) { // and no quiet fallback to pve-nodesim: a served test is served
            env.insert(QStringLiteral("NODESIM_SERVER"), socketPath());
            env.insert(QStringLiteral("NODESIM_SHIM_STRICT"), QStringLiteral("1"));
        }
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_tmp.path());
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
        p.waitForStarted();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timeout");
            return r;
        }
        r.rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    // Runs and requires exit status 0 (a QVERIFY-style failure message otherwise).
    QString must(const QString &nodeName, const QString &script, const QByteArray &input = {}) const
    {
        const Run r = sh(nodeName, script, input);
        if (r.rc != 0)
            qWarning("%s: '%s' failed (%d): %s%s", qPrintable(nodeName), qPrintable(script), r.rc,
                     qPrintable(r.out), qPrintable(r.err));
        return r.rc == 0 ? r.out : QStringLiteral("<failed>");
    }
    QString fingerprint(const QString &nodeName) const
    {
        return must(nodeName,
                    QStringLiteral(
                        "openssl x509 -in /etc/pve/local/pve-ssl.pem -noout -fingerprint -sha256"))
            .trimmed()
            .section(QLatin1Char('='), 1);
    }

    /// The procedure of procedure-fr.md with the commands of FACTS.md; false at the first failure.
    bool deployAll(int pveMajor = 8) const
    {
        const QStringList names{QStringLiteral("node-01"), QStringLiteral("node-02"),
                                QStringLiteral("node-03")};
        if (sh(names[0], QStringLiteral("pvecm create cluster-pve-ha --link0 10.0.0.1")).rc != 0)
            return false;
        const QString fp = fingerprint(names[0]);
        for (int i = 1; i < 3; ++i)
            if (sh(names[i],
                   QStringLiteral("pvecm add 203.0.113.11 --link0 10.0.0.%1 --fingerprint %2")
                       .arg(i + 1)
                       .arg(fp),
                   "sim-root-password\n")
                    .rc != 0)
                return false;
        const QString version = pveMajor >= 9 ? QStringLiteral("squid") : QStringLiteral("reef");
        for (const QString &n : names)
            if (sh(n, QStringLiteral("echo 'APT::Get::Assume-Yes \"true\";' | tee "
                                     "/etc/apt/apt.conf.d/90assume-yes >/dev/null && "
                                     "pveceph install --repository no-subscription --version %1")
                          .arg(version))
                    .rc != 0)
                return false;
        if (sh(names[0],
               QStringLiteral("pveceph init --network 10.0.0.0/24 --cluster-network 10.0.0.0/24"))
                .rc != 0)
            return false;
        for (const QString &n : names) {
            const QString mgr =
                n == names[0] ? QString() : QStringLiteral(" && pveceph mgr create");
            if (sh(n, QStringLiteral("pveceph mon create") + mgr).rc != 0)
                return false;
        }
        for (const QString &n : names) {
            const QString raid = QStringLiteral(
                "apt-get update >/dev/null && apt-get install -y mdadm >/dev/null && "
                "mdadm --create /dev/md0 --level=5 --raid-devices=4 /dev/sda /dev/sdb /dev/sdc "
                "/dev/sdd --run && "
                "mdadm --detail --scan | tee -a /etc/mdadm/mdadm.conf >/dev/null && "
                "update-initramfs -u && "
                "mkdir -p /var/lib/ceph/bootstrap-osd && "
                "ceph auth get client.bootstrap-osd | tee /var/lib/ceph/bootstrap-osd/ceph.keyring "
                ">/dev/null && "
                "ceph auth get client.bootstrap-osd | tee "
                "/etc/pve/priv/ceph.client.bootstrap-osd.keyring >/dev/null && "
                "pvcreate /dev/md0 && vgcreate ceph-raid /dev/md0 && lvcreate -l 100%FREE -n osd "
                "ceph-raid && "
                "ceph-volume lvm create --data ceph-raid/osd --block.db /dev/nvme1n1");
            if (sh(n, raid).rc != 0)
                return false;
        }
        if (sh(names[0], QStringLiteral("pveceph pool create Stockage-HA --size 3 --min_size 2 "
                                        "--pg_autoscale_mode on --add_storages 1"))
                .rc != 0)
            return false;
        if (pveMajor >= 9)
            return sh(names[0],
                      QStringLiteral("ha-manager add vm:100 --state started && ha-manager rules "
                                     "add node-affinity Cluster-Prod "
                                     "--resources vm:100 --nodes \"node-01,node-02,node-03\""))
                       .rc == 0;
        return sh(names[0],
                  QStringLiteral(
                      "ha-manager groupadd Cluster-Prod --nodes \"node-01,node-02,node-03\" && "
                      "ha-manager add vm:100 --group Cluster-Prod --state started"))
                   .rc == 0;
    }

private:
    bool startServer(QString *error)
    {
        m_server = std::make_unique<QProcess>();
        m_server->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server->start(QStringLiteral(NODESIM_PROGRAM), {QStringLiteral("--serve"), socketPath()});
        for (int i = 0; i < 1000 && !QFileInfo::exists(socketPath()); ++i)
            QThread::msleep(5);
        if (!QFileInfo::exists(socketPath()))
            *error = QStringLiteral("pve-nodesim --serve made no socket");
        return QFileInfo::exists(socketPath());
    }

    QTemporaryDir m_tmp;
    std::unique_ptr<QProcess> m_server; ///< after m_tmp: stopped before the folder goes
    QList<SimNode> m_nodes;
    bool m_ok = false;
    QString m_error;
};

inline QString fixture(const QString &name)
{
    QFile f(QStringLiteral(PVEHA_FIXTURES_DIR "/formats/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(f.readAll());
}

inline QJsonDocument json(const QString &text)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning("bad JSON (%s): %s", qPrintable(e.errorString()), qPrintable(text.left(300)));
    return d;
}

/// "Shape" of a line: digits become 9, so two outputs can be compared line by line.
inline QString shape(QString line)
{
    static const QRegularExpression digits(QStringLiteral("[0-9]+"));
    return line.replace(digits, QStringLiteral("9"));
}

} // namespace simtest
