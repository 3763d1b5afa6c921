// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QObject>

#include <functional>

namespace pveha {

/// The cluster spec being edited: the one source of truth of the input pages. Pages write
/// into it as the admin types and read it back when they are shown, so nothing typed is lost
/// by going back and forth, by a language switch, or by saving and re-opening.
///
/// Problems are validated once per change and cached; they are re-validated when the language
/// changes, since their messages are translated sentences.
class SpecModel : public QObject
{
    Q_OBJECT
public:
    explicit SpecModel(QObject *parent = nullptr);

    const ClusterSpec &spec() const { return m_spec; }
    /// Replaces the whole spec (a new cluster, an opened file, the demo): pages reload their
    /// widgets on reset(). `filePath` is where it came from, empty for a spec built in memory.
    void setSpec(const ClusterSpec &spec, const QString &filePath = {});
    /// Applies one edit. Emits changed() (and marks the spec dirty) only when something
    /// really changed. Values that follow others by default follow them here (see follow()).
    void edit(const std::function<void(ClusterSpec &)> &change);

    const QList<SpecProblem> &problems() const { return m_problems; }
    /// Problems whose path is one of `prefixes` or lies below one ("nodes" covers
    /// "nodes[1].name"; "ceph.pool" covers "ceph.pool.size"). An empty list means all.
    QList<SpecProblem> problemsUnder(const QStringList &prefixes) const;
    static bool pathIsUnder(const QString &path, const QString &prefix);

    /// The size of one HDD the capacity estimates use (Disks and Summary pages). Not part of
    /// the spec: the preflight measures the real sizes.
    qint64 estimateDiskBytes() const { return m_estimateDiskBytes; }
    void setEstimateDiskBytes(qint64 bytes);

    bool isDirty() const { return m_dirty; }
    QString filePath() const { return m_filePath; }
    /// Writes the spec (mode 0600); on success the file becomes the spec's path and the spec
    /// is clean.
    bool save(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    /// The spec changed through edit(): pages refresh previews and problem marks, but keep
    /// their widgets as they are (the admin may be typing in one).
    void changed();
    /// The spec was replaced through setSpec(): pages reload every widget from it.
    void reset();
    /// The cached problems changed (after an edit, a reset, or a language switch).
    void problemsChanged();
    void dirtyChanged(bool dirty);
    void estimateChanged();

private:
    /// Keeps defaults that follow other fields in step: the Ceph networks follow network.cidr
    /// and the HA node list follows the node names, as long as the admin left them so.
    static void follow(const ClusterSpec &before, ClusterSpec &after);
    void revalidate();
    void setDirty(bool dirty);

    ClusterSpec m_spec;
    QList<SpecProblem> m_problems;
    QString m_filePath;
    qint64 m_estimateDiskBytes = 6'000'000'000'000; // the seed's 6 TB HDDs
    bool m_dirty = false;
};

} // namespace pveha
