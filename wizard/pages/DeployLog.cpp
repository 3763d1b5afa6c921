// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/DeployLog.h"

#include "engine/EngineEvent.h"
#include "widgets/LogView.h"

#include <QEvent>

namespace pveha {

DeployLog::DeployLog(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("deployLog"));
    setDocumentMode(true);
    m_all = new LogView(this);
    m_all->setObjectName(QStringLiteral("logAll"));
    addTab(m_all, QString());
    retranslateUi();
}

void DeployLog::setNodes(const QStringList &nodes)
{
    if (nodes == m_order)
        return;
    for (LogView *view : std::as_const(m_nodes)) {
        removeTab(indexOf(view));
        delete view;
    }
    m_nodes.clear();
    m_order = nodes;
    for (const QString &node : nodes) {
        auto *view = new LogView(this);
        view->setObjectName(QStringLiteral("log-") + node);
        m_nodes.insert(node, view);
        addTab(view, node);
    }
    retranslateUi();
}

void DeployLog::addEvent(const EngineEvent &event)
{
    const QString line = event.time.toString(QStringLiteral("HH:mm:ss ")) + event.toLine();
    m_all->appendLine(line);
    if (event.node.isEmpty()) {
        for (LogView *view : std::as_const(m_nodes))
            view->appendLine(line);
    } else if (LogView *view = m_nodes.value(event.node)) {
        view->appendLine(line);
    }
}

void DeployLog::clearLogs()
{
    m_all->clearLog();
    for (LogView *view : std::as_const(m_nodes))
        view->clearLog();
}

void DeployLog::flush()
{
    m_all->flush();
    for (LogView *view : std::as_const(m_nodes))
        view->flush();
}

void DeployLog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QTabWidget::changeEvent(event);
}

void DeployLog::retranslateUi()
{
    setTabText(indexOf(m_all), tr("All nodes"));
    const QString hint = tr("The commands' output appears here, live, once the deployment "
                            "starts. The full log is also written to a file.");
    m_all->setPlaceholderText(hint);
    for (LogView *view : std::as_const(m_nodes))
        view->setPlaceholderText(hint);
}

} // namespace pveha
