// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ovh/EdgeNodeResult.h"
#include "ovh/OvhResult.h"

#include <QMap>
#include <QObject>

#include <functional>

namespace pveha {

class OvhClient;

/// Bounds of the state polling: OVHcloud applies firewall changes asynchronously
/// (creationPending → ok, removalPending → gone).
struct EdgeSyncOptions
{
    bool apply = false;
    int pollIntervalMs = 2000;
    int maxPolls = 90; ///< per object: 3 minutes at the default interval
};

/// Reads one address's Edge firewall and, when asked, brings it to the wanted rules: add the
/// address to the firewall if needed, then delete (and wait until gone) and create (and wait
/// until ok) one rule at a time in EdgeApplyOrder's order (no admin or GUI source cut off while
/// priorities shift), and enable the firewall last. Stops at the first failure and records
/// exactly what was and was not done.
class EdgeNodeSync : public QObject
{
    Q_OBJECT
public:
    EdgeNodeSync(OvhClient *client, const EdgeNodeTarget &target, const EdgeSyncOptions &options,
                 QObject *parent = nullptr);

    void start();
    [[nodiscard]] const EdgeNodeResult &result() const { return m_result; }

Q_SIGNALS:
    /// A line for people: what is being done now (translated).
    void progress(const QString &node, const QString &text);
    void finished();

private:
    enum class Poll { Done, Wait, Fail };
    using Step = std::function<void()>;
    using PollCheck = std::function<Poll(const OvhResult &)>;

    void readFirewall();
    void checkBlock();
    void readRules();
    void readNextRule();
    void compareAndApply();
    void addToFirewall();
    void applyNext();
    void deleteRule(const RemoteEdgeRule &rule);
    void createRule(const EdgeRule &rule);
    void enableFirewall();
    void poll(const QString &path, const QString &what, const PollCheck &check, const Step &then,
              int round = 0);
    void fail(const OvhResult &result, const QString &context);
    void fail(const QString &message);
    void done();

    [[nodiscard]] QString firewallPath() const;
    [[nodiscard]] QString rulePath(int sequence) const;
    void say(const QString &text);

    OvhClient *m_client;
    EdgeSyncOptions m_options;
    EdgeNodeResult m_result;
    QList<int> m_sequencesToRead;
    /// The rules in place as this sync has left them, by sequence (what was read, minus the
    /// deletes, plus the creates seen done).
    QMap<int, EdgeRule> m_live;
    QList<bool> m_deleteDone; ///< indexed like m_result.diff.toDelete
    QList<bool> m_createDone; ///< indexed like m_result.diff.toCreate
    bool m_finished = false;
};

} // namespace pveha
