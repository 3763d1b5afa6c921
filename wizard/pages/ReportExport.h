// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace pveha {

struct ClusterSpec;

/// "Export report…": asks where to save, then writes the self-contained HTML report of the
/// cluster from its journal (what the command line's `report` writes).
class ReportExport
{
    Q_DECLARE_TR_FUNCTIONS(pveha::ReportExport)
public:
    /// The file name offered: `<cluster>-report-<date>.html` in the home directory.
    [[nodiscard]] static QString suggestedPath(const ClusterSpec &spec);
    /// Writes the report to `path`. Returns false with a translated `error`.
    static bool write(const ClusterSpec &spec, const QString &path, QString *error);
    /// Asks for a file (`chooser` replaces the dialog in tests; it returns the chosen path or an
    /// empty string when cancelled) and writes it. Returns the written path, empty otherwise
    /// (`error` says why when it failed, stays empty when cancelled).
    static QString run(QWidget *parent, const ClusterSpec &spec, QString *error);
    /// Tests: the path the next run() "chooses" instead of showing a dialog (empty: dialog).
    static void setChoiceForTests(const QString &path);
};

} // namespace pveha
