// SPDX-License-Identifier: GPL-3.0-or-later
// File tools of the sandbox: every path is mapped into the node's simulated file system, so
// a plan running as root in CI can never touch the real machine.
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pveha::sim {
namespace {

int badOption(Ctx &ctx, QChar c)
{
    return ctx.fail(QStringLiteral("%1: invalid option -- '%2'\nTry '%1 --help' for more "
                                   "information.")
                        .arg(ctx.tool, c));
}

QString q(const QString &p)
{
    return QLatin1Char('\'') + p + QLatin1Char('\'');
}

bool copyRecursively(const QString &from, const QString &to)
{
    if (QFileInfo(from).isDir()) {
        if (!QDir().mkpath(to))
            return false;
        const QStringList entries = QDir(from).entryList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                         QDir::Hidden | QDir::System);
        for (const QString &e : entries)
            if (!copyRecursively(from + QLatin1Char('/') + e, to + QLatin1Char('/') + e))
                return false;
        return true;
    }
    QFile::remove(to);
    return QFile::copy(from, to);
}

} // namespace

int toolCat(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList files;
    if (const QChar bad = splitShortFlags(ctx.args, QString(), &flags, &files); !bad.isNull())
        return badOption(ctx, bad);
    if (files.isEmpty())
        files << QStringLiteral("-");
    int rc = 0;
    for (const QString &f : files) {
        if (f == QLatin1String("-")) {
            ctx.out += ctx.readAllStdin();
            continue;
        }
        QByteArray data;
        QString error;
        if (!ctx.readFile(f, &data, &error)) {
            ctx.sayErr(QStringLiteral("cat: %1: %2\n").arg(f, error));
            rc = 1;
            continue;
        }
        ctx.out += data;
    }
    return rc;
}

int toolTee(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList files;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("ai"), &flags, &files);
        !bad.isNull())
        return badOption(ctx, bad);
    const QByteArray data = ctx.readAllStdin();
    int rc = 0;
    for (const QString &f : files) {
        const QString p = Ctx::normalize(f);
        if (p == QLatin1String("/proc/sysrq-trigger")) {
            // The crash test's kernel panic: the node dies, its session drops.
            if (data.trimmed().startsWith('c') || data.trimmed().startsWith('b')) {
                const QString name = ctx.node.name;
                const qint64 t = ctx.now();
                mutateCluster(ctx, [&](ClusterState &c) {
                    if (NodeRef *r = c.node(name))
                        r->deadSinceMs = t;
                });
                ctx.out.clear();
                const NodeRef *r = ctx.cluster.node(name);
                return ctx.fail(QStringLiteral("Connection to %1 closed by remote host.")
                                    .arg(r ? r->publicAddress : name),
                                255);
            }
            continue;
        }
        if (ctx.isPassthrough(p)) {
            if (p == QLatin1String("/dev/stdout"))
                ctx.out += data;
            else if (p == QLatin1String("/dev/stderr"))
                ctx.err += data;
            continue;
        }
        QString error;
        if (!ctx.writeFile(p, data, flags.contains(QLatin1Char('a')), &error)) {
            ctx.sayErr(QStringLiteral("tee: %1: %2\n").arg(f, error));
            rc = 1;
        }
    }
    ctx.out += data;
    return rc;
}

