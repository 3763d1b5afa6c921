// SPDX-License-Identifier: GPL-3.0-or-later
#include "HealthTables.h"

#include "HealthLook.h"
#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace pveha {
namespace {

QTableWidget *makeTable(const QString &name, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

void setCell(QTableWidget *table, int row, int column, const QString &text,
             std::optional<StatusLook::Status> status = std::nullopt)
{
    auto *item = new QTableWidgetItem(text);
    if (status)
        item->setIcon(StatusLook::icon(*status));
    item->setToolTip(text);
    table->setItem(row, column, item);
}

StatusLook::Status serviceStatus(const QString &state)
{
    if (state == QLatin1String("started"))
        return StatusLook::Status::Pass;
    if (state == QLatin1String("error") || state == QLatin1String("fence"))
        return StatusLook::Status::Fail;
    if (state == QLatin1String("stopped") || state == QLatin1String("disabled") ||
        state == QLatin1String("ignored"))
        return StatusLook::Status::Skip;
    return StatusLook::Status::Warn;
}

} // namespace

HealthTables::HealthTables(QWidget *parent)
    : QWidget(parent)
{
    m_quorum = new WrapLabel(this);
    m_quorum->setObjectName(QStringLiteral("haQuorum"));
    m_servicesTitle = new QLabel(this);
    m_lrmTitle = new QLabel(this);
    m_storagesTitle = new QLabel(this);
    m_services = makeTable(QStringLiteral("haServices"), this);
    m_lrms = makeTable(QStringLiteral("haLrms"), this);
    m_storages = makeTable(QStringLiteral("storages"), this);
    m_services->setColumnCount(3);
    m_lrms->setColumnCount(3);
    m_storages->setColumnCount(5);
    for (QLabel *title : {m_servicesTitle, m_lrmTitle, m_storagesTitle}) {
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
    }
    auto *grid = new QGridLayout(this);
    grid->addWidget(m_quorum, 0, 0, 1, 2);
    grid->addWidget(m_servicesTitle, 1, 0);
    grid->addWidget(m_lrmTitle, 1, 1);
    grid->addWidget(m_services, 2, 0);
    grid->addWidget(m_lrms, 2, 1);
    grid->addWidget(m_storagesTitle, 3, 0, 1, 2);
    grid->addWidget(m_storages, 4, 0, 1, 2);
    grid->setRowStretch(2, 2);
    grid->setRowStretch(4, 3);
    retranslateUi();
}

void HealthTables::setSnapshot(const HealthSnapshot &snapshot)
{
    m_snapshot = snapshot;
    render();
}

void HealthTables::retranslateUi()
{
    m_servicesTitle->setText(tr("HA services"));
    m_lrmTitle->setText(tr("Local resource managers (one per node)"));
    m_storagesTitle->setText(tr("Proxmox storages (pvesm status on each node)"));
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Node"), tr("State")});
    m_lrms->setHorizontalHeaderLabels({tr("Node"), tr("Status"), tr("Last update")});
    m_storages->setHorizontalHeaderLabels(
        {tr("Node"), tr("Storage"), tr("Type"), tr("Status"), tr("Used / total")});
    render();
}

void HealthTables::render()
{
    const HaStatus &ha = m_snapshot.ha;
    if (!ha.understood)
        m_quorum->setText(m_snapshot.nodes.isEmpty()
                              ? tr("Not read yet.")
                              : tr("The HA status could not be read on any node."));
    else if (ha.hasMaster)
        m_quorum->setText(tr("Quorum: %1. HA master: %2 (%3), as read on %4.")
                              .arg(ha.quorate ? tr("yes") : tr("no"), ha.masterNode,
                                   ha.masterStatus, m_snapshot.haNode));
    else
        m_quorum->setText(tr("Quorum: %1. No HA master yet (no resource is managed), as read "
                             "on %2.")
                              .arg(ha.quorate ? tr("yes") : tr("no"), m_snapshot.haNode));

    m_services->setRowCount(int(ha.services.size()));
    for (int i = 0; i < ha.services.size(); ++i) {
        const HaService &s = ha.services.at(i);
        setCell(m_services, i, 0, s.sid);
        setCell(m_services, i, 1, s.node);
        setCell(m_services, i, 2, s.state, serviceStatus(s.state));
    }
    m_lrms->setRowCount(int(ha.lrms.size()));
    for (int i = 0; i < ha.lrms.size(); ++i) {
        const HaLrm &l = ha.lrms.at(i);
        const bool bad = l.dead || l.unreadable || l.timeDrift;
        QString status = l.status;
        if (l.dead)
            status = tr("%1 — dead (no update for over 30 s)")
                         .arg(StatusLook::word(StatusLook::Status::Fail));
        else if (l.timeDrift)
            status = tr("%1 — time drift detected").arg(StatusLook::word(StatusLook::Status::Warn));
        setCell(m_lrms, i, 0, l.node);
        setCell(m_lrms, i, 1, status,
                bad ? (l.dead ? StatusLook::Status::Fail : StatusLook::Status::Warn)
                    : StatusLook::Status::Pass);
        setCell(m_lrms, i, 2, l.timestamp);
    }

    int rows = 0;
    for (const NodeHealth &n : m_snapshot.nodes)
        rows += int(n.storages.size());
    m_storages->setRowCount(rows);
    int row = 0;
    for (const NodeHealth &n : m_snapshot.nodes)
        for (const PveStorage &s : n.storages) {
            const StatusLook::Status status =
                s.status == QLatin1String("active")     ? StatusLook::Status::Pass
                : s.status == QLatin1String("disabled") ? StatusLook::Status::Skip
                                                        : StatusLook::Status::Warn;
            setCell(m_storages, row, 0, n.name());
            setCell(m_storages, row, 1, s.name);
            setCell(m_storages, row, 2, s.type);
            setCell(m_storages, row, 3, s.status, status);
            setCell(
                m_storages, row, 4,
                s.totalBytes > 0
                    ? tr("%1 / %2 (%3 %)")
                          .arg(HealthLook::bytes(s.usedBytes), HealthLook::bytes(s.totalBytes),
                               QLocale().toString(s.usedPercent >= 0 ? s.usedPercent
                                                                     : 100.0 * double(s.usedBytes) /
                                                                           double(s.totalBytes),
                                                  'f', 1))
                    : tr("not mounted or disabled"));
            ++row;
        }
    for (QTableWidget *t : {m_services, m_lrms, m_storages})
        t->resizeColumnsToContents();
}

void HealthTables::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pveha
