// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "health/HealthSnapshot.h"

#include <QHash>
#include <QTabWidget>

namespace pveha {

class CodeView;

/// What each node printed, untouched: `ceph -s`, /proc/mdstat, `ha-manager status` and
/// `pvesm status`, one tab per node, selectable and with a Copy button, so the admin can check
/// the page's reading against the tools' own words (and paste them into a ticket).
class RawOutputs : public QTabWidget
{
    Q_OBJECT
public:
    explicit RawOutputs(QWidget *parent = nullptr);

    void setNodes(const QList<NodeHealth> &nodes);
    /// The view of one command on one node ("ceph", "mdstat", "ha", "pvesm"); null if unknown.
    CodeView *view(const QString &node, const QString &command) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct NodeViews
    {
        QTabWidget *tabs = nullptr;
        QHash<QString, CodeView *> views;
    };
    NodeViews &viewsFor(const QString &node);
    void render();

    QList<NodeHealth> m_nodes;
    QHash<QString, NodeViews> m_byNode;
};

} // namespace pveha
