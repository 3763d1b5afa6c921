// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/SpecReader.h"

#include "common/Logging.h"
#include "spec/SpecJson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace pveha {

namespace {

QString child(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString indexed(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/// Reads typed fields out of JSON objects, collecting a problem for each value of the wrong
/// type. A missing field leaves the output untouched (its default); so does a wrong one.
class Reader
{
public:
    QList<SpecProblem> problems;
    QList<SpecProblem> notices;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    /// Notes every key of `object` that is not in `known`.
    void checkKnown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            const QString where = child(path, escapedValue(it.key()));
            qCInfo(lcSpec, "unknown spec field ignored: %s", qUtf8Printable(where));
            notices.append({where, SpecReader::tr("This field is not part of the spec format and "
                                                  "is ignored; check its spelling.")});
        }
    }

    /// The object at `key`, or an empty one when missing or of the wrong type.
    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isObject()) {
            problem(path, SpecReader::tr("%1 is not an object (expected fields in braces { }).")
                              .arg(SpecJson::display(v)));
            return {};
        }
        return v.toObject();
    }

    /// The array at `key`; `present` tells whether the file has one of the right type.
    QJsonArray array(const QJsonObject &parent, const QString &key, const QString &path,
                     bool *present = nullptr)
    {
        const QJsonValue v = parent.value(key);
        if (present)
            *present = v.isArray();
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            problem(path,
                    SpecReader::tr("%1 is not a list (expected values in square brackets [ ]).")
                        .arg(SpecJson::display(v)));
            return {};
        }
        return v.toArray();
    }

    /// `optional` fields also accept null, meaning "not set".
    bool string(const QJsonValue &v, const QString &path, QString &out, bool optional = false)
    {
        if (v.isUndefined() || (optional && v.isNull()))
            return false;
        if (!v.isString()) {
            problem(path, SpecReader::tr("%1 is not text (expected a value in double quotes).")
                              .arg(SpecJson::display(v)));
            return false;
        }
        out = v.toString();
        return true;
    }

    bool integer(const QJsonValue &v, const QString &path, int &out)
    {
        if (v.isUndefined())
            return false;
        const double d = v.toDouble();
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d) {
            problem(path, SpecReader::tr("%1 is not a whole number (expected digits without quotes "
                                         "or decimals).")
                              .arg(SpecJson::display(v)));
            return false;
        }
        if (d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max()) {
            problem(path, SpecReader::tr("%1 is far outside the range this field allows.")
                              .arg(SpecJson::display(v)));
            return false;
        }
        out = static_cast<int>(d);
        return true;
    }

    void optionalInteger(const QJsonValue &v, const QString &path, std::optional<int> &out)
    {
        int value = 0;
        if (!v.isNull() && integer(v, path, value))
            out = value;
    }

    void boolean(const QJsonValue &v, const QString &path, bool &out)
    {
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            problem(path, SpecReader::tr("%1 is not true or false (expected true or false without "
                                         "quotes).")
                              .arg(SpecJson::display(v)));
            return;
        }
        out = v.toBool();
    }

    void stringList(const QJsonObject &parent, const QString &key, const QString &path,
                    QStringList &out, bool *present = nullptr)
    {
        const QJsonArray a = array(parent, key, path, present);
        if (!parent.value(key).isArray())
            return;
        out.clear();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QString s;
            string(a.at(i), indexed(path, i), s);
            out.append(s);
        }
    }

    /// A string that must be one of `allowed`; `parse` turns it into the enum.
    template<typename Enum, typename Parse>
    void enumeration(const QJsonValue &v, const QString &path, Enum &out, Parse parse,
                     const QStringList &allowed)
    {
        QString s;
        if (!string(v, path, s))
            return;
        if (const std::optional<Enum> e = parse(s)) {
            out = *e;
            return;
        }
        problem(path, SpecReader::tr("%1 is not allowed here (expected one of: %2).")
                          .arg(quotedValue(s), allowed.join(QLatin1String(", "))));
    }
};

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out << QLatin1String(k);
    return out;
}

