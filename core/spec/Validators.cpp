// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/Validators.h"

#include "spec/Ipv4Cidr.h"

#include <QRegularExpression>
#include <QStringList>

namespace pveha::validators {

namespace {

bool matches(const QString &text, const QRegularExpression &re)
{
    return re.match(text).hasMatch();
}

// \A and \z rather than ^ and $: '$' also matches before a final newline.
const QRegularExpression &clusterNameRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9-]{1,15}\\z"));
    return re;
}

const QRegularExpression &dnsLabelRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    return re;
}

const QRegularExpression &interfaceRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9_.-]{1,15}\\z"));
    return re;
}

const QRegularExpression &devicePathRe()
{
    static const QRegularExpression re(QStringLiteral("\\A/dev/[A-Za-z0-9/_.-]+\\z"));
    return re;
}

const QRegularExpression &lvmNameRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A[A-Za-z0-9_.+][A-Za-z0-9_.+-]{0,126}\\z"));
    return re;
}

const QRegularExpression &loginRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z_][a-z0-9_-]{0,31}\\z"));
    return re;
}

const QRegularExpression &proxmoxIdRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z][a-z0-9_-]+\\z"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &storageIdRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[a-z][a-z0-9\\-_.]*[a-z0-9]\\z"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &baseUrlRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\Ahttps?://([A-Za-z0-9.-]+)(?::([0-9]{1,5}))?(/[A-Za-z0-9._~/-]*)?\\z"));
    return re;
}

const QRegularExpression &shellSafeRe()
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z0-9@%+=:,./_-]+\\z"));
    return re;
}

} // namespace

bool isClusterName(const QString &name)
{
    return matches(name, clusterNameRe());
}

bool isDnsLabel(const QString &label)
{
    return matches(label, dnsLabelRe());
}

bool isHostname(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!isDnsLabel(label))
            return false;
    }
    static const QRegularExpression digits(QStringLiteral("\\A[0-9]+\\z"));
    return !matches(labels.last(), digits);
}

bool isIpv4Address(const QString &address)
{
    return parseIpv4(address).has_value();
}

bool isInterfaceName(const QString &name)
{
    return matches(name, interfaceRe()) && name != QLatin1String(".") &&
           name != QLatin1String("..");
}

bool isDevicePath(const QString &path)
{
    if (!matches(path, devicePathRe()) || path.endsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QLatin1String("..")) && !parts.contains(QLatin1String("."));
}

bool isLvmVolumeGroupName(const QString &name)
{
    return matches(name, lvmNameRe()) && name != QLatin1String(".") && name != QLatin1String("..");
}

bool isLvmLogicalVolumeName(const QString &name)
{
    if (!isLvmVolumeGroupName(name))
        return false;
    if (name.startsWith(QLatin1String("snapshot")) || name.startsWith(QLatin1String("pvmove")))
        return false;
    static const char *const reserved[] = {"_cdata", "_cmeta",   "_corig",   "_iorig", "_mimage",
                                           "_mlog",  "_pmspare", "_rimage",  "_rmeta", "_tdata",
                                           "_tmeta", "_vdata",   "_vorigin", "_wcorig"};
    for (const char *infix : reserved) {
        if (name.contains(QLatin1String(infix)))
            return false;
    }
    return true;
}

bool isPosixLoginName(const QString &name)
{
    return matches(name, loginRe());
}

bool isProxmoxId(const QString &id)
{
    return matches(id, proxmoxIdRe());
}

bool isProxmoxStorageId(const QString &id)
{
    return matches(id, storageIdRe());
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

bool isApiEndpoint(const QString &endpoint)
{
    if (endpoint == QLatin1String("ovh-eu") || endpoint == QLatin1String("ovh-ca") ||
        endpoint == QLatin1String("ovh-us"))
        return true;
    const QRegularExpressionMatch m = baseUrlRe().match(endpoint);
    if (!m.hasMatch())
        return false;
    const QString host = m.captured(1);
    if (!isIpv4Address(host) && !isHostname(host))
        return false;
    // Plain HTTP would carry the API keys in clear: only towards this machine.
    if (endpoint.startsWith(QLatin1String("http:")) && host != QLatin1String("localhost") &&
        !host.startsWith(QLatin1String("127.")))
        return false;
    if (m.hasCaptured(2)) {
        const int port = m.captured(2).toInt();
        if (port < 1 || port > 65535)
            return false;
    }
    return true;
}

bool isShellSafeWord(const QString &word)
{
    return matches(word, shellSafeRe());
}

QString shellQuote(const QString &word)
{
    if (isShellSafeWord(word))
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace pveha::validators
