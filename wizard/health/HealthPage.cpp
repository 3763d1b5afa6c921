// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthPage.h"

#include "HealthBanner.h"
#include "HealthCharts.h"
#include "HealthTables.h"
#include "RaidPanel.h"
#include "RawOutputs.h"
#include "engine/HealthGatherer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pveha {

HealthPage::HealthPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("healthPage"));
    m_banner = new HealthBanner(this);

    m_intervalLabel = new QLabel(this);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("healthInterval"));
    m_interval->setRange(2, 600);
    m_interval->setValue(10);
    m_intervalLabel->setBuddy(m_interval);
    m_pause = new QPushButton(this);
    m_pause->setObjectName(QStringLiteral("healthPause"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("healthRefresh"));
    m_lastRefresh = new QLabel(this);
    m_lastRefresh->setObjectName(QStringLiteral("healthLastRefresh"));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_intervalLabel);
    controls->addWidget(m_interval);
    controls->addWidget(m_pause);
    controls->addWidget(m_refresh);
    controls->addSpacing(12);
    controls->addWidget(m_lastRefresh, 1);

    m_charts = new HealthCharts(this);
    m_raid = new RaidPanel(this);
    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_charts, 1);
    overviewLayout->addWidget(m_raid);
    m_tables = new HealthTables(this);
    m_raw = new RawOutputs(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(m_tables, QString());
    m_tabs->addTab(m_raw, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(controls);
    layout->addWidget(m_tabs, 1);

    connect(m_interval, &QSpinBox::valueChanged, this, [this] {
        if (m_poller)
            m_poller->setInterval(intervalSeconds() * 1000);
        updateLastRefresh();
    });
    connect(m_pause, &QPushButton::clicked, this, [this] { setPaused(!m_paused); });
    connect(m_refresh, &QPushButton::clicked, this, &HealthPage::refreshNow);
    retranslateUi();
}

HealthPage::~HealthPage() = default;

void HealthPage::setPoller(HealthPoller *poller)
{
    if (m_poller)
        disconnect(m_poller, nullptr, this, nullptr);
    m_poller = poller;
    if (m_ownPoller && m_ownPoller != poller) {
        delete m_ownPoller;
        m_ownPoller = nullptr;
    }
    if (poller) {
        poller->setInterval(intervalSeconds() * 1000);
        connect(poller, &HealthPoller::snapshot, this, &HealthPage::showSnapshot);
        connect(poller, &HealthPoller::busyChanged, this, &HealthPage::setBusy);
    }
    setBusy(false);
    updatePolling();
}

void HealthPage::setSessions(ClusterSessions *sessions)
{
    HealthPoller *own = sessions ? new HealthPoller(*sessions, this) : nullptr;
    setPoller(own);
    m_ownPoller = own;
}

int HealthPage::intervalSeconds() const
{
    return m_interval->value();
}

void HealthPage::showSnapshot(const HealthSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_have = true;
    m_banner->setSnapshot(snapshot);
    m_charts->setCeph(snapshot.ceph);
    m_raid->setNodes(snapshot.nodes);
    m_tables->setSnapshot(snapshot);
    m_raw->setNodes(snapshot.nodes);
    updateLastRefresh();
    Q_EMIT snapshotShown(snapshot);
}

void HealthPage::setPaused(bool paused)
{
    m_paused = paused;
    retranslateUi();
    updatePolling();
}

void HealthPage::refreshNow()
{
    if (m_poller)
        m_poller->refresh();
}

void HealthPage::initializePage()
{
    if (!m_have)
        m_banner->setWaiting();
    updatePolling();
}

void HealthPage::showEvent(QShowEvent *event)
{
    QWizardPage::showEvent(event);
    updatePolling();
}

void HealthPage::hideEvent(QHideEvent *event)
{
    QWizardPage::hideEvent(event);
    updatePolling();
}

/// Polls only while the page is visible and not paused: nobody reads a hidden page, and each
/// gathering costs every node a few commands.
void HealthPage::updatePolling()
{
    m_refresh->setEnabled(m_poller && !m_busy);
    m_pause->setEnabled(m_poller);
    if (!m_poller)
        return;
    const bool run = isVisible() && !m_paused;
    if (run && !m_poller->isRunning())
        m_poller->start();
    else if (!run && m_poller->isRunning())
        m_poller->pause();
}

void HealthPage::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(m_poller && !busy);
    updateLastRefresh();
}

void HealthPage::updateLastRefresh()
{
    QString text;
    if (!m_poller)
        text = m_have
                   ? tr("Read at %1.")
                         .arg(QLocale().toString(m_snapshot.gatheredAt.time(), QLocale::LongFormat))
                   : tr("No cluster to watch yet: deploy it first.");
    else if (m_busy)
        text = tr("Reading the state of every node…");
    else if (!m_have)
        text = tr("Not read yet.");
    else if (m_paused)
        text = tr("Last refresh at %1; paused.")
                   .arg(QLocale().toString(m_snapshot.gatheredAt.time(), QLocale::LongFormat));
    else
        text = tr("Last refresh at %1; next in %n second(s).", nullptr, intervalSeconds())
                   .arg(QLocale().toString(m_snapshot.gatheredAt.time(), QLocale::LongFormat));
    m_lastRefresh->setText(text);
}

void HealthPage::retranslateUi()
{
    setTitle(tr("Health"));
    setSubTitle(tr("What the cluster became: Ceph, the RAID arrays, HA and the storages, read "
                   "from every node and refreshed on their own."));
    m_intervalLabel->setText(tr("Refresh &every"));
    m_interval->setSuffix(tr(" s", "seconds"));
    m_interval->setToolTip(tr("How often every node is asked for its state, in seconds (for "
                              "example 10). Each refresh runs a few read-only commands."));
    m_pause->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setToolTip(m_paused ? tr("Refresh again at the interval.")
                                 : tr("Stop refreshing; what is shown stays."));
    m_refresh->setText(tr("Refresh &now"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("HA and storage"));
    m_tabs->setTabText(2, tr("Raw outputs"));
    updateLastRefresh();
}

void HealthPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace pveha
