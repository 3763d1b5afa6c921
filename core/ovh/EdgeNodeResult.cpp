// SPDX-License-Identifier: GPL-3.0-or-later
#include "ovh/EdgeNodeResult.h"
#include "common/I18n.h"

#include <QJsonArray>

namespace pveha {

namespace {

QString numbers(const QList<int> &list)
{
    QStringList parts;
    for (int n : list)
        parts << QString::number(n);
    return parts.join(QStringLiteral(", "));
}

QJsonArray intArray(const QList<int> &list)
{
    QJsonArray a;
    for (int n : list)
        a.append(n);
    return a;
}

} // namespace

QList<int> EdgeNodeResult::pendingDeletes() const
{
    QList<int> out;
    for (const RemoteEdgeRule &r : diff.toDelete) {
        if (!deleted.contains(r.rule.sequence))
            out << r.rule.sequence;
    }
    return out;
}

QList<int> EdgeNodeResult::pendingCreates() const
{
    QList<int> out;
    for (const EdgeRule &r : diff.toCreate) {
        if (!created.contains(r.sequence))
            out << r.sequence;
    }
    return out;
}

bool EdgeNodeResult::complete() const
{
    return ok() && diffKnown && pendingDeletes().isEmpty() && pendingCreates().isEmpty() &&
           (!needsEnable || enabledNow);
}

QString EdgeNodeResult::appliedText() const
{
    QStringList parts;
    if (addedToFirewall)
        parts << tr("added %1 to the Edge firewall").arg(target.ip);
    if (!deleted.isEmpty())
        parts << tr("deleted the rules at priorities %1", nullptr, int(deleted.size()))
                     .arg(numbers(deleted));
    if (!created.isEmpty())
        parts << tr("created the rules at priorities %1", nullptr, int(created.size()))
                     .arg(numbers(created));
    if (enabledNow)
        parts << tr("enabled the firewall");
    return parts.isEmpty() ? tr("nothing") : I18n::joinClauses(parts);
}

QString EdgeNodeResult::notAppliedText() const
{
    if (!attempted)
        return tr("everything (this node was not attempted)");
    if (!diffKnown)
        return tr("everything (the current rules could not be read)");
    QStringList parts;
    if (!onFirewall && !addedToFirewall)
        parts << tr("add %1 to the Edge firewall").arg(target.ip);
    if (const QList<int> d = pendingDeletes(); !d.isEmpty())
        parts << tr("delete the rules at priorities %1", nullptr, int(d.size())).arg(numbers(d));
    if (const QList<int> c = pendingCreates(); !c.isEmpty())
        parts << tr("create the rules at priorities %1", nullptr, int(c.size())).arg(numbers(c));
    if (needsEnable && !enabledNow) {
        parts << (onFirewall || addedToFirewall ? tr("enable the firewall (it is still disabled)")
                                                : tr("enable the firewall"));
    }
    return parts.isEmpty() ? tr("nothing") : I18n::joinClauses(parts);
}

QJsonObject EdgeNodeResult::toJson() const
{
    QJsonArray wanted, currentRules;
    for (const EdgeRule &r : target.wanted) {
        QJsonObject o = r.toApiJson();
        o.insert(QStringLiteral("comment"), r.comment);
        wanted.append(o);
    }
    for (const RemoteEdgeRule &r : current)
        currentRules.append(r.toReportJson());
    QJsonObject o{{QStringLiteral("node"), target.node},
                  {QStringLiteral("ip"), target.ip},
                  {QStringLiteral("wanted"), wanted},
                  {QStringLiteral("attempted"), attempted},
                  {QStringLiteral("currentKnown"), currentKnown},
                  {QStringLiteral("current"),
                   currentKnown ? QJsonValue(currentRules) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("onFirewall"), onFirewall},
                  {QStringLiteral("enabled"), enabledBefore || enabledNow},
                  {QStringLiteral("difference"),
                   diffKnown ? QJsonValue(diff.toJson()) : QJsonValue(QJsonValue::Null)}};
    QJsonObject applied{{QStringLiteral("requested"), applyRequested},
                        {QStringLiteral("addedToFirewall"), addedToFirewall},
                        {QStringLiteral("deleted"), intArray(deleted)},
                        {QStringLiteral("created"), intArray(created)},
                        {QStringLiteral("enabled"), enabledNow},
                        {QStringLiteral("complete"), applyRequested && complete()}};
    if (applyRequested && !complete()) {
        applied.insert(QStringLiteral("notApplied"),
                       QJsonObject{{QStringLiteral("delete"), intArray(pendingDeletes())},
                                   {QStringLiteral("create"), intArray(pendingCreates())},
                                   {QStringLiteral("enable"), needsEnable && !enabledNow},
                                   {QStringLiteral("text"), notAppliedText()}});
    }
    o.insert(QStringLiteral("applied"), applied);
    o.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return o;
}

} // namespace pveha
