// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace pveha {

/// First page: what the tool does, the language, and how to start (new cluster, a saved
/// spec, or the demo on simulated nodes).
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Start { NewCluster, OpenSpec, Demo };
    Q_ENUM(Start)

    explicit WelcomePage(QWidget *parent = nullptr);
    Start start() const;
    void setStart(Start start);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLanguageChosen(int index);

    QLabel *m_purpose = nullptr;
    QLabel *m_steps = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_startLabel = nullptr;
    QButtonGroup *m_startGroup = nullptr;
    QRadioButton *m_new = nullptr;
    QRadioButton *m_open = nullptr;
    QRadioButton *m_demo = nullptr;
};

} // namespace pveha
