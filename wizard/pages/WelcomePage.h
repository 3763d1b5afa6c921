// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pveha {

/// First page: what the tool does, the language, and how to start (new cluster, a saved
/// spec chosen with a file picker, or the demo on simulated nodes).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Start { NewCluster, OpenSpec, Demo };
    Q_ENUM(Start)

    explicit WelcomePage(QWidget *parent = nullptr);
    Start start() const;
    void setStart(Start start);
    /// The spec file to open when the start is OpenSpec.
    QString openPath() const;
    void setOpenPath(const QString &path);

    /// Called by Next with the chosen start; returns false to stay on the page (the wizard
    /// loads the spec there: a page never owns the model's life cycle).
    using StartHandler = std::function<bool(Start start, const QString &path)>;
    void setStartHandler(StartHandler handler) { m_startHandler = std::move(handler); }

    bool isComplete() const override;
    bool validatePage() override;
    /// The Health page for an opened spec whose cluster is already deployed ("go straight to
    /// its health"), else the next page of the flow.
    int nextId() const override;
    QCheckBox *toHealth() const { return m_toHealth; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLanguageChosen(int index);
    void browseForSpec();
    void updateOpenRow();

    QLabel *m_purpose = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_startLabel = nullptr;
    QButtonGroup *m_startGroup = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_open = nullptr;
    QRadioButton *m_demo = nullptr;
    QLineEdit *m_openPath = nullptr;
    QPushButton *m_openBrowse = nullptr;
    QCheckBox *m_toHealth = nullptr;
    StartHandler m_startHandler;
};

} // namespace pveha
