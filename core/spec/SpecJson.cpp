// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/SpecJson.h"

#include "spec/PrettyJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pveha {

namespace {

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QLatin1String(k);
    return out;
}

} // namespace

QJsonObject SpecJson::write(const ClusterSpec &spec)
{
    const auto list = [](const QStringList &l) { return QJsonArray::fromStringList(l); };
    QJsonArray nodes;
    for (const NodeSpec &n : spec.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("name"), n.name},
                                 {QStringLiteral("publicAddress"), n.publicAddress},
                                 {QStringLiteral("sshPort"), n.sshPort},
                                 {QStringLiteral("privateAddress"), n.privateAddress}});
    }
    QJsonObject ssh{{QStringLiteral("user"), spec.ssh.user},
                    {QStringLiteral("knownHostsFile"), spec.ssh.knownHostsFile},
                    {QStringLiteral("hostKeyPolicy"), toString(spec.ssh.hostKeyPolicy)}};
    if (!spec.ssh.identityFile.isEmpty())
        ssh.insert(QStringLiteral("identityFile"), spec.ssh.identityFile);
    const StoragePart &st = spec.storage;
    const PoolPart &p = spec.ceph.pool;
    QJsonArray resources;
    for (const HaResource &r : spec.ha.resources)
        resources.append(QJsonObject{{QStringLiteral("vmid"), r.vmid}});
    QJsonArray extra;
    for (const FirewallRuleSpec &r : spec.firewall.extraRules) {
        QJsonObject o{{QStringLiteral("sequence"), r.sequence},
                      {QStringLiteral("action"), r.action},
                      {QStringLiteral("protocol"), r.protocol},
                      {QStringLiteral("source"), r.source}};
        if (r.destinationPort)
            o.insert(QStringLiteral("destinationPort"), *r.destinationPort);
        if (r.sourcePort)
            o.insert(QStringLiteral("sourcePort"), *r.sourcePort);
        if (!r.comment.isEmpty())
            o.insert(QStringLiteral("comment"), r.comment);
        extra.append(o);
    }
    const FirewallPart &f = spec.firewall;
    return QJsonObject{
        {QStringLiteral("version"), spec.version},
        {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("name"), spec.cluster.name}}},
        {QStringLiteral("ssh"), ssh},
        {QStringLiteral("nodes"), nodes},
        {QStringLiteral("network"),
         QJsonObject{{QStringLiteral("privateInterface"), spec.network.privateInterface},
                     {QStringLiteral("bridge"), spec.network.bridge},
                     {QStringLiteral("cidr"), spec.network.cidr},
                     {QStringLiteral("mtu"), spec.network.mtu}}},
        {QStringLiteral("storage"),
         QJsonObject{{QStringLiteral("osDisk"), st.osDisk},
                     {QStringLiteral("dbDevice"), st.dbDevice},
                     {QStringLiteral("raidDevices"), list(st.raidDevices)},
                     {QStringLiteral("raidLevel"), st.raidLevel},
                     {QStringLiteral("mdDevice"), st.mdDevice},
                     {QStringLiteral("volumeGroup"), st.volumeGroup},
                     {QStringLiteral("logicalVolume"), st.logicalVolume}}},
        {QStringLiteral("ceph"),
         QJsonObject{
             {QStringLiteral("repository"), toString(spec.ceph.repository)},
             {QStringLiteral("publicNetwork"), spec.ceph.publicNetwork},
             {QStringLiteral("clusterNetwork"), spec.ceph.clusterNetwork},
             {QStringLiteral("pool"), QJsonObject{{QStringLiteral("name"), p.name},
                                                  {QStringLiteral("size"), p.size},
                                                  {QStringLiteral("minSize"), p.minSize},
                                                  {QStringLiteral("pgAutoscale"), p.pgAutoscale},
                                                  {QStringLiteral("addStorage"), p.addStorage}}}}},
        {QStringLiteral("ha"), QJsonObject{{QStringLiteral("group"), spec.ha.group},
                                           {QStringLiteral("nodes"), list(spec.ha.nodes)},
                                           {QStringLiteral("resources"), resources}}},
        {QStringLiteral("firewall"),
         QJsonObject{{QStringLiteral("provider"), toString(f.provider)},
                     {QStringLiteral("apiEndpoint"), f.apiEndpoint},
                     {QStringLiteral("guiSources"), list(f.guiSources)},
                     {QStringLiteral("adminSources"), list(f.adminSources)},
                     {QStringLiteral("allowInterNode"), f.allowInterNode},
                     {QStringLiteral("allowTcpEstablished"), f.allowTcpEstablished},
                     {QStringLiteral("extraRules"), extra}}}};
}

const QStringList &SpecJson::keyOrder()
{
    // SPEC.md's order. "group" precedes "nodes" so that ha reads group, nodes, resources.
    static const QStringList order = keys({"version",
                                           "cluster",
                                           "ssh",
                                           "group",
                                           "nodes",
                                           "resources",
                                           "network",
                                           "storage",
                                           "ceph",
                                           "ha",
                                           "firewall",
                                           "name",
                                           "user",
                                           "identityFile",
                                           "knownHostsFile",
                                           "hostKeyPolicy",
                                           "publicAddress",
                                           "sshPort",
                                           "privateAddress",
                                           "privateInterface",
                                           "bridge",
                                           "cidr",
                                           "mtu",
                                           "osDisk",
                                           "dbDevice",
                                           "raidDevices",
                                           "raidLevel",
                                           "mdDevice",
                                           "volumeGroup",
                                           "logicalVolume",
                                           "repository",
                                           "publicNetwork",
                                           "clusterNetwork",
                                           "pool",
                                           "size",
                                           "minSize",
                                           "pgAutoscale",
                                           "addStorage",
                                           "vmid",
                                           "provider",
                                           "apiEndpoint",
                                           "guiSources",
                                           "adminSources",
                                           "allowInterNode",
                                           "allowTcpEstablished",
                                           "extraRules",
                                           "sequence",
                                           "action",
                                           "protocol",
                                           "source",
                                           "destinationPort",
                                           "sourcePort",
                                           "comment"});
    return order;
}

QByteArray SpecJson::toPrettyJson(const QJsonObject &object)
{
    return pveha::toPrettyJson(QJsonValue(object), keyOrder());
}

QString SpecJson::display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quotedValue(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("[…]");
    case QJsonValue::Object:
        return QStringLiteral("{…}");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    default: {
        const QByteArray compact = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(compact.mid(1, compact.size() - 2));
    }
    }
}

} // namespace pveha
