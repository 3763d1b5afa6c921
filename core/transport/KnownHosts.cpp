// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/KnownHosts.h"

#include "common/Logging.h"
#include "common/Paths.h"
#include "transport/SshHandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pveha {
namespace {

QString hostPort(const NodeEndpoint &e)
{
    return e.port == 22 ? e.host : QStringLiteral("[%1]:%2").arg(e.host).arg(e.port);
}

/// The fingerprints `file` lists for `entryHost` (hashed entries included), those of `keyType`
/// first. libssh reports CHANGED without handing out the known key, so we read it ourselves.
QStringList knownFingerprints(const QString &file, const QString &entryHost, const QString &keyType)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList sameType;
    QStringList others;
    const QByteArray host = entryHost.toUtf8();
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *raw = nullptr;
        if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &raw) != SSH_OK) {
            ssh_knownhosts_entry_free(raw);
            continue;
        }
        ssh::KnownHostsEntryPtr entry(raw);
        if (!entry->publickey)
            continue;
        const QString fingerprint = KnownHosts::sha256Fingerprint(entry->publickey);
        const bool same =
            QLatin1String(ssh_key_type_to_char(ssh_key_type(entry->publickey))) == keyType;
        (same ? sameType : others).append(fingerprint);
    }
    return sameType + others;
}

ConnectResult rejected(const QString &message, const QString &detail)
{
    ConnectResult result;
    result.status = TransportStatus::HostKeyRejected;
    result.message = message;
    result.detail = detail;
    return result;
}

} // namespace

QString KnownHosts::fileFor(const NodeEndpoint &endpoint)
{
    if (endpoint.knownHostsFile.isEmpty())
        return QDir::homePath() + QLatin1String("/.ssh/known_hosts");
    return Paths::expandHome(endpoint.knownHostsFile);
}

QString KnownHosts::sha256Fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t length = 0;
    if (!key || ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) != SSH_OK)
        return QString();
    ssh::CharPtr text(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length));
    ssh_clean_pubkey_hash(&hash);
    return text ? QString::fromLatin1(text.get()) : QString();
}

