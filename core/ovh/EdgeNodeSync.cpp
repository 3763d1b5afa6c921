// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/EdgeNodeSync.h"

#include "common/Logging.h"
#include "ovh/EdgeApplyOrder.h"
#include "ovh/OvhClient.h"
#include "ovh/OvhSignature.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace pveha {

EdgeNodeSync::EdgeNodeSync(OvhClient *client, const EdgeNodeTarget &target,
                           const EdgeSyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(options)
{
    m_result.target = target;
    m_result.applyRequested = options.apply;
}

QString EdgeNodeSync::firewallPath() const
{
    return QStringLiteral("/ip/") + OvhPath::segment(m_result.target.block()) +
           QStringLiteral("/firewall/") + OvhPath::segment(m_result.target.ip);
}

QString EdgeNodeSync::rulePath(int sequence) const
{
    return firewallPath() + QStringLiteral("/rule/") + QString::number(sequence);
}

void EdgeNodeSync::say(const QString &text)
{
    qCInfo(lcOvh, "[%s] %s", qUtf8Printable(m_result.target.node), qUtf8Printable(text));
    Q_EMIT progress(m_result.target.node, text);
}

void EdgeNodeSync::start()
{
    if (!m_result.target.problem.isEmpty()) {
        fail(m_result.target.problem);
        return;
    }
    readFirewall();
}

void EdgeNodeSync::readFirewall()
{
    m_client->send("GET", firewallPath(), QJsonValue::Undefined, [this](const OvhResult &r) {
        if (r.isNotFound()) {
            checkBlock();
            return;
        }
        if (!r.ok()) {
            fail(r, tr("Reading the Edge firewall of %1 failed.").arg(m_result.target.ip));
            return;
        }
        m_result.onFirewall = true;
        m_result.enabledBefore = r.json.toObject().value(QStringLiteral("enabled")).toBool();
        readRules();
    });
}

void EdgeNodeSync::checkBlock()
{
    // The 404 above means either "not on the firewall yet" or "not your block": the block's
    // list of firewalled addresses tells them apart (and needs no extra access rule).
    const QString path = QStringLiteral("/ip/") + OvhPath::segment(m_result.target.block()) +
                         QStringLiteral("/firewall");
    m_client->send("GET", path, QJsonValue::Undefined, [this](const OvhResult &r) {
        if (!r.ok()) {
            fail(r, tr("Reading the Edge firewall of %1 failed.").arg(m_result.target.ip));
            return;
        }
        m_result.onFirewall = false;
        m_result.currentKnown = true;
        compareAndApply();
    });
}

void EdgeNodeSync::readRules()
{
    m_client->send(
        "GET", firewallPath() + QStringLiteral("/rule"), QJsonValue::Undefined,
        [this](const OvhResult &r) {
            if (!r.ok()) {
                fail(r,
                     tr("Listing the Edge firewall rules of %1 failed.").arg(m_result.target.ip));
                return;
            }
            for (const QJsonValue &v : r.json.toArray())
                m_sequencesToRead << v.toInt();
            std::sort(m_sequencesToRead.begin(), m_sequencesToRead.end());
            readNextRule();
        });
}

void EdgeNodeSync::readNextRule()
{
    if (m_sequencesToRead.isEmpty()) {
        m_result.currentKnown = true;
        compareAndApply();
        return;
    }
    const int sequence = m_sequencesToRead.takeFirst();
    m_client->send(
        "GET", rulePath(sequence), QJsonValue::Undefined, [this, sequence](const OvhResult &r) {
            if (r.isNotFound()) { // removed meanwhile
                readNextRule();
                return;
            }
            if (!r.ok()) {
                fail(r, tr("Reading rule %1 of %2 failed.").arg(sequence).arg(m_result.target.ip));
                return;
            }
            m_result.current << RemoteEdgeRule::fromApiJson(r.json.toObject());
            readNextRule();
        });
}

void EdgeNodeSync::compareAndApply()
{
    m_result.diff = EdgeFirewallDiff::compute(m_result.current, m_result.target.wanted);
    m_result.diffKnown = true;
    for (const RemoteEdgeRule &r : std::as_const(m_result.current))
        m_live.insert(r.rule.sequence, r.rule);
    m_deleteDone = QList<bool>(m_result.diff.toDelete.size(), false);
    m_createDone = QList<bool>(m_result.diff.toCreate.size(), false);
    m_result.needsEnable = !m_result.enabledBefore;
    if (!m_options.apply) {
        done();
        return;
    }
    if (!m_result.onFirewall) {
        addToFirewall();
        return;
    }
    applyNext();
}

void EdgeNodeSync::addToFirewall()
{
    say(tr("adding %1 to the Edge firewall").arg(m_result.target.ip));
    m_result.applyStarted = true;
    const QString path = QStringLiteral("/ip/") + OvhPath::segment(m_result.target.block()) +
                         QStringLiteral("/firewall");
    const QJsonObject body{{QStringLiteral("ipOnFirewall"), m_result.target.ip}};
    m_client->send("POST", path, body, [this](const OvhResult &r) {
        if (!r.ok()) {
            fail(r, tr("Adding %1 to the Edge firewall failed.").arg(m_result.target.ip));
            return;
        }
        poll(
            firewallPath(), tr("the firewall of %1").arg(m_result.target.ip),
            [](const OvhResult &p) {
                if (!p.ok())
                    return p.isNotFound() ? Poll::Wait : Poll::Fail;
                return p.json.toObject().value(QStringLiteral("state")).toString() ==
                               QLatin1String("ok")
                           ? Poll::Done
                           : Poll::Wait;
            },
            [this] {
                m_result.addedToFirewall = true;
                applyNext();
            });
    });
}

namespace {

void insertSorted(QList<int> &list, int value)
{
    list.insert(std::lower_bound(list.begin(), list.end(), value), value);
}

} // namespace

void EdgeNodeSync::applyNext()
{
    bool cutsOff = false;
    const std::optional<EdgeChange> change = EdgeApplyOrder::next(
        m_live, m_result.diff, m_deleteDone, m_createDone, m_result.target, &cutsOff);
    if (change) {
        if (cutsOff)
            say(tr("no order of the remaining changes keeps every admin and GUI source "
                   "connected: priority %1 goes first")
                    .arg(change->sequence));
        if (change->isDelete) {
            m_deleteDone[change->index] = true;
            deleteRule(m_result.diff.toDelete.at(change->index));
        } else {
            m_createDone[change->index] = true;
            createRule(m_result.diff.toCreate.at(change->index));
        }
        return;
    }
    if (m_result.needsEnable) {
        enableFirewall();
        return;
    }
    done();
}

void EdgeNodeSync::deleteRule(const RemoteEdgeRule &rule)
{
    const int sequence = rule.rule.sequence;
    say(tr("deleting rule %1 (%2)").arg(sequence).arg(rule.rule.summary()));
    m_result.applyStarted = true;
    const auto waitGone = [this, sequence] {
        poll(
            rulePath(sequence), tr("the removal of rule %1").arg(sequence),
            [](const OvhResult &p) {
                if (p.isNotFound())
                    return Poll::Done;
                return p.ok() ? Poll::Wait : Poll::Fail;
            },
            [this, sequence] {
                insertSorted(m_result.deleted, sequence);
                m_live.remove(sequence);
                applyNext();
            });
    };
    if (rule.state == QLatin1String("removalPending")) {
        waitGone();
        return;
    }
    m_client->send(
        "DELETE", rulePath(sequence), QJsonValue::Undefined,
        [this, sequence, waitGone](const OvhResult &r) {
            if (!r.ok() && !r.isNotFound()) {
                fail(r, tr("Deleting rule %1 of %2 failed.").arg(sequence).arg(m_result.target.ip));
                return;
            }
            waitGone();
        });
}

void EdgeNodeSync::createRule(const EdgeRule &rule)
{
    say(tr("creating rule %1 (%2)").arg(rule.sequence).arg(rule.summary()));
    m_result.applyStarted = true;
    const int sequence = rule.sequence;
    m_client->send(
        "POST", firewallPath() + QStringLiteral("/rule"), rule.toApiJson(),
        [this, sequence, rule](const OvhResult &r) {
            if (!r.ok()) {
                fail(r, tr("Creating rule %1 on %2 failed.").arg(sequence).arg(m_result.target.ip));
                return;
            }
            poll(
                rulePath(sequence), tr("rule %1").arg(sequence),
                [](const OvhResult &p) {
                    if (!p.ok())
                        return p.isNotFound() ? Poll::Wait : Poll::Fail;
                    return p.json.toObject().value(QStringLiteral("state")).toString() ==
                                   QLatin1String("ok")
                               ? Poll::Done
                               : Poll::Wait;
                },
                [this, sequence, rule] {
                    insertSorted(m_result.created, sequence);
                    m_live.insert(sequence, rule);
                    applyNext();
                });
        });
}

void EdgeNodeSync::enableFirewall()
{
    say(tr("enabling the Edge firewall of %1").arg(m_result.target.ip));
    m_result.applyStarted = true;
    m_client->send(
        "PUT", firewallPath(), QJsonObject{{QStringLiteral("enabled"), true}},
        [this](const OvhResult &r) {
            if (!r.ok()) {
                fail(r, tr("Enabling the Edge firewall of %1 failed.").arg(m_result.target.ip));
                return;
            }
            poll(
                firewallPath(), tr("the firewall of %1").arg(m_result.target.ip),
                [](const OvhResult &p) {
                    if (!p.ok())
                        return Poll::Fail;
                    const QJsonObject o = p.json.toObject();
                    return o.value(QStringLiteral("enabled")).toBool() &&
                                   o.value(QStringLiteral("state")).toString() ==
                                       QLatin1String("ok")
                               ? Poll::Done
                               : Poll::Wait;
                },
                [this] {
                    m_result.enabledNow = true;
                    done();
                });
        });
}

void EdgeNodeSync::poll(const QString &path, const QString &what, const PollCheck &check,
                        const Step &then, int round)
{
    m_client->send(
        "GET", path, QJsonValue::Undefined,
        [this, path, what, check, then, round](const OvhResult &r) {
            switch (check(r)) {
            case Poll::Done:
                then();
                return;
            case Poll::Fail:
                fail(r, tr("Waiting for %1 failed.").arg(what));
                return;
            case Poll::Wait:
                break;
            }
            if (round + 1 >= m_options.maxPolls) {
                fail(tr("%1 did not become ready within %2 s.")
                         .arg(what)
                         .arg(qint64(m_options.maxPolls) * m_options.pollIntervalMs / 1000));
                return;
            }
            QTimer::singleShot(m_options.pollIntervalMs, this,
                               [this, path, what, check, then, round] {
                                   poll(path, what, check, then, round + 1);
                               });
        });
}

void EdgeNodeSync::fail(const OvhResult &result, const QString &context)
{
    m_result.unreachable = result.isUnreachable();
    m_result.authenticationFailed = result.isAuthenticationFailure();
    fail(context + QLatin1Char(' ') + result.message);
}

void EdgeNodeSync::fail(const QString &message)
{
    m_result.errors << message;
    qCWarning(lcOvh, "[%s] %s", qUtf8Printable(m_result.target.node), qUtf8Printable(message));
    done();
}

void EdgeNodeSync::done()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace pveha
