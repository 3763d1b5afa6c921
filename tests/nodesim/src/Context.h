// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one simulated command sees: its arguments, this node's and the cluster's state, the
// sandboxed file system, the (compressed) clock, and buffers for stdout/stderr. Output is
// buffered and written after the state lock is released, so a pipe between two simulated
// tools can never deadlock on the lock.
#include "State.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace pveha::sim {

/// Reads stdin: timeoutMs < 0 blocks until EOF; otherwise returns what came within the time
/// (stops at the first newline when lineOnly).
using StdinReader = std::function<QByteArray(int timeoutMs, bool lineOnly)>;

class Ctx
{
public:
    QString tool;
    QStringList args;
    QString root;       // $NODESIM_ROOT
    QString clusterDir; // $NODESIM_CLUSTER
    NodeState node;
    ClusterState cluster;
    bool nodeDirty = false;
    bool clusterDirty = false;
    QByteArray out;
    QByteArray err;
    QByteArray stdinData; // pre-read for tools flagged StdinLine
    StdinReader stdinReader;

    void say(const QString &s) { out += s.toUtf8(); }
    void sayErr(const QString &s) { err += s.toUtf8(); }
    /// Prints msg (a trailing newline is added) on stderr and returns code.
    int fail(const QString &msg, int code = 1);
    QByteArray readAllStdin();

    qint64 now() const;                      // simulated wall clock, ms since epoch
    double simSecondsSince(qint64 ms) const; // scaled by the cluster's timeScale
    static QString ctime(qint64 ms);         // "Tue Mar  4 10:15:02 2025"

    // Sandbox: every absolute path maps into $NODESIM_ROOT/fs, /etc/pve into the cluster's
    // shared pmxcfs directory; a few /dev and /proc/self paths pass through.
    QString hostPath(const QString &simPath) const;
    static QString normalize(const QString &simPath);
    bool isPassthrough(const QString &simPath) const;
    /// Reads a simulated file (virtual files are rendered from the state).
    bool readFile(const QString &simPath, QByteArray *data, QString *error) const;
    bool writeFile(const QString &simPath, const QByteArray &data, bool append, QString *error);
    bool exists(const QString &simPath) const;
    bool isDir(const QString &simPath) const;
    QStringList listVirtualDir(const QString &simPath, bool *isVirtual) const;

    bool loadNodeState(const QString &name, NodeState *result) const;
    QString simulatedCommandNotFound() const; // "sh: 1: TOOL: not found"
    int unreachable(const NodeRef &ref);
    bool nodeDown(const NodeRef &ref) const;
    bool isDead(const QString &nodeName) const;
};

bool loadJsonFile(const QString &path, QJsonObject *out);
/// Replaces the file at once (a temporary file renamed over it). Not synced to disk: a
/// simulation needs readers never to see half a file, not to survive a power cut.
bool saveJsonFile(const QString &path, const QJsonObject &o);

/// The cluster state's lock: flock(2) on `clusterDir`/.lock, held until unlock() or
/// destruction; Shared for reading the state as one consistent whole. Waiters queue in the kernel
/// (no polling), and the lock goes with a process that dies. Not recursive: a second ClusterLock on
/// the same cluster in one thread waits forever.
class ClusterLock
{
public:
    enum class Mode { Exclusive, Shared };
    explicit ClusterLock(const QString &clusterDir, Mode mode = Mode::Exclusive);
    ~ClusterLock() { unlock(); }
    ClusterLock(const ClusterLock &) = delete;
    ClusterLock &operator=(const ClusterLock &) = delete;
    bool locked() const { return m_fd >= 0; }
    void unlock();

private:
    int m_fd = -1;
};

} // namespace pveha::sim
