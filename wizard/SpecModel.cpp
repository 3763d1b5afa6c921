// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpecModel.h"

#include "common/I18n.h"

namespace pveha {

namespace {

QStringList filledNames(const ClusterSpec &spec)
{
    QStringList names;
    for (const NodeSpec &node : spec.nodes) {
        if (!node.name.isEmpty())
            names << node.name;
    }
    return names;
}

} // namespace

SpecModel::SpecModel(QObject *parent)
    : QObject(parent)
{
    revalidate();
    connect(&I18n::instance(), &I18n::languageChanged, this, [this] {
        revalidate();
        Q_EMIT problemsChanged();
    });
}

void SpecModel::setSpec(const ClusterSpec &spec, const QString &filePath)
{
    m_spec = spec;
    m_filePath = filePath;
    revalidate();
    setDirty(false);
    Q_EMIT reset();
    Q_EMIT problemsChanged();
}

void SpecModel::edit(const std::function<void(ClusterSpec &)> &change)
{
    ClusterSpec next = m_spec;
    change(next);
    follow(m_spec, next);
    if (next == m_spec)
        return;
    m_spec = next;
    revalidate();
    setDirty(true);
    Q_EMIT changed();
    Q_EMIT problemsChanged();
}

void SpecModel::follow(const ClusterSpec &before, ClusterSpec &after)
{
    const QString oldCidr = before.network.cidr;
    if (after.network.cidr != oldCidr) {
        if (after.ceph.publicNetwork == oldCidr || after.ceph.publicNetwork.isEmpty())
            after.ceph.publicNetwork = after.network.cidr;
        if (after.ceph.clusterNetwork == oldCidr || after.ceph.clusterNetwork.isEmpty())
            after.ceph.clusterNetwork = after.network.cidr;
    }

    const QStringList oldNames = filledNames(before);
    const QStringList newNames = filledNames(after);
    if (oldNames == newNames || after.ha.nodes != before.ha.nodes)
        return; // no rename, or the admin is editing the HA list itself
    if (before.ha.nodes == oldNames) {
        after.ha.nodes = newNames; // "every node", as the seed has it: stays every node
        return;
    }
    // A hand-picked list: follow renames (same row, new name) and drop removed nodes.
    QStringList nodes;
    for (const QString &name : std::as_const(after.ha.nodes)) {
        const int row = before.nodeIndex(name);
        if (before.nodes.size() == after.nodes.size() && row >= 0 &&
            !after.nodes.at(row).name.isEmpty())
            nodes << after.nodes.at(row).name;
        else if (after.nodeIndex(name) >= 0)
            nodes << name;
    }
    after.ha.nodes = nodes;
}

QList<SpecProblem> SpecModel::problemsUnder(const QStringList &prefixes) const
{
    if (prefixes.isEmpty())
        return m_problems;
    QList<SpecProblem> found;
    for (const SpecProblem &problem : m_problems) {
        for (const QString &prefix : prefixes) {
            if (pathIsUnder(problem.path, prefix)) {
                found << problem;
                break;
            }
        }
    }
    return found;
}

bool SpecModel::pathIsUnder(const QString &path, const QString &prefix)
{
    if (!path.startsWith(prefix))
        return false;
    if (path.size() == prefix.size())
        return true;
    const QChar next = path.at(prefix.size());
    return next == QLatin1Char('.') || next == QLatin1Char('[');
}

void SpecModel::setEstimateDiskBytes(qint64 bytes)
{
    if (bytes == m_estimateDiskBytes)
        return;
    m_estimateDiskBytes = bytes;
    Q_EMIT estimateChanged();
}

bool SpecModel::save(const QString &path, QString *error)
{
    if (!m_spec.saveFile(path, error))
        return false;
    m_filePath = path;
    setDirty(false);
    return true;
}

void SpecModel::revalidate()
{
    m_problems = m_spec.validate();
}

void SpecModel::setDirty(bool dirty)
{
    if (m_dirty == dirty)
        return;
    m_dirty = dirty;
    Q_EMIT dirtyChanged(dirty);
}

} // namespace pveha
