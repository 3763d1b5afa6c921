// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace pveha {

/// Everything the report shows about one cluster: the spec (what was asked) and what the
/// journal kept (what happened): every deploy run, the latest preflight, health snapshot and
/// crash test. A missing document is an empty object; the report says it is not available.
struct ReportData
{
    ClusterSpec spec;
    QJsonArray runs;       ///< Journal::runs(), oldest first
    QJsonObject preflight; ///< Journal::loadDocument(…, "preflight")
    QJsonObject health;    ///< Journal::loadDocument(…, "health")
    QJsonObject crashTest; ///< Journal::loadDocument(…, "crashtest")
    QJsonObject firewall;  ///< Journal::loadDocument(…, "firewall"): the last API contact
    QString toolVersion;   ///< PVEHA_VERSION_STRING
    QDateTime generatedAt; ///< when the report was written
    QString language;      ///< "en" or "fr": the `lang` of the document

    /// Reads the journal directory (Journal::directory()) for `spec.cluster.name`.
    [[nodiscard]] static ReportData load(const ClusterSpec &spec);

    /// False when nothing at all was recorded for this cluster (no run, no document).
    [[nodiscard]] bool hasAnything() const;
    [[nodiscard]] QJsonObject lastRun() const;
    /// The latest record of a step on a node over every run, newest first (an interrupted run
    /// resumed with --from, or an --only run, leaves the others' records in earlier runs).
    /// Empty when the step never ran.
    [[nodiscard]] QJsonObject stepRecord(const QString &node, const QString &stepId) const;
    /// Proxmox VE major release the preflight found (8 when unknown): decides the HA steps.
    [[nodiscard]] int pveMajor() const;
    /// The preflight's disks of a node (path, size, model, serial, transport, rotational).
    [[nodiscard]] QJsonArray disksOf(const QString &node) const;
};

} // namespace pveha
