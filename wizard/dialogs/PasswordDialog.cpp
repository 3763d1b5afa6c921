// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pveha {

PasswordDialog::PasswordDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_label = new QLabel(this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("secretField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText |
                                 Qt::ImhSensitiveData);
    m_label->setBuddy(m_field);
    auto *buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_accept->setObjectName(QStringLiteral("acceptSecret"));
    m_accept->setDefault(true);
    m_accept->setEnabled(false);
    m_skip = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("skipSecret"));
    m_skip->setVisible(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        m_skipped = true;
        m_field->clear();
        accept();
    });
    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_accept->setEnabled(!text.isEmpty()); });

    auto *form = new QFormLayout;
    form->addRow(m_label, m_field);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void PasswordDialog::setMessage(const QString &text)
{
    m_message->setText(text);
}

void PasswordDialog::setFieldLabel(const QString &label)
{
    m_label->setText(label);
}

void PasswordDialog::setAcceptText(const QString &text)
{
    m_accept->setText(text);
}

void PasswordDialog::setSkipText(const QString &text)
{
    m_skip->setText(text);
    m_skip->setVisible(!text.isEmpty());
}

QString PasswordDialog::secret() const
{
    return m_field->text();
}

} // namespace pveha
