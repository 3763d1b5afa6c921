// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ResumedDisks.h"

namespace pveha {

QString ResumedDisks::key(const QString &node, const QString &checkId)
{
    return node + QLatin1Char('/') + checkId;
}

QString ResumedDisks::stepOf(const QString &checkId)
{
    if (checkId == QLatin1String("disk.raid"))
        return QStringLiteral("raid.create");
    if (checkId == QLatin1String("disk.db"))
        return QStringLiteral("osd.create");
    return {};
}

bool ResumedDisks::mayApply(const PreflightReport &report)
{
    for (const NodeReport &node : report.nodes)
        for (const Finding &f : node.findings)
            if (f.status == CheckStatus::Fail && !stepOf(f.id).isEmpty())
                return true;
    return false;
}

QSet<QString> ResumedDisks::exempt(const PreflightReport &report, const QList<Step> &pending)
{
    QSet<QString> keys;
    for (const NodeReport &node : report.nodes)
        for (const Finding &f : node.findings) {
            const QString step = stepOf(f.id);
            if (f.status != CheckStatus::Fail || step.isEmpty())
                continue;
            const bool stillToRun = std::any_of(pending.begin(), pending.end(), [&](const Step &s) {
                return s.node == node.node && s.id == step;
            });
            if (!stillToRun)
                keys.insert(key(node.node, f.id));
        }
    return keys;
}

} // namespace pveha
