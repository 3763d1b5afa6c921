// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/SpecPage.h"

class QFileDialog;
class QPushButton;
class QTextBrowser;

namespace pveha {

class InlineMessage;

/// Page 7: the whole spec on one read-only page, whether it is valid, and "Save the spec…"
/// (the file the command line takes with --spec). Next offers to save unsaved changes before
/// the servers are checked.
class SummaryPage : public SpecPage
{
    Q_OBJECT
public:
    explicit SummaryPage(SpecModel *model, QWidget *parent = nullptr);

    bool validatePage() override;
    /// Writes the spec to `path` and shows the result on the page.
    bool saveTo(const QString &path);
    /// The file name the save dialog proposes: "<cluster-name>.json".
    QString suggestedFileName() const;

public Q_SLOTS:
    /// Opens the save dialog (window-modal, not blocking); saving happens when a file is chosen.
    void chooseFileAndSave();

protected:
    void loadFromSpec(const ClusterSpec &spec) override;
    void updateDerived(const ClusterSpec &spec) override;
    void retranslateUi() override;

private:
    QTextBrowser *m_view = nullptr;
    InlineMessage *m_state = nullptr;
    QPushButton *m_save = nullptr;
    InlineMessage *m_saveResult = nullptr;
    QString m_savedPath;
    QString m_saveError;
};

} // namespace pveha
