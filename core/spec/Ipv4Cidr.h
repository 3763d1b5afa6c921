// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace pveha {

/// Parses a dotted-quad IPv4 address strictly: four decimal numbers 0–255, no leading zeros
/// (tools disagree on whether "010" is octal), nothing else. Strictness matters because these
/// strings end up in remote commands and in firewall rules.
[[nodiscard]] std::optional<quint32> parseIpv4(const QString &text);
[[nodiscard]] QString ipv4ToString(quint32 address);

/// An IPv4 prefix such as 10.0.0.0/24. Kept as given (address + length), so that a CIDR with
/// host bits set can be recognised and reported instead of being silently normalised.
class Ipv4Cidr
{
public:
    Ipv4Cidr() = default;
    Ipv4Cidr(quint32 address, int prefixLength);

    /// "A.B.C.D/N" with N in 0–32 written without leading zeros; the "/N" is required.
    [[nodiscard]] static std::optional<Ipv4Cidr> parse(const QString &text);

    [[nodiscard]] quint32 address() const { return m_address; }
    [[nodiscard]] int prefixLength() const { return m_prefixLength; }
    [[nodiscard]] quint32 netmask() const;
    [[nodiscard]] quint32 network() const { return m_address & netmask(); }
    [[nodiscard]] quint32 broadcast() const { return network() | ~netmask(); }
    /// True when no host bit is set (10.0.0.0/24 yes, 10.0.0.1/24 no).
    [[nodiscard]] bool isNetwork() const { return m_address == network(); }
    /// The same prefix with host bits cleared, e.g. to suggest a fix.
    [[nodiscard]] Ipv4Cidr normalized() const { return Ipv4Cidr(network(), m_prefixLength); }

    [[nodiscard]] bool contains(quint32 address) const;
    /// False for text that is not an IPv4 address.
    [[nodiscard]] bool contains(const QString &address) const;
    /// True when the address is usable by a host: not the network or broadcast address of a
    /// prefix that has them (/31 and /32 have none).
    [[nodiscard]] bool isHostAddress(quint32 address) const;

    [[nodiscard]] QString toString() const;

    friend bool operator==(const Ipv4Cidr &a, const Ipv4Cidr &b)
    {
        return a.m_address == b.m_address && a.m_prefixLength == b.m_prefixLength;
    }
    friend bool operator!=(const Ipv4Cidr &a, const Ipv4Cidr &b) { return !(a == b); }

private:
    quint32 m_address = 0;
    int m_prefixLength = 0;
};

} // namespace pveha