void readNode(Reader &r, const QJsonValue &v, const QString &path, NodeSpec &node)
{
    if (!v.isObject()) {
        r.problem(path, SpecReader::tr("%1 is not an object (expected fields in braces { }).")
                            .arg(SpecJson::display(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    r.checkKnown(o, path, keys({"name", "publicAddress", "sshPort", "privateAddress"}));
    r.string(o.value(QLatin1String("name")), child(path, QStringLiteral("name")), node.name);
    r.string(o.value(QLatin1String("publicAddress")), child(path, QStringLiteral("publicAddress")),
             node.publicAddress);
    r.integer(o.value(QLatin1String("sshPort")), child(path, QStringLiteral("sshPort")),
              node.sshPort);
    r.string(o.value(QLatin1String("privateAddress")),
             child(path, QStringLiteral("privateAddress")), node.privateAddress);
}

void readExtraRule(Reader &r, const QJsonValue &v, const QString &path, FirewallRuleSpec &rule)
{
    if (!v.isObject()) {
        r.problem(path, SpecReader::tr("%1 is not an object (expected fields in braces { }).")
                            .arg(SpecJson::display(v)));
        return;
    }
    const QJsonObject o = v.toObject();
    r.checkKnown(o, path,
                 keys({"sequence", "action", "protocol", "source", "destinationPort", "sourcePort",
                       "comment"}));
    const auto field = [&](const char *key) { return o.value(QLatin1String(key)); };
    const auto at = [&](const char *key) { return child(path, QLatin1String(key)); };
    rule.sequence = -1;
    if (!o.contains(QLatin1String("sequence")))
        r.problem(at("sequence"),
                  SpecReader::tr("The rule has no sequence (expected a whole number "
                                 "from 0 to 18; 19 holds the final deny rule)."));
    r.integer(field("sequence"), at("sequence"), rule.sequence);
    r.string(field("action"), at("action"), rule.action);
    r.string(field("protocol"), at("protocol"), rule.protocol);
    r.string(field("source"), at("source"), rule.source);
    r.optionalInteger(field("destinationPort"), at("destinationPort"), rule.destinationPort);
    r.optionalInteger(field("sourcePort"), at("sourcePort"), rule.sourcePort);
    r.string(field("comment"), at("comment"), rule.comment, true);
}

} // namespace

ClusterSpec SpecReader::read(const QJsonObject &root, QList<SpecProblem> *problems,
                             QList<SpecProblem> *notices)
{
    Reader r;
    ClusterSpec spec;
    const auto v = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key));
    };
    const auto S = [](const char *key) { return QLatin1String(key); };

    r.checkKnown(root, {},
                 keys({"version", "cluster", "ssh", "nodes", "network", "storage", "ceph", "ha",
                       "firewall"}));
    spec.version = 0;
    if (!root.contains(S("version")))
        r.problem(S("version"),
                  tr("The format version is missing (add \"version\": 1 at the top of "
                     "the file)."));
    r.integer(v(root, "version"), S("version"), spec.version);

    const QJsonObject cluster = r.object(root, S("cluster"), S("cluster"));
    r.checkKnown(cluster, S("cluster"), keys({"name"}));
    r.string(v(cluster, "name"), S("cluster.name"), spec.cluster.name);

    const QJsonObject ssh = r.object(root, S("ssh"), S("ssh"));
    r.checkKnown(ssh, S("ssh"), keys({"user", "identityFile", "knownHostsFile", "hostKeyPolicy"}));
    r.string(v(ssh, "user"), S("ssh.user"), spec.ssh.user);
    r.string(v(ssh, "identityFile"), S("ssh.identityFile"), spec.ssh.identityFile, true);
    r.string(v(ssh, "knownHostsFile"), S("ssh.knownHostsFile"), spec.ssh.knownHostsFile);
    r.enumeration(v(ssh, "hostKeyPolicy"), S("ssh.hostKeyPolicy"), spec.ssh.hostKeyPolicy,
                  hostKeyPolicyFromString, keys({"strict", "accept-new", "ask"}));

    const QJsonArray nodes = r.array(root, S("nodes"), S("nodes"));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        NodeSpec node;
        readNode(r, nodes.at(i), indexed(S("nodes"), i), node);
        spec.nodes.append(node);
    }

    const QJsonObject network = r.object(root, S("network"), S("network"));
    r.checkKnown(network, S("network"), keys({"privateInterface", "bridge", "cidr", "mtu"}));
    r.string(v(network, "privateInterface"), S("network.privateInterface"),
             spec.network.privateInterface);
    r.string(v(network, "bridge"), S("network.bridge"), spec.network.bridge);
    r.string(v(network, "cidr"), S("network.cidr"), spec.network.cidr);
    r.integer(v(network, "mtu"), S("network.mtu"), spec.network.mtu);

    const QJsonObject storage = r.object(root, S("storage"), S("storage"));
    r.checkKnown(storage, S("storage"),
                 keys({"osDisk", "dbDevice", "raidDevices", "raidLevel", "mdDevice", "volumeGroup",
                       "logicalVolume"}));
    r.string(v(storage, "osDisk"), S("storage.osDisk"), spec.storage.osDisk);
    r.string(v(storage, "dbDevice"), S("storage.dbDevice"), spec.storage.dbDevice);
    r.stringList(storage, S("raidDevices"), S("storage.raidDevices"), spec.storage.raidDevices);
    r.integer(v(storage, "raidLevel"), S("storage.raidLevel"), spec.storage.raidLevel);
    r.string(v(storage, "mdDevice"), S("storage.mdDevice"), spec.storage.mdDevice);
    r.string(v(storage, "volumeGroup"), S("storage.volumeGroup"), spec.storage.volumeGroup);
    r.string(v(storage, "logicalVolume"), S("storage.logicalVolume"), spec.storage.logicalVolume);

    const QJsonObject ceph = r.object(root, S("ceph"), S("ceph"));
    r.checkKnown(ceph, S("ceph"), keys({"repository", "publicNetwork", "clusterNetwork", "pool"}));
    r.enumeration(v(ceph, "repository"), S("ceph.repository"), spec.ceph.repository,
                  cephRepositoryFromString, keys({"no-subscription", "enterprise"}));
    spec.ceph.publicNetwork = spec.network.cidr;
    spec.ceph.clusterNetwork = spec.network.cidr;
    r.string(v(ceph, "publicNetwork"), S("ceph.publicNetwork"), spec.ceph.publicNetwork);
    r.string(v(ceph, "clusterNetwork"), S("ceph.clusterNetwork"), spec.ceph.clusterNetwork);
    const QJsonObject pool = r.object(ceph, S("pool"), S("ceph.pool"));
    r.checkKnown(pool, S("ceph.pool"),
                 keys({"name", "size", "minSize", "pgAutoscale", "addStorage"}));
    PoolPart &p = spec.ceph.pool;
    r.string(v(pool, "name"), S("ceph.pool.name"), p.name);
    r.integer(v(pool, "size"), S("ceph.pool.size"), p.size);
    r.integer(v(pool, "minSize"), S("ceph.pool.minSize"), p.minSize);
    r.boolean(v(pool, "pgAutoscale"), S("ceph.pool.pgAutoscale"), p.pgAutoscale);
    r.boolean(v(pool, "addStorage"), S("ceph.pool.addStorage"), p.addStorage);

    const QJsonObject ha = r.object(root, S("ha"), S("ha"));
    r.checkKnown(ha, S("ha"), keys({"group", "nodes", "resources"}));
    r.string(v(ha, "group"), S("ha.group"), spec.ha.group);
    bool haNodesPresent = false;
    r.stringList(ha, S("nodes"), S("ha.nodes"), spec.ha.nodes, &haNodesPresent);
    if (!haNodesPresent && !ha.contains(S("nodes")))
        spec.ha.nodes = spec.nodeNames();
    const QJsonArray resources = r.array(ha, S("resources"), S("ha.resources"));
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const QString path = indexed(S("ha.resources"), i);
        HaResource resource;
        const QJsonValue item = resources.at(i);
        if (!item.isObject()) {
            r.problem(path, tr("%1 is not an object (expected fields in braces { }).")
                                .arg(SpecJson::display(item)));
        } else {
            r.checkKnown(item.toObject(), path, keys({"vmid"}));
            r.integer(v(item.toObject(), "vmid"), child(path, S("vmid")), resource.vmid);
        }
        spec.ha.resources.append(resource);
    }

    const QJsonObject fw = r.object(root, S("firewall"), S("firewall"));
    r.checkKnown(fw, S("firewall"),
                 keys({"provider", "apiEndpoint", "guiSources", "adminSources", "allowInterNode",
                       "allowTcpEstablished", "extraRules"}));
    FirewallPart &f = spec.firewall;
    r.enumeration(v(fw, "provider"), S("firewall.provider"), f.provider, firewallProviderFromString,
                  keys({"ovh-edge", "none"}));
    r.string(v(fw, "apiEndpoint"), S("firewall.apiEndpoint"), f.apiEndpoint);
    r.stringList(fw, S("guiSources"), S("firewall.guiSources"), f.guiSources);
    r.stringList(fw, S("adminSources"), S("firewall.adminSources"), f.adminSources);
    r.boolean(v(fw, "allowInterNode"), S("firewall.allowInterNode"), f.allowInterNode);
    r.boolean(v(fw, "allowTcpEstablished"), S("firewall.allowTcpEstablished"),
              f.allowTcpEstablished);
    const QJsonArray extra = r.array(fw, S("extraRules"), S("firewall.extraRules"));
    for (qsizetype i = 0; i < extra.size(); ++i) {
        FirewallRuleSpec rule;
        readExtraRule(r, extra.at(i), indexed(S("firewall.extraRules"), i), rule);
        f.extraRules.append(rule);
    }

    if (problems)
        *problems = r.problems;
    if (notices)
        *notices = r.notices;
    return spec;
}

} // namespace pveha
