// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pveha {

/// Where the tool keeps its own files. Follows the XDG base directory spec: state (journals,
/// logs) under $XDG_STATE_HOME (default ~/.local/state)/pve-ha-installer.
class Paths
{
public:
    static QString stateDirectory();
    static QString logDirectory();
    static QString journalDirectory();
    /// Expands a leading "~" to the user's home, as the spec file allows.
    static QString expandHome(const QString &path);
};

} // namespace pveha