int toolMkdir(Ctx &ctx)
{
    QStringList args = ctx.args;
    for (int i = 0; i < args.size(); ++i)
        if (args[i] == QLatin1String("-m") && i + 1 < args.size()) {
            args.remove(i, 2);
            --i;
        } else if (args[i] == QLatin1String("--parents")) {
            args[i] = QStringLiteral("-p");
        }
    QSet<QChar> flags;
    QStringList dirs;
    if (const QChar bad = splitShortFlags(args, QStringLiteral("pv"), &flags, &dirs); !bad.isNull())
        return badOption(ctx, bad);
    if (dirs.isEmpty())
        return ctx.fail(
            QStringLiteral("mkdir: missing operand\nTry 'mkdir --help' for more information."));
    int rc = 0;
    for (const QString &d : dirs) {
        const QString h = ctx.hostPath(d);
        if (flags.contains(QLatin1Char('p'))) {
            if (QFileInfo(h).exists() && !QFileInfo(h).isDir()) {
                ctx.sayErr(
                    QStringLiteral("mkdir: cannot create directory %1: File exists\n").arg(q(d)));
                rc = 1;
            } else if (!QDir().mkpath(h)) {
                ctx.sayErr(QStringLiteral("mkdir: cannot create directory %1: Permission denied\n")
                               .arg(q(d)));
                rc = 1;
            }
            continue;
        }
        if (QFileInfo::exists(h)) {
            ctx.sayErr(
                QStringLiteral("mkdir: cannot create directory %1: File exists\n").arg(q(d)));
            rc = 1;
        } else if (!QFileInfo(QFileInfo(h).absolutePath()).isDir() || !QDir().mkdir(h)) {
            ctx.sayErr(
                QStringLiteral("mkdir: cannot create directory %1: No such file or directory\n")
                    .arg(q(d)));
            rc = 1;
        }
    }
    return rc;
}

