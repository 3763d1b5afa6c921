// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawOutputs.h"

#include "widgets/CodeView.h"

#include <QEvent>

namespace pveha {
namespace {

struct Command
{
    QString id;
    QString title; ///< the command as typed on the node: not translated
    CommandOutput NodeOutputs::*output;
};

QList<Command> commands()
{
    return {{QStringLiteral("ceph"), QStringLiteral("ceph -s"), &NodeOutputs::cephPlain},
            {QStringLiteral("mdstat"), QStringLiteral("cat /proc/mdstat"), &NodeOutputs::mdstat},
            {QStringLiteral("ha"), QStringLiteral("ha-manager status"), &NodeOutputs::haStatus},
            {QStringLiteral("pvesm"), QStringLiteral("pvesm status"), &NodeOutputs::pvesmStatus}};
}

} // namespace

RawOutputs::RawOutputs(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("rawOutputs"));
    setDocumentMode(true);
}

void RawOutputs::setNodes(const QList<NodeHealth> &nodes)
{
    m_nodes = nodes;
    render();
}

CodeView *RawOutputs::view(const QString &node, const QString &command) const
{
    const auto it = m_byNode.constFind(node);
    return it == m_byNode.cend() ? nullptr : it->views.value(command);
}

RawOutputs::NodeViews &RawOutputs::viewsFor(const QString &node)
{
    auto it = m_byNode.find(node);
    if (it != m_byNode.end())
        return *it;
    // Tabs are kept across refreshes so the admin's tab, selection and scroll stay put.
    NodeViews views;
    views.tabs = new QTabWidget(this);
    views.tabs->setObjectName(QStringLiteral("raw-%1").arg(node));
    for (const Command &c : commands()) {
        auto *view = new CodeView(views.tabs);
        view->setObjectName(QStringLiteral("raw-%1-%2").arg(node, c.id));
        view->setLanguage(CodeLanguage::Log);
        view->setCaption(c.title);
        views.tabs->addTab(view, c.title);
        views.views.insert(c.id, view);
    }
    addTab(views.tabs, node);
    return *m_byNode.insert(node, views);
}

void RawOutputs::render()
{
    for (const NodeHealth &n : m_nodes) {
        NodeViews &views = viewsFor(n.name());
        for (const Command &c : commands()) {
            const CommandOutput &o = n.raw.*(c.output);
            QString text;
            if (!n.raw.reachable)
                text = tr("The node could not be reached: %1").arg(n.raw.unreachableReason);
            else if (!o.collected)
                text = tr("(not collected)");
            else
                text = o.text;
            if (!o.errorText.isEmpty())
                text += (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) +
                        o.errorText;
            if (o.collected && o.exitCode != 0)
                text += tr("\n(exit status %1)").arg(o.exitCode);
            views.views.value(c.id)->setText(text);
        }
    }
}

void RawOutputs::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QTabWidget::changeEvent(event);
}

} // namespace pveha
