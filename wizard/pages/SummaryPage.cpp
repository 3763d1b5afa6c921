// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SummaryPage.h"

#include "SpecModel.h"
#include "pages/SpecSummary.h"
#include "widgets/InlineMessage.h"
#include "widgets/ProblemList.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pveha {

SummaryPage::SummaryPage(SpecModel *model, QWidget *parent)
    : SpecPage(model, {}, parent)
{
    setObjectName(QStringLiteral("summaryPage"));
    m_state = new InlineMessage(this);
    m_state->setObjectName(QStringLiteral("specState"));
    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("summaryView"));
    m_view->setOpenLinks(false);
    m_view->setMinimumHeight(300);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSpec"));
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
    connect(m_save, &QPushButton::clicked, this, &SummaryPage::chooseFileAndSave);
    m_saveResult = new InlineMessage(this);
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveResult, 1);
    saveRow->addStretch(0);

    bodyLayout()->addWidget(m_state);
    bodyLayout()->addWidget(m_view, 1);
    bodyLayout()->addLayout(saveRow);
    problemList()->setShowWhenEmpty(false); // the state line above says it already
    connect(model, &SpecModel::estimateChanged, this, [this] { updateDerived(spec()); });
    connect(model, &SpecModel::dirtyChanged, this, [this] { retranslateUi(); });
    retranslateUi();
}

QString SummaryPage::suggestedFileName() const
{
    const QString name =
        spec().cluster.name.isEmpty() ? QStringLiteral("cluster") : spec().cluster.name;
    return name + QStringLiteral(".json");
}

void SummaryPage::chooseFileAndSave()
{
    const QString dir = model()->filePath().isEmpty()
                            ? QDir::homePath()
                            : QFileInfo(model()->filePath()).absolutePath();
    auto *dialog =
        new QFileDialog(this, tr("Save the cluster spec"), QDir(dir).filePath(suggestedFileName()),
                        tr("Cluster spec (*.json)"));
    dialog->setObjectName(QStringLiteral("saveSpecDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SummaryPage::saveTo);
    dialog->open();
}

bool SummaryPage::saveTo(const QString &path)
{
    QString error;
    if (model()->save(path, &error)) {
        m_savedPath = QDir::toNativeSeparators(path);
        m_saveError.clear();
    } else {
        m_savedPath.clear();
        m_saveError = error;
    }
    retranslateUi();
    return m_saveError.isEmpty();
}

bool SummaryPage::validatePage()
{
    if (!model()->isDirty())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved cluster spec"),
        tr("The cluster spec has changes that are not saved. Save it before checking the "
           "servers?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the cluster spec"), QDir(QDir::homePath()).filePath(suggestedFileName()),
        tr("Cluster spec (*.json)"));
    return !path.isEmpty() && saveTo(path);
}

void SummaryPage::loadFromSpec(const ClusterSpec &spec)
{
    Q_UNUSED(spec)
}

void SummaryPage::updateDerived(const ClusterSpec &spec)
{
    const int scroll = m_view->verticalScrollBar() ? m_view->verticalScrollBar()->value() : 0;
    m_view->setHtml(SpecSummary::html(spec, model()->estimateDiskBytes()));
    m_view->verticalScrollBar()->setValue(scroll);
    const int problems = int(model()->problems().size());
    if (problems == 0) {
        m_state->setMessage(StatusLook::Status::Pass,
                            tr("The spec is complete: every value is valid. Save it, then "
                               "continue to check the servers."));
    } else {
        m_state->setMessage(StatusLook::Status::Fail,
                            tr("Problems remaining: %1, listed below. Go back to the page of "
                               "each field to fix them; you can save the spec anyway and finish "
                               "it later.")
                                .arg(problems));
    }
}

void SummaryPage::retranslateUi()
{
    setTitle(tr("Summary"));
    setSubTitle(tr("Everything the assistant will build, on one page. Save the spec to re-open "
                   "it later or to use it with the command line."));
    m_save->setText(tr("&Save the spec…"));
    m_save->setToolTip(tr("Writes the spec as JSON, readable only by you (mode 0600). It holds "
                          "no password or key."));
    if (!m_saveError.isEmpty()) {
        m_saveResult->setMessage(StatusLook::Status::Fail,
                                 tr("The spec could not be saved: %1").arg(m_saveError));
    } else if (!m_savedPath.isEmpty()) {
        m_saveResult->setMessage(
            model()->isDirty() ? StatusLook::Status::Warn : StatusLook::Status::Pass,
            model()->isDirty()
                ? tr("Saved to %1, but changed since: save again to keep the changes.")
                      .arg(m_savedPath)
                : tr("Saved to %1 (readable only by you).").arg(m_savedPath));
    } else {
        m_saveResult->clear();
    }
}

} // namespace pveha
