// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight/NetInterfaces.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pveha {

bool NetInterface::hasIpv4(const QString &address) const
{
    for (const Address &a : addresses)
        if (a.family == QLatin1String("inet") && a.local == address)
            return true;
    return false;
}

const NetInterface *NetInterfaceList::find(const QString &name) const
{
    for (const NetInterface &i : interfaces)
        if (i.name == name)
            return &i;
    return nullptr;
}

const NetInterface *NetInterfaceList::withIpv4(const QString &address) const
{
    for (const NetInterface &i : interfaces)
        if (i.hasIpv4(address))
            return &i;
    return nullptr;
}

NetInterfaceList NetInterfaces::parseIpJson(const QByteArray &json)
{
    NetInterfaceList result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        result.error = QCoreApplication::translate(
            "pveha::NetInterfaces", "ip -j printed something that is not a JSON list");
        return result;
    }
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        NetInterface iface;
        iface.name = o.value(QLatin1String("ifname")).toString();
        const QJsonValue mtu = o.value(QLatin1String("mtu"));
        if (iface.name.isEmpty() || !mtu.isDouble() || mtu.toDouble() < 0 || mtu.toDouble() > 1e6) {
            result.error = QCoreApplication::translate(
                "pveha::NetInterfaces", "an interface in ip's JSON has no name or no MTU");
            result.interfaces.clear();
            return result;
        }
        iface.mtu = mtu.toInt();
        iface.operState = o.value(QLatin1String("operstate")).toString();
        iface.master = o.value(QLatin1String("master")).toString();
        for (const QJsonValue &f : o.value(QLatin1String("flags")).toArray())
            iface.flags << f.toString();
        for (const QJsonValue &a : o.value(QLatin1String("addr_info")).toArray()) {
            const QJsonObject ao = a.toObject();
            NetInterface::Address address;
            address.family = ao.value(QLatin1String("family")).toString();
            address.local = ao.value(QLatin1String("local")).toString();
            address.prefixLength = ao.value(QLatin1String("prefixlen")).toInt();
            if (!address.local.isEmpty())
                iface.addresses << address;
        }
        result.interfaces << iface;
    }
    result.ok = true;
    return result;
}

} // namespace pveha
