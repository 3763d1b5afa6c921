// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "preflight/Finding.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pveha {

/// The confirmation before disks are erased (UX.md): every disk on every node with its model,
/// serial and size, as the preflight saw it, and the step that erases it. The red button,
/// named by what it does, enables only once the admin typed the cluster name exactly: a
/// click alone cannot erase anything.
class EraseConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    struct Disk
    {
        QString node;
        QString device;
        QString model;
        QString serial;
        qint64 size = -1;  ///< -1: the preflight did not see it
        QString step;      ///< the step's id ("raid.create")
        QString stepTitle; ///< what it does, in a sentence
    };

    /// The disks `steps` erase, with what the preflight learnt about each.
    static QList<Disk> disksOf(const QList<Step> &steps, const PreflightReport &report);

    EraseConfirmDialog(const QString &clusterName, const QList<Disk> &disks,
                       QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPushButton *eraseButton() const { return m_erase; }
    QTableWidget *diskTable() const { return m_table; }
    /// "Erase 12 disks on 3 nodes and deploy".
    static QString actionText(int disks, int nodes);

private:
    QString m_clusterName;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_erase = nullptr;
};

} // namespace pveha
