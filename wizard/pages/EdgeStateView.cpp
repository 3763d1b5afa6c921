// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/EdgeStateView.h"

#include "widgets/StatusLook.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pveha {
namespace {

QTableWidgetItem *cell(const QString &text, const QString &tooltip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    // Tooltips are rich text: what the API answered is shown as text, wrapped.
    item->setToolTip(
        QStringLiteral("<p>%1</p>").arg((tooltip.isEmpty() ? text : tooltip).toHtmlEscaped()));
    return item;
}

QTableWidgetItem *statusCell(StatusLook::Status status, const QString &text,
                             const QString &tooltip = {})
{
    QTableWidgetItem *item = cell(text, tooltip);
    item->setIcon(StatusLook::icon(status));
    return item;
}

/// A rule without its sequence (the Priority column shows it).
QString ruleText(const EdgeRule &rule)
{
    return rule.summary().section(QLatin1Char(' '), 1);
}

void setupTable(QTableWidget *table, int columns)
{
    table->setColumnCount(columns);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
}

} // namespace

EdgeStateView::EdgeStateView(QWidget *parent)
    : QWidget(parent)
{
    m_nodes = new QTableWidget(this);
    m_nodes->setObjectName(QStringLiteral("edgeNodes"));
    setupTable(m_nodes, ResultColumn + 1);
    m_rulesCaption = new QLabel(this);
    m_rulesCaption->setObjectName(QStringLiteral("edgeRulesCaption"));
    m_rulesCaption->setWordWrap(true);
    m_rules = new QTableWidget(this);
    m_rules->setObjectName(QStringLiteral("edgeRules"));
    setupTable(m_rules, UseColumn + 1);
    m_rules->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_nodes, &QTableWidget::currentCellChanged, this, [this] { fillRules(); });

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_rulesCaption);
    lowerLayout->addWidget(m_rules, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_nodes);
    split->addWidget(lower);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    retranslateUi();
}

void EdgeStateView::setTargets(const QList<EdgeNodeTarget> &targets)
{
    m_results.clear();
    m_phases.clear();
    m_applying.clear();
    for (const EdgeNodeTarget &t : targets) {
        EdgeNodeResult r;
        r.target = t;
        m_results << r;
        m_phases << Phase::NotRead;
        m_applying << false;
    }
    const int keep = qMax(0, m_nodes->currentRow());
    m_nodes->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row)
        fillNode(row);
    if (!m_results.isEmpty())
        m_nodes->setCurrentCell(qMin(keep, int(m_results.size()) - 1), 0);
    fillRules();
}

void EdgeStateView::setRunning(int index, bool applying)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_phases[index] = Phase::Running;
    m_applying[index] = applying;
    fillNode(index);
}

void EdgeStateView::setResult(int index, const EdgeNodeResult &result)
{
    if (index < 0 || index >= m_results.size())
        return;
    m_results[index] = result;
    m_phases[index] = Phase::Done;
    fillNode(index);
    if (index == m_nodes->currentRow())
        fillRules();
}

void EdgeStateView::setSpinnerFrame(int frame)
{
    m_frame = frame;
    for (int row = 0; row < m_phases.size(); ++row)
        if (m_phases.at(row) == Phase::Running)
            if (QTableWidgetItem *item = m_nodes->item(row, ResultColumn))
                item->setIcon(StatusLook::runningIcon(frame));
}

void EdgeStateView::fillNode(int row)
{
    const EdgeNodeResult &r = m_results.at(row);
    const Phase phase = m_phases.at(row);
    m_nodes->setItem(row, NodeColumn, cell(r.target.node));
    m_nodes->setItem(row, AddressColumn,
                     cell(r.target.ip.isEmpty() ? r.target.problem : r.target.ip));

    QString firewall, difference;
    if (phase == Phase::Done && r.currentKnown) {
        if (!r.onFirewall && !r.addedToFirewall)
            firewall = tr("address not on the firewall");
        else if (r.enabledBefore || r.enabledNow)
            firewall = r.addedToFirewall ? tr("address added, enabled") : tr("enabled");
        else
            firewall = tr("disabled");
    } else if (phase == Phase::Done) {
        firewall = tr("unknown");
    } else {
        firewall = tr("not read yet");
    }
    if (phase == Phase::Done && r.diffKnown) {
        QStringList parts;
        if (!r.diff.toDelete.isEmpty())
            parts << tr("%n to delete", nullptr, int(r.diff.toDelete.size()));
        if (!r.diff.toCreate.isEmpty())
            parts << tr("%n to create", nullptr, int(r.diff.toCreate.size()));
        if (r.needsEnable)
            parts << tr("enable the firewall");
        difference = parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
        if (r.applyRequested && r.ok() && r.complete() && !parts.isEmpty())
            difference = tr("none left (applied)");
    } else {
        difference = QStringLiteral("—");
    }
    m_nodes->setItem(row, FirewallColumn, cell(firewall));
    m_nodes->setItem(row, DifferenceColumn, cell(difference));

    QTableWidgetItem *result = nullptr;
    if (phase == Phase::Running) {
        result = cell(m_applying.at(row) ? tr("Applying…") : tr("Reading…"));
        result->setIcon(StatusLook::runningIcon(m_frame));
    } else if (phase == Phase::NotRead) {
        result = statusCell(StatusLook::Status::Skip,
                            r.target.problem.isEmpty() ? tr("Not read yet") : r.target.problem);
    } else if (!r.attempted) {
        result = statusCell(StatusLook::Status::Skip,
                            tr("Not attempted: an earlier node failed, this one was not touched"));
    } else if (!r.ok() && !r.applyRequested) {
        result = statusCell(StatusLook::Status::Fail,
                            tr("Could not be read: %1").arg(r.errors.join(QLatin1Char(' '))));
    } else if (!r.ok()) {
        QString text = tr("Failed: %1").arg(r.errors.join(QLatin1Char(' ')));
        if (r.applyRequested && !r.complete())
            text += QLatin1Char(' ') + tr("Not applied: %1.").arg(r.notAppliedText());
        result = statusCell(StatusLook::Status::Fail, text);
    } else if (r.applyRequested) {
        result = statusCell(StatusLook::Status::Pass, tr("Applied: %1").arg(r.appliedText()));
    } else if (r.diff.isEmpty() && !r.needsEnable) {
        result = statusCell(StatusLook::Status::Pass, tr("In place: nothing to change"));
    } else {
        result = statusCell(StatusLook::Status::Warn, tr("Differs: Apply would change it"));
    }
    m_nodes->setItem(row, ResultColumn, result);
}

