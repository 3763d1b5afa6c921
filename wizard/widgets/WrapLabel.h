// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace pveha {

/// A word-wrapped label whose size hint is the height its text needs at its current width.
/// A plain QLabel hints the height of a guessed 80-column width, and QFormLayout spreads the
/// difference as gaps around long help texts and messages (worse in French, which is longer).
class WrapLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrapLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace pveha
