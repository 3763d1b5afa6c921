// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/EraseConfirmDialog.h"

#include "widgets/StatusLook.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pveha {

QString EraseConfirmDialog::actionText(int disks, int nodes)
{
    //: %1 is "12 disks", %2 is "3 nodes".
    return tr("Erase %1 on %2 and deploy")
        .arg(tr("%n disk(s)", nullptr, disks), tr("%n node(s)", nullptr, nodes));
}

QList<EraseConfirmDialog::Disk> EraseConfirmDialog::disksOf(const QList<Step> &steps,
                                                            const PreflightReport &report)
{
    QList<Disk> disks;
    for (const Step &step : steps)
        for (const QString &device : step.erases) {
            Disk disk{step.node, device, {}, {}, -1, step.id, step.title};
            for (const NodeReport &node : report.nodes)
                if (node.node == step.node)
                    if (const BlockDevice *seen = node.facts.disks.find(device)) {
                        disk.model = seen->model.trimmed();
                        disk.serial = seen->serial.trimmed();
                        disk.size = seen->size;
                    }
            disks << disk;
        }
    return disks;
}

EraseConfirmDialog::EraseConfirmDialog(const QString &clusterName, const QList<Disk> &disks,
                                       QWidget *parent)
    : QDialog(parent)
    , m_clusterName(clusterName)
{
    setObjectName(QStringLiteral("eraseConfirmDialog"));
    setWindowTitle(tr("Erase disks and deploy"));
    QSet<QString> nodes;
    for (const Disk &d : disks)
        nodes.insert(d.node);

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(StatusLook::destructiveIcon().pixmap(size, size));
    auto *intro = new QLabel(
        tr("The deployment will erase these %n disk(s). Everything on them will be lost. The "
           "checks found them empty, and each step checks again on the node just before it "
           "erases anything.",
           nullptr, int(disks.size())),
        this);
    intro->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(intro, 1);

    m_table = new QTableWidget(int(disks.size()), 6, this);
    m_table->setObjectName(QStringLiteral("eraseDisks"));
    m_table->setHorizontalHeaderLabels({tr("Node"), tr("Disk"), tr("Model"), tr("Serial number"),
                                        tr("Size"), tr("Erased by step")});
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < disks.size(); ++r) {
        const Disk &d = disks.at(r);
        const QString unknown = tr("not seen by the checks");
        const QStringList cells{
            d.node,
            d.device,
            d.model.isEmpty() ? unknown : d.model,
            d.serial.isEmpty() ? unknown : d.serial,
            d.size < 0 ? unknown
                       : QLocale().formattedDataSize(d.size, 1, QLocale::DataSizeSIFormat),
            d.step};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(d.stepTitle);
            m_table->setItem(r, c, item);
        }
    }

    auto *prompt = new QLabel(
        tr("To confirm, type the name of the cluster, <b>%1</b>:").arg(clusterName.toHtmlEscaped()),
        this);
    prompt->setTextFormat(Qt::RichText);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("confirmClusterName"));
    m_name->setPlaceholderText(clusterName);
    prompt->setBuddy(m_name);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    m_erase = buttons->addButton(actionText(int(disks.size()), int(nodes.size())),
                                 QDialogButtonBox::AcceptRole);
    m_erase->setObjectName(QStringLiteral("eraseAndDeploy"));
    m_erase->setIcon(StatusLook::destructiveIcon());
    // Enter in the name field erases only once the name is right: a disabled default button
    // ignores it until then.
    m_erase->setEnabled(false);
    m_erase->setDefault(true);
    // Red, as UX.md wants destructive buttons; pale while it cannot be pressed.
    m_erase->setStyleSheet(QStringLiteral(
        "QPushButton { background-color: #c62828; color: white; border: 1px solid #8e0000;"
        " border-radius: 3px; padding: 5px 12px; }"
        "QPushButton:focus { border: 2px solid #4a0000; }"
        "QPushButton:disabled { background-color: #ef9a9a; color: #fbe9e7;"
        " border-color: #e57373; }"));
    connect(m_name, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_erase->setEnabled(text == m_clusterName); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(prompt);
    layout->addWidget(m_name);
    layout->addWidget(buttons);
    resize(860, 560);
}

} // namespace pveha
