// SPDX-License-Identifier: GPL-3.0-or-later
#include "Context.h"
#include "Tools.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pveha::sim {

int Ctx::fail(const QString &msg, int code)
{
    sayErr(msg.endsWith(QLatin1Char('\n')) ? msg : msg + QLatin1Char('\n'));
    return code;
}

QByteArray Ctx::readAllStdin()
{
    if (!stdinData.isEmpty())
        return stdinData;
    return stdinReader ? stdinReader(-1, false) : QByteArray();
}

qint64 Ctx::now() const
{
    return QDateTime::currentMSecsSinceEpoch() + cluster.clockOffsetMs;
}

double Ctx::simSecondsSince(qint64 ms) const
{
    return double(now() - ms) / 1000.0 * cluster.timeScale;
}

QString Ctx::ctime(qint64 ms)
{
    // C locale ctime(3): day of month padded with a space.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const QLocale c = QLocale::c();
    return c.toString(t, QStringLiteral("ddd MMM ")) +
           QString::number(t.date().day()).rightJustified(2, QLatin1Char(' ')) +
           c.toString(t, QStringLiteral(" HH:mm:ss yyyy"));
}

QString Ctx::normalize(const QString &simPath)
{
    // The simulated user's working directory is /root (an SSH session starts in the home).
    QString p = simPath.startsWith(QLatin1Char('/')) ? simPath : QStringLiteral("/root/") + simPath;
    p = QDir::cleanPath(p);
    return p.isEmpty() ? QStringLiteral("/") : p;
}

bool Ctx::isPassthrough(const QString &simPath) const
{
    const QString p = normalize(simPath);
    static const QStringList exact = {QStringLiteral("/dev/null"),   QStringLiteral("/dev/stdin"),
                                      QStringLiteral("/dev/stdout"), QStringLiteral("/dev/stderr"),
                                      QStringLiteral("/dev/zero"),   QStringLiteral("/dev/urandom"),
                                      QStringLiteral("/dev/tty")};
    return exact.contains(p) || p.startsWith(QLatin1String("/proc/self/")) ||
           p == QLatin1String("/proc/self") || p.startsWith(QLatin1String("/dev/fd/"));
}

QString Ctx::hostPath(const QString &simPath) const
{
    const QString p = normalize(simPath);
    if (isPassthrough(p))
        return p;
    // Already inside the sandbox (a test may name files by their real path there).
    if (p.startsWith(root + QLatin1Char('/')) || p.startsWith(clusterDir + QLatin1Char('/')))
        return p;
    if (p == QLatin1String("/etc/pve") || p.startsWith(QLatin1String("/etc/pve/"))) {
        QString rest = p.mid(8); // after /etc/pve
        if (rest == QLatin1String("/local") || rest.startsWith(QLatin1String("/local/")))
            rest = QStringLiteral("/nodes/") + node.name + rest.mid(6);
        return clusterDir + QStringLiteral("/pmxcfs") + rest;
    }
    return root + QStringLiteral("/fs") + p;
}

static bool virtualRead(const Ctx &ctx, const QString &p, QByteArray *data)
{
    if (p == QLatin1String("/proc/mdstat")) {
        *data = renderMdstat(ctx).toUtf8();
        return true;
    }
    if (p == QLatin1String("/etc/pve/storage.cfg")) {
        *data = renderStorageCfg(ctx).toUtf8();
        return true;
    }
    const QStringList parts = p.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 5 && parts[0] == QLatin1String("sys") &&
        parts[1] == QLatin1String("class") && parts[2] == QLatin1String("net")) {
        const Iface *i = ctx.node.iface(parts[3]);
        if (!i)
            return false;
        if (parts[4] == QLatin1String("mtu"))
            *data = QByteArray::number(i->mtu) + '\n';
        else if (parts[4] == QLatin1String("operstate"))
            *data = i->up ? "up\n" : "down\n";
        else if (parts[4] == QLatin1String("address"))
            *data = i->mac.toUtf8() + '\n';
        else
            return false;
        return true;
    }
    if (parts.size() >= 4 && parts[0] == QLatin1String("sys") &&
        parts[1] == QLatin1String("block")) {
        const Disk *d = ctx.node.disk(parts[2]);
        if (!d)
            return false;
        if (parts.size() == 4 && parts[3] == QLatin1String("size"))
            *data = QByteArray::number(d->size / 512) + '\n';
        else if (parts.size() == 5 && parts[3] == QLatin1String("queue") &&
                 parts[4] == QLatin1String("rotational"))
            *data = d->rota ? "1\n" : "0\n";
        else
            return false;
        return true;
    }
    return false;
}

bool Ctx::readFile(const QString &simPath, QByteArray *data, QString *error) const
{
    const QString p = normalize(simPath);
    if (virtualRead(*this, p, data))
        return true;
    QFileInfo fi(hostPath(p));
    if (!fi.exists()) {
        *error = QStringLiteral("No such file or directory");
        return false;
    }
    if (fi.isDir()) {
        *error = QStringLiteral("Is a directory");
        return false;
    }
    QFile f(fi.filePath());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Permission denied");
        return false;
    }
    *data = f.readAll();
    return true;
}

