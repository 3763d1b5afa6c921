// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/MeshMatrix.h"

#include "widgets/StatusLook.h"

#include <QEvent>
#include <QHeaderView>

namespace pveha {

namespace {

constexpr int kAnsweredRole = Qt::UserRole + 1;

StatusLook::Status look(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return StatusLook::Status::Pass;
    case CheckStatus::Warn:
        return StatusLook::Status::Warn;
    case CheckStatus::Fail:
        return StatusLook::Status::Fail;
    case CheckStatus::Skip:
        break;
    }
    return StatusLook::Status::Skip;
}

} // namespace

MeshMatrix::MeshMatrix(QWidget *parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("meshMatrix"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
}

void MeshMatrix::start(const QStringList &nodes)
{
    clearContents();
    m_nodes = nodes;
    setRowCount(int(nodes.size()));
    setColumnCount(int(nodes.size()));
    setHorizontalHeaderLabels(nodes);
    setVerticalHeaderLabels(nodes);
    for (int r = 0; r < nodes.size(); ++r)
        for (int c = 0; c < nodes.size(); ++c) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignCenter);
            if (r == c) {
                item->setText(QStringLiteral("—"));
                item->setFlags(Qt::NoItemFlags);
            } else {
                item->setIcon(StatusLook::runningIcon());
                item->setData(kAnsweredRole, false);
            }
            setItem(r, c, item);
        }
    retranslateUi();
}

QTableWidgetItem *MeshMatrix::cell(const QString &from, const QString &to) const
{
    const int r = int(m_nodes.indexOf(from));
    const int c = int(m_nodes.indexOf(to));
    return r < 0 || c < 0 ? nullptr : item(r, c);
}

void MeshMatrix::setEntry(const MeshEntry &entry)
{
    QTableWidgetItem *item = cell(entry.from, entry.to);
    if (!item)
        return;
    const StatusLook::Status status = look(entry.status);
    item->setData(kAnsweredRole, true);
    item->setIcon(StatusLook::icon(status));
    item->setText(StatusLook::word(status));
    QString tip =
        tr("%1 → %2, MTU %3: %4").arg(entry.from, entry.to).arg(entry.mtu).arg(entry.message);
    if (!entry.details.trimmed().isEmpty())
        tip += QStringLiteral("\n\n") + entry.details.trimmed();
    item->setToolTip(tip);
}

void MeshMatrix::setEntries(const QList<MeshEntry> &entries)
{
    for (const MeshEntry &entry : entries)
        setEntry(entry);
}

void MeshMatrix::setStopped()
{
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem *cellItem = item(r, c);
            if (r == c || cellItem->data(kAnsweredRole).toBool())
                continue;
            cellItem->setIcon(StatusLook::icon(StatusLook::Status::Skip));
            cellItem->setText(tr("Not tested"));
            cellItem->setToolTip(tr("The checks were stopped before this path was tested."));
        }
}

QSize MeshMatrix::sizeHint() const
{
    QSize size = QTableWidget::sizeHint();
    size.setWidth(std::max(size.width(), 120 * int(m_nodes.size()) + 90));
    return size;
}

void MeshMatrix::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTableWidget::changeEvent(event);
}

void MeshMatrix::retranslateUi()
{
    setToolTip(tr("Rows: the node that sends; columns: the node that answers."));
    for (int r = 0; r < rowCount(); ++r)
        for (int c = 0; c < columnCount(); ++c) {
            QTableWidgetItem *cellItem = item(r, c);
            if (r != c && cellItem && !cellItem->data(kAnsweredRole).toBool())
                cellItem->setText(tr("Waiting"));
        }
}

} // namespace pveha
