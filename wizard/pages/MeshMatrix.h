// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preflight/Finding.h"

#include <QTableWidget>

namespace pveha {

/// The MTU mesh as a matrix: a row per sending node, a column per receiving node, each cell
/// the outcome of a don't-fragment ping of the full MTU between their private addresses
/// (icon and word; the message in the tooltip). The diagonal has nothing to test.
class MeshMatrix : public QTableWidget
{
    Q_OBJECT
public:
    explicit MeshMatrix(QWidget *parent = nullptr);

    void start(const QStringList &nodes);
    void setEntry(const MeshEntry &entry);
    void setEntries(const QList<MeshEntry> &entries);
    /// Cells never answered read "Not tested".
    void setStopped();
    QTableWidgetItem *cell(const QString &from, const QString &to) const;
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QStringList m_nodes;
};

} // namespace pveha
