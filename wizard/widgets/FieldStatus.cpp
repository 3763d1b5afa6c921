// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FieldStatus.h"

#include "SpecModel.h"
#include "widgets/InlineMessage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QWidget>

namespace pveha {

namespace {

const char *const markProperty = "pvehaMarked";
const char *const actionName = "pvehaProblemAction";

} // namespace

FieldStatus::FieldStatus(QObject *parent)
    : QObject(parent)
{}

void FieldStatus::bind(const QString &path, QWidget *field, InlineMessage *message)
{
    m_bindings.append({path, field, message});
}

int FieldStatus::bindingFor(const QString &path) const
{
    // The longest matching path wins: "storage.raidDevices[2]" before "storage".
    int best = -1;
    for (int i = 0; i < m_bindings.size(); ++i) {
        if (SpecModel::pathIsUnder(path, m_bindings.at(i).path) &&
            (best < 0 || m_bindings.at(i).path.size() > m_bindings.at(best).path.size()))
            best = i;
    }
    return best;
}

QWidget *FieldStatus::fieldFor(const QString &path) const
{
    const int i = bindingFor(path);
    return i < 0 ? nullptr : m_bindings.at(i).field.data();
}

QList<SpecProblem> FieldStatus::apply(const QList<SpecProblem> &problems,
                                      const QList<SpecProblem> &advisory)
{
    QList<QStringList> messages(m_bindings.size());
    QList<bool> blocking(m_bindings.size(), false);
    QList<SpecProblem> unbound;
    const auto take = [&](const SpecProblem &problem, bool blocks) {
        const int i = bindingFor(problem.path);
        if (i < 0) {
            unbound << problem;
            return;
        }
        messages[i] << problem.message;
        blocking[i] = blocking[i] || blocks;
    };
    for (const SpecProblem &problem : problems)
        take(problem, true);
    for (const SpecProblem &problem : advisory)
        take(problem, false);

    for (int i = 0; i < m_bindings.size(); ++i) {
        const Binding &b = m_bindings.at(i);
        const auto status = blocking.at(i) ? StatusLook::Status::Fail : StatusLook::Status::Warn;
        const QString text = messages.at(i).join(QLatin1Char('\n'));
        if (b.field)
            markField(b.field, !text.isEmpty(), status, text);
        if (b.message)
            b.message->setMessage(status, text);
    }
    return unbound;
}

void FieldStatus::markField(QWidget *field, bool on, StatusLook::Status status, const QString &why)
{
    if (!field)
        return;
    // A spin box or an editable combo box drawn by a style sheet loses its arrows: the frame
    // goes on the line edit inside it instead.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        field = spin->findChild<QLineEdit *>();
    else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->isEditable())
        field = combo->lineEdit();
    if (!field)
        return;
    if (auto *line = qobject_cast<QLineEdit *>(field)) {
        // An icon inside the field: the error shows by shape, not by colour only.
        auto *action = line->findChild<QAction *>(QLatin1String(actionName));
        if (!action && on) {
            action = new QAction(line);
            action->setObjectName(QLatin1String(actionName));
            line->addAction(action, QLineEdit::TrailingPosition);
        }
        if (action) {
            action->setIcon(StatusLook::icon(status));
            action->setToolTip(why);
            action->setVisible(on);
        }
    }
    const QString key = on ? StatusLook::color(status).name() : QString();
    if (field->property(markProperty).toString() == key)
        return;
    field->setProperty(markProperty, key);
    if (!on) {
        field->setStyleSheet(QString());
        return;
    }
    // Scoped to the field's own class so that child widgets (a spin box's arrows, a list's
    // items) keep their normal look.
    field->setStyleSheet(QStringLiteral("%1 { border: 2px solid %2; border-radius: 3px; }")
                             .arg(QLatin1String(field->metaObject()->className()), key));
}

} // namespace pveha
