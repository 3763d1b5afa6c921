// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/SpecProblem.h"
#include "widgets/StatusLook.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace pveha {

class InlineMessage;

/// Puts each spec problem next to the input it concerns: a red frame and an error icon on the
/// field, and the message (with its status word) under it. A page binds its fields to spec
/// paths once; apply() then marks exactly the fields that have problems and clears the others.
class FieldStatus : public QObject
{
    Q_OBJECT
public:
    explicit FieldStatus(QObject *parent = nullptr);

    /// Problems at `path` or below it (see SpecModel::pathIsUnder) go to `field` and
    /// `message` (either may be null).
    void bind(const QString &path, QWidget *field, InlineMessage *message);
    /// Marks the bound fields with `problems` (advisory ones with the warning look); returns
    /// the problems no binding took.
    QList<SpecProblem> apply(const QList<SpecProblem> &problems,
                             const QList<SpecProblem> &advisory = {});
    /// The field bound to `path` (the most specific binding), to focus it from a problem list.
    QWidget *fieldFor(const QString &path) const;

    /// The red (or amber) frame and trailing icon of a field in error; none when `on` is false.
    static void markField(QWidget *field, bool on,
                          StatusLook::Status status = StatusLook::Status::Fail,
                          const QString &why = {});

private:
    struct Binding
    {
        QString path;
        QPointer<QWidget> field;
        QPointer<InlineMessage> message;
    };
    int bindingFor(const QString &path) const;
    QList<Binding> m_bindings;
};

} // namespace pveha
