// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/CephOsdTree.h"
#include "common/Logging.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pveha {

CephOsdTree parseCephOsdTree(const QString &text)
{
    static const QRegularExpression s_header(
        QStringLiteral("^ID +CLASS +WEIGHT +TYPE NAME +STATUS +REWEIGHT +PRI-AFF$"));
    static const QRegularExpression s_bucket(QStringLiteral(
        "^ *(-[0-9]{1,9}) +(?:(\\S+) +)?([0-9]+(?:\\.[0-9]+)?) +([a-z_]+) +(\\S+)$"));
    static const QRegularExpression s_osd(QStringLiteral(
        "^ *([0-9]{1,9}) +(?:([a-z0-9_-]+) +)?([0-9]+(?:\\.[0-9]+)?) +osd\\.([0-9]{1,9}) +"
        "([A-Za-z]+) +([0-9]+(?:\\.[0-9]+)?) +([0-9]+(?:\\.[0-9]+)?)$"));

    CephOsdTree tree;
    auto refuse = [](const QString &error) {
        CephOsdTree refused;
        refused.error = error;
        qCDebug(lcHealth) << "ceph osd tree not understood:" << error;
        return refused;
    };
    bool sawHeader = false;
    QString host;
    const QStringList lines = parseutil::cleanLines(text);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!sawHeader) {
            if (!s_header.match(line).hasMatch())
                return refuse(QCoreApplication::translate(
                    "pveha::CephOsdTree",
                    "The output of ceph osd tree does not start with its column titles."));
            sawHeader = true;
            continue;
        }
        if (const auto b = s_bucket.match(line); b.hasMatch()) {
            const QString type = b.captured(4);
            if (type == QLatin1String("host")) {
                host = b.captured(5);
                tree.hosts.append(host);
            } else {
                host.clear();
            }
            continue;
        }
        const auto o = s_osd.match(line);
        if (!o.hasMatch() || o.captured(1) != o.captured(4))
            return refuse(
                QCoreApplication::translate("pveha::CephOsdTree",
                                            "The line \"%1\" of ceph osd tree could not be read.")
                    .arg(parseutil::excerpt(line)));
        CephOsd osd;
        osd.id = o.captured(1).toInt();
        osd.deviceClass = o.captured(2);
        osd.weight = o.captured(3).toDouble();
        osd.host = host;
        osd.status = o.captured(5);
        osd.reweight = o.captured(6).toDouble();
        tree.osds.append(osd);
    }
    if (!sawHeader)
        return refuse(QCoreApplication::translate("pveha::CephOsdTree",
                                                  "The output of ceph osd tree is empty."));
    tree.understood = true;
    return tree;
}

} // namespace pveha
