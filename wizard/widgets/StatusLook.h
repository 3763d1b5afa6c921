// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace pveha {

/// The one look of a status everywhere (UX.md): pass = green tick, warn = amber triangle,
/// fail = red cross, skip = grey dash. Icons are drawn, not themed, so the shape (not only
/// the colour) carries the meaning on every desktop and in grey-scale.
class StatusLook
{
    Q_DECLARE_TR_FUNCTIONS(pveha::StatusLook)
public:
    enum class Status { Pass, Warn, Fail, Skip };

    static QIcon icon(Status status);
    /// The word shown beside the icon ("Problem", "Warning"…), translated.
    static QString word(Status status);
    /// The colour of the icon, also used for red frames around fields in error.
    static QColor color(Status status);

    /// "Running" has no Status of its own (nothing is decided yet): a spinner, drawn in one of
    /// kSpinnerFrames positions, which a page advances with a timer while work goes on.
    static constexpr int kSpinnerFrames = 8;
    static QIcon runningIcon(int frame = 0);
    static QString runningWord();
    /// A step that erases data: a red warning triangle (red, unlike the amber warning).
    static QIcon destructiveIcon();
    static QColor destructiveColor() { return color(Status::Fail); }
};

} // namespace pveha
