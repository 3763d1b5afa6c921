// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pveha {

/// The process exit codes of the command line contract (shared/contract/CLI.md).
enum class ExitCode : int {
    Ok = 0,                //!< all checks pass, all steps done, cluster healthy
    Failed = 1,            //!< a check or step failed, or the cluster is not healthy
    Usage = 2,             //!< usage error or invalid spec
    Unreachable = 3,       //!< a node could not be reached, authenticated, or its key was refused
    NeedsConfirmation = 4, //!< a destructive action needed --yes
};

constexpr int toInt(ExitCode code)
{
    return static_cast<int>(code);
}

} // namespace pveha
