/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pve-nodesim-shim: what the tool symlinks point at when a simulator server runs.
 *
 * A simulated tool call used to start pve-nodesim, a Qt program: about 3 ms of CPU, three
 * quarters of it the dynamic loader relocating Qt and its libraries. Twelve simulated nodes on
 * two cores spent more time loading than simulating. This small C program (libc only) hands the
 * call to `pve-nodesim --serve SOCKET` (NODESIM_SERVER), which forks a copy of itself, already
 * loaded, to run it: the same argv, environment and working directory, and this process's own
 * stdin, stdout and stderr (passed over the socket), so pipes and redirections behave as before.
 * The fork's exit status becomes this program's. When this program dies first (killed by a
 * timeout), the server kills the fork.
 *
 * Without NODESIM_SERVER, or when the server cannot be reached before the call was handed over,
 * it runs pve-nodesim (beside this program) itself, exactly as a symlink to it would; unless
 * NODESIM_SHIM_STRICT is set (tests that must go through the server): then it fails, 125.
 *
 * Request: a uint32 payload length sent with fds 0, 1, 2 (SCM_RIGHTS), then the payload: uint32
 * argc, uint32 envc, then argc + envc + 1 NUL-terminated strings (argv, environ, the working
 * directory). Answer: the fork's wait status, an int. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

enum { kHandedOver = -2, kNotReached = -1 };

/* Sends (`receiving` 0) or receives all `size` bytes on the socket; -1 when it ends first. */
static int transferAll(int sock, char *data, size_t size, int receiving)
{
    while (size > 0) {
        /* MSG_NOSIGNAL: a server gone away is an error here, not a SIGPIPE */
        const ssize_t n =
            receiving ? recv(sock, data, size, 0) : send(sock, data, size, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        size -= (size_t)n;
    }
    return 0;
}

static int appendBytes(char **buffer, size_t *size, size_t *capacity, const void *data,
                       size_t length)
{
    if (*size + length > *capacity) {
        size_t grown = *capacity ? *capacity * 2 : 4096;
        while (grown < *size + length)
            grown *= 2;
        char *bigger = realloc(*buffer, grown);
        if (!bigger)
            return -1;
        *buffer = bigger;
        *capacity = grown;
    }
    memcpy(*buffer + *size, data, length);
    *size += length;
    return 0;
}

static int appendString(char **buffer, size_t *size, size_t *capacity, const char *text)
{
    return appendBytes(buffer, size, capacity, text, strlen(text) + 1);
}

/* The wait status of the call run by the server, kNotReached (nothing was handed over: run the
 * tool here) or kHandedOver (the server took the call and then went away). */
static int forward(const char *socketPath, int argc, char **argv)
{
    for (int fd = 0; fd <= 2; ++fd)
        if (fcntl(fd, F_GETFD) < 0) /* a closed standard fd cannot be passed */
            return kNotReached;
    struct sockaddr_un address;
    memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    if (strlen(socketPath) >= sizeof address.sun_path)
        return kNotReached;
    strcpy(address.sun_path, socketPath);
    const int sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0)
        return kNotReached;
    if (connect(sock, (const struct sockaddr *)&address, sizeof address) != 0) {
        close(sock);
        return kNotReached;
    }

    char *payload = NULL;
    size_t size = 0, capacity = 0;
    uint32_t counts[2] = {(uint32_t)argc, 0};
    for (char **e = environ; *e; ++e)
        ++counts[1];
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) { /* run here, where the working directory is */
        close(sock);
        return kNotReached;
    }
    int failed = appendBytes(&payload, &size, &capacity, counts, sizeof counts) != 0;
    for (int i = 0; !failed && i < argc; ++i)
        failed = appendString(&payload, &size, &capacity, argv[i]) != 0;
    for (char **e = environ; !failed && *e; ++e)
        failed = appendString(&payload, &size, &capacity, *e) != 0;
    if (!failed)
        failed = appendString(&payload, &size, &capacity, cwd) != 0;
    if (failed) {
        free(payload);
        close(sock);
        return kNotReached;
    }

    uint32_t length = (uint32_t)size;
    struct iovec iov = {&length, sizeof length};
    union {
        char buffer[CMSG_SPACE(3 * sizeof(int))];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof control);
    struct msghdr message;
    memset(&message, 0, sizeof message);
    message.msg_iov = &iov;
    message.msg_iovlen = 1;
    message.msg_control = control.buffer;
    message.msg_controllen = sizeof control.buffer;
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(3 * sizeof(int));
    const int fds[3] = {0, 1, 2};
    memcpy(CMSG_DATA(header), fds, sizeof fds);
    ssize_t sent;
    do
        sent = sendmsg(sock, &message, MSG_NOSIGNAL);
    while (sent < 0 && errno == EINTR);
    if (sent != (ssize_t)sizeof length) {
        free(payload);
        close(sock);
        return kNotReached;
    }
    const int written = transferAll(sock, payload, size, 0);
    free(payload);
    int status = 0;
    if (written != 0 || transferAll(sock, (char *)&status, sizeof status, 1) != 0) {
        close(sock);
        return kHandedOver;
    }
    close(sock);
    return status;
}

/* Runs pve-nodesim from this program's directory, argv[0] (the tool's name) unchanged. */
static int runHere(char **argv)
{
    char program[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", program, sizeof program - 1);
    if (n <= 0)
        return 127;
    program[n] = '\0';
    char *slash = strrchr(program, '/');
    const char *name = "pve-nodesim";
    if (!slash || (size_t)(slash + 1 - program) + strlen(name) >= sizeof program)
        return 127;
    strcpy(slash + 1, name);
    execv(program, argv);
    fprintf(stderr, "pve-nodesim-shim: cannot run %s: %s\n", program, strerror(errno));
    return 127;
}

int main(int argc, char **argv)
{
    const char *server = getenv("NODESIM_SERVER");
    if (server && *server) {
        const int status = forward(server, argc, argv);
        if (status == kNotReached && getenv("NODESIM_SHIM_STRICT") &&
            *getenv("NODESIM_SHIM_STRICT")) {
            fprintf(stderr, "pve-nodesim-shim: no simulator server at %s for %s\n", server,
                    argv[0]);
            return 125;
        }
        if (status == kHandedOver) {
            fprintf(stderr, "pve-nodesim-shim: the simulator server at %s went away during %s\n",
                    server, argv[0]);
            return 125;
        }
        if (status != kNotReached) {
            if (WIFEXITED(status))
                return WEXITSTATUS(status);
            if (WIFSIGNALED(status)) {
                signal(WTERMSIG(status), SIG_DFL);
                raise(WTERMSIG(status));
                return 128 + WTERMSIG(status);
            }
            return 125;
        }
    }
    return runHere(argv);
}
