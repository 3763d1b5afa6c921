// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallerWizard.h"

#include "PageId.h"
#include "pages/WelcomePage.h"
#include "widgets/StepsPanel.h"

#include <QEvent>
#include <QIcon>

namespace pveha {

InstallerWizard::InstallerWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("installerWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(1024, 700);
    resize(1200, 780);

    setPixmap(QWizard::LogoPixmap,
              QIcon(QStringLiteral(":/icons/pve-ha-installer.svg")).pixmap(48, 48));

    setPage(WelcomePageId, new WelcomePage(this));

    m_steps = new StepsPanel(this);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, m_steps, &StepsPanel::setCurrent);
    m_steps->setCurrent(WelcomePageId);
    retranslateUi();
}

InstallerWizard::~InstallerWizard() = default;

void InstallerWizard::startDemo()
{
    m_demo = true;
    retranslateUi();
}

void InstallerWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void InstallerWizard::retranslateUi()
{
    setWindowTitle(m_demo ? tr("Proxmox VE HA cluster installer — demo (simulated nodes)")
                          : tr("Proxmox VE HA cluster installer"));
    // Next, Back and Finish keep Qt's own words (translated by qtbase_xx.qm).
    setButtonText(QWizard::CancelButton, tr("&Quit"));
}

} // namespace pveha
