// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/Plan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pveha {

QJsonObject Step::toContractJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("node"), node},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("destructive"), destructive},
                       {QStringLiteral("parallel"), parallel},
                       {QStringLiteral("timeoutSeconds"), timeoutSeconds},
                       {QStringLiteral("check"), check},
                       {QStringLiteral("run"), run}};
}

QStringList Plan::phaseIds()
{
    return {QStringLiteral("network"), QStringLiteral("cluster"), QStringLiteral("ceph"),
            QStringLiteral("raid"),    QStringLiteral("osd"),     QStringLiteral("pool"),
            QStringLiteral("ha")};
}

QJsonObject Plan::toContractJson() const
{
    QJsonArray phaseArray;
    for (const Phase &phase : phases) {
        QJsonArray steps;
        for (const Step &step : phase.steps)
            steps.append(step.toContractJson());
        phaseArray.append(QJsonObject{{QStringLiteral("id"), phase.id},
                                      {QStringLiteral("title"), phase.title},
                                      {QStringLiteral("steps"), steps}});
    }
    return QJsonObject{{QStringLiteral("phases"), phaseArray}};
}

QString Plan::toText() const
{
    QString text;
    int number = 0;
    for (const Phase &phase : phases) {
        text += QStringLiteral("== %1 (%2)\n").arg(phase.title, phase.id);
        for (const Step &step : phase.steps) {
            ++number;
            text += QStringLiteral("\n[%1] %2. %3 — %4%5\n")
                        .arg(step.node)
                        .arg(number)
                        .arg(step.id, step.title,
                             step.destructive
                                 ? QCoreApplication::translate("pveha::Plan", " (DESTRUCTIVE)")
                                 : QString());
            text += QCoreApplication::translate("pveha::Plan", "  check (exit 0 = already done):") +
                    QLatin1Char('\n');
            for (const QString &line : step.check.split(QLatin1Char('\n')))
                text += QStringLiteral("    ") + line + QLatin1Char('\n');
            text += QCoreApplication::translate("pveha::Plan", "  run:") + QLatin1Char('\n');
            for (const QString &line : step.run.split(QLatin1Char('\n')))
                text += QStringLiteral("    ") + line + QLatin1Char('\n');
        }
        text += QLatin1Char('\n');
    }
    return text;
}

QString Plan::toScript(const QString &node) const
{
    QString script = QStringLiteral("#!/bin/sh\n# pve-ha-installer plan for %1: each step runs "
                                    "only when its check fails.\nset -e\n")
                         .arg(node);
    for (const Phase &phase : phases)
        for (const Step &step : phase.steps)
            if (step.node == node)
                script += QStringLiteral("\n# %1: %2\nif ! ( %3 ); then\n%4\nfi\n")
                              .arg(step.id, step.title, step.check, step.run);
    return script;
}

Plan Plan::slice(const QString &from, const QString &only) const
{
    Plan out;
    bool started = from.isEmpty() && only.isEmpty();
    for (const Phase &phase : phases) {
        if (!only.isEmpty()) {
            if (phase.id == only)
                out.phases << phase;
            continue;
        }
        if (phase.id == from)
            started = true;
        if (started)
            out.phases << phase;
    }
    return out;
}

int Plan::stepCount() const
{
    int n = 0;
    for (const Phase &phase : phases)
        n += int(phase.steps.size());
    return n;
}

const Step *Plan::find(const QString &node, const QString &stepId) const
{
    for (const Phase &phase : phases)
        for (const Step &step : phase.steps)
            if (step.node == node && step.id == stepId)
                return &step;
    return nullptr;
}

} // namespace pveha
