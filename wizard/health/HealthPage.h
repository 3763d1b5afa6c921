// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/HealthGatherer.h"
#include "health/HealthSnapshot.h"

#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace pveha {

class ClusterSessions;
class HealthBanner;
class HealthCharts;
class HealthTables;
class RaidPanel;
class RawOutputs;

/// Page 12 of UX.md: what the cluster became. It shows each snapshot the health poller
/// delivers (banner, charts, RAID, HA and storage tables, raw outputs) and lets the admin set
/// the interval, pause, resume and refresh now. It never runs a command itself: the poller
/// gathers on its own thread and the page only observes it.
class HealthPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit HealthPage(QWidget *parent = nullptr);
    ~HealthPage() override;

    /// The poller to observe (not owned); null detaches. Polling starts when the page is shown.
    void setPoller(HealthPoller *poller);
    /// Convenience: a poller of the page's own on these sessions (which must outlive it).
    void setSessions(ClusterSessions *sessions);
    HealthPoller *poller() const { return m_poller; }

    bool hasSnapshot() const { return m_have; }
    /// The last snapshot shown (for the report).
    const HealthSnapshot &snapshot() const { return m_snapshot; }
    bool isPaused() const { return m_paused; }
    int intervalSeconds() const;

    HealthBanner *banner() const { return m_banner; }
    HealthCharts *charts() const { return m_charts; }
    RaidPanel *raidPanel() const { return m_raid; }
    HealthTables *tables() const { return m_tables; }
    RawOutputs *rawOutputs() const { return m_raw; }

public Q_SLOTS:
    /// Shows one snapshot; the poller's signal is connected here.
    void showSnapshot(const pveha::HealthSnapshot &snapshot);
    void setPaused(bool paused);
    void refreshNow();

Q_SIGNALS:
    /// A snapshot was shown (the Finish page keeps the last one for the report).
    void snapshotShown(const pveha::HealthSnapshot &snapshot);

protected:
    void initializePage() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updatePolling();
    void setBusy(bool busy);
    void updateLastRefresh();

    QPointer<HealthPoller> m_poller;
    HealthPoller *m_ownPoller = nullptr;
    HealthBanner *m_banner = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_lastRefresh = nullptr;
    QTabWidget *m_tabs = nullptr;
    HealthCharts *m_charts = nullptr;
    RaidPanel *m_raid = nullptr;
    HealthTables *m_tables = nullptr;
    RawOutputs *m_raw = nullptr;
    HealthSnapshot m_snapshot;
    bool m_have = false;
    bool m_paused = false;
    bool m_busy = false;
};

} // namespace pveha
