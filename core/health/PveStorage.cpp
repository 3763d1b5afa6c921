// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/PveStorage.h"
#include "common/Logging.h"
#include "health/ParseUtil.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace pveha {

namespace {

std::optional<qint64> kibToBytes(QStringView text)
{
    const auto kib = parseutil::toCount(text);
    if (!kib || *kib > std::numeric_limits<qint64>::max() / 1024)
        return std::nullopt;
    return *kib * 1024;
}

} // namespace

QList<PveStorage> parsePvesmStatus(const QString &text, QString *error)
{
    static const QRegularExpression s_header(
        QStringLiteral("^Name +Type +Status +Total(?: \\(KiB\\))? +Used(?: \\(KiB\\))? "
                       "+Available(?: \\(KiB\\))? +%$"));
    static const QRegularExpression s_percent(QStringLiteral("^([0-9]{1,3}\\.[0-9]{2})%$"));

    auto refuse = [error](const QString &reason) {
        if (error)
            *error = reason;
        qCDebug(lcHealth) << "pvesm status not understood:" << reason;
        return QList<PveStorage>();
    };
    if (error)
        error->clear();

    QList<PveStorage> storages;
    bool sawHeader = false;
    const QStringList lines = parseutil::cleanLines(text);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (!sawHeader) {
            if (!s_header.match(line).hasMatch())
                return refuse(QCoreApplication::translate(
                    "pveha::PveStorage",
                    "The output of pvesm status does not start with its column titles."));
            sawHeader = true;
            continue;
        }
        const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        PveStorage storage;
        const auto total = kibToBytes(f.value(3));
        const auto used = kibToBytes(f.value(4));
        const auto avail = kibToBytes(f.value(5));
        const auto percent = s_percent.match(f.value(6));
        const bool na = f.value(6) == QLatin1String("N/A");
        if (f.size() != 7 || !total || !used || !avail || (!percent.hasMatch() && !na))
            return refuse(
                QCoreApplication::translate("pveha::PveStorage",
                                            "The line \"%1\" of pvesm status could not be read.")
                    .arg(parseutil::excerpt(line)));
        storage.name = f.at(0);
        storage.type = f.at(1);
        storage.status = f.at(2);
        if (storage.status != QLatin1String("active") &&
            storage.status != QLatin1String("inactive") &&
            storage.status != QLatin1String("disabled"))
            storage.status = QStringLiteral("unknown");
        storage.totalBytes = *total;
        storage.usedBytes = *used;
        storage.availableBytes = *avail;
        storage.usedPercent = na ? -1.0 : percent.captured(1).toDouble();
        storages.append(storage);
    }
    if (!sawHeader)
        return refuse(QCoreApplication::translate("pveha::PveStorage",
                                                  "The output of pvesm status is empty."));
    return storages;
}

} // namespace pveha
