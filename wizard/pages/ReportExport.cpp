// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/ReportExport.h"

#include "engine/Journal.h"
#include "report/ReportData.h"
#include "report/ReportWriter.h"
#include "spec/ClusterSpec.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>

namespace pveha {
namespace {

QString choiceForTests;

} // namespace

QString ReportExport::suggestedPath(const ClusterSpec &spec)
{
    const QString name =
        spec.cluster.name.isEmpty() ? QStringLiteral("cluster") : spec.cluster.name;
    return QDir::homePath() + QLatin1Char('/') + name + QStringLiteral("-report-") +
           QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".html");
}

bool ReportExport::write(const ClusterSpec &spec, const QString &path, QString *error)
{
    const ReportData data = ReportData::load(spec);
    if (!data.hasAnything()) {
        *error = tr("Nothing is recorded for cluster %1 yet (in %2): run the validation first.")
                     .arg(spec.cluster.name, Journal::directory());
        return false;
    }
    QString why;
    if (!ReportWriter::write(data, path, &why)) {
        *error = tr("The report could not be written to %1: %2").arg(path, why);
        return false;
    }
    return true;
}

QString ReportExport::run(QWidget *parent, const ClusterSpec &spec, QString *error)
{
    error->clear();
    QString path = choiceForTests;
    if (path.isEmpty()) {
        // The dialog adds .html itself, so its question about replacing a file is about the
        // file really written.
        QFileDialog dialog(parent, tr("Export the report"), suggestedPath(spec),
                           tr("HTML report (*.html)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(QStringLiteral("html"));
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return {};
        path = dialog.selectedFiles().constFirst();
    } else if (!path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".html");
    }
    return write(spec, path, error) ? path : QString();
}

void ReportExport::setChoiceForTests(const QString &path)
{
    choiceForTests = path;
}

} // namespace pveha
