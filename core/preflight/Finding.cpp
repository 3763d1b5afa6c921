// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/Finding.h"

#include "common/ExitCode.h"

#include <QJsonArray>

namespace pveha {

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Warn:
        return QStringLiteral("warn");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::Skip:
        break;
    }
    return QStringLiteral("skip");
}

QJsonObject Finding::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("status"), checkStatusName(status)},
                  {QStringLiteral("message"), message}};
    if (!observed.isUndefined())
        o.insert(QStringLiteral("observed"), observed);
    if (!expected.isUndefined())
        o.insert(QStringLiteral("expected"), expected);
    if (!command.isEmpty())
        o.insert(QStringLiteral("command"), command);
    return o;
}

const Finding *NodeReport::find(const QString &id) const
{
    for (const Finding &f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

bool NodeReport::unreachable() const
{
    const Finding *connect = find(QStringLiteral("ssh.connect"));
    return connect && connect->status == CheckStatus::Fail;
}

int PreflightReport::count(CheckStatus status) const
{
    int n = 0;
    for (const NodeReport &node : nodes)
        for (const Finding &f : node.findings)
            n += f.status == status ? 1 : 0;
    for (const MeshEntry &m : mesh)
        n += m.status == status ? 1 : 0;
    return n;
}

bool PreflightReport::anyUnreachable() const
{
    for (const NodeReport &node : nodes)
        if (node.unreachable())
            return true;
    return false;
}

QJsonObject PreflightReport::toContractJson() const
{
    QJsonArray nodeArray;
    for (const NodeReport &node : nodes) {
        QJsonArray checks;
        for (const Finding &f : node.findings)
            checks.append(f.toJson());
        nodeArray.append(
            QJsonObject{{QStringLiteral("name"), node.node}, {QStringLiteral("checks"), checks}});
    }
    QJsonArray meshArray;
    for (const MeshEntry &m : mesh)
        meshArray.append(QJsonObject{{QStringLiteral("from"), m.from},
                                     {QStringLiteral("to"), m.to},
                                     {QStringLiteral("mtu"), m.mtu},
                                     {QStringLiteral("status"), checkStatusName(m.status)},
                                     {QStringLiteral("message"), m.message}});
    const QJsonObject summary{{QStringLiteral("pass"), count(CheckStatus::Pass)},
                              {QStringLiteral("warn"), count(CheckStatus::Warn)},
                              {QStringLiteral("fail"), count(CheckStatus::Fail)},
                              {QStringLiteral("skip"), count(CheckStatus::Skip)}};
    return QJsonObject{{QStringLiteral("nodes"), nodeArray},
                       {QStringLiteral("mesh"), meshArray},
                       {QStringLiteral("summary"), summary}};
}

QJsonObject PreflightReport::toReportJson() const
{
    QJsonObject doc = toContractJson();
    QJsonArray nodeArray = doc.value(QStringLiteral("nodes")).toArray();
    for (int i = 0; i < nodes.size() && i < nodeArray.size(); ++i) {
        const NodeReport &node = nodes.at(i);
        QJsonObject o = nodeArray.at(i).toObject();
        QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
        for (int c = 0; c < checks.size() && c < node.findings.size(); ++c) {
            QJsonObject check = checks.at(c).toObject();
            check.insert(QStringLiteral("details"), node.findings.at(c).details);
            checks[c] = check;
        }
        o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("pveVersion"), node.facts.pve.toString());
        QJsonArray disks;
        for (const BlockDevice &d : node.facts.disks.devices)
            if (d.type == QLatin1String("disk"))
                disks.append(QJsonObject{{QStringLiteral("path"), d.path()},
                                         {QStringLiteral("size"), double(d.size)},
                                         {QStringLiteral("model"), d.model},
                                         {QStringLiteral("serial"), d.serial},
                                         {QStringLiteral("transport"), d.transport},
                                         {QStringLiteral("rotational"), d.rotational}});
        o.insert(QStringLiteral("disks"), disks);
        nodeArray[i] = o;
    }
    doc.insert(QStringLiteral("nodes"), nodeArray);
    return doc;
}

int PreflightReport::exitCode() const
{
    if (anyUnreachable())
        return toInt(ExitCode::Unreachable);
    return count(CheckStatus::Fail) > 0 ? toInt(ExitCode::Failed) : toInt(ExitCode::Ok);
}

} // namespace pveha
