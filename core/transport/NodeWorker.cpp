// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/NodeWorker.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace pveha {
namespace {

CommandResult cancelledResult(const QString &node)
{
    CommandResult result;
    result.status = TransportStatus::Cancelled;
    result.message =
        QCoreApplication::translate("pveha::NodeWorker", "The command on node %1 was cancelled.")
            .arg(node);
    result.detail = QStringLiteral("cancelled before it started");
    return result;
}

} // namespace

NodeWorker::NodeWorker(QString node, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , m_node(std::move(node))
{
    qRegisterMetaType<pveha::CommandResult>();
    qRegisterMetaType<pveha::CommandRequest>();
    m_thread.setObjectName(QStringLiteral("node-%1").arg(m_node));
    m_loop = new NodeWorkerLoop(this, std::move(transport));
    m_loop->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_loop, &QObject::deleteLater);
    // Signal to signal: queued, because the loop lives in another thread.
    QObject::connect(m_loop, &NodeWorkerLoop::output, this, &NodeWorker::output);
    QObject::connect(m_loop, &NodeWorkerLoop::started, this, &NodeWorker::started);
    QObject::connect(m_loop, &NodeWorkerLoop::finished, this,
                     [this](quint64 id, const CommandResult &r) {
                         --m_pending;
                         Q_EMIT finished(id, r);
                     });
    m_thread.start();
}

NodeWorker::~NodeWorker()
{
    shutdown();
}

quint64 NodeWorker::submit(const CommandRequest &request)
{
    if (m_shutdown.load())
        return 0;
    quint64 id = 0;
    {
        QMutexLocker lock(&m_mutex);
        id = m_nextId++;
        m_queue.enqueue(Job{id, m_cancelGeneration.load(), request});
    }
    ++m_pending;
    QMetaObject::invokeMethod(m_loop, &NodeWorkerLoop::drain, Qt::QueuedConnection);
    return id;
}

void NodeWorker::cancel()
{
    // Order matters: a job whose generation check passed before this increment sees the flag.
    ++m_cancelGeneration;
    m_cancelRunning = true;
}

void NodeWorker::shutdown()
{
    if (m_shutdown.exchange(true))
        return;
    cancel();
    m_thread.quit();
    m_thread.wait();
}

int NodeWorker::pending() const
{
    return m_pending.load();
}

bool NodeWorker::takeJob(Job &job)
{
    QMutexLocker lock(&m_mutex);
    if (m_queue.isEmpty())
        return false;
    job = m_queue.dequeue();
    return true;
}

NodeWorkerLoop::NodeWorkerLoop(NodeWorker *owner, std::unique_ptr<Transport> transport)
    : m_owner(owner)
    , m_transport(std::move(transport))
{}

NodeWorkerLoop::~NodeWorkerLoop() = default;

void NodeWorkerLoop::drain()
{
    NodeWorker::Job job;
    const QString node = m_owner->m_node;
    while (m_owner->takeJob(job)) {
        m_owner->m_cancelRunning = false;
        if (job.generation != m_owner->m_cancelGeneration.load() || m_owner->m_shutdown.load()) {
            Q_EMIT finished(job.id, cancelledResult(node));
            continue;
        }
        Q_EMIT started(job.id);
        const OutputSink sink = [this, &node](OutputStream stream, const QByteArray &chunk) {
            Q_EMIT output(node, static_cast<int>(stream), chunk);
        };
        const CommandResult result = m_transport->run(job.request, sink, &m_owner->m_cancelRunning);
        qCDebug(lcSsh).noquote() << node << "command" << job.id
                                 << transportStatusName(result.status) << "exit" << result.exitCode
                                 << result.elapsedMs << "ms";
        Q_EMIT finished(job.id, result);
    }
}

} // namespace pveha
