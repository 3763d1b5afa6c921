// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/HostKeyPolicy.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace pveha {

/// The SSH layer's questions (an unknown host key under the "ask" policy, a key passphrase, a
/// password) asked on the GUI thread while the asking worker thread waits.
///
/// The worker posts the question and waits for the answer, polling the run's cancel flag: a
/// plain BlockingQueuedConnection would also work, but it cannot be interrupted, so quitting
/// while a dialog is open (the GUI thread joining the worker) would dead-lock. Several nodes
/// may ask at once; their dialogs are shown one after the other, never stacked.
class PromptBridge : public QObject
{
    Q_OBJECT
public:
    PromptBridge(const std::atomic_bool *cancel, QObject *parent = nullptr);

    void setDialogParent(QWidget *parent) { m_parent = parent; }

    /// Called on a worker thread. Shows the key's SHA-256 fingerprint; true only when the
    /// admin trusts it (the SSH layer then stores it in known_hosts).
    bool askHostKey(const HostKeyQuestion &question);
    /// Called on a worker thread. std::nullopt when the admin declines.
    std::optional<QString> askSecret(const SecretQuestion &question);

private:
    struct Answer;
    using Show = std::function<void(QWidget *parent, const std::shared_ptr<Answer> &)>;
    bool waitFor(const std::shared_ptr<Answer> &answer);
    void enqueue(Show show, const std::shared_ptr<Answer> &answer);
    void showNext();

    const std::atomic_bool *m_cancel;
    QPointer<QWidget> m_parent;
    QPointer<QDialog> m_open; ///< the dialog on screen, closed when the run is stopped
    std::deque<std::pair<Show, std::shared_ptr<Answer>>> m_waiting;
    bool m_showing = false;
};

} // namespace pveha
