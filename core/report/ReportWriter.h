// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QCoreApplication>
#include <QString>

namespace pveha {

/// The report as one self-contained HTML file: inline CSS (with print rules), inline SVG charts,
/// no script, no external resource, in the selected language. Sections: cluster summary,
/// preflight, plan with each step's status and duration per node, the failing step's output,
/// the Edge firewall rules per node, the health snapshot, the crash test; the tool's version and
/// the date. Every value that comes from the nodes, the journal or the spec is redacted and
/// escaped (Html::text).
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(pveha::ReportWriter)
public:
    [[nodiscard]] static QString html(const ReportData &data);
    /// Writes html(data) atomically (QSaveFile). Returns false with `error` when it cannot.
    static bool write(const ReportData &data, const QString &path, QString *error = nullptr);
    [[nodiscard]] static QString styleSheet();
};

/// The sections, one function each (ReportSummary.cpp, ReportPlan.cpp, ReportHealth.cpp).
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(pveha::ReportSections)
public:
    [[nodiscard]] static QString summary(const ReportData &data);
    [[nodiscard]] static QString preflight(const ReportData &data);
    [[nodiscard]] static QString plan(const ReportData &data);
    [[nodiscard]] static QString failure(const ReportData &data);
    [[nodiscard]] static QString firewall(const ReportData &data);
    [[nodiscard]] static QString health(const ReportData &data);
    [[nodiscard]] static QString crashTest(const ReportData &data);

    /// `<section id="id" class="major"><h2>title</h2>…`, closed by the caller's body.
    [[nodiscard]] static QString open(const QString &id, const QString &title);
    /// The "not available yet" paragraph: what is missing and the command that produces it.
    [[nodiscard]] static QString notAvailable(const QString &what, const QString &command);
    /// A banner: status icon and word, then a sentence.
    [[nodiscard]] static QString banner(const QString &status, const QString &word,
                                        const QString &sentence);
    /// "12.4 s" (locale), "—" when negative.
    [[nodiscard]] static QString seconds(double value);
    /// Capacity::formatBytes from 1 GiB up, MiB or KiB below ("460.0 KiB (471.0 kB)").
    [[nodiscard]] static QString bytes(double value);
    /// An ISO date of the journal as "2026-11-25 18:50:34" (empty stays empty).
    [[nodiscard]] static QString when(const QString &iso);
};

} // namespace pveha
