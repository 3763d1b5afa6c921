// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/EngineEvent.h"
#include "plan/Plan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTreeWidget>

class QTimer;

namespace pveha {

/// The deployment's steps as they run: phases, and under each its steps per node with their
/// status (icon and word) and time. The running steps are highlighted, kept in view, and
/// their time counts up; finished ones keep the time the engine measured.
class DeployStepsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit DeployStepsView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan);
    /// Before a (re-)run: every step waits again (done ones will report "already done").
    void resetStatuses();
    void applyEvent(const EngineEvent &event);
    /// After a stop: the steps that were running read "Stopped".
    void markStopped();
    /// Selects a step and scrolls it into view (the failed one, once all nodes have ended).
    void showStep(const QString &node, const QString &stepId);
    QTreeWidgetItem *stepItem(const QString &node, const QString &stepId) const;
    /// "Running", "Done", "Already done", "Failed", "Stopped" or "Waiting".
    QString statusText(const QString &node, const QString &stepId) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Waiting, Running, Done, Skipped, Failed, Stopped };
    void setState(QTreeWidgetItem *item, State state, double seconds = -1);
    void updatePhase(QTreeWidgetItem *phase);
    void tick();
    void retranslateUi();
    static QString key(const QString &node, const QString &stepId);

    QHash<QString, QTreeWidgetItem *> m_items;
    QHash<QTreeWidgetItem *, QElapsedTimer> m_running;
    QTimer *m_timer = nullptr;
    int m_frame = 0;
};

} // namespace pveha
