// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTabWidget>

namespace pveha {

class LogView;
struct EngineEvent;

/// The deployment's live log: an "All nodes" tab with every line, then one tab per node with
/// that node's lines only (phase headers go to all). Lines are the command line's
/// (`[node-02] raid.create: started`), so what the admin reads here is what `deploy` prints
/// and what the log file keeps.
class DeployLog : public QTabWidget
{
    Q_OBJECT
public:
    explicit DeployLog(QWidget *parent = nullptr);

    void setNodes(const QStringList &nodes);
    void addEvent(const EngineEvent &event);
    void clearLogs();
    /// Appends every queued line now (tests, screenshots).
    void flush();

    LogView *allView() const { return m_all; }
    LogView *nodeView(const QString &node) const { return m_nodes.value(node); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    LogView *m_all = nullptr;
    QHash<QString, LogView *> m_nodes;
    QStringList m_order;
};

} // namespace pveha
