// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QString>

#include <atomic>

namespace pveha {

/// Opens the TCP connection for an SSH session ourselves, so that a refused port, an
/// unreachable host, a name that does not resolve and a timeout are told apart by errno (not by
/// parsing a localized message) and the wait honours the cancel flag. libssh then gets the
/// socket through SSH_OPTIONS_FD and owns it.
class TcpConnector
{
public:
    struct Result
    {
        int fd = -1;
        ConnectFailure failure = ConnectFailure::None;
        bool cancelled = false;
        QString detail; ///< raw, e.g. "connect 127.0.0.1:2222: Connection refused"
    };

    /// Resolves `host` and tries each address until one connects or the time runs out.
    static Result connect(const QString &host, quint16 port, int timeoutMs,
                          const std::atomic_bool *cancel);

    /// Acknowledges at once what has arrived on `fd`, instead of the kernel's delayed
    /// acknowledgement (up to 40 ms on Linux, TCP_QUICKACK); nothing where that does not exist.
    static void acknowledgeNow(int fd);
    /// Waits until `fd` has data to read (or `timeoutMs` passed); reads nothing.
    static bool waitReadable(int fd, int timeoutMs);
};

} // namespace pveha