ConnectResult KnownHosts::verify(ssh_session session, const NodeEndpoint &endpoint,
                                 const HostKeyPrompt &prompt)
{
    const QString file = fileFor(endpoint);
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(session, &rawKey) != SSH_OK) {
        return rejected(tr("Node %1 (%2 port %3) sent no usable host key.")
                            .arg(endpoint.name, endpoint.host)
                            .arg(endpoint.port),
                        QString::fromUtf8(ssh_get_error(session)));
    }
    ssh::KeyPtr key(rawKey);
    const QString fingerprint = sha256Fingerprint(key.get());
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    const ssh_known_hosts_e state = ssh_session_is_known_server(session);
    switch (state) {
    case SSH_KNOWN_HOSTS_OK:
        qCDebug(lcSsh) << endpoint.name << "host key known:" << keyType << fingerprint;
        return {};

    case SSH_KNOWN_HOSTS_CHANGED: {
        // libssh also reads the system-wide file, as ssh does.
        const QStringList known = knownFingerprints(file, hostPort(endpoint), keyType) +
                                  knownFingerprints(QStringLiteral("/etc/ssh/ssh_known_hosts"),
                                                    hostPort(endpoint), keyType);
        const QString knownFingerprint =
            known.isEmpty() ? tr("(not readable from %1)").arg(file) : known.first();
        qCWarning(lcSsh).noquote() << endpoint.name << "HOST KEY CHANGED: known" << knownFingerprint
                                   << "offered" << fingerprint;
        return rejected(
            tr("The host key of node %1 (%2 port %3) has CHANGED. Someone may be intercepting the "
               "connection, or the server was reinstalled.\nKnown key:   %4\nOffered key: %5 (%6)\n"
               "Nothing was sent to the node. If the change is expected, remove the old key with "
               "`ssh-keygen -R \"%7\" -f %8` and connect again.")
                .arg(endpoint.name, endpoint.host)
                .arg(endpoint.port)
                .arg(knownFingerprint, fingerprint, keyType, hostPort(endpoint), file),
            QStringLiteral("known_hosts state CHANGED; known %1; offered %2 %3; file %4")
                .arg(knownFingerprint, keyType, fingerprint, file));
    }

    case SSH_KNOWN_HOSTS_OTHER:
        return rejected(
            tr("Node %1 (%2 port %3) offered a %4 host key (%5), but %6 holds a key of another "
               "type for it. This tool refuses it, as ssh would. If the node's keys changed on "
               "purpose, remove the old entry with `ssh-keygen -R \"%7\" -f %6`.")
                .arg(endpoint.name, endpoint.host)
                .arg(endpoint.port)
                .arg(keyType, fingerprint, file, hostPort(endpoint)),
            QStringLiteral("known_hosts state OTHER; offered %1 %2; file %3")
                .arg(keyType, fingerprint, file));

    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: {
        const QString detail =
            QStringLiteral("known_hosts state %1; offered %2 %3; file %4")
                .arg(state == SSH_KNOWN_HOSTS_NOT_FOUND ? QStringLiteral("NOT_FOUND")
                                                        : QStringLiteral("UNKNOWN"),
                     keyType, fingerprint, file);
        if (endpoint.policy == HostKeyPolicy::AcceptNew) {
            qCInfo(lcSsh).noquote()
                << endpoint.name << "new host key accepted (accept-new):" << keyType << fingerprint
                << "stored in" << file;
            return store(session, endpoint, file, fingerprint);
        }
        if (endpoint.policy == HostKeyPolicy::Ask && prompt) {
            const HostKeyQuestion question{endpoint.name, endpoint.host, endpoint.port,
                                           keyType,       fingerprint,   file};
            if (prompt(question)) {
                qCInfo(lcSsh).noquote()
                    << endpoint.name << "new host key accepted by the user:" << keyType
                    << fingerprint;
                return store(session, endpoint, file, fingerprint);
            }
            return rejected(tr("The host key of node %1 (%2 port %3) was not trusted (%4 %5).")
                                .arg(endpoint.name, endpoint.host)
                                .arg(endpoint.port)
                                .arg(keyType, fingerprint),
                            detail + QStringLiteral("; refused by the user"));
        }
        return rejected(
            tr("The host key of node %1 (%2 port %3) is not known: %4 %5.\nThe host key policy "
               "\"%6\" accepts only keys already in %7. Check the fingerprint on the node "
               "(`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`), then add the key with "
               "`ssh-keyscan -p %3 %2 >> %7`, or run once with the policy accept-new.")
                .arg(endpoint.name, endpoint.host)
                .arg(endpoint.port)
                .arg(keyType, fingerprint, hostKeyPolicyName(endpoint.policy), file),
            detail);
    }

    case SSH_KNOWN_HOSTS_ERROR:
        return rejected(tr("The host key of node %1 (%2 port %3) could not be checked against "
                           "%4: %5")
                            .arg(endpoint.name, endpoint.host)
                            .arg(endpoint.port)
                            .arg(file, QString::fromUtf8(ssh_get_error(session))),
                        QStringLiteral("known_hosts state ERROR: %1")
                            .arg(QString::fromUtf8(ssh_get_error(session))));
    }
    return rejected(tr("The host key of node %1 could not be checked.").arg(endpoint.name),
                    QStringLiteral("known_hosts state %1").arg(static_cast<int>(state)));
}

ConnectResult KnownHosts::store(ssh_session session, const NodeEndpoint &endpoint,
                                const QString &file, const QString &fingerprint)
{
    // Create the directory (0700) and the file (0600) ourselves, as ssh would.
    const QFileInfo info(file);
    QDir dir = info.absoluteDir();
    if (!dir.exists() && dir.mkpath(QStringLiteral("."))) {
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!info.exists()) {
        QFile f(file);
        if (f.open(QIODevice::WriteOnly | QIODevice::Append))
            f.close();
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    if (ssh_session_update_known_hosts(session) != SSH_OK) {
        return rejected(
            tr("The host key of node %1 (%2) could not be stored in %3: %4")
                .arg(endpoint.name, fingerprint, file, QString::fromUtf8(ssh_get_error(session))),
            QStringLiteral("ssh_session_update_known_hosts: %1")
                .arg(QString::fromUtf8(ssh_get_error(session))));
    }
    return {};
}

} // namespace pveha
