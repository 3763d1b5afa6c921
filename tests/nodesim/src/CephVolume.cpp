// SPDX-License-Identifier: GPL-3.0-or-later
// ceph-volume lvm create (--data VG/LV or a raw device, --block.db raw device, partition or
// VG/LV) and lvm list (plain and JSON). It needs the bootstrap-osd keyring in place, as the
// real one does.
#include "Blk.h"
#include "Ceph.h"
#include "Json.h"
#include "Tools.h"
#include "Util.h"

#include <QDateTime>
#include <QDir>

namespace pveha::sim {
namespace {

QString tagValue(const Lv &l, const QString &key)
{
    for (const QString &t : l.tags)
        if (t.startsWith(key + QLatin1Char('=')))
            return t.mid(key.size() + 1);
    return QString();
}

int cvFail(Ctx &ctx, const QString &msg)
{
    return ctx.fail(QStringLiteral("-->  RuntimeError: ") + msg, 1);
}

// A new VG + one LV spanning a whole raw device (what ceph-volume does with a device).
Lv *wholeDeviceLv(Ctx &ctx, const BlockDev &b, const QString &prefix, const QString &uuid)
{
    const QString vg = QStringLiteral("ceph-") + seededUuid(uuid + prefix);
    ctx.node.pvs << Pv{b.devPath, vg, b.size, seededUuid(vg + QStringLiteral("pv")).left(38)};
    ctx.node.vgs << Vg{vg, seededUuid(vg).left(38)};
    const qint64 size = ((b.size - 1024 * 1024) / (4LL << 20)) * (4LL << 20);
    ctx.node.lvs << Lv{vg,
                       prefix + QLatin1Char('-') + uuid,
                       size,
                       QStringLiteral("dm-%1").arg(ctx.node.nextDm++),
                       QString(),
                       QString(),
                       seededUuid(vg + prefix).left(38),
                       {}};
    ctx.sayErr(QStringLiteral("Running command: vgcreate --force --yes %1 %2\n stdout: Physical "
                              "volume \"%2\" successfully created.\n"
                              " stdout: Volume group \"%1\" successfully created\nRunning command: "
                              "lvcreate --yes -l %3 -n %4-%5 %1\n"
                              " stdout: Logical volume \"%4-%5\" created.\n")
                   .arg(vg, b.devPath)
                   .arg(size / (4LL << 20))
                   .arg(prefix, uuid));
    return &ctx.node.lvs.last();
}

Lv *resolveLv(Ctx &ctx, const QString &spec)
{
    const QStringList p = spec.startsWith(QLatin1String("/dev/"))
                              ? spec.mid(5).split(QLatin1Char('/'))
                              : spec.split(QLatin1Char('/'));
    return p.size() == 2 ? ctx.node.lv(p[0], p[1]) : nullptr;
}

int create(Ctx &ctx, const QString &data, const QString &db)
{
    if (data.isEmpty())
        return ctx.fail(
            QStringLiteral(
                "usage: ceph-volume lvm create [-h] --data DATA [--block.db BLOCK_DB] ...\n"
                "ceph-volume lvm create: error: the following arguments are required: --data"),
            2);
    const QString osdUuid = seededUuid(ctx.node.name + data + QString::number(ctx.now()));
    ctx.sayErr(QStringLiteral("Running command: /usr/bin/ceph-authtool --gen-print-key\nRunning "
                              "command: /usr/bin/ceph --cluster ceph --name "
                              "client.bootstrap-osd --keyring "
                              "/var/lib/ceph/bootstrap-osd/ceph.keyring -i - osd new %1\n")
                   .arg(osdUuid));
    QByteArray keyring;
    QString err;
    const bool haveKeyring =
        ctx.readFile(QStringLiteral("/var/lib/ceph/bootstrap-osd/ceph.keyring"), &keyring, &err);
    if (ctx.cluster.mons.isEmpty() || computeCeph(ctx).quorum.isEmpty() || !haveKeyring ||
        !QString::fromUtf8(keyring).contains(ctx.cluster.bootstrapOsdKey) ||
        ctx.cluster.bootstrapOsdKey.isEmpty()) {
        if (!haveKeyring)
            ctx.sayErr(
                QStringLiteral(" stderr: %1 7f0e2c7fa6c0 -1 auth: unable to find a keyring on "
                               "/var/lib/ceph/bootstrap-osd/ceph.keyring: "
                               "(2) No such file or directory\n")
                    .arg(QDateTime::fromMSecsSinceEpoch(ctx.now()).toString(Qt::ISODateWithMs)));
        return cvFail(ctx, QStringLiteral("Unable to create a new OSD id"));
    }
    // Validate both devices before touching anything.
    Lv *dataLv = resolveLv(ctx, data);
    BlockDev dataDev, dbDev;
    if (!dataLv) {
        if (!findBlock(ctx.node, data, &dataDev) || !data.startsWith(QLatin1String("/dev/")))
            return cvFail(
                ctx, QStringLiteral(
                         "Cannot use device (%1). A vg/lv path or an existing device is needed")
                         .arg(data));
        if (!isEmptyDevice(ctx.node, dataDev))
            return cvFail(
                ctx, QStringLiteral(
                         "Cannot use device (%1): it holds data (partitions, a signature or LVM)")
                         .arg(data));
    } else if (!tagValue(*dataLv, QStringLiteral("ceph.osd_id")).isEmpty()) {
        return cvFail(ctx, QStringLiteral("skipping %1, it is already prepared").arg(data));
    }
    Lv *dbLv = nullptr;
    QString dbLvPath; // pointers into the LV list do not survive the appends below
    if (!db.isEmpty()) {
        dbLv = resolveLv(ctx, db);
        if (dbLv)
            dbLvPath = QStringLiteral("/dev/%1/%2").arg(dbLv->vg, dbLv->name);
        if (!dbLv && !findBlock(ctx.node, db, &dbDev))
            return cvFail(
                ctx, QStringLiteral(
                         "Cannot use device (%1). A vg/lv path or an existing device is needed")
                         .arg(db));
        if (dbLv && !tagValue(*dbLv, QStringLiteral("ceph.osd_id")).isEmpty())
            return cvFail(ctx, QStringLiteral("skipping %1, it is already prepared").arg(db));
        if (!dbLv && (dbDev.type == QLatin1String("disk")
                          ? !isEmptyDevice(ctx.node, dbDev)
                          : (!dbDev.fstype.isEmpty() || !dbDev.children.isEmpty())))
            return cvFail(
                ctx, QStringLiteral(
                         "Cannot use device (%1): it holds data (partitions, a signature or LVM)")
                         .arg(db));
    }
    int id = 0;
    for (bool taken = true; taken; ++id) {
        taken = false;
        for (const CephOsd &o : ctx.cluster.osds)
            taken = taken || o.id == id;
        if (!taken)
            break;
    }
    if (!dataLv)
        dataLv = wholeDeviceLv(ctx, dataDev, QStringLiteral("osd-block"), osdUuid);
    const QString dataVg = dataLv->vg, dataName = dataLv->name;
    QString dbPath;
    if (!db.isEmpty()) {
        if (dbLvPath.isEmpty() && dbDev.type == QLatin1String("disk")) {
            Lv *made = wholeDeviceLv(ctx, dbDev, QStringLiteral("osd-db"), osdUuid);
            dbLvPath = QStringLiteral("/dev/%1/%2").arg(made->vg, made->name);
        }
        dbPath = dbLvPath.isEmpty() ? dbDev.devPath : dbLvPath;
        dbLv = dbLvPath.isEmpty() ? nullptr : resolveLv(ctx, dbLvPath);
    }
    dataLv = ctx.node.lv(dataVg, dataName);
    const QString blockPath = QStringLiteral("/dev/%1/%2").arg(dataVg, dataName);
    QStringList tags{QStringLiteral("ceph.block_device=") + blockPath,
                     QStringLiteral("ceph.block_uuid=") + dataLv->uuid,
                     QStringLiteral("ceph.cephx_lockbox_secret="),
                     QStringLiteral("ceph.cluster_fsid=") + ctx.cluster.fsid,
                     QStringLiteral("ceph.cluster_name=ceph"),
                     QStringLiteral("ceph.crush_device_class="),
                     QStringLiteral("ceph.encrypted=0"),
                     QStringLiteral("ceph.osd_fsid=") + osdUuid,
                     QStringLiteral("ceph.osd_id=%1").arg(id),
                     QStringLiteral("ceph.osdspec_affinity="),
                     QStringLiteral("ceph.vdo=0")};
    if (!dbPath.isEmpty())
        tags << QStringLiteral("ceph.db_device=") + dbPath
             << QStringLiteral("ceph.db_uuid=") + (dbLv ? dbLv->uuid : dbDev.uuid);
    dataLv->tags = tags + QStringList{QStringLiteral("ceph.type=block")};
    dataLv->fstype = QStringLiteral("ceph_bluestore");
    if (dbLv) {
        dbLv = resolveLv(ctx, dbPath);
        dbLv->tags = tags + QStringList{QStringLiteral("ceph.type=db")};
    }
    ctx.cluster.osds << CephOsd{
        id,     ctx.node.name, osdUuid, dataLv->size, dataVg + QLatin1Char('/') + dataName,
        dbPath, ctx.now()};
    if (!ctx.cluster.pool(QStringLiteral(".mgr"))) {
        CephPool mgr;
        mgr.id = 1;
        mgr.name = QStringLiteral(".mgr");
        mgr.pgNum = 1;
        mgr.autoscale = QStringLiteral("on");
        mgr.application = QStringLiteral("mgr");
        mgr.createdMs = ctx.now();
        for (CephPool &p : ctx.cluster.pools)
            p.id = qMax(p.id, 2);
        ctx.cluster.pools.prepend(mgr);
    }
    ctx.node.activeServices << QStringLiteral("ceph-osd@%1").arg(id);
    QDir().mkpath(ctx.hostPath(QStringLiteral("/var/lib/ceph/osd/ceph-%1").arg(id)));
    ctx.nodeDirty = ctx.clusterDirty = true;
    ctx.sayErr(
        QStringLiteral(
            "Running command: /usr/bin/mount -t tmpfs tmpfs /var/lib/ceph/osd/ceph-%1\n"
            "Running command: /usr/bin/ln -s %2 /var/lib/ceph/osd/ceph-%1/block\n"
            "--> Creating keyring file for osd.%1\n"
            "Running command: /usr/bin/ceph-osd --cluster ceph --osd-objectstore bluestore --mkfs "
            "-i %1 --monmap "
            "/var/lib/ceph/osd/ceph-%1/activate.monmap --keyfile - %3--osd-data "
            "/var/lib/ceph/osd/ceph-%1/ --osd-uuid %4 "
            "--setuser ceph --setgroup ceph\n--> ceph-volume lvm prepare successful for: %5\n"
            "Running command: /usr/bin/systemctl enable ceph-volume@lvm-%1-%4\nRunning command: "
            "/usr/bin/systemctl enable "
            "--runtime ceph-osd@%1\nRunning command: /usr/bin/systemctl start ceph-osd@%1\n"
            "--> ceph-volume lvm activate successful for osd ID: %1\n--> ceph-volume lvm create "
            "successful for: %5\n")
            .arg(id)
            .arg(blockPath,
                 dbPath.isEmpty() ? QString()
                                  : QStringLiteral("--bluestore-block-db-path %1 ").arg(dbPath),
                 osdUuid, data));
    return 0;
}

int list(Ctx &ctx, bool jsonOut)
{
    QMap<int, QList<const Lv *>> byOsd;
    for (const Lv &l : ctx.node.lvs) {
        const QString id = tagValue(l, QStringLiteral("ceph.osd_id"));
        if (!id.isEmpty())
            byOsd[id.toInt()] << &l;
    }
    const auto devicesOf = [&](const Lv &l) {
        QStringList d;
        for (const Pv &p : ctx.node.pvs)
            if (p.vg == l.vg)
                d << p.device;
        return d;
    };
    if (jsonOut) {
        json::Fields top;
        QList<QByteArray> keys;
        for (auto it = byOsd.cbegin(); it != byOsd.cend(); ++it)
            keys << QByteArray::number(it.key());
        int k = 0;
        for (auto it = byOsd.cbegin(); it != byOsd.cend(); ++it, ++k) {
            QList<QByteArray> items;
            for (const Lv *l : it.value()) {
                json::Fields tagFields;
                QList<QByteArray> tagKeys;
                for (const QString &t : l->tags)
                    tagKeys << t.section(QLatin1Char('='), 0, 0).toLatin1();
                for (int i = 0; i < l->tags.size(); ++i)
                    tagFields.push_back({tagKeys[i].constData(),
                                         json::str(l->tags[i].section(QLatin1Char('='), 1))});
                items << json::obj(
                    {{"devices", json::strArr(devicesOf(*l))},
                     {"lv_name", json::str(l->name)},
                     {"lv_path", json::str(QStringLiteral("/dev/%1/%2").arg(l->vg, l->name))},
                     {"lv_size", json::str(QString::number(l->size))},
                     {"lv_tags", json::str(l->tags.join(QLatin1Char(',')))},
                     {"lv_uuid", json::str(l->uuid)},
                     {"name", json::str(l->name)},
                     {"path", json::str(QStringLiteral("/dev/%1/%2").arg(l->vg, l->name))},
                     {"tags", json::obj(tagFields)},
                     {"type", json::str(tagValue(*l, QStringLiteral("ceph.type")))},
                     {"vg_name", json::str(l->vg)}});
            }
            top.push_back({keys[k].constData(), json::arr(items)});
        }
        ctx.out += json::obj(top) + '\n';
        return 0;
    }
    if (byOsd.isEmpty())
        return ctx.fail(QStringLiteral("No valid Ceph lvm devices found"), 1);
    for (auto it = byOsd.cbegin(); it != byOsd.cend(); ++it) {
        ctx.say(QStringLiteral("\n\n====== osd.%1 =======\n").arg(it.key()));
        for (const Lv *l : it.value()) {
            const QString type = tagValue(*l, QStringLiteral("ceph.type"));
            ctx.say(QStringLiteral("\n  %1 /dev/%2/%3\n\n")
                        .arg(QString(QLatin1Char('[') + type + QLatin1Char(']')).leftJustified(13),
                             l->vg, l->name));
            const auto row = [&](const QString &k, const QString &v) {
                ctx.say(QStringLiteral("      %1 %2\n").arg(k.leftJustified(25), v));
            };
            row(QStringLiteral("block device"), tagValue(*l, QStringLiteral("ceph.block_device")));
            row(QStringLiteral("block uuid"), tagValue(*l, QStringLiteral("ceph.block_uuid")));
            row(QStringLiteral("cephx lockbox secret"), QString());
            row(QStringLiteral("cluster fsid"), tagValue(*l, QStringLiteral("ceph.cluster_fsid")));
            row(QStringLiteral("cluster name"), QStringLiteral("ceph"));
            row(QStringLiteral("crush device class"), QString());
            if (!tagValue(*l, QStringLiteral("ceph.db_device")).isEmpty()) {
                row(QStringLiteral("db device"), tagValue(*l, QStringLiteral("ceph.db_device")));
                row(QStringLiteral("db uuid"), tagValue(*l, QStringLiteral("ceph.db_uuid")));
            }
            row(QStringLiteral("encrypted"), QStringLiteral("0"));
            row(QStringLiteral("osd fsid"), tagValue(*l, QStringLiteral("ceph.osd_fsid")));
            row(QStringLiteral("osd id"), QString::number(it.key()));
            row(QStringLiteral("osdspec affinity"), QString());
            row(QStringLiteral("type"), type);
            row(QStringLiteral("vdo"), QStringLiteral("0"));
            row(QStringLiteral("devices"), devicesOf(*l).join(QLatin1Char(',')));
        }
    }
    return 0;
}

} // namespace

int toolCephVolume(Ctx &ctx)
{
    QStringList a = ctx.args;
    if (a.value(0) == QLatin1String("--version")) {
        ctx.say(cephReleaseVersion(ctx.node.cephRelease) + QLatin1Char('\n'));
        return 0;
    }
    if (a.value(0) != QLatin1String("lvm"))
        return ctx.fail(
            QStringLiteral("ceph-volume: the simulator supports 'lvm create' and 'lvm list'"), 2);
    const QString sub = a.value(1);
    a = a.mid(2);
    QString data, db, format;
    for (int i = 0; i < a.size(); ++i) {
        const QString s = a[i];
        if (s == QLatin1String("--data"))
            data = a.value(++i);
        else if (s == QLatin1String("--block.db"))
            db = a.value(++i);
        else if (s == QLatin1String("--format"))
            format = a.value(++i);
        else if (s == QLatin1String("--bluestore") || s == QLatin1String("--no-systemd"))
            continue;
        else if (s == QLatin1String("--crush-device-class") || s == QLatin1String("--osd-id"))
            ++i;
        else if (sub == QLatin1String("list") && !s.startsWith(QLatin1Char('-')))
            continue;
        else
            return ctx.fail(QStringLiteral("usage: ceph-volume lvm %1 [-h] ...\nceph-volume lvm "
                                           "%1: error: unrecognized arguments: %2")
                                .arg(sub, s),
                            2);
    }
    if (sub == QLatin1String("create"))
        return create(ctx, data, db);
    if (sub == QLatin1String("list"))
        return list(ctx, format == QLatin1String("json") || format == QLatin1String("json-pretty"));
    return ctx.fail(
        QStringLiteral("ceph-volume: 'lvm %1' is not simulated (create, list)").arg(sub), 2);
}

} // namespace pveha::sim
