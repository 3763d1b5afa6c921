// SPDX-License-Identifier: GPL-3.0-or-later
// `pve-nodesim --serve SOCKET`: runs simulated tool calls handed over by pve-nodesim-shim
// (shim/nodesim-shim.c says why and gives the request's layout). Each call runs in a fork of
// this process, already loaded, with the caller's argv, environment, working directory and
// standard fds: what follows is multiCallMain, as if the tool had been started on its own.
// Plain POSIX, single-threaded (a fork copies only the calling thread).
#include "NodeSim.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace pveha::sim {
namespace {

/// A payload larger than this is not a request.
constexpr uint32_t kMaxPayload = 16u << 20;

struct Call
{
    pid_t pid = -1;
    int connection = -1; ///< -1 once the caller went away (the fork is then killed, then reaped)
};

bool readFully(int fd, char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

/// One request: its payload and the caller's fds 0, 1 and 2 (closed by the caller of this).
/// Whatever is wrong with it, every fd it carried is closed.
bool receiveCall(int connection, QByteArray *payload, int fds[3])
{
    uint32_t length = 0;
    iovec iov{&length, sizeof length};
    alignas(cmsghdr) char control[CMSG_SPACE(8 * sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do
        n = ::recvmsg(connection, &message, MSG_CMSG_CLOEXEC);
    while (n < 0 && errno == EINTR);
    std::vector<int> received;
    for (cmsghdr *h = n >= 0 ? CMSG_FIRSTHDR(&message) : nullptr; h; h = CMSG_NXTHDR(&message, h)) {
        if (h->cmsg_level != SOL_SOCKET || h->cmsg_type != SCM_RIGHTS)
            continue;
        const size_t count = (h->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; ++i) {
            int fd;
            std::memcpy(&fd, CMSG_DATA(h) + i * sizeof(int), sizeof fd);
            received.push_back(fd);
        }
    }
    const auto reject = [&] {
        for (int fd : received)
            ::close(fd);
        return false;
    };
    if (n != static_cast<ssize_t>(sizeof length) || (message.msg_flags & MSG_CTRUNC) ||
        received.size() != 3 || length < 2 * sizeof(uint32_t) || length > kMaxPayload)
        return reject();
    payload->resize(static_cast<qsizetype>(length));
    if (!readFully(connection, payload->data(), length))
        return reject();
    std::copy(received.begin(), received.end(), fds);
    return true;
}

/// In the fork: becomes the call (see the file's comment) and never returns.
[[noreturn]] void runCall(QByteArray &payload, const int fds[3], const sigset_t &mask,
                          pid_t serverPid)
{
    uint32_t counts[2];
    std::memcpy(counts, payload.constData(), sizeof counts);
    std::vector<char *> strings;
    char *p = payload.data() + sizeof counts;
    char *const end = payload.data() + payload.size();
    while (p < end) {
        strings.push_back(p);
        p += std::strlen(p) + 1; // resize() added a NUL after the last byte
    }
    const size_t argc = counts[0];
    const size_t envc = counts[1];
    if (argc < 1 || strings.size() != argc + envc + 1)
        ::_exit(125);

    for (int i = 0; i < 3; ++i)
        if (::dup2(fds[i], i) < 0)
            ::_exit(125);
    if (::close_range(3, ~0u, 0) != 0) { // kernels before 5.9: the open ones, one by one
        for (int fd = 3; fd < 1024; ++fd)
            ::close(fd);
    }
    ::clearenv();
    for (size_t i = 0; i < envc; ++i)
        ::putenv(strings[argc + i]);
    if (::chdir(strings[argc + envc]) != 0 && ::chdir("/") != 0)
        ::_exit(125);
    ::signal(SIGCHLD, SIG_DFL);
    ::sigprocmask(SIG_SETMASK, &mask, nullptr);
    // A call outliving its server would go on writing to a caller already told it failed.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != serverPid)
        ::_exit(125);

    std::vector<char *> argv(strings.begin(), strings.begin() + static_cast<long>(argc));
    argv.push_back(nullptr);
    ::_exit(multiCallMain(static_cast<int>(argc), argv.data()));
}

} // namespace

int serveMain(const QString &socketPath)
{
    // Closed standard fds would be reused by the sockets, then clobbered by a call's dup2().
    for (int fd = 0; fd <= 2; ++fd)
        if (::fcntl(fd, F_GETFD) < 0 && ::open("/dev/null", O_RDWR) != fd)
            return 2;
    ::signal(SIGPIPE, SIG_IGN);
    ::signal(SIGCHLD, SIG_DFL); // ignored, the forks would be reaped unseen: callers would hang
    const pid_t server = ::getpid();
    sigset_t children, previous;
    sigemptyset(&children);
    sigaddset(&children, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &children, &previous);
    const int exits = ::signalfd(-1, &children, SFD_CLOEXEC | SFD_NONBLOCK);

    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (exits < 0 || static_cast<size_t>(path.size()) >= sizeof address.sun_path) {
        std::fprintf(stderr, "pve-nodesim: --serve: unusable socket path %s\n", path.constData());
        return 2;
    }
    // Bound under another name and renamed once listening: a caller that finds the socket
    // is never refused (it would quietly run the tool itself).
    const QByteArray binding = path + ".binding";
    if (static_cast<size_t>(binding.size()) >= sizeof address.sun_path) {
        std::fprintf(stderr, "pve-nodesim: --serve: socket path too long %s\n", path.constData());
        return 2;
    }
    std::memcpy(address.sun_path, binding.constData(), static_cast<size_t>(binding.size()));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    ::unlink(binding.constData());
    if (listener < 0 ||
        ::bind(listener, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(listener, 128) != 0 || ::rename(binding.constData(), path.constData()) != 0) {
        std::fprintf(stderr, "pve-nodesim: --serve %s: %s\n", path.constData(),
                     std::strerror(errno));
        return 1;
    }

    std::vector<Call> calls;
    std::vector<pollfd> watched;
    for (;;) {
        watched.clear();
        watched.push_back({listener, POLLIN, 0});
        watched.push_back({exits, POLLIN, 0});
        for (const Call &c : calls)
            watched.push_back({c.connection, c.connection >= 0 ? short(POLLIN) : short(0), 0});
        if (::poll(watched.data(), watched.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            return 1;
        }

        // A caller gone before its call ended (killed): the call goes too.
        for (size_t i = 0; i < calls.size(); ++i) {
            if (calls[i].connection >= 0 && watched[i + 2].revents != 0) {
                ::kill(calls[i].pid, SIGTERM);
                ::close(calls[i].connection);
                calls[i].connection = -1;
            }
        }

        if (watched[1].revents & POLLIN) {
            signalfd_siginfo info;
            while (::read(exits, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
            }
            int status = 0;
            pid_t pid;
            while ((pid = ::waitpid(-1, &status, WNOHANG)) > 0) {
                for (auto it = calls.begin(); it != calls.end(); ++it) {
                    if (it->pid != pid)
                        continue;
                    if (it->connection >= 0) {
                        // The caller waits for exactly this; a short write means it is gone.
                        [[maybe_unused]] const ssize_t n =
                            ::send(it->connection, &status, sizeof status, MSG_NOSIGNAL);
                        ::close(it->connection);
                    }
                    calls.erase(it);
                    break;
                }
            }
        }

        if (watched[0].revents & POLLIN) {
            const int connection = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (connection < 0)
                continue;
            // The request comes at once; a caller stalled midway must not hold every other.
            const timeval patience{2, 0};
            ::setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
            QByteArray payload;
            int fds[3];
            if (!receiveCall(connection, &payload, fds)) {
                ::close(connection);
                continue;
            }
            const pid_t pid = ::fork();
            if (pid == 0)
                runCall(payload, fds, previous, server);
            for (int i = 0; i < 3; ++i)
                ::close(fds[i]);
            if (pid < 0) {
                ::close(connection); // the caller reports the server as gone
                continue;
            }
            calls.push_back({pid, connection});
        }
    }
}

} // namespace pveha::sim
