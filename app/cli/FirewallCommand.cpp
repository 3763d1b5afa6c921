// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FirewallCommand.h"

#include "cli/CommandLine.h"
#include "common/ExitCode.h"
#include "engine/Journal.h"
#include "ovh/EdgeFirewallSync.h"
#include "report/JournalRecords.h"
#include "spec/ClusterSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pveha {

namespace {

void printRules(QTextStream &out, const QList<EdgeRule> &rules)
{
    for (const EdgeRule &r : rules) {
        out << "    " << r.summary();
        if (!r.comment.isEmpty())
            out << "  (" << r.comment << ')';
        out << '\n';
    }
}

} // namespace

int FirewallCommand::run(const ClusterSpec &spec, const CliRequest &request, QTextStream &out,
                         QTextStream &err)
{
    return run(spec, request, out, err, OvhRetryPolicy(), EdgeSyncOptions());
}

int FirewallCommand::offline(const ClusterSpec &spec, const CliRequest &request, QTextStream &out,
                             const QString &note)
{
    const QList<EdgeNodeTarget> targets = EdgeFirewallSync::targets(spec);
    const QStringList unsafe = EdgeFirewallSync::safetyProblems(spec);
    if (request.json) {
        QJsonArray nodes;
        for (const EdgeNodeTarget &t : targets) {
            EdgeNodeResult r;
            r.target = t;
            r.applyRequested = false;
            if (!t.problem.isEmpty())
                r.errors << t.problem;
            nodes.append(r.toJson());
        }
        const QJsonObject doc{{QStringLiteral("provider"), QStringLiteral("ovh-edge")},
                              {QStringLiteral("apply"), false},
                              {QStringLiteral("apiContacted"), false},
                              {QStringLiteral("note"), note},
                              {QStringLiteral("refused"), false},
                              {QStringLiteral("unsafe"), QJsonArray::fromStringList(unsafe)},
                              {QStringLiteral("nodes"), nodes}};
        out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
    } else {
        out << note << '\n';
        for (const EdgeNodeTarget &t : targets) {
            out << t.node << " (" << (t.ip.isEmpty() ? t.problem : t.ip) << ")\n";
            out << "  " << tr("wanted:") << '\n';
            printRules(out, t.wanted);
        }
        for (const QString &line : unsafe)
            out << tr("Would be refused by --apply: %1").arg(line) << '\n';
    }
    out.flush();
    return toInt(unsafe.isEmpty() ? ExitCode::Ok : ExitCode::Failed);
}

int FirewallCommand::run(const ClusterSpec &spec, const CliRequest &request, QTextStream &out,
                         QTextStream &err, const OvhRetryPolicy &policy,
                         const EdgeSyncOptions &options)
{
    if (spec.firewall.provider == FirewallProvider::None) {
        if (request.json) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("provider"), QStringLiteral("none")},
                                             {QStringLiteral("nodes"), QJsonArray()}})
                       .toJson(QJsonDocument::Indented);
        } else {
            out << tr("firewall.provider is \"none\": there is no Edge firewall to manage, so "
                      "there is nothing to do.")
                << '\n';
        }
        out.flush();
        return toInt(ExitCode::Ok);
    }
    if (request.demo) {
        QString note = tr("Demo: there is no OVHcloud account behind --demo, so the OVHcloud API "
                          "is not called. These are the rules each node's Edge firewall would "
                          "get; the current rules cannot be read.");
        if (request.apply)
            note +=
                QLatin1Char(' ') + tr("Nothing was applied: --apply has no effect with --demo.");
        return offline(spec, request, out, note);
    }
    const OvhCredentials credentials = OvhCredentials::fromEnvironment();
    credentials.registerSecrets();
    if (!credentials.isComplete()) {
        const QString missing = credentials.missingVariables().join(QStringLiteral(", "));
        if (request.apply) {
            err << tr("--apply needs the OVHcloud API keys in the environment variables "
                      "OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY "
                      "(missing: %1). Nothing was changed.")
                       .arg(missing)
                << Qt::endl;
            return toInt(ExitCode::Usage);
        }
        return offline(spec, request, out,
                       tr("The current rules cannot be read without the OVHcloud API keys "
                          "(set OVH_APPLICATION_KEY, OVH_APPLICATION_SECRET and "
                          "OVH_CONSUMER_KEY; missing: %1). These are the rules each node's "
                          "Edge firewall should get.")
                           .arg(missing));
    }
    const QString baseUrl = OvhEndpoint::baseUrl(spec.firewall.apiEndpoint);
    if (baseUrl.isEmpty()) {
        err << tr("firewall.apiEndpoint: \"%1\" is not an OVHcloud API endpoint (expected "
                  "ovh-eu, ovh-ca, ovh-us or a base URL).")
                   .arg(spec.firewall.apiEndpoint)
            << Qt::endl;
        return toInt(ExitCode::Usage);
    }

    OvhClient client(baseUrl, credentials);
    client.setRetryPolicy(policy);
    EdgeSyncOptions syncOptions = options;
    syncOptions.apply = request.apply;
    EdgeFirewallSync sync(&client, spec, syncOptions);
    if (request.apply && !request.json) {
        QObject::connect(&sync, &EdgeFirewallSync::progress, &sync,
                         [&out](const QString &node, const QString &text) {
                             out << '[' << node << "] " << text << Qt::endl;
                         });
    }
    sync.run();
    // What the API said is kept for the report; a refused run contacted nothing, and a run the
    // API did not answer (unreachable, keys refused) must not replace the last real record.
    if (!sync.refused() && !sync.unreachable() && !sync.authenticationFailed())
        (void)Journal::saveDocument(spec.cluster.name, QStringLiteral("firewall"),
                                    JournalRecords::firewall(sync));

    if (request.json) {
        out << QJsonDocument(JournalRecords::firewall(sync)).toJson(QJsonDocument::Indented);
    } else if (sync.refused()) {
        err << tr("The Edge firewall rules were not applied because they would lock you out:")
            << '\n';
        for (const QString &line : sync.unsafe())
            err << "  " << line << '\n';
        err.flush();
    } else {
        printNodes(sync, request.apply, out);
        for (const QString &line : sync.unsafe())
            err << tr("Would be refused by --apply: %1").arg(line) << '\n';
        err.flush();
    }
    out.flush();
    return exitCode(sync);
}

