// SPDX-License-Identifier: GPL-3.0-or-later
// LVM: pvcreate, vgcreate, lvcreate and the pvs/vgs/lvs reports (--noheadings, -o, --units,
// --nosuffix, --separator, --reportformat json). Extents are 4 MiB; a PV loses 1 MiB to its
// metadata area.
#include "Blk.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QtMath>

namespace pveha::sim {
namespace {

constexpr qint64 kExtent = 4LL * 1024 * 1024;

qint64 vgSize(const NodeState &n, const QString &vg)
{
    qint64 s = 0;
    for (const Pv &p : n.pvs)
        if (p.vg == vg)
            s += ((p.size - 1024 * 1024) / kExtent) * kExtent;
    return s;
}

qint64 vgUsed(const NodeState &n, const QString &vg)
{
    qint64 s = 0;
    for (const Lv &l : n.lvs)
        if (l.vg == vg)
            s += l.size;
    return s;
}

QString lvmSize(qint64 bytes, const QString &units, bool suffix)
{
    if (units == QLatin1String("b") || units == QLatin1String("B"))
        return QString::number(bytes) + (suffix ? QStringLiteral("B") : QString());
    static const char letters[] = {'k', 'm', 'g', 't', 'p'};
    int u = 0;
    double v = double(bytes) / 1024.0;
    if (units.isEmpty() || units == QLatin1String("h")) {
        while (v >= 1024.0 && u < 4) {
            v /= 1024.0;
            ++u;
        }
    } else {
        const int want = QStringLiteral("kmgtp").indexOf(units.toLower());
        for (; u < want; ++u)
            v /= 1024.0;
    }
    if (bytes == 0)
        return QStringLiteral("0 ");
    const double floored = qFloor(v * 100.0 + 1e-9) / 100.0;
    const QString lt = (v - floored > 1e-9 && (units.isEmpty() || units == QLatin1String("h")))
                           ? QStringLiteral("<")
                           : QString();
    return lt + QString::number(floored, 'f', 2) +
           (suffix ? QString(QLatin1Char(letters[u])) : QString());
}

int lvmFail(Ctx &ctx, const QString &msg)
{
    return ctx.fail(QStringLiteral("  ") + msg, 5);
}

int badOpt(Ctx &ctx, const QString &o)
{
    return ctx.fail(
        QStringLiteral("%1: unrecognized option '%2'\n  Error during parsing of command line.")
            .arg(ctx.tool, o),
        3);
}

QString pvCreateCheck(const NodeState &n, const QString &dev, BlockDev *b)
{
    if (!findBlock(n, dev, b))
        return QStringLiteral("No device found for %1.").arg(dev);
    if (b->fstype == QLatin1String("linux_raid_member"))
        return QStringLiteral("Cannot use %1: device is an md component").arg(dev);
    if (!b->pttype.isEmpty())
        return QStringLiteral("Cannot use %1: device is partitioned").arg(dev);
    if (const Pv *pv = n.pv(b->devPath); pv && !pv->vg.isEmpty())
        return QStringLiteral("Can't initialize physical volume \"%1\" of volume group \"%2\" "
                              "without -ff\n  %1: physical volume not initialized.")
            .arg(dev, pv->vg);
    if (!b->fstype.isEmpty() && b->fstype != QLatin1String("LVM2_member"))
        return QStringLiteral("WARNING: %1 signature detected on %2 at offset 1080. Wipe it? "
                              "[y/n]: [n]\n  Aborted wiping of %1.\n"
                              "  1 existing signature left on the device.")
            .arg(b->fstype, dev);
    if (!busyReason(n, *b).isEmpty())
        return QStringLiteral("Cannot use %1: device is in use").arg(dev);
    return QString();
}

void addPv(Ctx &ctx, const BlockDev &b)
{
    if (ctx.node.pv(b.devPath))
        return;
    ctx.node.pvs << Pv{b.devPath, QString(), b.size,
                       seededUuid(ctx.node.name + b.devPath + QStringLiteral("pv")).left(38)};
    ctx.nodeDirty = true;
}

} // namespace

int toolPvcreate(Ctx &ctx)
{
    QStringList devs;
    for (const QString &a : ctx.args) {
        if (a == QLatin1String("-f") || a == QLatin1String("-ff") || a == QLatin1String("-y") ||
            a == QLatin1String("--yes") || a == QLatin1String("-q") || a == QLatin1String("-v"))
            continue;
        if (a.startsWith(QLatin1Char('-')))
            return badOpt(ctx, a);
        devs << a;
    }
    if (devs.isEmpty())
        return ctx.fail(
            QStringLiteral(
                "  No devices specified.\n  Run `pvcreate --help' for more information."),
            3);
    for (const QString &d : devs) {
        BlockDev b;
        const QString problem = pvCreateCheck(ctx.node, d, &b);
        if (!problem.isEmpty())
            return lvmFail(ctx, problem);
        addPv(ctx, b);
        ctx.say(QStringLiteral("  Physical volume \"%1\" successfully created.\n").arg(d));
    }
    return 0;
}

int toolVgcreate(Ctx &ctx)
{
    QStringList ops;
    for (const QString &a : ctx.args) {
        if (a == QLatin1String("-f") || a == QLatin1String("-y") || a == QLatin1String("--yes") ||
            a == QLatin1String("-q"))
            continue;
        if (a.startsWith(QLatin1Char('-')))
            return badOpt(ctx, a);
        ops << a;
    }
    if (ops.size() < 2)
        return ctx.fail(QStringLiteral("  No command with matching syntax recognised.  Run "
                                       "'vgcreate --help' for more information."),
                        3);
    const QString vg = ops.takeFirst();
    if (ctx.node.vg(vg))
        return lvmFail(ctx, QStringLiteral("A volume group called %1 already exists.").arg(vg));
    for (const QString &d : ops) {
        BlockDev b;
        if (const Pv *pv = ctx.node.pv(findBlock(ctx.node, d, &b) ? b.devPath : d);
            pv && !pv->vg.isEmpty())
            return lvmFail(
                ctx, QStringLiteral("Physical volume '%1' is already in volume group '%2'\n  "
                                    "Unable to add physical volume '%1' "
                                    "to volume group '%3'\n  %1: physical volume not initialized.")
                         .arg(d, pv->vg, vg));
        if (!ctx.node.pv(b.devPath)) {
            const QString problem = pvCreateCheck(ctx.node, d, &b);
            if (!problem.isEmpty())
                return lvmFail(ctx, problem);
            addPv(ctx, b);
            ctx.say(QStringLiteral("  Physical volume \"%1\" successfully created.\n").arg(d));
        }
    }
    for (const QString &d : ops) {
        BlockDev b;
        findBlock(ctx.node, d, &b);
        for (Pv &p : ctx.node.pvs)
            if (p.device == b.devPath)
                p.vg = vg;
    }
    ctx.node.vgs << Vg{vg, seededUuid(ctx.node.name + vg).left(38)};
    ctx.nodeDirty = true;
    ctx.say(QStringLiteral("  Volume group \"%1\" successfully created\n").arg(vg));
    return 0;
}

int toolLvcreate(Ctx &ctx)
{
    QString extents, size, name, vg;
    QStringList tags;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString s = a[i];
        if (s == QLatin1String("-l") || s == QLatin1String("--extents"))
            extents = a.value(++i);
        else if (s.startsWith(QLatin1String("-l")) && s.size() > 2)
            extents = s.mid(2);
        else if (s == QLatin1String("-L") || s == QLatin1String("--size"))
            size = a.value(++i);
        else if (s.startsWith(QLatin1String("-L")) && s.size() > 2)
            size = s.mid(2);
        else if (s == QLatin1String("-n") || s == QLatin1String("--name"))
            name = a.value(++i);
        else if (s == QLatin1String("--addtag"))
            tags << a.value(++i);
        else if (s == QLatin1String("-y") || s == QLatin1String("--yes") ||
                 s == QLatin1String("-q") || s == QLatin1String("-Wy") ||
                 s == QLatin1String("-Zy") || s == QLatin1String("-Wn") ||
                 s == QLatin1String("-Zn"))
            continue;
        else if (s.startsWith(QLatin1Char('-')))
            return badOpt(ctx, s);
        else
            vg = s.section(QLatin1Char('/'), 0, 0);
    }
    if (vg.isEmpty() || (extents.isEmpty() && size.isEmpty()))
        return ctx.fail(QStringLiteral("  Please specify either size or extents.\n  Run `lvcreate "
                                       "--help' for more information."),
                        3);
    if (!ctx.node.vg(vg))
        return lvmFail(
            ctx, QStringLiteral("Volume group \"%1\" not found\n  Cannot process volume group %1")
                     .arg(vg));
    if (name.isEmpty())
        name = QStringLiteral("lvol%1").arg(ctx.node.lvs.size());
    if (ctx.node.lv(vg, name))
        return lvmFail(ctx,
                       QStringLiteral("Logical Volume \"%1\" already exists in volume group \"%2\"")
                           .arg(name, vg));
    const qint64 freeBytes = vgSize(ctx.node, vg) - vgUsed(ctx.node, vg);
    qint64 want = 0;
    if (!extents.isEmpty()) {
        if (extents.endsWith(QLatin1String("%FREE")) || extents.endsWith(QLatin1String("%VG"))) {
            const int pct = extents.section(QLatin1Char('%'), 0, 0).toInt();
            const qint64 base =
                extents.endsWith(QLatin1String("%FREE")) ? freeBytes : vgSize(ctx.node, vg);
            want = (base / kExtent * pct / 100) * kExtent;
        } else {
            want = extents.toLongLong() * kExtent;
        }
    } else {
        const QChar unit = size.back().toLower();
        double v = size.left(size.size() - (unit.isLetter() ? 1 : 0)).toDouble();
        const int pow =
            QStringLiteral("kmgtp").indexOf(unit.isLetter() ? unit : QLatin1Char('m')) + 1;
        for (int k = 0; k < pow; ++k)
            v *= 1024.0;
        want = (qint64(v) + kExtent - 1) / kExtent * kExtent;
    }
    if (want <= 0)
        return lvmFail(ctx, QStringLiteral("Specified non-zero number of extents is required."));
    if (want > freeBytes)
        return lvmFail(
            ctx, QStringLiteral(
                     "Volume group \"%1\" has insufficient free space (%2 extents): %3 required.")
                     .arg(vg)
                     .arg(freeBytes / kExtent)
                     .arg(want / kExtent));
    ctx.node.lvs << Lv{vg,
                       name,
                       want,
                       QStringLiteral("dm-%1").arg(ctx.node.nextDm++),
                       QString(),
                       QString(),
                       seededUuid(ctx.node.name + vg + name).left(38),
                       tags};
    ctx.nodeDirty = true;
    ctx.say(QStringLiteral("  Logical volume \"%1\" created.\n").arg(name));
    return 0;
}

