// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/TcpConnector.h"

#include <QElapsedTimer>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

namespace pveha {
namespace {

struct AddrInfoDeleter
{
    void operator()(addrinfo *info) const { freeaddrinfo(info); }
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

ConnectFailure classify(int error)
{
    switch (error) {
    case ECONNREFUSED:
        return ConnectFailure::Refused;
    case ETIMEDOUT:
        return ConnectFailure::Timeout;
    default:
        return ConnectFailure::Unreachable;
    }
}

} // namespace

TcpConnector::Result TcpConnector::connect(const QString &host, quint16 port, int timeoutMs,
                                           const std::atomic_bool *cancel)
{
    Result result;
    QElapsedTimer clock;
    clock.start();

    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *raw = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int gai = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &raw);
    std::unique_ptr<addrinfo, AddrInfoDeleter> list(raw);
    if (gai != 0) {
        result.failure = (gai == EAI_NONAME || gai == EAI_NODATA || gai == EAI_FAIL)
                             ? ConnectFailure::NameNotResolved
                             : ConnectFailure::Unreachable;
        result.detail =
            QStringLiteral("resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(gai)));
        return result;
    }

    int lastError = EHOSTUNREACH;
    for (addrinfo *ai = list.get(); ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC,
                                ai->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (rc != 0 && errno != EINPROGRESS) {
            lastError = errno;
            ::close(fd);
            continue;
        }
        while (rc != 0) {
            if (cancel && cancel->load()) {
                ::close(fd);
                result.cancelled = true;
                result.detail = QStringLiteral("connect %1:%2: cancelled").arg(host).arg(port);
                return result;
            }
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0) {
                ::close(fd);
                result.failure = ConnectFailure::Timeout;
                result.detail = QStringLiteral("connect %1:%2: timed out after %3 ms")
                                    .arg(host)
                                    .arg(port)
                                    .arg(timeoutMs);
                return result;
            }
            pollfd pfd{fd, POLLOUT, 0};
            const int ready = ::poll(&pfd, 1, static_cast<int>(qMin<qint64>(left, 50)));
            if (ready < 0 && errno != EINTR) {
                lastError = errno;
                break;
            }
            if (ready <= 0)
                continue;
            int soError = 0;
            socklen_t len = sizeof soError;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
            if (soError != 0) {
                lastError = soError;
                break;
            }
            rc = 0;
        }
        if (rc != 0) {
            ::close(fd);
            continue;
        }
        // Back to blocking: libssh sets the mode it needs; NODELAY because every command is a
        // few small packets and Nagle would add ~40 ms to each.
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        result.fd = fd;
        return result;
    }
    result.failure = classify(lastError);
    result.detail =
        QStringLiteral("connect %1:%2: %3").arg(host).arg(port).arg(errnoText(lastError));
    return result;
}

void TcpConnector::acknowledgeNow(int fd)
{
#ifdef TCP_QUICKACK
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
#else
    Q_UNUSED(fd);
#endif
}

bool TcpConnector::waitReadable(int fd, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    pollfd pfd{fd, POLLIN, 0};
    for (;;) {
        const int left = int(qMax<qint64>(0, timeoutMs - clock.elapsed()));
        const int ready = ::poll(&pfd, 1, left);
        if (ready >= 0 || errno != EINTR || left == 0)
            return ready > 0;
    }
}

} // namespace pveha
