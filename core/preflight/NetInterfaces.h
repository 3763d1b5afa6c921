// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pveha {

/// One interface of `ip -j addr show` (or `ip -j link show`, which has no addresses).
struct NetInterface
{
    QString name;
    int mtu = 0;
    QString operState; ///< UP, DOWN, UNKNOWN …
    QStringList flags;
    QString master; ///< the bridge it is enslaved to, if any
    struct Address
    {
        QString family; ///< inet, inet6
        QString local;
        int prefixLength = 0;
    };
    QList<Address> addresses;

    [[nodiscard]] bool isUp() const { return flags.contains(QStringLiteral("UP")); }
    /// Carrier present: the cable (or the vRack port) is there.
    [[nodiscard]] bool hasCarrier() const
    {
        return flags.contains(QStringLiteral("LOWER_UP")) &&
               !flags.contains(QStringLiteral("NO-CARRIER"));
    }
    [[nodiscard]] bool hasIpv4(const QString &address) const;
};

struct NetInterfaceList
{
    bool ok = false;
    QString error;
    QList<NetInterface> interfaces;

    [[nodiscard]] const NetInterface *find(const QString &name) const;
    /// The interface that carries this IPv4 address, or null.
    [[nodiscard]] const NetInterface *withIpv4(const QString &address) const;
};

class NetInterfaces
{
public:
    [[nodiscard]] static NetInterfaceList parseIpJson(const QByteArray &json);
};

} // namespace pveha
