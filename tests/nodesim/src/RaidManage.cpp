// SPDX-License-Identifier: GPL-3.0-or-later
// md arrays with a member down: the view of each role slot (what /proc/mdstat and mdadm
// --detail print), and mdadm's manage mode (--fail, --remove, --add, --re-add) with the
// messages mdadm 4.x writes on stderr.
#include "Blk.h"
#include "Raid.h"
#include "Tools.h"

namespace pveha::sim {
namespace {

double initialFraction(const Ctx &ctx, const MdArray &m)
{
    if (ctx.cluster.raidSyncSeconds <= 0 || m.level == 0)
        return 1.0;
    return qBound(0.0, ctx.simSecondsSince(m.createdMs) / ctx.cluster.raidSyncSeconds, 1.0);
}

double rebuildFraction(const Ctx &ctx, const MdArray &m)
{
    if (m.rebuilding.isEmpty() || ctx.cluster.raidSyncSeconds <= 0)
        return 1.0;
    return qBound(0.0, ctx.simSecondsSince(m.rebuildStartMs) / ctx.cluster.raidSyncSeconds, 1.0);
}

bool attached(const MdArray &m, const QString &dev)
{
    return m.devices.contains(dev) && !m.removed.contains(dev);
}

} // namespace

QString mdShortDev(const QString &dev)
{
    return dev.startsWith(QLatin1String("/dev/")) ? dev.mid(5) : dev;
}

QString mdDevPath(const QString &dev)
{
    return dev.startsWith(QLatin1String("/dev/")) ? dev : QStringLiteral("/dev/") + dev;
}

int mdRedundancy(const MdArray &m)
{
    switch (m.level) {
    case 1:
        return qMax(0, int(m.devices.size()) - 1);
    case 4:
    case 5:
    case 10:
        return 1;
    case 6:
        return 2;
    default:
        return 0;
    }
}

int mdMemberNumber(const MdArray &m, int slot, bool initialSync)
{
    const int n = int(m.devices.size());
    return slot == n - 1 && m.level >= 4 && (initialSync || m.level >= 5) ? n : slot;
}

MdView mdView(const Ctx &ctx, const MdArray &m)
{
    MdView v;
    const int n = int(m.devices.size());
    const double first = initialFraction(ctx, m);
    const double again = rebuildFraction(ctx, m);
    v.initialSync = first < 1.0;
    int rebuildingSlot = -1;
    for (int i = 0; i < n; ++i) {
        const QString &dev = m.devices.at(i);
        MdSlot s;
        if (m.faulty.contains(dev))
            v.faulty << dev;
        if (attached(m, dev) && !m.faulty.contains(dev)) {
            s.device = dev;
            if (v.initialSync && m.level >= 4 && i == n - 1)
                s.rebuilding = true;
            else if (dev == m.rebuilding && again < 1.0)
                s.rebuilding = true;
            else
                s.inSync = true;
        }
        if (s.rebuilding)
            rebuildingSlot = i;
        v.inSync += s.inSync ? 1 : 0;
        v.slots << s;
    }
    // A recovery runs while the array keeps enough members to rebuild from.
    if (rebuildingSlot >= 0 && n - v.inSync <= mdRedundancy(m)) {
        v.recovering = true;
        v.fraction = v.initialSync && rebuildingSlot == n - 1 && m.level >= 4 ? first : again;
    } else if (v.initialSync && m.level < 4) {
        v.recovering = true;
        v.fraction = first;
    }
    return v;
}

MdArray *mdArrayOf(NodeState &node, const QString &device)
{
    const QString dev = mdDevPath(device);
    for (MdArray &m : node.arrays)
        if (m.devices.contains(dev))
            return &m;
    return nullptr;
}

QString mdFail(const Ctx &ctx, MdArray &m, const QString &device, QString *done)
{
    const QString dev = mdDevPath(device);
    const QString md = QStringLiteral("/dev/") + m.name;
    if (!attached(m, dev))
        return QStringLiteral("mdadm: set device faulty failed for %1:  No such device")
            .arg(device);
    *done = QStringLiteral("mdadm: set %1 faulty in %2").arg(device, md);
    if (m.faulty.contains(dev))
        return QString(); // md accepts a second --fail and changes nothing
    // mdadm (4.3 and later) refuses what would fail the array; the simulator never models a
    // failed array, so every version here behaves that way.
    const MdView v = mdView(ctx, m);
    const int slot = int(m.devices.indexOf(dev));
    const int missing = int(m.devices.size()) - v.inSync + (v.slots.at(slot).inSync ? 1 : 0);
    if (missing > mdRedundancy(m))
        return QStringLiteral("mdadm: Cannot remove %1 from %2, array will be failed.")
            .arg(device, md);
    m.faulty << dev;
    if (m.rebuilding == dev)
        m.rebuilding.clear();
    ++m.events;
    return QString();
}

QString mdRemove(const Ctx &ctx, MdArray &m, const QString &device, QString *done)
{
    Q_UNUSED(ctx)
    const QString dev = mdDevPath(device);
    if (!m.faulty.contains(dev))
        return QStringLiteral("mdadm: hot remove failed for %1: %2")
            .arg(device, attached(m, dev) ? QStringLiteral("Device or resource busy")
                                          : QStringLiteral("No such device or address"));
    m.faulty.removeAll(dev);
    m.removed << dev;
    m.readded.removeAll(dev);
    ++m.events;
    *done = QStringLiteral("mdadm: hot removed %1 from /dev/%2").arg(device, m.name);
    return QString();
}

QString mdReAdd(Ctx &ctx, MdArray &m, const QString &device, QString *done)
{
    const QString dev = mdDevPath(device);
    if (attached(m, dev))
        return QStringLiteral("mdadm: Cannot open %1: Device or resource busy").arg(device);
    BlockDev b;
    if (!findBlock(ctx.node, dev, &b))
        return QStringLiteral("mdadm: Cannot open %1: No such file or directory").arg(device);
    if (!m.removed.contains(dev))
        return QStringLiteral("mdadm: %1 was never a member of /dev/%2: the simulator re-adds a "
                              "removed member only")
            .arg(device, m.name);
    // Its superblock still says "active member" and the array has a write-intent bitmap: mdadm
    // re-adds it in its old slot, and md recovers what changed meanwhile.
    m.removed.removeAll(dev);
    m.rebuilding = dev;
    m.rebuildStartMs = ctx.now();
    m.readded.removeAll(dev);
    m.readded.prepend(dev);
    ++m.events;
    *done = QStringLiteral("mdadm: re-added %1").arg(device);
    return QString();
}

bool mdRestore(MdArray &m, const QString &device)
{
    const QString dev = mdDevPath(device);
    if (!m.devices.contains(dev))
        return false;
    m.faulty.removeAll(dev);
    m.removed.removeAll(dev);
    if (m.rebuilding == dev)
        m.rebuilding.clear();
    ++m.events;
    return true;
}

bool isMdadmManage(const QStringList &args)
{
    static const QStringList ops = {
        QStringLiteral("--manage"), QStringLiteral("--fail"), QStringLiteral("--set-faulty"),
        QStringLiteral("--remove"), QStringLiteral("--add"),  QStringLiteral("--re-add"),
        QStringLiteral("-f"),       QStringLiteral("-r"),     QStringLiteral("-a")};
    if (args.contains(QStringLiteral("--manage")))
        return true;
    // Without a mode option, a first argument naming the array and a member action.
    if (args.isEmpty() || args.first().startsWith(QLatin1Char('-')))
        return false;
    for (const QString &a : args)
        if (ops.contains(a))
            return true;
    return false;
}

int mdadmManage(Ctx &ctx, const QStringList &args)
{
    QString md;
    QChar disposition;
    QList<QPair<QChar, QString>> items;
    for (const QString &a : args) {
        if (a == QLatin1String("--manage") || a == QLatin1String("--verbose") ||
            a == QLatin1String("-v") || a == QLatin1String("--quiet") || a == QLatin1String("-q") ||
            a == QLatin1String("--force") || a == QLatin1String("--run") ||
            a == QLatin1String("-R"))
            continue;
        if (a == QLatin1String("--fail") || a == QLatin1String("-f") ||
            a == QLatin1String("--set-faulty"))
            disposition = QLatin1Char('f');
        else if (a == QLatin1String("--remove") || a == QLatin1String("-r"))
            disposition = QLatin1Char('r');
        else if (a == QLatin1String("--add") || a == QLatin1String("-a"))
            disposition = QLatin1Char('a');
        else if (a == QLatin1String("--re-add"))
            disposition = QLatin1Char('A');
        else if (a.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("mdadm: unrecognised option %1 (the simulator's manage "
                                           "mode supports --fail, --remove, --add, --re-add)")
                                .arg(a),
                            2);
        else if (md.isEmpty())
            md = a;
        else if (disposition.isNull())
            return ctx.fail(QStringLiteral("mdadm: No action given for %1 in --manage mode").arg(a),
                            2);
        else
            items << qMakePair(disposition, a);
    }
    if (md.isEmpty())
        return ctx.fail(QStringLiteral("mdadm: an md device must be given in this mode"), 2);
    MdArray *m = nullptr;
    for (MdArray &a : ctx.node.arrays)
        if (a.name == mdShortDev(md))
            m = &a;
    if (!m)
        return ctx.fail(
            QStringLiteral("mdadm: error opening %1: No such file or directory").arg(md));
    for (const auto &[what, device] : items) {
        QStringList targets{device};
        if (device == QLatin1String("failed") || device == QLatin1String("faulty")) {
            if (what != QLatin1Char('r'))
                return ctx.fail(QStringLiteral("mdadm: %1 only meaningful with -r or --re-add, "
                                               "not -%2")
                                    .arg(device, what));
            // mdadm names the faulty members by major:minor here.
            targets.clear();
            for (const QString &f : std::as_const(m->faulty)) {
                BlockDev b;
                findBlock(ctx.node, f, &b);
                targets << b.majMin;
            }
        }
        for (const QString &target : std::as_const(targets)) {
            QString member = target;
            if (target.contains(QLatin1Char(':')))
                for (const QString &f : std::as_const(m->faulty)) {
                    BlockDev b;
                    if (findBlock(ctx.node, f, &b) && b.majMin == target)
                        member = f;
                }
            QString done, error;
            if (what == QLatin1Char('f'))
                error = mdFail(ctx, *m, member, &done);
            else if (what == QLatin1Char('r'))
                error = mdRemove(ctx, *m, member, &done);
            else if (what == QLatin1Char('A') && m->faulty.contains(mdDevPath(member))) {
                // --re-add of a member still marked faulty goes through sysfs ("re-add").
                error = mdRemove(ctx, *m, member, &done);
                if (error.isEmpty())
                    error = mdReAdd(ctx, *m, member, &done);
                done = QStringLiteral("mdadm: re-add %1 to %2 succeed").arg(member, m->name);
            } else {
                error = mdReAdd(ctx, *m, member, &done);
            }
            if (!error.isEmpty())
                return ctx.fail(error);
            ctx.nodeDirty = true;
            if (target != member)
                done.replace(member, target);
            ctx.sayErr(done + QLatin1Char('\n'));
        }
    }
    return 0;
}

} // namespace pveha::sim
