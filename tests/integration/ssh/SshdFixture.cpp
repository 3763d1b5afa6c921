// SPDX-License-Identifier: GPL-3.0-or-later
#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

namespace pveha::test {
namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");

QString keygenPath()
{
    return QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
}

quint16 freeLoopbackPort(const QString &address)
{
    QTcpServer server;
    if (!server.listen(QHostAddress(address), 0))
        return 0;
    return server.serverPort();
}

/// Every process whose ancestry leads to `root` (sshd's per-connection children and the
/// commands they run), deepest last.
QList<pid_t> descendantsOf(pid_t root)
{
    QHash<pid_t, QList<pid_t>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const pid_t pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid …": comm may hold spaces, so parse after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[static_cast<pid_t>(fields.at(1).toInt())].append(pid);
    }
    QList<pid_t> result;
    QList<pid_t> todo{root};
    while (!todo.isEmpty()) {
        const pid_t pid = todo.takeFirst();
        for (pid_t child : children.value(pid)) {
            result.append(child);
            todo.append(child);
        }
    }
    return result;
}

} // namespace

SshdFixture::SshdFixture() = default;

SshdFixture::~SshdFixture()
{
    for (int i = 0; i < count(); ++i)
        stopDaemon(i);
}

QString SshdFixture::unavailableReason()
{
    if (!QFileInfo(kSshd).isExecutable())
        return QStringLiteral("%1 is missing (install openssh-server)").arg(kSshd);
    if (keygenPath().isEmpty())
        return QStringLiteral("ssh-keygen is missing (install openssh-client)");
    if (::geteuid() == 0 && !QDir().mkpath(QStringLiteral("/run/sshd")))
        return QStringLiteral("cannot create /run/sshd (sshd's privilege separation directory)");
    return QString();
}

