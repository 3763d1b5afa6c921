// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizard>

namespace pveha {

class StepsPanel;

/// The installer's window: a QWizard whose pages follow the flow of UX.md, with a side panel
/// listing every step. Pages edit the model and observe the engine; the wizard itself only
/// wires them together and re-translates on language change.
class InstallerWizard : public QWizard
{
    Q_OBJECT
public:
    explicit InstallerWizard(QWidget *parent = nullptr);
    ~InstallerWizard() override;

    /// Starts on simulated nodes with the example cluster (the --demo flag).
    void startDemo();
    bool isDemo() const { return m_demo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    StepsPanel *m_steps = nullptr;
    bool m_demo = false;
};

} // namespace pveha
