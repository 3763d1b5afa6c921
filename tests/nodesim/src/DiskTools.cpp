// SPDX-License-Identifier: GPL-3.0-or-later
// lsblk (util-linux 2.38 typed JSON, pairs, plain tree), wipefs and blkid over the block view.
#include "Blk.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

namespace pveha::sim {
namespace {

enum class ColType { Str, Num, Bool, Arr };

struct Column
{
    const char *name;
    ColType type;
};

const QList<Column> &columns()
{
    static const QList<Column> c = {
        {"NAME", ColType::Str},       {"KNAME", ColType::Str},       {"PATH", ColType::Str},
        {"MAJ:MIN", ColType::Str},    {"FSTYPE", ColType::Str},      {"LABEL", ColType::Str},
        {"UUID", ColType::Str},       {"PTTYPE", ColType::Str},      {"PTUUID", ColType::Str},
        {"MOUNTPOINT", ColType::Str}, {"MOUNTPOINTS", ColType::Arr}, {"SIZE", ColType::Num},
        {"ROTA", ColType::Bool},      {"RM", ColType::Bool},         {"RO", ColType::Bool},
        {"HOTPLUG", ColType::Bool},   {"TYPE", ColType::Str},        {"TRAN", ColType::Str},
        {"MODEL", ColType::Str},      {"SERIAL", ColType::Str},      {"VENDOR", ColType::Str},
        {"PKNAME", ColType::Str},     {"STATE", ColType::Str},       {"WWN", ColType::Str},
        {"LOG-SEC", ColType::Num},    {"PHY-SEC", ColType::Num},     {"FSVER", ColType::Str}};
    return c;
}

const Column *column(const QString &name)
{
    for (const Column &c : columns())
        if (name.compare(QLatin1String(c.name), Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

struct LsblkOpts
{
    bool json = false, bytes = false, nodeps = false, paths = false, noheadings = false;
    bool pairs = false, list = false;
    QList<const Column *> cols;
};

// The value of one column; a null QString means JSON null.
QString value(const BlockDev &b, const QString &col, const LsblkOpts &o)
{
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    if (col == QLatin1String("NAME"))
        return o.paths ? b.devPath : b.name;
    if (col == QLatin1String("KNAME"))
        return o.paths ? QStringLiteral("/dev/") + b.kname : b.kname;
    if (col == QLatin1String("PATH"))
        return b.devPath;
    if (col == QLatin1String("MAJ:MIN"))
        return b.majMin;
    if (col == QLatin1String("FSTYPE"))
        return orNull(b.fstype);
    if (col == QLatin1String("FSVER"))
        return b.fstype == QLatin1String("LVM2_member")         ? QStringLiteral("LVM2 001")
               : b.fstype == QLatin1String("linux_raid_member") ? QStringLiteral("1.2")
               : b.fstype == QLatin1String("ext4")              ? QStringLiteral("1.0")
                                                                : QString();
    if (col == QLatin1String("LABEL"))
        return orNull(b.label);
    if (col == QLatin1String("UUID"))
        return orNull(b.uuid);
    if (col == QLatin1String("PTTYPE"))
        return orNull(b.pttype);
    if (col == QLatin1String("PTUUID"))
        return orNull(b.ptuuid);
    if (col == QLatin1String("MOUNTPOINT") || col == QLatin1String("MOUNTPOINTS"))
        return orNull(b.mountpoint);
    if (col == QLatin1String("SIZE"))
        return o.bytes ? QString::number(b.size) : humanSize(b.size);
    if (col == QLatin1String("ROTA"))
        return b.rota ? QStringLiteral("1") : QStringLiteral("0");
    if (col == QLatin1String("RM") || col == QLatin1String("RO") || col == QLatin1String("HOTPLUG"))
        return QStringLiteral("0");
    if (col == QLatin1String("TYPE"))
        return b.type;
    if (col == QLatin1String("TRAN"))
        return orNull(b.tran);
    if (col == QLatin1String("MODEL"))
        return orNull(b.model);
    if (col == QLatin1String("SERIAL"))
        return orNull(b.serial);
    if (col == QLatin1String("VENDOR"))
        return b.tran == QLatin1String("sata") ? QStringLiteral("ATA     ") : QString();
    if (col == QLatin1String("PKNAME"))
        return b.pkname.isEmpty() ? QString()
                                  : (o.paths ? QStringLiteral("/dev/") + b.pkname : b.pkname);
    if (col == QLatin1String("STATE"))
        return b.type == QLatin1String("disk") ? QStringLiteral("running") : QString();
    if (col == QLatin1String("LOG-SEC"))
        return QStringLiteral("512");
    if (col == QLatin1String("PHY-SEC"))
        return b.rota ? QStringLiteral("4096") : QStringLiteral("512");
    return QString();
}

QByteArray jsonValue(const BlockDev &b, const Column &c, const LsblkOpts &o)
{
    const QString v = value(b, QLatin1String(c.name), o);
    switch (c.type) {
    case ColType::Bool:
        return json::boolean(v == QLatin1String("1"));
    case ColType::Num:
        if (QLatin1String(c.name) == QLatin1String("SIZE") && !o.bytes)
            return json::str(v);
        return json::num(v.toLongLong());
    case ColType::Arr:
        return QByteArray("[") + json::strOrNull(v) + QByteArray("]");
    case ColType::Str:
        break;
    }
    return json::strOrNull(v);
}

void jsonDevice(QByteArray &out, const BlockDev &b, const LsblkOpts &o, int level)
{
    const QByteArray brace(6 + 6 * level, ' ');
    const QByteArray field(9 + 6 * level, ' ');
    out += "{\n";
    for (int i = 0; i < o.cols.size(); ++i) {
        out += field + json::str(QString::fromLatin1(o.cols[i]->name).toLower()) + ": " +
               jsonValue(b, *o.cols[i], o);
        out += (i + 1 < o.cols.size() || (!o.nodeps && !b.children.isEmpty())) ? ",\n" : "\n";
    }
    if (!o.nodeps && !b.children.isEmpty()) {
        out += field + "\"children\": [\n" + field + "   ";
        for (int i = 0; i < b.children.size(); ++i) {
            if (i > 0)
                out += ",";
            jsonDevice(out, b.children[i], o, level + 1);
        }
        out += "\n" + field + "]\n";
    }
    out += brace + "}";
}

void flatten(const QList<BlockDev> &list, QList<QPair<BlockDev, QString>> *out,
             const QString &prefix, bool nodeps, bool tree)
{
    for (int i = 0; i < list.size(); ++i) {
        const bool last = i == list.size() - 1;
        const QString mark = prefix.isNull()
                                 ? QString()
                                 : prefix + (last ? QStringLiteral("└─") : QStringLiteral("├─"));
        out->append({list[i], tree ? mark : QString()});
        if (!nodeps)
            flatten(list[i].children, out,
                    prefix.isNull() ? QStringLiteral("")
                                    : prefix + (last ? QStringLiteral("  ") : QStringLiteral("│ ")),
                    nodeps, tree);
    }
}

} // namespace

int toolLsblk(Ctx &ctx)
{
    LsblkOpts o;
    QStringList devices;
    QString cols = QStringLiteral("NAME,MAJ:MIN,RM,SIZE,RO,TYPE,MOUNTPOINTS");
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString s = a[i];
        if (s == QLatin1String("-o") || s == QLatin1String("--output")) {
            if (i + 1 >= a.size())
                return ctx.fail(QStringLiteral("lsblk: option requires an argument -- 'o'"));
            const QString v = a[++i];
            cols = v.startsWith(QLatin1Char('+')) ? cols + QLatin1Char(',') + v.mid(1) : v;
        } else if (s.startsWith(QLatin1String("--output="))) {
            cols = s.mid(9);
        } else if (s == QLatin1String("-e") || s == QLatin1String("--exclude")) {
            ++i;
        } else if (s == QLatin1String("--json")) {
            o.json = true;
        } else if (s == QLatin1String("--bytes")) {
            o.bytes = true;
        } else if (s.startsWith(QLatin1Char('-')) && s.size() > 1 &&
                   !s.startsWith(QLatin1String("--"))) {
            for (int k = 1; k < s.size(); ++k) {
                const QChar c = s[k];
                if (c == QLatin1Char('J'))
                    o.json = true;
                else if (c == QLatin1Char('b'))
                    o.bytes = true;
                else if (c == QLatin1Char('d'))
                    o.nodeps = true;
                else if (c == QLatin1Char('p'))
                    o.paths = true;
                else if (c == QLatin1Char('n'))
                    o.noheadings = true;
                else if (c == QLatin1Char('P'))
                    o.pairs = true;
                else if (c == QLatin1Char('l') || c == QLatin1Char('r'))
                    o.list = true;
                else if (c == QLatin1Char('a'))
                    continue;
                else if (c == QLatin1Char('f'))
                    cols = QStringLiteral("NAME,FSTYPE,FSVER,LABEL,UUID,MOUNTPOINTS");
                else if (c == QLatin1Char('o') && k == s.size() - 1 && i + 1 < a.size()) {
                    cols = a[++i];
                } else
                    return ctx.fail(QStringLiteral("lsblk: invalid option -- '%1'\nTry 'lsblk "
                                                   "--help' for more information.")
                                        .arg(c));
            }
        } else if (s.startsWith(QLatin1String("--"))) {
            return ctx.fail(
                QStringLiteral(
                    "lsblk: unrecognized option '%1'\nTry 'lsblk --help' for more information.")
                    .arg(s));
        } else {
            devices << s;
        }
    }
    for (const QString &c : cols.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Column *col = column(c.trimmed());
        if (!col)
            return ctx.fail(QStringLiteral("lsblk: unknown column: %1").arg(c));
        o.cols << col;
    }
    QList<BlockDev> tree;
    int missing = 0;
    if (devices.isEmpty()) {
        tree = blockTree(ctx.node);
    } else {
        for (const QString &d : devices) {
            BlockDev b;
            if (findBlock(ctx.node, d, &b))
                tree << b;
            else {
                ctx.sayErr(QStringLiteral("lsblk: %1: not a block device\n").arg(d));
                ++missing;
            }
        }
        if (tree.isEmpty())
            return 32;
    }
    if (o.json) {
        QByteArray out("{\n   \"blockdevices\": [\n      ");
        for (int i = 0; i < tree.size(); ++i) {
            if (i > 0)
                out += ",";
            jsonDevice(out, tree[i], o, 0);
        }
        out += "\n   ]\n}\n";
        ctx.out += out;
        return missing ? 64 : 0;
    }
    QList<QPair<BlockDev, QString>> flat;
    flatten(tree, &flat, QString(), o.nodeps, !o.list && !o.pairs);
    if (o.pairs) {
        for (const auto &p : flat) {
            QStringList f;
            for (const Column *c : o.cols)
                f << QStringLiteral("%1=\"%2\"")
                         .arg(QLatin1String(c->name), value(p.first, QLatin1String(c->name), o));
            ctx.say(f.join(QLatin1Char(' ')) + QLatin1Char('\n'));
        }
        return missing ? 64 : 0;
    }
    QList<QStringList> rows;
    QList<bool> right;
    if (!o.noheadings) {
        QStringList h;
        for (const Column *c : o.cols)
            h << QLatin1String(c->name);
        rows << h;
    }
    for (const Column *c : o.cols)
        right << (c->type == ColType::Num || c->type == ColType::Bool ||
                  QLatin1String(c->name) == QLatin1String("MAJ:MIN"));
    for (const auto &p : flat) {
        QStringList r;
        for (const Column *c : o.cols) {
            QString v = value(p.first, QLatin1String(c->name), o);
            if (QLatin1String(c->name) == QLatin1String("NAME"))
                v = p.second + v;
            r << v;
        }
        rows << r;
    }
    ctx.say(textTable(rows, right, 1));
    return missing ? 64 : 0;
}

int toolWipefs(Ctx &ctx)
{
    bool noAct = false, all = false, jsonOut = false, quiet = false, noHead = false;
    QStringList devs;
    for (const QString &s : ctx.args) {
        if (s == QLatin1String("--no-act"))
            noAct = true;
        else if (s == QLatin1String("--all"))
            all = true;
        else if (s == QLatin1String("--force"))
            continue;
        else if (s == QLatin1String("--json"))
            jsonOut = true;
        else if (s.startsWith(QLatin1Char('-')) && s.size() > 1 &&
                 !s.startsWith(QLatin1String("--"))) {
            for (int k = 1; k < s.size(); ++k) {
                const QChar c = s[k];
                if (c == QLatin1Char('n'))
                    noAct = true;
                else if (c == QLatin1Char('a'))
                    all = true;
                else if (c == QLatin1Char('f'))
                    continue;
                else if (c == QLatin1Char('J'))
                    jsonOut = true;
                else if (c == QLatin1Char('q'))
                    quiet = true;
                else if (c == QLatin1Char('i'))
                    noHead = true;
                else
                    return ctx.fail(QStringLiteral("wipefs: invalid option -- '%1'\nTry 'wipefs "
                                                   "--help' for more information.")
                                        .arg(c));
            }
        } else if (s.startsWith(QLatin1String("--"))) {
            return ctx.fail(
                QStringLiteral(
                    "wipefs: unrecognized option '%1'\nTry 'wipefs --help' for more information.")
                    .arg(s));
        } else {
            devs << s;
        }
    }
    if (devs.isEmpty())
        return ctx.fail(
            QStringLiteral("wipefs: bad usage\nTry 'wipefs --help' for more information."));
    int rc = 0;
    QList<QStringList> rows;
    QList<QByteArray> jsonSigs;
    for (const QString &d : devs) {
        BlockDev b;
        if (!findBlock(ctx.node, d, &b)) {
            ctx.sayErr(
                QStringLiteral(
                    "wipefs: error: %1: probing initialization failed: No such file or directory\n")
                    .arg(d));
            rc = 1;
            continue;
        }
        const QList<Signature> sigs = signatures(ctx.node, b);
        if (all && !noAct) {
            if (!busyReason(ctx.node, b).isEmpty() ||
                b.fstype == QLatin1String("linux_raid_member")) {
                ctx.sayErr(QStringLiteral("wipefs: error: %1: probing initialization failed: "
                                          "Device or resource busy\n")
                               .arg(d));
                rc = 1;
                continue;
            }
            for (const Signature &s : sigs)
                if (!quiet)
                    ctx.say(
                        QStringLiteral("%1: %2 bytes were erased at offset 0x%3 (%4): %5\n")
                            .arg(b.devPath)
                            .arg(s.magic.split(' ').size())
                            .arg(QString::number(s.offset, 16).rightJustified(8, QLatin1Char('0')),
                                 s.type, QString::fromLatin1(s.magic)));
            Disk *disk = ctx.node.disk(b.name);
            if (disk) {
                if (!disk->ptable.isEmpty() && !quiet)
                    ctx.say(
                        QStringLiteral("%1: calling ioctl to re-read partition table: Success\n")
                            .arg(b.devPath));
                disk->ptable.clear();
                disk->fstype.clear();
                disk->parts.clear();
            }
            for (Disk &dd : ctx.node.disks)
                for (Partition &p : dd.parts)
                    if (p.name == b.name)
                        p.fstype.clear();
            for (int i = 0; i < ctx.node.pvs.size(); ++i)
                if (ctx.node.pvs[i].device == b.devPath && ctx.node.pvs[i].vg.isEmpty())
                    ctx.node.pvs.removeAt(i--);
            ctx.nodeDirty = true;
            continue;
        }
        for (const Signature &s : sigs) {
            const QString off = QStringLiteral("0x") + QString::number(s.offset, 16);
            rows << QStringList{b.name, off, s.type, s.uuid, s.label};
            jsonSigs << json::obj(
                {{"device", json::str(b.name)},
                 {"offset", json::str(off)},
                 {"type", json::str(s.type)},
                 {"uuid", json::strOrNull(s.uuid.isEmpty() ? QString() : s.uuid)},
                 {"label", json::strOrNull(s.label.isEmpty() ? QString() : s.label)}});
        }
    }
    if (jsonOut && !all) {
        if (!jsonSigs.isEmpty()) {
            QByteArray out("{\n   \"signatures\": [\n      ");
            out += jsonSigs.join(",\n      ");
            out += "\n   ]\n}\n";
            ctx.out += out;
        }
    } else if (!rows.isEmpty() && !all) {
        if (!noHead)
            rows.prepend({QStringLiteral("DEVICE"), QStringLiteral("OFFSET"),
                          QStringLiteral("TYPE"), QStringLiteral("UUID"), QStringLiteral("LABEL")});
        ctx.say(textTable(rows, {}, 1));
    }
    return rc;
}

int toolBlkid(Ctx &ctx)
{
    QString format = QStringLiteral("full");
    QStringList tags, devs;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString s = ctx.args[i];
        if (s == QLatin1String("-o") && i + 1 < ctx.args.size())
            format = ctx.args[++i];
        else if (s == QLatin1String("-s") && i + 1 < ctx.args.size())
            tags << ctx.args[++i];
        else if (s == QLatin1String("-p") || s == QLatin1String("-c") ||
                 s == QLatin1String("/dev/null"))
            continue;
        else if (s.startsWith(QLatin1Char('-')))
            return ctx.fail(QStringLiteral("blkid: invalid option -- '%1'").arg(s.mid(1, 1)), 2);
        else
            devs << s;
    }
    QList<BlockDev> list;
    if (devs.isEmpty()) {
        QList<QPair<BlockDev, QString>> flat;
        flatten(blockTree(ctx.node), &flat, QString(), false, false);
        for (const auto &p : flat)
            if (!p.first.fstype.isEmpty() || !p.first.pttype.isEmpty())
                list << p.first;
    } else {
        for (const QString &d : devs) {
            BlockDev b;
            if (findBlock(ctx.node, d, &b) && (!b.fstype.isEmpty() || !b.pttype.isEmpty()))
                list << b;
        }
    }
    if (list.isEmpty())
        return 2;
    for (const BlockDev &b : list) {
        QList<QPair<QString, QString>> kv;
        if (!b.label.isEmpty())
            kv << qMakePair(QStringLiteral("LABEL"), b.label);
        if (!b.uuid.isEmpty())
            kv << qMakePair(QStringLiteral("UUID"), b.uuid);
        if (!b.fstype.isEmpty())
            kv << qMakePair(QStringLiteral("TYPE"), b.fstype);
        if (!b.ptuuid.isEmpty() && b.fstype.isEmpty())
            kv << qMakePair(QStringLiteral("PTUUID"), b.ptuuid);
        if (!b.pttype.isEmpty() && b.fstype.isEmpty())
            kv << qMakePair(QStringLiteral("PTTYPE"), b.pttype);
        if (!tags.isEmpty()) {
            QList<QPair<QString, QString>> f;
            for (const auto &p : kv)
                if (tags.contains(p.first))
                    f << p;
            kv = f;
        }
        if (format == QLatin1String("value")) {
            for (const auto &p : kv)
                ctx.say(p.second + QLatin1Char('\n'));
        } else if (format == QLatin1String("export")) {
            ctx.say(QStringLiteral("DEVNAME=%1\n").arg(b.devPath));
            for (const auto &p : kv)
                ctx.say(p.first + QLatin1Char('=') + p.second + QLatin1Char('\n'));
            ctx.say(QStringLiteral("\n"));
        } else if (format == QLatin1String("device")) {
            ctx.say(b.devPath + QLatin1Char('\n'));
        } else {
            QStringList f;
            for (const auto &p : kv)
                f << QStringLiteral("%1=\"%2\"").arg(p.first, p.second);
            ctx.say(b.devPath + QStringLiteral(": ") + f.join(QLatin1Char(' ')) +
                    QLatin1Char('\n'));
        }
    }
    return 0;
}

} // namespace pveha::sim
