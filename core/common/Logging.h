// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcSpec)
Q_DECLARE_LOGGING_CATEGORY(lcSsh)
Q_DECLARE_LOGGING_CATEGORY(lcPreflight)
Q_DECLARE_LOGGING_CATEGORY(lcDeploy)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcOvh)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace pveha {

/// Routes Qt's messages to a per-run log file under the XDG state directory (and to stderr for
/// warnings and worse). Every line passes through the Redactor first, so a secret registered
/// there never reaches the file.
class Logging
{
public:
    /// Installs the handler; returns the path of this run's log file (empty if it cannot be
    /// written, in which case messages still go to stderr).
    static QString install(const QString &runName);
    static QString currentLogFile();
};

} // namespace pveha