int toolCp(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("arRpfvdn"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    if (ops.size() < 2)
        return ctx.fail(QStringLiteral(
            "cp: missing destination file operand\nTry 'cp --help' for more information."));
    const bool recursive = flags.contains(QLatin1Char('a')) || flags.contains(QLatin1Char('r')) ||
                           flags.contains(QLatin1Char('R'));
    const QString dest = ops.takeLast();
    const QString hd = ctx.hostPath(dest);
    const bool destIsDir = QFileInfo(hd).isDir();
    if (ops.size() > 1 && !destIsDir)
        return ctx.fail(QStringLiteral("cp: target %1 is not a directory").arg(q(dest)));
    int rc = 0;
    for (const QString &src : ops) {
        const QString hs = ctx.hostPath(src);
        QByteArray virt;
        QString error;
        if (!QFileInfo::exists(hs)) {
            if (ctx.readFile(src, &virt, &error)) { // a virtual file (e.g. /proc/mdstat)
                const QString target =
                    destIsDir ? hd + QLatin1Char('/') + QFileInfo(src).fileName() : hd;
                QFile f(target);
                if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    f.write(virt);
                continue;
            }
            ctx.sayErr(
                QStringLiteral("cp: cannot stat %1: No such file or directory\n").arg(q(src)));
            rc = 1;
            continue;
        }
        if (QFileInfo(hs).isDir() && !recursive) {
            ctx.sayErr(QStringLiteral("cp: -r not specified; omitting directory %1\n").arg(q(src)));
            rc = 1;
            continue;
        }
        const QString target = destIsDir ? hd + QLatin1Char('/') + QFileInfo(hs).fileName() : hd;
        if (!QFileInfo(QFileInfo(target).absolutePath()).isDir() || !copyRecursively(hs, target)) {
            ctx.sayErr(
                QStringLiteral("cp: cannot create regular file %1: No such file or directory\n")
                    .arg(q(dest)));
            rc = 1;
        }
    }
    return rc;
}

int toolMv(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("fvn"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    if (ops.size() < 2)
        return ctx.fail(QStringLiteral(
            "mv: missing destination file operand\nTry 'mv --help' for more information."));
    const QString dest = ops.takeLast();
    const QString hd = ctx.hostPath(dest);
    const bool destIsDir = QFileInfo(hd).isDir();
    int rc = 0;
    for (const QString &src : ops) {
        const QString hs = ctx.hostPath(src);
        if (!QFileInfo::exists(hs)) {
            ctx.sayErr(
                QStringLiteral("mv: cannot stat %1: No such file or directory\n").arg(q(src)));
            rc = 1;
            continue;
        }
        const QString target = destIsDir ? hd + QLatin1Char('/') + QFileInfo(hs).fileName() : hd;
        if (QFileInfo(target).isFile())
            QFile::remove(target);
        if (!QDir().rename(hs, target)) {
            ctx.sayErr(QStringLiteral("mv: cannot move %1 to %2: No such file or directory\n")
                           .arg(q(src), q(dest)));
            rc = 1;
        }
    }
    return rc;
}

int toolRm(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("frRvdI"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    const bool force = flags.contains(QLatin1Char('f'));
    const bool recursive = flags.contains(QLatin1Char('r')) || flags.contains(QLatin1Char('R'));
    if (ops.isEmpty() && !force)
        return ctx.fail(
            QStringLiteral("rm: missing operand\nTry 'rm --help' for more information."));
    int rc = 0;
    for (const QString &p : ops) {
        if (Ctx::normalize(p) == QLatin1String("/") && recursive) {
            ctx.sayErr(QStringLiteral("rm: it is dangerous to operate recursively on '/'\n"
                                      "rm: use --no-preserve-root to override this failsafe\n"));
            rc = 1;
            continue;
        }
        if (ctx.isPassthrough(p)) {
            ctx.sayErr(QStringLiteral("rm: cannot remove %1: Permission denied\n").arg(q(p)));
            rc = 1;
            continue;
        }
        const QString h = ctx.hostPath(p);
        const QFileInfo fi(h);
        if (!fi.exists() && !fi.isSymLink()) {
            if (!force) {
                ctx.sayErr(
                    QStringLiteral("rm: cannot remove %1: No such file or directory\n").arg(q(p)));
                rc = 1;
            }
            continue;
        }
        if (fi.isDir() && !fi.isSymLink()) {
            if (!recursive) {
                ctx.sayErr(QStringLiteral("rm: cannot remove %1: Is a directory\n").arg(q(p)));
                rc = 1;
            } else {
                QDir(h).removeRecursively();
            }
            continue;
        }
        QFile::remove(h);
    }
    return rc;
}

int toolLs(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("laA1dhtrF"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    if (ops.isEmpty())
        ops << QStringLiteral("/root");
    const bool longFmt = flags.contains(QLatin1Char('l'));
    const bool all = flags.contains(QLatin1Char('a')) || flags.contains(QLatin1Char('A'));
    auto line = [&](const QString &display, const QString &host) {
        if (!longFmt)
            return QString(display + QLatin1Char('\n'));
        const QFileInfo fi(host);
        const QString mode =
            fi.isDir() ? QStringLiteral("drwxr-xr-x") : QStringLiteral("-rw-r--r--");
        const QDateTime t = fi.exists() ? fi.lastModified() : QDateTime::currentDateTime();
        return QStringLiteral("%1 1 root root %2 %3 %4\n")
            .arg(mode)
            .arg(fi.exists() ? fi.size() : 0, 6)
            .arg(t.toString(QStringLiteral("MMM d HH:mm")), display);
    };
    int rc = 0;
    bool first = true;
    for (const QString &p : ops) {
        bool virt = false;
        QStringList entries = ctx.listVirtualDir(p, &virt);
        const QString h = ctx.hostPath(p);
        if (!virt && !ctx.exists(p)) {
            ctx.sayErr(
                QStringLiteral("ls: cannot access %1: No such file or directory\n").arg(q(p)));
            rc = 2;
            continue;
        }
        if (!virt && (!QFileInfo(h).isDir() || flags.contains(QLatin1Char('d')))) {
            ctx.say(line(p, h));
            continue;
        }
        if (!virt) {
            QDir::Filters f = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System;
            if (all)
                f |= QDir::Hidden;
            entries = QDir(h).entryList(f, QDir::Name);
        }
        if (ops.size() > 1)
            ctx.say((first ? QString() : QStringLiteral("\n")) + p + QStringLiteral(":\n"));
        first = false;
        if (longFmt)
            ctx.say(QStringLiteral("total %1\n").arg(entries.size() * 4));
        for (const QString &e : entries)
            ctx.say(line(e, h + QLatin1Char('/') + e));
    }
    return rc;
}

} // namespace pveha::sim
