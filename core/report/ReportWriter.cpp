// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportWriter.h"

#include "report/Html.h"
#include "report/SvgCharts.h"

#include "plan/Capacity.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cmath>

namespace pveha {

QString ReportSections::open(const QString &id, const QString &title)
{
    return QStringLiteral("<section id=\"%1\" class=\"major\">\n<h2>").arg(id) + Html::text(title) +
           QStringLiteral("</h2>\n");
}

QString ReportSections::notAvailable(const QString &what, const QString &command)
{
    return QStringLiteral("<p class=\"na\">") +
           Html::status(QStringLiteral("skip"), tr("not available yet")) + QStringLiteral(" ") +
           Html::text(what) + QStringLiteral(" ") +
           Html::text(tr("Run this first, then write the report again:")) +
           QStringLiteral(" <code>") + Html::text(command) + QStringLiteral("</code></p>\n");
}

QString ReportSections::banner(const QString &status, const QString &word, const QString &sentence)
{
    return QStringLiteral("<div class=\"banner b-%1\">").arg(Html::statusClass(status)) +
           Html::status(status, word) + QStringLiteral("<span>") + Html::text(sentence) +
           QStringLiteral("</span></div>\n");
}

QString ReportSections::seconds(double value)
{
    if (value < 0)
        return QStringLiteral("\u2014");
    const bool whole = qAbs(value - std::round(value)) < 1e-9;
    return tr("%1 s").arg(SvgCharts::number(value, whole ? 0 : (value < 10 ? 2 : 1)));
}

QString ReportSections::bytes(double value)
{
    const double kib = 1024.0, mib = kib * 1024, gib = mib * 1024;
    if (value >= gib || value <= 0)
        return Capacity::formatBytes(qint64(value));
    if (value >= mib)
        return tr("%1 MiB (%2 MB)")
            .arg(SvgCharts::number(value / mib), SvgCharts::number(value / 1e6));
    return tr("%1 KiB (%2 kB)").arg(SvgCharts::number(value / kib), SvgCharts::number(value / 1e3));
}

QString ReportSections::when(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString ReportWriter::html(const ReportData &data)
{
    const QString cluster = data.spec.cluster.name;
    const QString date = data.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString title = tr("Proxmox VE HA cluster report: %1").arg(cluster);
    QString out;
    out.reserve(256 * 1024);
    out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .arg(Html::attr(data.language.isEmpty() ? QStringLiteral("en") : data.language));
    out += QStringLiteral(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    // No request may leave the file, even one a future edit would add by mistake.
    out += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; img-src data:\"/>\n");
    out += QStringLiteral("<meta name=\"generator\" content=\"pve-ha-installer %1\"/>\n")
               .arg(Html::attr(data.toolVersion));
    out += QStringLiteral("<title>") + Html::text(title) + QStringLiteral("</title>\n<style>") +
           styleSheet() + QStringLiteral("</style>\n</head>\n<body>\n");
    out += Html::iconSprite();
    out += QStringLiteral("<header class=\"top\"><h1>") + Html::text(title) +
           QStringLiteral("</h1>\n<p class=\"meta\">") +
           Html::text(tr("Written on %1 by pve-ha-installer %2.").arg(date, data.toolVersion)) +
           QStringLiteral("</p></header>\n");

    const QList<QPair<QString, QString>> toc = {
        {QStringLiteral("summary"), tr("Cluster summary")},
        {QStringLiteral("preflight"), tr("Preflight checks")},
        {QStringLiteral("plan"), tr("Deployment plan and steps")},
        {QStringLiteral("failure"), tr("Failing step")},
        {QStringLiteral("firewall"), tr("Edge firewall rules")},
        {QStringLiteral("health"), tr("Health snapshot")},
        {QStringLiteral("crashtest"), tr("Crash test")}};
    out += QStringLiteral("<nav class=\"toc\"><ol>");
    for (const auto &entry : toc)
        out += QStringLiteral("<li><a href=\"#%1\">").arg(entry.first) + Html::text(entry.second) +
               QStringLiteral("</a></li>");
    out += QStringLiteral("</ol></nav>\n<main>\n");

    out += ReportSections::summary(data);
    out += ReportSections::preflight(data);
    out += ReportSections::plan(data);
    out += ReportSections::failure(data);
    out += ReportSections::firewall(data);
    out += ReportSections::health(data);
    out += ReportSections::crashTest(data);

    out += QStringLiteral("</main>\n<footer><p>") +
           Html::text(tr("pve-ha-installer %1 \u2014 report written on %2 from the journal of "
                         "cluster %3. Passwords, passphrases and API keys are never written "
                         "here.")
                          .arg(data.toolVersion,
                               data.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               cluster)) +
           QStringLiteral("</p></footer>\n</body>\n</html>\n");
    return out;
}

bool ReportWriter::write(const ReportData &data, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        if (error)
            *error = tr("The folder %1 does not exist.").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(html(data).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace pveha
