// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/SshAuth.h"

#include "common/Logging.h"
#include "common/Paths.h"
#include "common/Redactor.h"
#include "transport/SshHandles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>
#include <optional>

namespace pveha {
namespace {

constexpr auto kPasswordVariable = "PVE_HA_SSH_PASSWORD";

/// Fetches a secret once per authentication, from the prompt or the environment.
struct SecretSource
{
    const SecretPrompt &prompt;
    SecretQuestion question;

    std::optional<QString> get(SecretQuestion::Kind kind, const QString &identityFile = {})
    {
        question.kind = kind;
        question.identityFile = identityFile;
        std::optional<QString> secret;
        if (prompt)
            secret = prompt(question);
        else if (qEnvironmentVariableIsSet(kPasswordVariable))
            secret = qEnvironmentVariable(kPasswordVariable);
        if (secret)
            Redactor::instance().addSecret(*secret);
        return secret;
    }
};

struct PassphraseContext
{
    SecretSource *source;
    QString file;
    bool asked = false;
};

/// libssh's ssh_auth_callback: fills `buf` with the key's passphrase.
int passphraseCallback(const char * /*prompt*/, char *buf, size_t len, int /*echo*/, int /*verify*/,
                       void *userdata)
{
    auto *context = static_cast<PassphraseContext *>(userdata);
    if (context->asked)
        return -1;
    context->asked = true;
    const std::optional<QString> secret =
        context->source->get(SecretQuestion::Kind::KeyPassphrase, context->file);
    if (!secret)
        return -1;
    QByteArray bytes = secret->toUtf8();
    if (static_cast<size_t>(bytes.size()) >= len)
        return -1;
    std::memcpy(buf, bytes.constData(), static_cast<size_t>(bytes.size()) + 1);
    bytes.fill('\0');
    return 0;
}

ConnectResult failure(TransportStatus status, const QString &message, const QString &detail)
{
    ConnectResult result;
    result.status = status;
    result.message = message;
    result.detail = detail;
    return result;
}

} // namespace

QString SshAuth::methodNames(int methods)
{
    QStringList names;
    if (methods & SSH_AUTH_METHOD_PUBLICKEY)
        names << QStringLiteral("publickey");
    if (methods & SSH_AUTH_METHOD_PASSWORD)
        names << QStringLiteral("password");
    if (methods & SSH_AUTH_METHOD_INTERACTIVE)
        names << QStringLiteral("keyboard-interactive");
    if (methods & SSH_AUTH_METHOD_HOSTBASED)
        names << QStringLiteral("hostbased");
    if (methods & SSH_AUTH_METHOD_GSSAPI_MIC)
        names << QStringLiteral("gssapi-with-mic");
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1String(", "));
}

QStringList SshAuth::identityFiles(const NodeEndpoint &endpoint)
{
    if (!endpoint.identityFile.isEmpty())
        return {Paths::expandHome(endpoint.identityFile)};
    QStringList files;
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = QDir::homePath() + QLatin1String("/.ssh/") + QLatin1String(name);
        if (QFileInfo::exists(path))
            files << path;
    }
    return files;
}

