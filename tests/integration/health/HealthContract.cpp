// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthContract.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pveha::test {
namespace {

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

QStringList contractProblems(const QJsonObject &doc, const QMap<QString, RaidRow> &raid)
{
    QStringList p;
    const auto expect = [&p](bool ok, const QString &what) {
        if (!ok)
            p << what;
    };
    expect(keys(doc) ==
               QStringList({QStringLiteral("ceph"), QStringLiteral("ha"), QStringLiteral("overall"),
                            QStringLiteral("raid"), QStringLiteral("storages")}),
           QStringLiteral("top-level keys: ") + keys(doc).join(QLatin1Char(',')));
    const QJsonObject ceph = doc.value(QLatin1String("ceph")).toObject();
    const QStringList cephKeys = {
        QStringLiteral("bytesAvail"), QStringLiteral("bytesTotal"),   QStringLiteral("bytesUsed"),
        QStringLiteral("health"),     QStringLiteral("monsInQuorum"), QStringLiteral("monsTotal"),
        QStringLiteral("osdsIn"),     QStringLiteral("osdsTotal"),    QStringLiteral("osdsUp"),
        QStringLiteral("pgsByState"), QStringLiteral("pgsTotal")};
    expect(keys(ceph) == cephKeys,
           QStringLiteral("ceph keys: ") + keys(ceph).join(QLatin1Char(',')));
    for (const QString &k : cephKeys)
        expect(k == QLatin1String("health")       ? ceph.value(k).isString()
               : k == QLatin1String("pgsByState") ? ceph.value(k).isObject()
                                                  : ceph.value(k).isDouble(),
               QStringLiteral("ceph.%1 has the wrong type").arg(k));
    expect(ceph.value(QLatin1String("bytesUsed")).toDouble() +
                   ceph.value(QLatin1String("bytesAvail")).toDouble() ==
               ceph.value(QLatin1String("bytesTotal")).toDouble(),
           QStringLiteral("ceph bytes do not add up"));
    qint64 pgs = 0;
    const QJsonObject byState = ceph.value(QLatin1String("pgsByState")).toObject();
    for (auto it = byState.begin(); it != byState.end(); ++it)
        pgs += it.value().toInteger();
    expect(pgs == ceph.value(QLatin1String("pgsTotal")).toInteger(),
           QStringLiteral("pgsByState does not add up to pgsTotal"));

    const QJsonArray arrays = doc.value(QLatin1String("raid")).toArray();
    expect(arrays.size() == raid.size(), QStringLiteral("%1 raid entries").arg(arrays.size()));
    for (const QJsonValue &v : arrays) {
        const QJsonObject a = v.toObject();
        const QString node = a.value(QLatin1String("node")).toString();
        const RaidRow want = raid.value(node);
        expect(keys(a) == QStringList({QStringLiteral("device"), QStringLiteral("level"),
                                       QStringLiteral("members"), QStringLiteral("membersUp"),
                                       QStringLiteral("node"), QStringLiteral("pattern"),
                                       QStringLiteral("progressPercent"), QStringLiteral("state")}),
               QStringLiteral("raid keys: ") + keys(a).join(QLatin1Char(',')));
        const QJsonObject got{{QStringLiteral("device"), a.value(QLatin1String("device"))},
                              {QStringLiteral("level"), a.value(QLatin1String("level"))},
                              {QStringLiteral("members"), a.value(QLatin1String("members"))},
                              {QStringLiteral("membersUp"), a.value(QLatin1String("membersUp"))},
                              {QStringLiteral("pattern"), a.value(QLatin1String("pattern"))},
                              {QStringLiteral("state"), a.value(QLatin1String("state"))}};
        const QJsonObject wanted{{QStringLiteral("device"), QStringLiteral("md0")},
                                 {QStringLiteral("level"), QStringLiteral("raid5")},
                                 {QStringLiteral("members"), 4},
                                 {QStringLiteral("membersUp"), want.membersUp},
                                 {QStringLiteral("pattern"), want.pattern},
                                 {QStringLiteral("state"), want.state}};
        expect(raid.contains(node) && got == wanted,
               QStringLiteral("raid of %1: %2")
                   .arg(node, QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))));
        const QJsonValue progress = a.value(QLatin1String("progressPercent"));
        expect(want.state == QLatin1String("recovery") ? progress.isDouble() : progress.isNull(),
               QStringLiteral("raid of %1: progressPercent %2")
                   .arg(node, progress.isNull() ? QStringLiteral("null")
                                                : QString::number(progress.toDouble())));
    }

    const QJsonObject ha = doc.value(QLatin1String("ha")).toObject();
    expect(keys(ha) == QStringList({QStringLiteral("master"), QStringLiteral("quorate"),
                                    QStringLiteral("services")}),
           QStringLiteral("ha keys: ") + keys(ha).join(QLatin1Char(',')));
    expect(ha.value(QLatin1String("quorate")).toBool(), QStringLiteral("ha not quorate"));
    expect(raid.contains(ha.value(QLatin1String("master")).toString()),
           QStringLiteral("ha master: ") + ha.value(QLatin1String("master")).toString());
    const QJsonObject vm{{QStringLiteral("sid"), QStringLiteral("vm:100")},
                         {QStringLiteral("node"), QStringLiteral("node-01")},
                         {QStringLiteral("state"), QStringLiteral("started")}};
    expect(ha.value(QLatin1String("services")).toArray() == QJsonArray{vm},
           QStringLiteral("ha services: ") +
               QString::fromUtf8(QJsonDocument(ha.value(QLatin1String("services")).toArray())
                                     .toJson(QJsonDocument::Compact)));

    QStringList rbd;
    for (const QJsonValue &v : doc.value(QLatin1String("storages")).toArray()) {
        const QJsonObject s = v.toObject();
        expect(keys(s) == QStringList({QStringLiteral("available"), QStringLiteral("name"),
                                       QStringLiteral("node"), QStringLiteral("status"),
                                       QStringLiteral("total"), QStringLiteral("type"),
                                       QStringLiteral("used")}),
               QStringLiteral("storage keys: ") + keys(s).join(QLatin1Char(',')));
        expect(s.value(QLatin1String("status")) == QLatin1String("active"),
               QStringLiteral("storage not active: ") + s.value(QLatin1String("name")).toString());
        if (s.value(QLatin1String("name")) == QLatin1String("Stockage-HA") &&
            s.value(QLatin1String("type")) == QLatin1String("rbd"))
            rbd << s.value(QLatin1String("node")).toString();
    }
    expect(rbd == raid.keys(), QStringLiteral("Stockage-HA on ") + rbd.join(QLatin1Char(',')));
    return p;
}

} // namespace pveha::test