namespace {

int report(Ctx &ctx, const QString &kind)
{
    bool headings = true, suffix = true, jsonOut = false;
    QString units, separator = QStringLiteral(" ");
    bool customSep = false;
    QStringList fields, filters;
    if (kind == QLatin1String("pv"))
        fields = {QStringLiteral("pv_name"), QStringLiteral("vg_name"), QStringLiteral("pv_fmt"),
                  QStringLiteral("pv_attr"), QStringLiteral("pv_size"), QStringLiteral("pv_free")};
    else if (kind == QLatin1String("vg"))
        fields = {QStringLiteral("vg_name"),  QStringLiteral("pv_count"),
                  QStringLiteral("lv_count"), QStringLiteral("snap_count"),
                  QStringLiteral("vg_attr"),  QStringLiteral("vg_size"),
                  QStringLiteral("vg_free")};
    else
        fields = {QStringLiteral("lv_name"), QStringLiteral("vg_name"), QStringLiteral("lv_attr"),
                  QStringLiteral("lv_size")};
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString s = a[i];
        if (s == QLatin1String("--noheadings"))
            headings = false;
        else if (s == QLatin1String("--nosuffix"))
            suffix = false;
        else if (s == QLatin1String("--units"))
            units = a.value(++i);
        else if (s == QLatin1String("--separator")) {
            separator = a.value(++i);
            customSep = true;
        } else if (s == QLatin1String("-o") || s == QLatin1String("--options")) {
            const QString v = a.value(++i);
            fields = v.startsWith(QLatin1Char('+')) ? fields + v.mid(1).split(QLatin1Char(','))
                                                    : v.split(QLatin1Char(','));
        } else if (s == QLatin1String("--reportformat")) {
            jsonOut = a.value(++i).startsWith(QLatin1String("json"));
        } else if (s == QLatin1String("-a") || s == QLatin1String("--all") ||
                   s == QLatin1String("-q") || s == QLatin1String("--readonly"))
            continue;
        else if (s.startsWith(QLatin1Char('-')))
            return badOpt(ctx, s);
        else
            filters << s;
    }
    const NodeState &n = ctx.node;
    struct Row
    {
        QMap<QString, QString> v;
    };
    QList<Row> rows;
    const auto sz = [&](qint64 b) { return lvmSize(b, units, suffix); };
    if (kind == QLatin1String("pv")) {
        for (const Pv &p : n.pvs) {
            if (!filters.isEmpty() && !filters.contains(p.device))
                continue;
            const qint64 usable =
                p.vg.isEmpty() ? p.size : ((p.size - 1024 * 1024) / kExtent) * kExtent;
            const qint64 free = p.vg.isEmpty() ? p.size : usable - vgUsed(n, p.vg);
            rows << Row{{{QStringLiteral("pv_name"), p.device},
                         {QStringLiteral("vg_name"), p.vg},
                         {QStringLiteral("pv_fmt"), QStringLiteral("lvm2")},
                         {QStringLiteral("pv_attr"),
                          p.vg.isEmpty() ? QStringLiteral("---") : QStringLiteral("a--")},
                         {QStringLiteral("pv_size"), sz(usable)},
                         {QStringLiteral("pv_free"), sz(qMax<qint64>(0, free))},
                         {QStringLiteral("pv_uuid"), p.uuid},
                         {QStringLiteral("dev_size"), sz(p.size)}}};
        }
        for (const QString &f : filters)
            if (!n.pv(f))
                return lvmFail(ctx,
                               QStringLiteral("Failed to find physical volume \"%1\".").arg(f));
    } else if (kind == QLatin1String("vg")) {
        for (const QString &f : filters)
            if (!n.vg(f))
                return lvmFail(
                    ctx, QStringLiteral(
                             "Volume group \"%1\" not found\n  Cannot process volume group %1")
                             .arg(f));
        for (const Vg &g : n.vgs) {
            if (!filters.isEmpty() && !filters.contains(g.name))
                continue;
            int pvc = 0, lvc = 0;
            for (const Pv &p : n.pvs)
                pvc += p.vg == g.name;
            for (const Lv &l : n.lvs)
                lvc += l.vg == g.name;
            rows << Row{{{QStringLiteral("vg_name"), g.name},
                         {QStringLiteral("pv_count"), QString::number(pvc)},
                         {QStringLiteral("lv_count"), QString::number(lvc)},
                         {QStringLiteral("snap_count"), QStringLiteral("0")},
                         {QStringLiteral("vg_attr"), QStringLiteral("wz--n-")},
                         {QStringLiteral("vg_size"), sz(vgSize(n, g.name))},
                         {QStringLiteral("vg_free"), sz(vgSize(n, g.name) - vgUsed(n, g.name))},
                         {QStringLiteral("vg_uuid"), g.uuid},
                         {QStringLiteral("vg_extent_size"), sz(kExtent)}}};
        }
    } else {
        for (const QString &f : filters) {
            bool found = false;
            for (const Lv &l : n.lvs)
                found = found || f == l.vg || f == l.vg + QLatin1Char('/') + l.name;
            if (!found)
                return lvmFail(
                    ctx,
                    f.contains(QLatin1Char('/'))
                        ? QStringLiteral("Failed to find logical volume \"%1\"").arg(f)
                        : QStringLiteral(
                              "Volume group \"%1\" not found\n  Cannot process volume group %1")
                              .arg(f));
        }
        for (const Lv &l : n.lvs) {
            if (!filters.isEmpty() && !filters.contains(l.vg) &&
                !filters.contains(l.vg + QLatin1Char('/') + l.name))
                continue;
            QString devices;
            for (const Pv &p : n.pvs)
                if (p.vg == l.vg)
                    devices = p.device + QStringLiteral("(0)");
            rows << Row{{{QStringLiteral("lv_name"), l.name},
                         {QStringLiteral("vg_name"), l.vg},
                         {QStringLiteral("lv_attr"), QStringLiteral("-wi-ao----")},
                         {QStringLiteral("lv_size"), sz(l.size)},
                         {QStringLiteral("lv_path"),
                          QStringLiteral("/dev/") + l.vg + QLatin1Char('/') + l.name},
                         {QStringLiteral("lv_dm_path"),
                          QStringLiteral("/dev/mapper/") + dmName(l.vg, l.name)},
                         {QStringLiteral("lv_tags"), l.tags.join(QLatin1Char(','))},
                         {QStringLiteral("lv_uuid"), l.uuid},
                         {QStringLiteral("devices"), devices},
                         {QStringLiteral("lv_kernel_major"), QStringLiteral("252")}}};
        }
    }
    static const QMap<QString, QString> heads = {
        {QStringLiteral("pv_name"), QStringLiteral("PV")},
        {QStringLiteral("vg_name"), QStringLiteral("VG")},
        {QStringLiteral("pv_fmt"), QStringLiteral("Fmt")},
        {QStringLiteral("pv_attr"), QStringLiteral("Attr")},
        {QStringLiteral("pv_size"), QStringLiteral("PSize")},
        {QStringLiteral("pv_free"), QStringLiteral("PFree")},
        {QStringLiteral("pv_count"), QStringLiteral("#PV")},
        {QStringLiteral("lv_count"), QStringLiteral("#LV")},
        {QStringLiteral("snap_count"), QStringLiteral("#SN")},
        {QStringLiteral("vg_attr"), QStringLiteral("Attr")},
        {QStringLiteral("vg_size"), QStringLiteral("VSize")},
        {QStringLiteral("vg_free"), QStringLiteral("VFree")},
        {QStringLiteral("lv_name"), QStringLiteral("LV")},
        {QStringLiteral("lv_attr"), QStringLiteral("Attr")},
        {QStringLiteral("lv_size"), QStringLiteral("LSize")},
        {QStringLiteral("lv_path"), QStringLiteral("Path")},
        {QStringLiteral("lv_tags"), QStringLiteral("LV Tags")},
        {QStringLiteral("devices"), QStringLiteral("Devices")}};
    QStringList norm;
    for (QString f : fields) {
        f = f.trimmed().toLower();
        static const QMap<QString, QString> alias = {
            {QStringLiteral("name"), QString()},
            {QStringLiteral("size"), QString()},
            {QStringLiteral("tags"), QStringLiteral("lv_tags")},
            {QStringLiteral("attr"), QString()},
            {QStringLiteral("uuid"), QString()}};
        if (alias.contains(f))
            f = alias[f].isEmpty() ? kind + QLatin1Char('_') + f : alias[f];
        bool known = false;
        for (const Row &r : rows)
            known = known || r.v.contains(f);
        if (!known && !rows.isEmpty())
            return ctx.fail(QStringLiteral("  Unrecognised field: %1").arg(f), 5);
        norm << f;
    }
    if (jsonOut) {
        QList<QByteArray> items;
        for (const Row &r : rows) {
            json::Fields jf;
            QList<QByteArray> keep; // storage for the key names
            for (const QString &f : norm)
                keep << f.toLatin1();
            for (int k = 0; k < norm.size(); ++k)
                jf.push_back({keep[k].constData(), json::str(r.v.value(norm[k]))});
            items << json::obj(jf);
        }
        ctx.out += QByteArray("  {\n      \"report\": [\n          {\n              \"") +
                   kind.toLatin1() + "\": " + json::arr(items) + "\n          }\n      ]\n  }\n";
        return 0;
    }
    QList<QStringList> table;
    if (headings) {
        QStringList h;
        for (const QString &f : norm)
            h << heads.value(f, f);
        table << h;
    }
    for (const Row &r : rows) {
        QStringList line;
        for (const QString &f : norm)
            line << r.v.value(f);
        table << line;
    }
    if (customSep) {
        for (const QStringList &l : table)
            ctx.say(QStringLiteral("  ") + l.join(separator) + QLatin1Char('\n'));
        return 0;
    }
    QList<bool> right;
    for (const QString &f : norm)
        right << (f.endsWith(QLatin1String("size")) || f.endsWith(QLatin1String("free")) ||
                  f.endsWith(QLatin1String("count")));
    const QString t = textTable(table, right, 1);
    for (const QString &l : t.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        ctx.say(QStringLiteral("  ") + l + QLatin1Char('\n'));
    return 0;
}

} // namespace

int toolPvs(Ctx &ctx)
{
    return report(ctx, QStringLiteral("pv"));
}
int toolVgs(Ctx &ctx)
{
    return report(ctx, QStringLiteral("vg"));
}
int toolLvs(Ctx &ctx)
{
    return report(ctx, QStringLiteral("lv"));
}

} // namespace pveha::sim