ConnectResult SshAuth::authenticate(ssh_session session, const NodeEndpoint &endpoint,
                                    const SecretPrompt &prompt)
{
    const QString where =
        QStringLiteral("%1@%2:%3").arg(endpoint.user, endpoint.host).arg(endpoint.port);
    auto lost = [&] {
        return failure(TransportStatus::ConnectionLost,
                       tr("The connection to node %1 (%2 port %3) dropped during authentication.")
                           .arg(endpoint.name, endpoint.host)
                           .arg(endpoint.port),
                       QString::fromUtf8(ssh_get_error(session)));
    };

    // Keys first, without asking for the server's methods with a "none" attempt: OpenSSH holds
    // back every refusal for several milliseconds (against user enumeration) and it would be
    // one more round trip. A refused key brings the list of methods anyway; "none" is asked
    // only when no key could be offered, or as the last thing before giving up.
    const QStringList files = identityFiles(endpoint);
    const bool agent = !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK");
    bool askedNone = false;
    int rc = SSH_AUTH_DENIED;
    const auto askNone = [&] {
        askedNone = true;
        rc = ssh_userauth_none(session, nullptr);
        return rc;
    };
    int methods = SSH_AUTH_METHOD_PUBLICKEY; // until the server says
    if (!agent && files.isEmpty()) {
        if (askNone() == SSH_AUTH_SUCCESS)
            return {};
        if (rc == SSH_AUTH_ERROR)
            return lost();
        methods = ssh_userauth_list(session, nullptr);
    }
    QStringList tried;
    QStringList notes;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (agent) {
            tried << QStringLiteral("ssh-agent");
            rc = ssh_userauth_agent(session, nullptr);
            if (rc == SSH_AUTH_SUCCESS) {
                qCDebug(lcSsh) << endpoint.name << "authenticated with ssh-agent";
                return {};
            }
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(session))
                return lost();
        }
        SecretSource source{prompt, {}};
        source.question.node = endpoint.name;
        source.question.host = endpoint.host;
        source.question.port = endpoint.port;
        source.question.user = endpoint.user;
        for (const QString &file : files) {
            tried << file;
            if (!QFileInfo::exists(file)) {
                notes << tr("%1 does not exist").arg(file);
                continue;
            }
            PassphraseContext context{&source, file};
            ssh_key rawKey = nullptr;
            rc = ssh_pki_import_privkey_file(QFile::encodeName(file).constData(), nullptr,
                                             passphraseCallback, &context, &rawKey);
            ssh::KeyPtr key(rawKey);
            if (rc != SSH_OK) {
                notes << (context.asked
                              ? tr("%1 could not be unlocked (wrong passphrase?)").arg(file)
                              : tr("%1 could not be read").arg(file));
                continue;
            }
            rc = ssh_userauth_publickey(session, nullptr, key.get());
            if (rc == SSH_AUTH_SUCCESS) {
                qCDebug(lcSsh) << endpoint.name << "authenticated with" << file;
                return {};
            }
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(session))
                return lost();
        }
    }

    if (!askedNone) {
        // What the refusals listed; nothing was sent when no key could be read.
        methods = ssh_userauth_list(session, nullptr);
        if (methods == 0) {
            if (askNone() == SSH_AUTH_SUCCESS)
                return {};
            if (rc == SSH_AUTH_ERROR)
                return lost();
            methods = ssh_userauth_list(session, nullptr);
        }
    }

    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        SecretSource source{prompt, {}};
        source.question.node = endpoint.name;
        source.question.host = endpoint.host;
        source.question.port = endpoint.port;
        source.question.user = endpoint.user;
        if (const std::optional<QString> password = source.get(SecretQuestion::Kind::Password)) {
            tried << QStringLiteral("password");
            rc = ssh_userauth_password(session, nullptr, password->toUtf8().constData());
            if (rc == SSH_AUTH_SUCCESS)
                return {};
            if (rc == SSH_AUTH_ERROR && !ssh_is_connected(session))
                return lost();
        }
    }

    // As before, a server that lets the user in without any method is taken at its word. Its
    // answer is not reported: the refusals above say more (and a server that counted one try
    // too many may just hang up now).
    const QString refusal = QString::fromUtf8(ssh_get_error(session));
    if (!askedNone && ssh_is_connected(session) && askNone() == SSH_AUTH_SUCCESS)
        return {};

    const QString triedText =
        tried.isEmpty() ? tr("nothing we could offer") : tried.join(QLatin1String(", "));
    QString message = tr("Authentication as %1 on node %2 (%3 port %4) was refused. The server "
                         "offers: %5. Tried: %6.")
                          .arg(endpoint.user, endpoint.name, endpoint.host)
                          .arg(endpoint.port)
                          .arg(methodNames(methods), triedText);
    if (!notes.isEmpty())
        message += QLatin1Char(' ') + notes.join(QLatin1String("; ")) + QLatin1Char('.');
    if (!(methods & SSH_AUTH_METHOD_PUBLICKEY) && !(methods & SSH_AUTH_METHOD_PASSWORD))
        message += QLatin1Char(' ') + tr("None of these methods is supported by this tool.");
    return failure(TransportStatus::AuthFailed, Redactor::instance().redact(message),
                   QStringLiteral("auth refused for %1; offered: %2; tried: %3; %4")
                       .arg(where, methodNames(methods), triedText, refusal));
}

} // namespace pveha
