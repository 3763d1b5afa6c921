// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QGroupBox>

class QGridLayout;

namespace pveha {

/// One row per node and md array: a progress bar with the percent and the time left while the
/// array syncs, its state and [UUUU] pattern otherwise (procedure §8.1: "State: clean [UUUU]").
class RaidPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit RaidPanel(QWidget *parent = nullptr);

    void setNodes(const QList<NodeHealth> &nodes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void addRow(int row, const QString &node, const MdArray &array);
    void addMessageRow(int row, const QString &node, const QString &text);

    QGridLayout *m_grid = nullptr;
    QList<NodeHealth> m_nodes;
};

} // namespace pveha