bool Ctx::writeFile(const QString &simPath, const QByteArray &data, bool append, QString *error)
{
    const QString p = normalize(simPath);
    if (p.startsWith(QLatin1String("/sys/")) || p == QLatin1String("/proc/mdstat")) {
        *error = QStringLiteral("Permission denied");
        return false;
    }
    const QString h = hostPath(p);
    if (QFileInfo(h).isDir()) {
        *error = QStringLiteral("Is a directory");
        return false;
    }
    if (!QFileInfo(QFileInfo(h).absolutePath()).isDir()) {
        *error = QStringLiteral("No such file or directory");
        return false;
    }
    QFile f(h);
    if (!f.open(append ? QIODevice::Append : (QIODevice::WriteOnly | QIODevice::Truncate))) {
        *error = QStringLiteral("Permission denied");
        return false;
    }
    f.write(data);
    return true;
}

QStringList Ctx::listVirtualDir(const QString &simPath, bool *isVirtual) const
{
    const QString p = normalize(simPath);
    QStringList names;
    *isVirtual = true;
    if (p == QLatin1String("/sys/class/net")) {
        for (const Iface &i : node.ifaces)
            names << i.name;
    } else if (p == QLatin1String("/sys/block")) {
        for (const Disk &d : node.disks)
            names << d.name;
        for (const MdArray &m : node.arrays)
            names << m.name;
    } else {
        *isVirtual = false;
    }
    names.sort();
    return names;
}

bool Ctx::exists(const QString &simPath) const
{
    QByteArray dummy;
    const QString p = normalize(simPath);
    bool virt = false;
    listVirtualDir(p, &virt);
    if (virt || virtualRead(*this, p, &dummy))
        return true;
    // Block devices exist as /dev nodes in the simulated /dev.
    if (p.startsWith(QLatin1String("/dev/"))) {
        const QString dev = p.mid(5);
        if (node.disk(dev) || node.array(dev))
            return true;
        for (const Disk &d : node.disks)
            for (const Partition &part : d.parts)
                if (part.name == dev)
                    return true;
        for (const Lv &l : node.lvs)
            if (dev == l.vg + QLatin1Char('/') + l.name || dev == l.kname)
                return true;
    }
    return QFileInfo::exists(hostPath(p));
}

bool Ctx::isDir(const QString &simPath) const
{
    bool virt = false;
    listVirtualDir(simPath, &virt);
    return virt || QFileInfo(hostPath(simPath)).isDir();
}

bool Ctx::loadNodeState(const QString &name, NodeState *result) const
{
    if (name == node.name) {
        *result = node;
        return true;
    }
    const NodeRef *ref = cluster.node(name);
    QJsonObject o;
    if (!ref || !loadJsonFile(ref->root + QStringLiteral("/state.json"), &o))
        return false;
    *result = NodeState::fromJson(o);
    return true;
}

QString Ctx::simulatedCommandNotFound() const
{
    // /bin/sh is dash on Debian: this is how it reports an unknown command.
    return QStringLiteral("sh: 1: %1: not found").arg(tool);
}

bool Ctx::nodeDown(const NodeRef &ref) const
{
    const qint64 real = now();
    return ref.deadSinceMs > 0 || (ref.unreachableUntilMs > 0 && real < ref.unreachableUntilMs);
}

bool Ctx::isDead(const QString &nodeName) const
{
    const NodeRef *r = cluster.node(nodeName);
    return r && nodeDown(*r);
}

int Ctx::unreachable(const NodeRef &ref)
{
    return fail(
        QStringLiteral("ssh: connect to host %1 port 22: No route to host").arg(ref.publicAddress),
        255);
}

bool loadJsonFile(const QString &path, QJsonObject *out)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError pe{};
    const QJsonDocument d = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !d.isObject())
        return false;
    *out = d.object();
    return true;
}

bool saveJsonFile(const QString &path, const QJsonObject &o)
{
    // Unique per process and per call: threads of one process (the in-process demo) may save.
    static std::atomic<unsigned> counter{0};
    const QString temporary =
        path + QStringLiteral(".new.%1.%2").arg(::getpid()).arg(counter.fetch_add(1));
    QFile f(temporary);
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    const bool written = f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                         f.write(data) == data.size() && f.flush();
    f.close();
    if (!written || f.error() != QFileDevice::NoError) { // a full disk shows at flush()
        f.remove();
        return false;
    }
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(temporary);
        return false;
    }
    return true;
}

ClusterLock::ClusterLock(const QString &clusterDir, Mode mode)
{
    const QByteArray path = QFile::encodeName(clusterDir + QStringLiteral("/.lock"));
    m_fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    if (m_fd < 0)
        return;
    int rc;
    do
        rc = ::flock(m_fd, mode == Mode::Shared ? LOCK_SH : LOCK_EX);
    while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void ClusterLock::unlock()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
        m_fd = -1;
    }
}

} // namespace pveha::sim