QString SshdFixture::user()
{
    const passwd *pw = ::getpwuid(::geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
}

QString SshdFixture::address(int i) const
{
    return m_daemons.at(static_cast<size_t>(i)).address;
}

quint16 SshdFixture::port(int i) const
{
    return m_daemons.at(static_cast<size_t>(i)).port;
}

QString SshdFixture::clientKey() const
{
    return m_dir.filePath(QStringLiteral("client_ed25519"));
}

QString SshdFixture::knownHostsFile() const
{
    return m_dir.filePath(QStringLiteral("known_hosts"));
}

QString SshdFixture::homeDir() const
{
    return m_dir.filePath(QStringLiteral("home"));
}

bool SshdFixture::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool SshdFixture::keygen(const QString &path, const QString &passphrase)
{
    QFile::remove(path);
    QFile::remove(path + QLatin1String(".pub"));
    QProcess p;
    p.start(keygenPath(), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                           QStringLiteral("-N"), passphrase, QStringLiteral("-C"),
                           QStringLiteral("pveha-test"), QStringLiteral("-f"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return fail(QStringLiteral("ssh-keygen %1 failed: %2")
                        .arg(path, QString::fromLocal8Bit(p.readAllStandardError())));
    return true;
}

bool SshdFixture::addClientKey(const QString &path, const QString &passphrase, bool authorize)
{
    if (!keygen(path, passphrase))
        return false;
    if (!authorize)
        return true;
    QFile pub(path + QLatin1String(".pub"));
    QFile keys(m_dir.filePath(QStringLiteral("authorized_keys")));
    if (!pub.open(QIODevice::ReadOnly) || !keys.open(QIODevice::Append))
        return fail(QStringLiteral("cannot update authorized_keys"));
    keys.write(pub.readAll());
    return true;
}

bool SshdFixture::start(int count, const SshdOptions &options)
{
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary directory: %1").arg(m_dir.errorString()));
    if (const QString reason = unavailableReason(); !reason.isEmpty())
        return fail(reason);
    m_options = options;
    if (qEnvironmentVariableIsSet("PVEHA_KEEP_SSHD_DIR")) {
        m_dir.setAutoRemove(false);
        qInfo("sshd fixture: keeping %s", qPrintable(m_dir.path()));
    }
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    if (!QDir().mkpath(homeDir()) || !addClientKey(clientKey(), QString(), true))
        return false;
    for (int i = 0; i < count; ++i) {
        Daemon daemon;
        daemon.address = options.listenAddresses.value(i);
        if (daemon.address.isEmpty())
            daemon.address = host();
        if (!QHostAddress(daemon.address).isLoopback())
            return fail(QStringLiteral("%1 is not a loopback address").arg(daemon.address));
        daemon.port = freeLoopbackPort(daemon.address);
        daemon.config = m_dir.filePath(QStringLiteral("sshd_%1.conf").arg(i));
        daemon.hostKey = m_dir.filePath(QStringLiteral("host_%1_ed25519").arg(i));
        m_daemons.push_back(std::move(daemon));
        if (m_daemons.back().port == 0)
            return fail(QStringLiteral("no free port on %1").arg(m_daemons.back().address));
        if (!keygen(m_daemons.back().hostKey, QString()) || !writeConfig(i) || !startDaemon(i))
            return false;
    }
    return true;
}

bool SshdFixture::writeConfig(int i)
{
    const Daemon &d = m_daemons.at(static_cast<size_t>(i));
    QStringList env = m_options.setEnv;
    if (static_cast<size_t>(i) < m_options.setEnvFor.size())
        env += m_options.setEnvFor.at(static_cast<size_t>(i));
    if (m_options.plainHome)
        env.prepend(QStringLiteral("HOME=") + homeDir());

    QStringList lines = {
        QStringLiteral("Port %1").arg(d.port),
        QStringLiteral("ListenAddress %1").arg(d.address),
        QStringLiteral("AddressFamily inet"),
        QStringLiteral("HostKey %1").arg(d.hostKey),
        QStringLiteral("PidFile none"),
        QStringLiteral("AuthorizedKeysFile %1")
            .arg(m_dir.filePath(QStringLiteral("authorized_keys"))),
        QStringLiteral("StrictModes no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("PasswordAuthentication %1")
            .arg(m_options.passwordAuthentication ? QStringLiteral("yes") : QStringLiteral("no")),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("PermitRootLogin prohibit-password"),
        QStringLiteral("AllowUsers %1").arg(user()),
        QStringLiteral("MaxStartups 100"),
        QStringLiteral("LogLevel VERBOSE"),
    };
    if (!env.isEmpty()) {
        QStringList quoted;
        for (const QString &pair : env)
            quoted << QLatin1Char('"') + pair + QLatin1Char('"');
        lines << QStringLiteral("SetEnv ") + quoted.join(QLatin1Char(' '));
    }
    lines += m_options.extraConfig;
    if (static_cast<size_t>(i) < m_options.extraConfigFor.size())
        lines += m_options.extraConfigFor.at(static_cast<size_t>(i));
    QFile file(d.config);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1").arg(d.config));
    file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return true;
}

bool SshdFixture::startDaemon(int i)
{
    Daemon &d = m_daemons.at(static_cast<size_t>(i));
    if (d.process && d.process->state() != QProcess::NotRunning)
        return true;
    const QString logFile = m_dir.filePath(QStringLiteral("sshd_%1.log").arg(i));
    QFile::remove(logFile);
    d.process = std::make_unique<QProcess>();
    // A file, not a pipe: nobody reads a pipe while a test blocks in a command, and a full
    // pipe would stall sshd's logging.
    d.process->setStandardErrorFile(logFile);
    d.process->setStandardOutputFile(QProcess::nullDevice());
    QStringList arguments{QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                          d.config};
    if (!m_options.reexec)
        arguments << QStringLiteral("-r");
    d.process->start(kSshd, arguments);
    if (!d.process->waitForStarted(10000))
        return fail(QStringLiteral("sshd did not start: %1").arg(d.process->errorString()));
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QFile log(logFile);
        if (log.open(QIODevice::ReadOnly) && log.readAll().contains("Server listening on"))
            return true;
        if (d.process->waitForFinished(20))
            return fail(QStringLiteral("sshd %1 exited: %2")
                            .arg(i)
                            .arg(QString::fromLocal8Bit(daemonLog(i))));
    }
    return fail(QStringLiteral("sshd %1 did not listen within 10 s: %2")
                    .arg(i)
                    .arg(QString::fromLocal8Bit(daemonLog(i))));
}

bool SshdFixture::stopDaemon(int i)
{
    Daemon &d = m_daemons.at(static_cast<size_t>(i));
    if (!d.process || d.process->state() == QProcess::NotRunning)
        return true;
    const auto pid = static_cast<pid_t>(d.process->processId());
    // The listener first, so that it forks nothing new, then every session it forked. Orphans
    // come to us (child subreaper, set in start()) and are reaped here, not left as zombies
    // under an init that may not reap (containers).
    const QList<pid_t> sessions = descendantsOf(pid);
    ::kill(pid, SIGKILL);
    for (pid_t child : sessions)
        ::kill(child, SIGKILL);
    d.process->waitForFinished(10000);
    const QDeadlineTimer deadline(5000);
    for (pid_t child : sessions) {
        while (::waitpid(child, nullptr, WNOHANG) == 0 && !deadline.hasExpired())
            QThread::msleep(5);
    }
    return d.process->state() == QProcess::NotRunning;
}

bool SshdFixture::regenerateHostKey(int i)
{
    const Daemon &d = m_daemons.at(static_cast<size_t>(i));
    return stopDaemon(i) && keygen(d.hostKey, QString()) && startDaemon(i);
}

QByteArray SshdFixture::daemonLog(int i) const
{
    QFile log(m_dir.filePath(QStringLiteral("sshd_%1.log").arg(i)));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

NodeEndpoint SshdFixture::endpoint(int i, HostKeyPolicy policy) const
{
    NodeEndpoint e;
    e.name = QStringLiteral("node%1").arg(i + 1);
    e.host = address(i);
    e.port = port(i);
    e.user = user();
    e.identityFile = clientKey();
    e.knownHostsFile = knownHostsFile();
    e.policy = policy;
    e.connectTimeoutMs = 5000;
    return e;
}

QString SshdFixture::hostPublicKey(int i) const
{
    QFile pub(m_daemons.at(static_cast<size_t>(i)).hostKey + QLatin1String(".pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return QString();
    const QList<QByteArray> fields = pub.readAll().simplified().split(' ');
    return fields.size() >= 2 ? QString::fromLatin1(fields.at(0) + ' ' + fields.at(1)) : QString();
}

QString SshdFixture::hostKeyFingerprint(int i) const
{
    QProcess p;
    p.start(keygenPath(), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                           QStringLiteral("-f"),
                           m_daemons.at(static_cast<size_t>(i)).hostKey + QLatin1String(".pub")});
    p.waitForFinished(10000);
    const QList<QByteArray> fields = p.readAllStandardOutput().split(' ');
    return fields.size() >= 2 ? QString::fromLatin1(fields.at(1)) : QString();
}

bool SshdFixture::trustHostKey(int i)
{
    QFile file(knownHostsFile());
    if (!file.open(QIODevice::Append))
        return fail(QStringLiteral("cannot write %1").arg(knownHostsFile()));
    file.write(
        QStringLiteral("[%1]:%2 %3\n").arg(address(i)).arg(port(i)).arg(hostPublicKey(i)).toUtf8());
    return true;
}

QStringList SshdFixture::sshArguments(int i) const
{
    return {QStringLiteral("-F"),
            QStringLiteral("/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("BatchMode=yes"),
            QStringLiteral("-o"),
            QStringLiteral("StrictHostKeyChecking=yes"),
            QStringLiteral("-o"),
            QStringLiteral("UserKnownHostsFile=") + knownHostsFile(),
            QStringLiteral("-o"),
            QStringLiteral("GlobalKnownHostsFile=/dev/null"),
            QStringLiteral("-o"),
            QStringLiteral("IdentitiesOnly=yes"),
            QStringLiteral("-i"),
            clientKey(),
            QStringLiteral("-p"),
            QString::number(port(i)),
            QStringLiteral("-l"),
            user(),
            address(i)};
}

} // namespace pveha::test
