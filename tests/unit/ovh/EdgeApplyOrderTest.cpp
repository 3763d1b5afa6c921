// SPDX-License-Identifier: GPL-3.0-or-later
// The order of an apply's changes: by sequence, unless that would cut an admin or GUI source off
// while priorities shift (EdgeApplyOrder).
#include "ovh/EdgeApplyOrder.h"
#include "ovh/EdgeFirewallSync.h"
#include "spec/ClusterSpec.h"
#include "spec/Ipv4Cidr.h"

#include <QTest>

using namespace pveha;

namespace {

/// Runs every change of `from` → `to` in EdgeApplyOrder's order on a copy of `from`, checking
/// after each that every source of both specs' lists still reaches SSH and the GUI. Returns the
/// changes as "-3" / "+3", and how many cut a source off (`cuts`).
QStringList replay(const ClusterSpec &from, const ClusterSpec &to, int *cuts, QString *lost)
{
    EdgeNodeTarget target = EdgeFirewallSync::targets(to).at(0);
    QList<RemoteEdgeRule> current;
    QMap<int, EdgeRule> live;
    for (const EdgeRule &r : deriveEdgeRules(from, 0)) {
        RemoteEdgeRule remote;
        remote.rule = r;
        remote.state = QStringLiteral("ok");
        current << remote;
        live.insert(r.sequence, r);
    }
    const EdgeFirewallDiff diff = EdgeFirewallDiff::compute(current, target.wanted);
    QList<bool> deleted(diff.toDelete.size(), false), created(diff.toCreate.size(), false);
    QStringList steps;
    *cuts = 0;
    for (;;) {
        bool cutsOff = false;
        const std::optional<EdgeChange> c =
            EdgeApplyOrder::next(live, diff, deleted, created, target, &cutsOff);
        if (!c)
            break;
        *cuts += cutsOff ? 1 : 0;
        if (c->isDelete) {
            deleted[c->index] = true;
            live.remove(c->sequence);
        } else {
            created[c->index] = true;
            live.insert(c->sequence, diff.toCreate.at(c->index));
        }
        steps << QStringLiteral("%1%2").arg(QChar(c->isDelete ? u'-' : u'+')).arg(c->sequence);
        const auto keep = [&](const QStringList &sources, int port) {
            for (const QString &s : sources)
                if ((from.firewall.adminSources.contains(s) ||
                     from.firewall.guiSources.contains(s)) &&
                    EdgeFirewallSafety::evaluate(live.values(), *Ipv4Cidr::parse(s), port) !=
                        EdgeFirewallSafety::Reach::Permitted &&
                    lost->isEmpty())
                    *lost =
                        QStringLiteral("%1 port %2 after %3").arg(s).arg(port).arg(steps.last());
        };
        keep(to.firewall.adminSources, 22);
        keep(to.firewall.guiSources, EdgeRules::guiPort);
    }
    if (live.size() != target.wanted.size())
        lost->append(QStringLiteral(" (not every change was made)"));
    return steps;
}

} // namespace

class EdgeApplyOrderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstApplyGoesBySequenceDenyLast()
    {
        ClusterSpec spec = ClusterSpec::example();
        const EdgeNodeTarget target = EdgeFirewallSync::targets(spec).at(0);
        const EdgeFirewallDiff diff = EdgeFirewallDiff::compute({}, target.wanted);
        QMap<int, EdgeRule> live;
        QList<bool> deleted, created(diff.toCreate.size(), false);
        QList<int> order;
        while (const std::optional<EdgeChange> c =
                   EdgeApplyOrder::next(live, diff, deleted, created, target)) {
            QVERIFY(!c->isDelete);
            created[c->index] = true;
            live.insert(c->sequence, diff.toCreate.at(c->index));
            order << c->sequence;
        }
        QCOMPARE(order.size(), target.wanted.size());
        QVERIFY(std::is_sorted(order.begin(), order.end()));
        QCOMPARE(order.last(), EdgeRules::denySequence);
    }

    void aSourceAddedFirstShiftsEveryRuleWithoutCuttingAnyoneOff()
    {
        const ClusterSpec from = ClusterSpec::example();
        ClusterSpec to = from;
        to.firewall.guiSources.prepend(QStringLiteral("192.0.2.77/32"));
        to.firewall.adminSources.prepend(QStringLiteral("192.0.2.78/32"));
        int cuts = 0;
        QString lost;
        const QStringList steps = replay(from, to, &cuts, &lost);
        QVERIFY2(lost.isEmpty(), qPrintable(lost + QStringLiteral(": ") + steps.join(u' ')));
        QCOMPARE(cuts, 0);
        QVERIFY2(steps.size() >= 10, qPrintable(steps.join(u' ')));
        // Without the guard the first change would be "-0": the GUI permit, copy not yet made.
        QVERIFY(steps.first() != QLatin1String("-0"));
    }

    void aSourceRemovedNeedsNoDetour()
    {
        const ClusterSpec from = ClusterSpec::example();
        ClusterSpec to = from;
        QVERIFY(to.firewall.adminSources.size() >= 2);
        to.firewall.adminSources.removeFirst();
        int cuts = 0;
        QString lost;
        const QStringList steps = replay(from, to, &cuts, &lost);
        QVERIFY2(lost.isEmpty(), qPrintable(lost));
        QCOMPARE(cuts, 0);
        // Rules move up: each delete frees the place its successor's copy goes to.
        QCOMPARE(steps.first(),
                 QStringLiteral("-%1").arg(
                     deriveEdgeRules(from, 0).at(from.firewall.guiSources.size()).sequence));
    }

    void twoPermitsTradingPlacesCutOneOffOnce()
    {
        const ClusterSpec from = ClusterSpec::example();
        ClusterSpec to = from;
        to.firewall.adminSources.swapItemsAt(0, 1);
        int cuts = 0;
        QString lost;
        const QStringList steps = replay(from, to, &cuts, &lost);
        QCOMPARE(cuts, 1);
        QVERIFY(!lost.isEmpty()); // one admin source is cut off for a moment: no way round
        QCOMPARE(steps.size(), 4);
        QVERIFY(!lost.contains(QLatin1String("not every change")));
    }
};

QTEST_GUILESS_MAIN(EdgeApplyOrderTest)

#include "EdgeApplyOrderTest.moc"
