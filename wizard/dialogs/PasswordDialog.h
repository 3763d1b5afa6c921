// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pveha {

/// Asks for one secret (a root password, an SSH key's passphrase) in a masked field. The
/// text says what it is for and that it stays in memory only; nothing here stores it.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(QWidget *parent = nullptr);

    void setMessage(const QString &text);
    void setFieldLabel(const QString &label);
    /// The button that accepts, named by what it does ("Deploy", "Connect").
    void setAcceptText(const QString &text);
    /// Text of a second way out that accepts with no secret (e.g. "The nodes already joined"),
    /// or empty for none.
    void setSkipText(const QString &text);
    QString secret() const;
    bool skipped() const { return m_skipped; }
    QLineEdit *field() const { return m_field; }

private:
    QLabel *m_message = nullptr;
    QLabel *m_label = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_skip = nullptr;
    bool m_skipped = false;
};

} // namespace pveha
