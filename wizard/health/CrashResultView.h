// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/CrashTest.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pveha {

class CrashTimelineChart;

/// The crash test as it unfolds and ends: the timeline as a list (seconds and what happened)
/// beside the same events on a chart, and the verdict: the measured failover time against the
/// 2-minute goal, with an icon and a word, and where the guest runs now.
class CrashResultView : public QWidget
{
    Q_OBJECT
public:
    explicit CrashResultView(QWidget *parent = nullptr);

    void clear();
    void addEvent(const CrashEvent &event);
    /// `demoScale` > 0: the times are simulated seconds, compressed that many times.
    void setResult(const CrashTestResult &result, double demoScale);

    QTreeWidget *timeline() const { return m_timeline; }
    CrashTimelineChart *chart() const { return m_chart; }
    QString resultText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult();

    QTreeWidget *m_timeline = nullptr;
    CrashTimelineChart *m_chart = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultText = nullptr;
    QList<CrashEvent> m_events;
    CrashTestResult m_result;
    double m_demoScale = 0;
    bool m_hasResult = false;
};

} // namespace pveha
