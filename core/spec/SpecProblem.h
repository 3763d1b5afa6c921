// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pveha {

/// One thing wrong with a spec. `path` names the field the way the file spells it
/// (`nodes[1].privateAddress`; empty for the document as a whole) so that the command line can
/// print it and the wizard can put the message next to the right input. `message` is a full
/// translated sentence that says what is wrong and what is allowed.
struct SpecProblem
{
    QString path;
    QString message;

    friend bool operator==(const SpecProblem &a, const SpecProblem &b)
    {
        return a.path == b.path && a.message == b.message;
    }
};

/// Formats problems one per line as `path: message` (just the message when the path is empty),
/// for the command line and logs.
[[nodiscard]] QString formatProblems(const QList<SpecProblem> &problems);

/// A text value as a message quotes it: in double quotes, with quotes, backslashes and control
/// characters escaped (a newline in a value must not break "one problem per line") and values
/// past 60 characters shortened with an ellipsis.
[[nodiscard]] QString quotedValue(const QString &value);
/// The same without the surrounding quotes, for names inside a sentence or a list.
[[nodiscard]] QString escapedValue(const QString &value);

} // namespace pveha
