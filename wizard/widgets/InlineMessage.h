// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusLook.h"

#include <QWidget>

class QLabel;

namespace pveha {
class WrapLabel;
}

namespace pveha {

/// A status icon and a sentence, shown under a field or a group: the error that names the
/// fix, or a warning. Hidden while it has nothing to say. The status word ("Problem:",
/// "Warning:") starts the sentence, so colour is never the only signal.
class InlineMessage : public QWidget
{
    Q_OBJECT
public:
    explicit InlineMessage(QWidget *parent = nullptr);

    /// Shows `text` with the look of `status`; an empty text hides the message.
    void setMessage(StatusLook::Status status, const QString &text);
    void clear() { setMessage(StatusLook::Status::Pass, {}); }
    /// A neutral note (what goes on, what to do next): an information icon and the text alone,
    /// no status word. status() then says Skip.
    void setNote(const QString &text);
    bool isNote() const { return m_note; }
    QString text() const;
    StatusLook::Status status() const { return m_status; }

    /// The height the message needs at its current width (see WrapLabel).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_icon = nullptr;
    WrapLabel *m_text = nullptr;
    StatusLook::Status m_status = StatusLook::Status::Pass;
    bool m_note = false;
};

} // namespace pveha
