// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/SpecProblem.h"
#include "transport/HostKeyPolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pveha {

// The parts of a cluster spec, one plain value struct per section of the file (see the contract
// SPEC.md). Default member values are the file format's defaults, so a part built in code and a
// part read from a file that omits the field agree.

struct ClusterPart
{
    QString name;
};

// HostKeyPolicy (strict, accept-new, ask) is the transport's own enum: one meaning everywhere.

struct SshPart
{
    QString user = QStringLiteral("root");
    QString identityFile; ///< empty = none (ssh-agent and passwords only)
    QString knownHostsFile = QStringLiteral("~/.ssh/known_hosts");
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;
};

struct NodeSpec
{
    QString name;
    QString publicAddress;
    int sshPort = 22;
    QString privateAddress;
};

struct NetworkPart
{
    QString privateInterface;
    QString bridge = QStringLiteral("vmbr1");
    QString cidr;
    int mtu = 9000;
};

struct StoragePart
{
    QString osDisk;
    QString dbDevice;
    QStringList raidDevices;
    int raidLevel = 5;
    QString mdDevice = QStringLiteral("/dev/md0");
    QString volumeGroup = QStringLiteral("ceph-raid");
    QString logicalVolume = QStringLiteral("osd");
};

enum class CephRepository { NoSubscription, Enterprise };

struct PoolPart
{
    QString name;
    int size = 3;
    int minSize = 2;
    bool pgAutoscale = true;
    bool addStorage = true;
};

struct CephPart
{
    CephRepository repository = CephRepository::NoSubscription;
    QString publicNetwork;  ///< filled from network.cidr when the file omits it
    QString clusterNetwork; ///< filled from network.cidr when the file omits it
    PoolPart pool;
};

struct HaResource
{
    int vmid = 0;
};

struct HaPart
{
    QString group;
    QStringList nodes; ///< filled with every node's name when the file omits it
    QList<HaResource> resources;
};

enum class FirewallProvider { None, OvhEdge };

/// A rule the admin adds to every node's Edge firewall, at a sequence of their choosing.
struct FirewallRuleSpec
{
    int sequence = 0;
    QString action;   ///< permit | deny
    QString protocol; ///< ah | esp | gre | icmp | ipv4 | tcp | udp
    QString source;   ///< IPv4 CIDR
    std::optional<int> destinationPort;
    std::optional<int> sourcePort;
    QString comment;
};

struct FirewallPart
{
    FirewallProvider provider = FirewallProvider::None;
    QString apiEndpoint = QStringLiteral("ovh-eu");
    QStringList guiSources;
    QStringList adminSources;
    bool allowInterNode = true;
    bool allowTcpEstablished = true;
    QList<FirewallRuleSpec> extraRules;
};

struct SpecLoadResult;

/// What the admin wants: everything the wizard collects and the command line reads with
/// `--spec`. A plain value; validate() says what is wrong with it, field by field, so a spec
/// can be edited freely (by the wizard) and checked when needed.
struct ClusterSpec
{
    int version = 1;
    ClusterPart cluster;
    SshPart ssh;
    QList<NodeSpec> nodes;
    NetworkPart network;
    StoragePart storage;
    CephPart ceph;
    HaPart ha;
    FirewallPart firewall;

    /// Every problem at once (never just the first), in the order of the file's sections.
    [[nodiscard]] QList<SpecProblem> validate() const;

    /// Reads and validates a spec file. A leading "~" in `path` is expanded.
    [[nodiscard]] static SpecLoadResult loadFile(const QString &path);
    /// Parses and validates spec JSON (what loadFile does after reading the file).
    [[nodiscard]] static SpecLoadResult loadJson(const QByteArray &json);
    /// Pretty JSON, keys in the order of SPEC.md, two-space indentation, final newline.
    [[nodiscard]] QByteArray toJson() const;
    /// Writes toJson() atomically (QSaveFile) with mode 0600. A leading "~" is expanded.
    [[nodiscard]] bool saveFile(const QString &path, QString *error = nullptr) const;

    /// The seed's cluster (contract/cluster.example.json), for --demo and as the wizard's
    /// starting point.
    [[nodiscard]] static ClusterSpec example();

    /// Index of the node with that name (case-insensitive, as DNS), or -1.
    [[nodiscard]] int nodeIndex(const QString &name) const;
    [[nodiscard]] QStringList nodeNames() const;
};

/// The outcome of reading a spec: which stage failed (if any), the spec as far as it could be
/// read, and the problems to show. `Ok` means no problem at all.
struct SpecLoadResult
{
    enum class Status { Ok, FileError, JsonError, Invalid };
    Status status = Status::Ok;
    ClusterSpec spec;
    QList<SpecProblem> problems;
    /// Fields the format does not know: tolerated and ignored, but shown because a misspelt
    /// optional field ("sshport") would otherwise fall back to its default unnoticed.
    QList<SpecProblem> notices;
    /// FileError and JsonError: a full sentence (with the line and column for JsonError).
    QString errorMessage;
    int line = 0;   ///< JsonError: 1-based
    int column = 0; ///< JsonError: 1-based, in characters

    [[nodiscard]] bool ok() const { return status == Status::Ok; }
    /// errorMessage, or the problems formatted one per line.
    [[nodiscard]] QString describe() const;
};

inline bool operator==(const ClusterPart &a, const ClusterPart &b)
{
    return a.name == b.name;
}
inline bool operator==(const HaResource &a, const HaResource &b)
{
    return a.vmid == b.vmid;
}
bool operator==(const SshPart &a, const SshPart &b);
bool operator==(const NodeSpec &a, const NodeSpec &b);
bool operator==(const NetworkPart &a, const NetworkPart &b);
bool operator==(const StoragePart &a, const StoragePart &b);
bool operator==(const PoolPart &a, const PoolPart &b);
bool operator==(const CephPart &a, const CephPart &b);
bool operator==(const HaPart &a, const HaPart &b);
bool operator==(const FirewallRuleSpec &a, const FirewallRuleSpec &b);
bool operator==(const FirewallPart &a, const FirewallPart &b);
bool operator==(const ClusterSpec &a, const ClusterSpec &b);
inline bool operator!=(const ClusterSpec &a, const ClusterSpec &b)
{
    return !(a == b);
}

/// The file's spelling of the enums ("accept-new", "ovh-edge", …), and back.
[[nodiscard]] QString toString(HostKeyPolicy policy);
[[nodiscard]] QString toString(CephRepository repository);
[[nodiscard]] QString toString(FirewallProvider provider);
[[nodiscard]] std::optional<HostKeyPolicy> hostKeyPolicyFromString(const QString &text);
[[nodiscard]] std::optional<CephRepository> cephRepositoryFromString(const QString &text);
[[nodiscard]] std::optional<FirewallProvider> firewallProviderFromString(const QString &text);

} // namespace pveha
