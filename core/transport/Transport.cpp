// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/Transport.h"

namespace pveha {

QString hostKeyPolicyName(HostKeyPolicy policy)
{
    switch (policy) {
    case HostKeyPolicy::Strict:
        return QStringLiteral("strict");
    case HostKeyPolicy::AcceptNew:
        return QStringLiteral("accept-new");
    case HostKeyPolicy::Ask:
        return QStringLiteral("ask");
    }
    return QString();
}

QString transportStatusName(TransportStatus status)
{
    switch (status) {
    case TransportStatus::Ok:
        return QStringLiteral("ok");
    case TransportStatus::ConnectFailed:
        return QStringLiteral("connect-failed");
    case TransportStatus::AuthFailed:
        return QStringLiteral("auth-failed");
    case TransportStatus::HostKeyRejected:
        return QStringLiteral("host-key-rejected");
    case TransportStatus::Timeout:
        return QStringLiteral("timeout");
    case TransportStatus::Cancelled:
        return QStringLiteral("cancelled");
    case TransportStatus::ConnectionLost:
        return QStringLiteral("connection-lost");
    case TransportStatus::ChannelError:
        return QStringLiteral("channel-error");
    }
    return QString();
}

CommandResult CommandResult::fromConnect(const ConnectResult &connect)
{
    CommandResult result;
    result.status = connect.status;
    result.message = connect.message;
    result.detail = connect.detail;
    return result;
}

} // namespace pveha
