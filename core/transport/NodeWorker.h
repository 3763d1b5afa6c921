// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QMutex>
#include <QObject>
#include <QQueue>
#include <QThread>

#include <atomic>
#include <memory>

namespace pveha {

class NodeWorkerLoop;

/// One node's worker: a thread that owns the node's Transport and runs submitted commands one
/// after the other. The NodeWorker object itself lives in the thread that created it (the
/// engine's); its signals are delivered there, queued from the worker thread.
class NodeWorker : public QObject
{
    Q_OBJECT
public:
    NodeWorker(QString node, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    /// Cancels what runs and what waits, then joins the thread.
    ~NodeWorker() override;

    QString node() const { return m_node; }

    /// Queues a command; returns its id (>= 1), echoed by finished(); 0 after shutdown().
    /// Thread-safe.
    quint64 submit(const CommandRequest &request);
    /// Stops the running command and drops the queued ones (each finishes as Cancelled).
    /// Commands submitted afterwards run normally. Thread-safe.
    void cancel();
    /// Cancels, finishes the thread and waits for it (the Transport is destroyed there).
    void shutdown();
    /// Commands submitted and not yet finished.
    int pending() const;

Q_SIGNALS:
    /// A chunk of output of the running command; `stream` is an OutputStream value.
    void output(const QString &node, int stream, const QByteArray &chunk);
    void started(quint64 id);
    void finished(quint64 id, const pveha::CommandResult &result);

private:
    friend class NodeWorkerLoop;
    struct Job
    {
        quint64 id = 0;
        quint64 generation = 0;
        CommandRequest request;
    };
    bool takeJob(Job &job);

    QString m_node;
    QThread m_thread;
    NodeWorkerLoop *m_loop = nullptr; ///< lives in m_thread, deleted when it finishes
    mutable QMutex m_mutex;
    QQueue<Job> m_queue;
    quint64 m_nextId = 1;
    std::atomic<int> m_pending{0};
    std::atomic<quint64> m_cancelGeneration{0};
    std::atomic_bool m_cancelRunning{false};
    std::atomic_bool m_shutdown{false};
};

/// The part of NodeWorker that lives in the worker thread.
class NodeWorkerLoop : public QObject
{
    Q_OBJECT
public:
    NodeWorkerLoop(NodeWorker *owner, std::unique_ptr<Transport> transport);
    ~NodeWorkerLoop() override;

public Q_SLOTS:
    void drain();

Q_SIGNALS:
    void output(const QString &node, int stream, const QByteArray &chunk);
    void started(quint64 id);
    void finished(quint64 id, const pveha::CommandResult &result);

private:
    NodeWorker *m_owner;
    std::unique_ptr<Transport> m_transport;
};

} // namespace pveha
