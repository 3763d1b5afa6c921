// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QListWidget;

namespace pveha {

/// The side panel: every step of the flow, the current one highlighted, the ones before it
/// ticked, as installer frameworks show them.
class StepsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StepsPanel(QWidget *parent = nullptr);
    static QString stepTitle(int pageId);
    /// Tells which steps have a page in this build; the others read "not available yet" and
    /// are never ticked as done.
    void setPageExists(std::function<bool(int pageId)> exists);
    /// Which pages were passed through (QWizard::visitedIds()): only those are ticked, so a
    /// jump (an opened cluster straight to its health) does not tick the pages it skipped.
    void setPageVisited(std::function<bool(int pageId)> visited);

public Q_SLOTS:
    void setCurrent(int pageId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QListWidget *m_list = nullptr;
    int m_current = 0;
    std::function<bool(int)> m_exists;
    std::function<bool(int)> m_visited;
};

} // namespace pveha
