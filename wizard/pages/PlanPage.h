// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QMenu;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pveha {

class CodeView;
class EngineRunner;
class InlineMessage;

/// Page 10: the deployment as it will run, before anything runs (k0sctl's dry run). Every
/// step of every node with its check and its action, as shell, filterable by node and phase;
/// the steps that erase disks are marked in red. "Copy as script" gives one node's steps as a
/// script (Plan::toScript) or the whole plan as text, for review or for the records.
class PlanPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlanPage(EngineRunner *runner, QWidget *parent = nullptr);

    void initializePage() override;

    const Plan &plan() const { return m_plan; }
    /// Filters: an empty string means all.
    void setFilter(const QString &node, const QString &phase);
    QTreeWidget *stepTree() const { return m_tree; }
    CodeView *commands() const { return m_code; }
    /// What "Copy as script" copies with the current filter (the node's script, or the whole
    /// plan as text when every node is shown).
    QString scriptForFilter() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyFilter();
    void scrollToStep(QTreeWidgetItem *item);
    void copy(const QString &node);
    void retranslateUi();

    EngineRunner *m_runner;
    Plan m_plan;
    QLabel *m_summary = nullptr;
    QLabel *m_nodeLabel = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QComboBox *m_node = nullptr;
    QComboBox *m_phase = nullptr;
    QToolButton *m_copy = nullptr;
    QMenu *m_copyMenu = nullptr;
    InlineMessage *m_copied = nullptr;
    QTreeWidget *m_tree = nullptr;
    CodeView *m_code = nullptr;
    QHash<QString, int> m_lineOfStep; ///< "node/step" → first line in the code view
};

} // namespace pveha
