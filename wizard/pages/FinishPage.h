// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace pveha {

class InlineMessage;
class SpecModel;

/// Page 14 of UX.md: what was done, as the journal recorded it (validation, firewall,
/// deployment, health, crash test), and "Export report…", which writes the self-contained HTML
/// report an admin attaches to a ticket or hands over.
class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FinishPage(SpecModel *model, QWidget *parent = nullptr);

    void initializePage() override;
    /// Re-reads the journal into the summary.
    void refresh();
    /// "Export report…": asks where, writes, says where it went.
    void exportReport();

    /// The demo cannot apply a firewall: its summary says so instead of "not applied yet".
    void setDemo(bool demo) { m_demo = demo; }

    QTreeWidget *summaryTree() const { return m_tree; }
    InlineMessage *exportMessage() const { return m_message; }
    QString lastExport() const { return m_lastExport; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SpecModel *m_model;
    QLabel *m_intro = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_open = nullptr;
    InlineMessage *m_message = nullptr;
    QString m_lastExport;
    QString m_lastError;
    bool m_demo = false;
};

} // namespace pveha
