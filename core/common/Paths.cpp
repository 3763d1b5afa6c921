// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Paths.h"

#include <QDir>

namespace pveha {

QString Paths::stateDirectory()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base))
        base = QDir::homePath() + QLatin1String("/.local/state");
    return base + QLatin1String("/pve-ha-installer");
}

QString Paths::logDirectory()
{
    return stateDirectory() + QLatin1String("/logs");
}

QString Paths::journalDirectory()
{
    return stateDirectory() + QLatin1String("/journals");
}

QString Paths::expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

} // namespace pveha
