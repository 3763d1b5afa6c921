// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/PromptBridge.h"

#include "dialogs/PasswordDialog.h"

#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QWaitCondition>

namespace pveha {

struct PromptBridge::Answer
{
    QMutex mutex;
    QWaitCondition ready;
    bool done = false;
    bool accepted = false;
    QString secret;

    void set(bool ok, const QString &value = {})
    {
        QMutexLocker lock(&mutex);
        done = true;
        accepted = ok;
        secret = value;
        ready.wakeAll();
    }
};

PromptBridge::PromptBridge(const std::atomic_bool *cancel, QObject *parent)
    : QObject(parent)
    , m_cancel(cancel)
{}

bool PromptBridge::waitFor(const std::shared_ptr<Answer> &answer)
{
    QMutexLocker lock(&answer->mutex);
    while (!answer->done) {
        if (m_cancel && m_cancel->load()) {
            // Nobody waits for that answer any more: the question goes away too.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (m_open)
                        m_open->reject();
                },
                Qt::QueuedConnection);
            return false;
        }
        answer->ready.wait(&answer->mutex, 100);
    }
    return answer->accepted;
}

void PromptBridge::enqueue(Show show, const std::shared_ptr<Answer> &answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, show = std::move(show), answer] {
            m_waiting.emplace_back(show, answer);
            showNext();
        },
        Qt::QueuedConnection);
}

void PromptBridge::showNext()
{
    if (m_showing || m_waiting.empty())
        return;
    auto [show, answer] = m_waiting.front();
    m_waiting.pop_front();
    if (m_cancel && m_cancel->load()) {
        answer->set(false);
        showNext();
        return;
    }
    m_showing = true;
    show(m_parent, answer);
}

bool PromptBridge::askHostKey(const HostKeyQuestion &q)
{
    auto answer = std::make_shared<Answer>();
    enqueue(
        [this, q](QWidget *parent, const std::shared_ptr<Answer> &a) {
            auto *box = new QMessageBox(parent);
            box->setObjectName(QStringLiteral("hostKeyDialog"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setIcon(QMessageBox::Question);
            box->setWindowTitle(tr("Unknown host key"));
            box->setText(tr("%1 (%2, port %3) presented a host key that is not in %4 yet.")
                             .arg(q.node, q.host)
                             .arg(q.port)
                             .arg(q.knownHostsFile));
            box->setInformativeText(
                tr("Compare this fingerprint with the one the server shows on its console "
                   "(ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) before trusting it:\n\n"
                   "%1 %2\n\nThe key is stored only if you trust it.")
                    .arg(q.keyType, q.sha256Fingerprint));
            QPushButton *trust =
                box->addButton(tr("Trust this key and connect"), QMessageBox::AcceptRole);
            trust->setObjectName(QStringLiteral("trustHostKey"));
            QPushButton *refuse = box->addButton(tr("Refuse"), QMessageBox::RejectRole);
            box->setDefaultButton(refuse);
            m_open = box;
            connect(box, &QMessageBox::finished, this, [this, box, trust, a] {
                a->set(box->clickedButton() == trust);
                m_showing = false;
                showNext();
            });
            box->open();
        },
        answer);
    return waitFor(answer);
}

std::optional<QString> PromptBridge::askSecret(const SecretQuestion &q)
{
    auto answer = std::make_shared<Answer>();
    enqueue(
        [this, q](QWidget *parent, const std::shared_ptr<Answer> &a) {
            auto *dialog = new PasswordDialog(parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            if (q.kind == SecretQuestion::Kind::KeyPassphrase) {
                dialog->setWindowTitle(tr("SSH key passphrase"));
                dialog->setMessage(tr("The SSH key %1 is protected by a passphrase. It is needed "
                                      "to log in to %2 as %3, and is kept in memory only.")
                                       .arg(q.identityFile, q.node, q.user));
                dialog->setFieldLabel(tr("&Passphrase:"));
            } else {
                dialog->setWindowTitle(tr("SSH password"));
                dialog->setMessage(tr("%1 (%2) asks for the password of %3. It is kept in memory "
                                      "only.")
                                       .arg(q.node, q.host, q.user));
                dialog->setFieldLabel(tr("&Password:"));
            }
            dialog->setAcceptText(tr("Log in"));
            m_open = dialog;
            connect(dialog, &QDialog::finished, this, [this, dialog, a](int result) {
                a->set(result == QDialog::Accepted, dialog->secret());
                m_showing = false;
                showNext();
            });
            dialog->open();
        },
        answer);
    if (!waitFor(answer))
        return std::nullopt;
    QMutexLocker lock(&answer->mutex);
    return answer->secret;
}

} // namespace pveha