void FirewallCommand::printNodes(const EdgeFirewallSync &sync, bool apply, QTextStream &out)
{
    for (const EdgeNodeResult &r : sync.results()) {
        out << r.target.node << " (" << r.target.ip << ")\n";
        if (!r.currentKnown) {
            out << "  " << tr("current: unknown") << '\n';
        } else if (!r.onFirewall) {
            out << "  " << tr("current: %1 is not on the Edge firewall yet").arg(r.target.ip)
                << '\n';
        } else {
            out << "  "
                << (r.enabledBefore ? tr("current (firewall enabled):")
                                    : tr("current (firewall disabled):"))
                << '\n';
            for (const RemoteEdgeRule &c : r.current) {
                out << "    " << c.rule.summary() << "  [" << c.state << ']';
                if (!c.understood)
                    out << "  " << c.text;
                out << '\n';
            }
        }
        out << "  " << tr("wanted:") << '\n';
        printRules(out, r.target.wanted);
        if (r.diffKnown) {
            out << "  "
                << tr("difference: %1 to delete, %2 to create, %3 unchanged")
                       .arg(r.diff.toDelete.size())
                       .arg(r.diff.toCreate.size())
                       .arg(r.diff.unchanged.size())
                << '\n';
            for (const QString &line : r.diff.lines())
                out << "    " << line << '\n';
            if (r.needsEnable)
                out << "    " << tr("+ enable the firewall (last)") << '\n';
        }
        if (apply) {
            out << "  " << tr("applied: %1").arg(r.appliedText()) << '\n';
            if (!r.complete())
                out << "  " << tr("NOT applied: %1").arg(r.notAppliedText()) << '\n';
        }
        for (const QString &e : r.errors)
            out << "  " << tr("error: %1").arg(e) << '\n';
    }
    const QJsonObject s = JournalRecords::firewallSummary(sync.results());
    if (apply) {
        out << tr("Summary: rules created: %1, deleted: %2, unchanged: %3; nodes that failed: %4.")
                   .arg(s.value(QStringLiteral("created")).toInt())
                   .arg(s.value(QStringLiteral("deleted")).toInt())
                   .arg(s.value(QStringLiteral("unchanged")).toInt())
                   .arg(s.value(QStringLiteral("failedNodes")).toInt())
            << '\n';
    } else {
        out << tr("Dry run: nothing was changed. Run again with --apply to apply the difference.")
            << '\n';
    }
}

int FirewallCommand::exitCode(const EdgeFirewallSync &sync)
{
    if (!sync.unsafe().isEmpty())
        return toInt(ExitCode::Failed);
    if (sync.unreachable() || sync.authenticationFailed())
        return toInt(ExitCode::Unreachable);
    return toInt(sync.allOk() ? ExitCode::Ok : ExitCode::Failed);
}

} // namespace pveha
