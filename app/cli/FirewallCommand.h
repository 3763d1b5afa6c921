// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeSync.h"
#include "ovh/OvhClient.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pveha {

struct ClusterSpec;
struct CliRequest;
class EdgeFirewallSync;

/// `firewall`: the OVHcloud Edge Network Firewall of every node. A dry run by default (reads
/// the current rules and prints current / wanted / difference); `--apply` applies the
/// difference and enables the firewall last; `--json` prints one JSON document.
///
/// Exit codes: 0 done (or nothing to do); 1 the rule set was refused (it would lock the admin
/// out) or an API call failed; 2 usage: --apply without the three OVH_* variables, or an
/// unusable apiEndpoint; 3 the API could not be reached at all or refused the keys
/// themselves. `--demo` never contacts any network: it prints the wanted rules only.
class FirewallCommand
{
    Q_DECLARE_TR_FUNCTIONS(pveha::FirewallCommand)
public:
    [[nodiscard]] static int run(const ClusterSpec &spec, const CliRequest &request,
                                 QTextStream &out, QTextStream &err);
    /// The same with the client's bounds and the polling given (tests shrink them).
    [[nodiscard]] static int run(const ClusterSpec &spec, const CliRequest &request,
                                 QTextStream &out, QTextStream &err, const OvhRetryPolicy &policy,
                                 const EdgeSyncOptions &options);

private:
    /// Without API access (--demo, or no credentials for a dry run): the wanted rules only.
    static int offline(const ClusterSpec &spec, const CliRequest &request, QTextStream &out,
                       const QString &note);
    static void printNodes(const EdgeFirewallSync &sync, bool apply, QTextStream &out);
    static int exitCode(const EdgeFirewallSync &sync);
};

} // namespace pveha
