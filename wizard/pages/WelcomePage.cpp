// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/WelcomePage.h"

#include "PageId.h"

#include "common/I18n.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pveha {

WelcomePage::WelcomePage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    m_purpose = new QLabel(this);
    m_purpose->setObjectName(QStringLiteral("purposeLabel"));
    m_purpose->setWordWrap(true);
    m_purpose->setTextFormat(Qt::RichText);
    m_steps = new QLabel(this);
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so whoever cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(m_language->findData(I18n::instance().language()));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    connect(m_language, &QComboBox::currentIndexChanged, this, &WelcomePage::onLanguageChosen);

    m_startLabel = new QLabel(this);
    m_new = new QRadioButton(this);
    m_new->setObjectName(QStringLiteral("startNew"));
    m_open = new QRadioButton(this);
    m_open->setObjectName(QStringLiteral("startOpen"));
    m_demo = new QRadioButton(this);
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_startGroup = new QButtonGroup(this);
    m_startGroup->addButton(m_new, static_cast<int>(Start::NewCluster));
    m_startGroup->addButton(m_open, static_cast<int>(Start::OpenSpec));
    m_startGroup->addButton(m_demo, static_cast<int>(Start::Demo));
    m_new->setChecked(true);
    connect(m_startGroup, &QButtonGroup::idToggled, this, [this] {
        updateOpenRow();
        Q_EMIT completeChanged();
    });

    m_openPath = new QLineEdit(this);
    m_openPath->setObjectName(QStringLiteral("openPath"));
    m_openPath->setClearButtonEnabled(true);
    m_openBrowse = new QPushButton(this);
    m_openBrowse->setObjectName(QStringLiteral("openBrowse"));
    connect(m_openPath, &QLineEdit::textChanged, this, &WelcomePage::completeChanged);
    connect(m_openBrowse, &QPushButton::clicked, this, &WelcomePage::browseForSpec);
    auto *openRow = new QHBoxLayout;
    openRow->setContentsMargins(24, 0, 0, 0); // under its radio button
    openRow->addWidget(m_openPath, 1);
    openRow->addWidget(m_openBrowse);
    m_toHealth = new QCheckBox(this);
    m_toHealth->setObjectName(QStringLiteral("toHealth"));
    auto *healthRow = new QHBoxLayout;
    healthRow->setContentsMargins(24, 0, 0, 0);
    healthRow->addWidget(m_toHealth, 1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_languageLabel, m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_purpose);
    layout->addSpacing(8);
    layout->addWidget(m_steps);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_startLabel);
    layout->addWidget(m_new);
    layout->addWidget(m_open);
    layout->addLayout(openRow);
    layout->addLayout(healthRow);
    layout->addWidget(m_demo);
    layout->addStretch(1);
    updateOpenRow();
    retranslateUi();
}

QString WelcomePage::openPath() const
{
    return m_openPath->text().trimmed();
}

void WelcomePage::setOpenPath(const QString &path)
{
    m_openPath->setText(path);
}

bool WelcomePage::isComplete() const
{
    return start() != Start::OpenSpec || !openPath().isEmpty();
}

bool WelcomePage::validatePage()
{
    return !m_startHandler || m_startHandler(start(), openPath());
}

void WelcomePage::browseForSpec()
{
    QString dir = openPath().isEmpty() ? QDir::homePath() : QFileInfo(openPath()).absolutePath();
    auto *dialog = new QFileDialog(this, tr("Open a saved cluster spec"), dir,
                                   tr("Cluster spec (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openSpecDialog"));
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_openPath->setText(QDir::toNativeSeparators(file));
        m_open->setChecked(true);
    });
    dialog->open();
}

void WelcomePage::updateOpenRow()
{
    const bool open = start() == Start::OpenSpec;
    m_openPath->setEnabled(open);
    m_toHealth->setEnabled(open);
}

int WelcomePage::nextId() const
{
    if (start() == Start::OpenSpec && m_toHealth->isChecked())
        return HealthPageId;
    return QWizardPage::nextId();
}

WelcomePage::Start WelcomePage::start() const
{
    return static_cast<Start>(m_startGroup->checkedId());
}

void WelcomePage::setStart(Start start)
{
    if (auto *button = m_startGroup->button(static_cast<int>(start)))
        button->setChecked(true);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void WelcomePage::onLanguageChosen(int index)
{
    const QString lang = m_language->itemData(index).toString();
    if (lang != I18n::instance().language())
        I18n::instance().setLanguage(lang);
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Build a Proxmox VE high-availability cluster"));
    setSubTitle(tr("From three or more freshly installed OVHcloud dedicated servers, over SSH."));
    m_purpose->setText(tr("<p>This assistant turns your servers into a <b>Proxmox VE cluster</b> "
                          "with <b>Ceph</b> storage and "
                          "<b>high availability</b>: if a server fails, its virtual machines "
                          "restart on the others, with no "
                          "data lost.</p>"
                          "<p>Nothing is changed on the servers before you have reviewed the plan "
                          "and confirmed each step that "
                          "erases disks.</p>"));
    m_steps->setText(
        tr("<p>You will describe the nodes, the private vRack network, the disks, Ceph, HA and the "
           "Edge Network Firewall; the assistant then checks the servers, shows every command it "
           "will run, deploys with live logs, and ends with a health check and a report.</p>"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setToolTip(tr("The language of the assistant, its messages and the report."));
    m_startLabel->setText(tr("How do you want to start?"));
    m_new->setText(tr("&New cluster: describe the servers step by step"));
    m_open->setText(tr("&Open a saved cluster spec (JSON)…"));
    m_demo->setText(tr("&Demo: three simulated nodes, nothing real is touched"));
    m_demo->setToolTip(tr("Try the whole flow on simulated servers, without any real machine."));
    m_open->setToolTip(tr("Continue from a spec saved earlier by this assistant, or written by "
                          "hand following the documented format."));
    m_openPath->setPlaceholderText(tr("Path of the spec file, for example "
                                      "~/cluster-pve-ha.json"));
    m_openPath->setToolTip(tr("The JSON spec file to open. Next opens it; problems in it are "
                              "listed and can be fixed on the following pages."));
    m_toHealth->setText(tr("This cluster is already deployed: &go straight to its health"));
    m_toHealth->setToolTip(tr("Skips the input, validation and deployment pages and opens the "
                              "cluster's health, then the crash test and the report. Back returns "
                              "here."));
    m_openBrowse->setText(tr("C&hoose a file…"));
    m_openBrowse->setToolTip(tr("Pick the spec file; this also selects \"Open a saved cluster "
                                "spec\"."));
}

} // namespace pveha
