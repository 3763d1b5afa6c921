// SPDX-License-Identifier: GPL-3.0-or-later
#include "Util.h"

#include <QCryptographicHash>

namespace pveha::sim {

QChar splitShortFlags(const QStringList &args, const QString &allowed, QSet<QChar> *flags,
                      QStringList *operands)
{
    bool endOfOptions = false;
    for (const QString &a : args) {
        if (!endOfOptions && a == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && a.size() > 1 && a.startsWith(QLatin1Char('-'))) {
            for (int i = 1; i < a.size(); ++i) {
                if (!allowed.contains(a[i]))
                    return a[i];
                flags->insert(a[i]);
            }
            continue;
        }
        operands->append(a);
    }
    return QChar();
}

QString humanSize(qint64 bytes)
{
    static const char units[] = {'B', 'K', 'M', 'G', 'T', 'P', 'E'};
    double v = double(bytes);
    int u = 0;
    while (v >= 1024.0 && u < 6) {
        v /= 1024.0;
        ++u;
    }
    if (u == 0)
        return QString::number(bytes) + QLatin1Char('B');
    QString s = QString::number(v, 'f', 1);
    if (s.endsWith(QLatin1String(".0")))
        s.chop(2);
    return s + QLatin1Char(units[u]);
}

QString seededHex(const QString &seed, int n)
{
    QByteArray acc;
    int round = 0;
    while (acc.size() < n) {
        acc += QCryptographicHash::hash((seed + QString::number(round++)).toUtf8(),
                                        QCryptographicHash::Sha256)
                   .toHex();
    }
    return QString::fromLatin1(acc.left(n));
}

QString seededUuid(const QString &seed)
{
    const QString h = seededHex(seed, 32);
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + QLatin1Char('4') +
           h.mid(13, 3) + QLatin1Char('-') + QLatin1Char('8') + h.mid(17, 3) + QLatin1Char('-') +
           h.mid(20, 12);
}

quint32 ipv4(const QString &addr, bool *ok)
{
    const QStringList p = addr.split(QLatin1Char('.'));
    quint32 v = 0;
    bool good = p.size() == 4;
    for (int i = 0; good && i < 4; ++i) {
        bool o = false;
        const uint b = p[i].toUInt(&o);
        good = o && b < 256;
        v = (v << 8) | b;
    }
    if (ok)
        *ok = good;
    return good ? v : 0;
}

bool parseCidr(const QString &cidr, quint32 *addr, int *prefix)
{
    const QStringList p = cidr.split(QLatin1Char('/'));
    bool ok = false;
    *addr = ipv4(p[0], &ok);
    if (!ok)
        return false;
    *prefix = p.size() == 2 ? p[1].toInt(&ok) : 32;
    return ok && *prefix >= 0 && *prefix <= 32;
}

bool sameSubnet(const QString &cidr, const QString &addr)
{
    quint32 net = 0;
    int prefix = 0;
    bool ok = false;
    const quint32 a = ipv4(addr, &ok);
    if (!ok || !parseCidr(cidr, &net, &prefix))
        return false;
    const quint32 mask = prefix == 0 ? 0 : (~quint32(0) << (32 - prefix));
    return (net & mask) == (a & mask);
}

QString textTable(const QList<QStringList> &rows, const QList<bool> &rightAlign, int gap)
{
    QList<int> widths;
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], int(r[i].size()));
        }
    QString out;
    for (const QStringList &r : rows) {
        QString line;
        for (int i = 0; i < r.size(); ++i) {
            const bool right = rightAlign.value(i, false);
            const bool last = i == r.size() - 1;
            if (i > 0)
                line += QString(gap, QLatin1Char(' '));
            if (right)
                line += r[i].rightJustified(widths[i]);
            else
                line += last ? r[i] : r[i].leftJustified(widths[i]);
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace pveha::sim
