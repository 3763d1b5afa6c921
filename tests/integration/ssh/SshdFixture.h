// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/Transport.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace pveha::test {

/// How the daemons of an SshdFixture are configured.
struct SshdOptions
{
    /// Offer password authentication too (the server then lists "password").
    bool passwordAuthentication = false;
    /// Extra "NAME=value" pairs put in each session's environment with sshd's SetEnv, e.g.
    /// "PATH=/sim/bin:/usr/bin:/bin" or "NODESIM_ROOT=/tmp/x". Per daemon: see setEnvFor.
    QStringList setEnv;
    /// Per-daemon SetEnv pairs, indexed like the daemons (added after setEnv).
    std::vector<QStringList> setEnvFor;
    /// HOME points at an empty directory in the temp dir, so the login user's rc files (a
    /// ~/.bashrc that starts tools) neither slow commands down nor change their output.
    bool plainHome = true;
    /// Lines appended verbatim to each sshd_config.
    QStringList extraConfig;
    /// Per-daemon lines appended after extraConfig, indexed like the daemons (e.g. a
    /// `ForceCommand` that runs daemon i's sessions inside a network namespace).
    std::vector<QStringList> extraConfigFor;
    /// Per-daemon listen address, indexed like the daemons; 127.0.0.1 where empty or absent.
    /// Any 127.x.y.z is loopback on Linux, so "127.0.0.11", "127.0.0.12" … give each daemon
    /// its own address (a cluster spec needs distinct public addresses).
    QStringList listenAddresses;
    /// false: `sshd -r`, no re-exec of sshd for each connection. For benchmarks that put many
    /// simulated servers on a machine's few cores, where each login's re-exec (loading sshd and
    /// its 28 libraries again) is CPU that real servers would spend on their own cores.
    bool reexec = true;
};

/// Real OpenSSH daemons on loopback (127.0.0.1 unless SshdOptions::listenAddresses) for integration
/// tests and benchmarks: throwaway host keys, an ed25519 client key, an empty known_hosts, all in
/// one QTemporaryDir. Works as root (root logs in with the key) and as a normal user (sshd runs as
/// that user, who alone logs in). Not thread-safe: drive it from the test's thread.
class SshdFixture
{
public:
    SshdFixture();
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    /// Empty when sshd and ssh-keygen are here; otherwise why the tests cannot run.
    static QString unavailableReason();

    /// Creates the keys and starts `count` daemons. False (see errorString()) on failure.
    bool start(int count, const SshdOptions &options = {});
    QString errorString() const { return m_error; }

    int count() const { return static_cast<int>(m_daemons.size()); }
    static QString host() { return QStringLiteral("127.0.0.1"); }
    /// The address daemon i listens on (host() unless SshdOptions::listenAddresses says).
    QString address(int i) const;
    quint16 port(int i) const;
    static QString user();
    QString dir() const { return m_dir.path(); }
    QString clientKey() const;      ///< private key authorized on every daemon
    QString knownHostsFile() const; ///< empty until something stores a key
    QString homeDir() const;        ///< the sessions' HOME when plainHome

    /// An endpoint for daemon i with the fixture's key and known_hosts.
    NodeEndpoint endpoint(int i, HostKeyPolicy policy = HostKeyPolicy::AcceptNew) const;
    /// "ssh-ed25519 AAAA…" of daemon i's host key.
    QString hostPublicKey(int i) const;
    /// Its "SHA256:…" fingerprint, computed by ssh-keygen -l (independent of libssh).
    QString hostKeyFingerprint(int i) const;
    /// Appends daemon i's key to known_hosts as `[ADDRESS]:PORT`, as ssh-keyscan would.
    bool trustHostKey(int i);
    /// Generates a new ed25519 key pair at `path` (for wrong-key or passphrase tests) and, when
    /// `authorize`, appends it to authorized_keys.
    bool addClientKey(const QString &path, const QString &passphrase, bool authorize);

    /// Arguments for OpenSSH's `ssh` to reach daemon i with the fixture's key and known_hosts,
    /// ignoring the user's own ssh config; the remote command is appended by the caller.
    QStringList sshArguments(int i) const;

    /// Kills daemon i and every session it forked (a node going away).
    bool stopDaemon(int i);
    /// Starts daemon i again on the same port with the same host key.
    bool startDaemon(int i);
    bool restartDaemon(int i) { return stopDaemon(i) && startDaemon(i); }
    /// A new host key for daemon i (the node was reinstalled, or a MITM); restarts it.
    bool regenerateHostKey(int i);
    /// What daemon i wrote on stderr (its log, with -e), for failure messages.
    QByteArray daemonLog(int i) const;

private:
    struct Daemon
    {
        quint16 port = 0;
        QString address;
        QString config;
        QString hostKey;
        std::unique_ptr<QProcess> process;
        QByteArray log;
    };
    bool writeConfig(int i);
    bool keygen(const QString &path, const QString &passphrase);
    bool fail(const QString &message);

    QTemporaryDir m_dir;
    SshdOptions m_options;
    std::vector<Daemon> m_daemons;
    QString m_error;
};

/// Runs a Qt Test class, exiting 77 (CTest: skipped) when sshd cannot run here.
#define PVEHA_SSHD_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        const QString reason = pveha::test::SshdFixture::unavailableReason();                      \
        if (!reason.isEmpty()) {                                                                   \
            fprintf(stderr, "SKIP: %s\n", qPrintable(reason));                                     \
            return 77;                                                                             \
        }                                                                                          \
        TestClass test;                                                                            \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

} // namespace pveha::test
