// SPDX-License-Identifier: GPL-3.0-or-later
#include "spec/Ipv4Cidr.h"

#include <QStringList>

namespace pveha {

namespace {

/// A decimal number 0–max without sign, spaces or leading zeros.
std::optional<int> parseStrictDecimal(QStringView text, int max)
{
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    if (text.size() > 1 && text.front() == QLatin1Char('0'))
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<quint32> parseIpv4(const QString &text)
{
    const QList<QStringView> parts = QStringView(text).split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 address = 0;
    for (const QStringView part : parts) {
        const std::optional<int> octet = parseStrictDecimal(part, 255);
        if (!octet)
            return std::nullopt;
        address = (address << 8) | static_cast<quint32>(*octet);
    }
    return address;
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg((address >> 24) & 0xff)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

Ipv4Cidr::Ipv4Cidr(quint32 address, int prefixLength)
    : m_address(address)
    , m_prefixLength(qBound(0, prefixLength, 32))
{}

std::optional<Ipv4Cidr> Ipv4Cidr::parse(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return std::nullopt;
    const std::optional<quint32> address = parseIpv4(text.left(slash));
    const std::optional<int> length = parseStrictDecimal(QStringView(text).mid(slash + 1), 32);
    if (!address || !length)
        return std::nullopt;
    return Ipv4Cidr(*address, *length);
}

quint32 Ipv4Cidr::netmask() const
{
    return m_prefixLength == 0 ? 0u : ~quint32(0) << (32 - m_prefixLength);
}

bool Ipv4Cidr::contains(quint32 address) const
{
    return (address & netmask()) == network();
}

bool Ipv4Cidr::contains(const QString &address) const
{
    const std::optional<quint32> parsed = parseIpv4(address);
    return parsed && contains(*parsed);
}

bool Ipv4Cidr::isHostAddress(quint32 address) const
{
    if (!contains(address))
        return false;
    if (m_prefixLength >= 31)
        return true;
    return address != network() && address != broadcast();
}

QString Ipv4Cidr::toString() const
{
    return ipv4ToString(m_address) + QLatin1Char('/') + QString::number(m_prefixLength);
}

} // namespace pveha
