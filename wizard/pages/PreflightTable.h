// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/Finding.h"
#include "widgets/StatusLook.h"

#include <QTreeWidget>

class QTimer;

namespace pveha {

/// The preflight's findings: one row per node (its worst status and counts), under it one row
/// per check with its status (icon and word), id and message. Rows exist from the start, so
/// the table fills in as findings arrive and shows per node how many checks are done.
/// Selecting a check offers its raw command and output (detailsChanged()).
class PreflightTable : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PreflightTable(QWidget *parent = nullptr);

    /// Empties the table and lays out `nodes` × `checkIds` as waiting.
    void start(const QStringList &nodes, const QStringList &checkIds);
    void addFinding(const QString &node, const Finding &finding);
    /// The whole report once the run ended: the authoritative state of every row. Nodes where
    /// everything passed are collapsed, the others stay open.
    void setReport(const PreflightReport &report);
    /// Shows a failed check as a warning with `message` (a resumed deployment's own disks).
    void markResumed(const QString &node, const QString &checkId, const QString &message);
    /// Stops the spinners; rows never answered (the run was stopped) read "Not checked".
    void setStopped();

    int checksDone(const QString &node) const;
    /// The status look of a check row that has its finding (Skip otherwise).
    static StatusLook::Status lookOf(const QTreeWidgetItem *checkRow);
    QTreeWidgetItem *nodeItem(const QString &node) const;
    QTreeWidgetItem *checkItem(const QString &node, const QString &checkId) const;

Q_SIGNALS:
    /// The selected check's title, command and output (all empty when no check is selected).
    void detailsChanged(const QString &title, const QString &command, const QString &output);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Role { StatusRole = Qt::UserRole + 1, CommandRole, OutputRole, DoneRole };
    void setFindingRow(QTreeWidgetItem *item, const Finding &finding);
    void updateNodeRow(QTreeWidgetItem *node);
    void advanceSpinner();
    void emitDetails();
    void retranslateUi();

    QTimer *m_spinner = nullptr;
    int m_frame = 0;
    int m_checkCount = 0;
    bool m_running = false;
};

} // namespace pveha