void EdgeStateView::fillRules()
{
    const int row = m_nodes->currentRow();
    m_rules->setRowCount(0);
    if (row < 0 || row >= m_results.size()) {
        m_rulesCaption->clear();
        return;
    }
    const EdgeNodeResult &r = m_results.at(row);
    const bool known = m_phases.at(row) == Phase::Done && r.currentKnown;
    const bool applied = known && r.applyRequested;
    QString caption;
    if (applied)
        caption = tr("Rules of %1 (%2) by priority: what the Edge firewall held before the apply, "
                     "what it should hold, and what was done.")
                      .arg(r.target.node, r.target.ip);
    else if (known)
        caption = tr("Rules of %1 (%2) by priority: what the Edge firewall holds, what it should "
                     "hold, and the change.")
                      .arg(r.target.node, r.target.ip);
    else
        caption = tr("Rules %1 (%2) should get. Read the current rules to see what will change.")
                      .arg(r.target.node, r.target.ip.isEmpty() ? r.target.problem : r.target.ip);
    m_rulesCaption->setText(caption);
    m_rules->horizontalHeaderItem(CurrentColumn)
        ->setText(applied ? tr("Before the apply") : tr("Current rule"));

    QMap<int, const RemoteEdgeRule *> current;
    QMap<int, const EdgeRule *> wanted;
    for (const RemoteEdgeRule &c : r.current)
        current.insert(c.rule.sequence, &c);
    for (const EdgeRule &w : r.target.wanted)
        wanted.insert(w.sequence, &w);
    QList<int> sequences = current.keys() + wanted.keys();
    std::sort(sequences.begin(), sequences.end());
    sequences.erase(std::unique(sequences.begin(), sequences.end()), sequences.end());

    auto inDelete = [&r](int s) {
        return std::any_of(r.diff.toDelete.cbegin(), r.diff.toDelete.cend(),
                           [s](const RemoteEdgeRule &d) { return d.rule.sequence == s; });
    };
    auto inCreate = [&r](int s) {
        return std::any_of(r.diff.toCreate.cbegin(), r.diff.toCreate.cend(),
                           [s](const EdgeRule &c) { return c.sequence == s; });
    };
    m_rules->setRowCount(int(sequences.size()));
    for (int i = 0; i < sequences.size(); ++i) {
        const int s = sequences.at(i);
        m_rules->setItem(i, PriorityColumn, cell(QString::number(s)));
        QString now = known ? QStringLiteral("—") : QString();
        if (const RemoteEdgeRule *c = current.value(s)) {
            now = c->understood ? ruleText(c->rule) : c->text;
            if (!c->state.isEmpty() && c->state != QLatin1String("ok"))
                now += QStringLiteral("  [%1]").arg(c->state);
        }
        m_rules->setItem(i, CurrentColumn, cell(now));
        const EdgeRule *w = wanted.value(s);
        m_rules->setItem(i, WantedColumn, cell(w ? ruleText(*w) : QStringLiteral("—")));
        m_rules->setItem(i, UseColumn, cell(w ? w->comment : tr("not wanted")));

        if (!known || !r.diffKnown) {
            m_rules->setItem(i, ChangeColumn, cell(QString()));
            continue;
        }
        const bool del = inDelete(s), add = inCreate(s);
        if (!del && !add) {
            m_rules->setItem(i, ChangeColumn,
                             statusCell(StatusLook::Status::Pass, tr("unchanged")));
            continue;
        }
        const bool deleted = !del || r.deleted.contains(s);
        const bool created = !add || r.created.contains(s);
        QString word = del && add ? tr("replace (delete, then create)")
                       : del      ? tr("delete")
                                  : tr("create");
        StatusLook::Status look = StatusLook::Status::Warn;
        if (r.applyRequested && deleted && created) {
            word = del && add ? tr("replaced") : del ? tr("deleted") : tr("created");
            look = StatusLook::Status::Pass;
        } else if (r.applyRequested && r.applyStarted) {
            word = tr("not done: %1").arg(word);
            look = StatusLook::Status::Fail;
        }
        m_rules->setItem(i, ChangeColumn, statusCell(look, word));
    }
}

void EdgeStateView::retranslateUi()
{
    m_nodes->setHorizontalHeaderLabels(
        {tr("Node"), tr("Public address"), tr("Edge firewall"), tr("Difference"), tr("Result")});
    m_rules->setHorizontalHeaderLabels(
        {tr("Priority"), tr("Current rule"), tr("Wanted rule"), tr("Change"), tr("Use")});
    for (int row = 0; row < m_results.size(); ++row)
        fillNode(row);
    fillRules();
}

} // namespace pveha
