// SPDX-License-Identifier: GPL-3.0-or-later
// touch, chmod, chown (accepted, not modelled), ln -s (target mapped into the sandbox), mktemp.
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QDir>
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

} // namespace

int toolTouch(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("acm"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    int rc = 0;
    for (const QString &p : ops) {
        const QString h = ctx.hostPath(p);
        if (QFileInfo::exists(h)) {
            QFile f(h);
            f.open(QIODevice::ReadWrite);
            f.setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
            continue;
        }
        if (flags.contains(QLatin1Char('c')))
            continue;
        QFile f(h);
        if (!f.open(QIODevice::WriteOnly)) {
            ctx.sayErr(
                QStringLiteral("touch: cannot touch %1: No such file or directory\n").arg(q(p)));
            rc = 1;
        }
    }
    return rc;
}

int toolChmod(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    QStringList args = ctx.args;
    QString mode;
    // A symbolic mode such as -x or a=r looks like an option; take the first non-R operand.
    for (int i = 0; i < args.size(); ++i)
        if (args[i] != QLatin1String("-R") && mode.isNull()) {
            mode = args.takeAt(i);
            break;
        }
    if (const QChar bad = splitShortFlags(args, QStringLiteral("Rfv"), &flags, &ops); !bad.isNull())
        return badOption(ctx, bad);
    if (mode.isEmpty() || ops.isEmpty())
        return ctx.fail(
            QStringLiteral("chmod: missing operand\nTry 'chmod --help' for more information."));
    bool octal = false;
    const uint m = mode.toUInt(&octal, 8);
    int rc = 0;
    for (const QString &p : ops) {
        const QString h = ctx.hostPath(p);
        if (!QFileInfo::exists(h)) {
            ctx.sayErr(
                QStringLiteral("chmod: cannot access %1: No such file or directory\n").arg(q(p)));
            rc = 1;
            continue;
        }
        if (!octal)
            continue; // symbolic modes are accepted; permissions are not modelled beyond octal
        QFileDevice::Permissions perms;
        const QFileDevice::Permission bits[9] = {
            QFileDevice::ExeOther, QFileDevice::WriteOther, QFileDevice::ReadOther,
            QFileDevice::ExeGroup, QFileDevice::WriteGroup, QFileDevice::ReadGroup,
            QFileDevice::ExeOwner, QFileDevice::WriteOwner, QFileDevice::ReadOwner};
        for (int b = 0; b < 9; ++b)
            if (m & (1u << b))
                perms |= bits[b];
        if (perms & QFileDevice::ReadOwner)
            perms |= QFileDevice::ReadUser;
        if (perms & QFileDevice::WriteOwner)
            perms |= QFileDevice::WriteUser;
        if (perms & QFileDevice::ExeOwner)
            perms |= QFileDevice::ExeUser;
        QFile::setPermissions(h, perms | QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return rc;
}

int toolChown(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("Rhfv"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    if (ops.size() < 2)
        return ctx.fail(
            QStringLiteral("chown: missing operand\nTry 'chown --help' for more information."));
    int rc = 0;
    for (int i = 1; i < ops.size(); ++i)
        if (!ctx.exists(ops[i])) {
            ctx.sayErr(QStringLiteral("chown: cannot access %1: No such file or directory\n")
                           .arg(q(ops[i])));
            rc = 1;
        }
    return rc; // ownership is not modelled
}

int toolLn(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("sfnTv"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    if (!flags.contains(QLatin1Char('s')) || ops.size() != 2)
        return ctx.fail(QStringLiteral("ln: only 'ln -s[f] TARGET LINK' is simulated"));
    // The link points at the mapped target so nothing ever follows it out of the sandbox.
    const QString target = ctx.hostPath(ops[0]);
    QString link = ctx.hostPath(ops[1]);
    if (QFileInfo(link).isDir() && !QFileInfo(link).isSymLink())
        link += QLatin1Char('/') + QFileInfo(ops[0]).fileName();
    if (QFileInfo(link).exists() || QFileInfo(link).isSymLink()) {
        if (!flags.contains(QLatin1Char('f')))
            return ctx.fail(QStringLiteral("ln: failed to create symbolic link %1: File exists")
                                .arg(q(ops[1])));
        QFile::remove(link);
    }
    if (!QFile::link(target, link))
        return ctx.fail(
            QStringLiteral("ln: failed to create symbolic link %1: No such file or directory")
                .arg(q(ops[1])));
    return 0;
}

int toolMktemp(Ctx &ctx)
{
    QSet<QChar> flags;
    QStringList ops;
    if (const QChar bad = splitShortFlags(ctx.args, QStringLiteral("dqu"), &flags, &ops);
        !bad.isNull())
        return badOption(ctx, bad);
    QString tmpl = ops.value(0, QStringLiteral("/tmp/tmp.XXXXXXXXXX"));
    if (!tmpl.contains(QLatin1Char('/')))
        tmpl = QStringLiteral("/tmp/") + tmpl;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (qsizetype i = tmpl.size() - 1; i >= 0 && tmpl[i] == QLatin1Char('X'); --i)
        tmpl[i] = QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    const QString h = ctx.hostPath(tmpl);
    QDir().mkpath(QFileInfo(h).absolutePath());
    if (flags.contains(QLatin1Char('d')))
        QDir().mkpath(h);
    else {
        QFile f(h);
        f.open(QIODevice::WriteOnly);
    }
    ctx.say(tmpl + QLatin1Char('\n'));
    return 0;
}

} // namespace pveha::sim
