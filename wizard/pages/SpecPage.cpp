// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/SpecPage.h"

#include "SpecModel.h"
#include "widgets/FieldStatus.h"
#include "widgets/InlineMessage.h"
#include "widgets/ProblemList.h"

#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pveha {

SpecPage::SpecPage(SpecModel *model, const QStringList &pathPrefixes, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
    , m_prefixes(pathPrefixes)
{
    m_status = new FieldStatus(this);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("pageBody"));
    m_bodyLayout = new QVBoxLayout(body);
    m_bodyLayout->setContentsMargins(0, 0, 6, 0);
    // The page scrolls rather than growing the window past 1280×800 when French labels or a
    // long node list need more room.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemList = new ProblemList(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_problemList);
    connect(m_problemList, &ProblemList::problemActivated, this, &SpecPage::focusProblem);

    connect(m_model, &SpecModel::reset, this, &SpecPage::reload);
    connect(m_model, &SpecModel::problemsChanged, this, &SpecPage::refresh);
}

const ClusterSpec &SpecPage::spec() const
{
    return m_model->spec();
}

void SpecPage::initializePage()
{
    reload();
}

void SpecPage::reload()
{
    {
        const QScopedValueRollback<bool> guard(m_loading, true);
        loadFromSpec(m_model->spec());
    }
    refresh();
}

void SpecPage::refresh()
{
    updateDerived(m_model->spec());
    const QList<SpecProblem> blocking = blockingProblems();
    const QList<SpecProblem> advisory = advisoryProblems();
    m_status->apply(blocking, advisory);
    m_problemList->setProblems(blocking, advisory);
    Q_EMIT completeChanged();
}

void SpecPage::edit(const std::function<void(ClusterSpec &)> &change)
{
    if (!m_loading)
        m_model->edit(change);
}

bool SpecPage::isComplete() const
{
    return blockingProblems().isEmpty();
}

QList<SpecProblem> SpecPage::blockingProblems() const
{
    QList<SpecProblem> found;
    for (const SpecProblem &problem : m_model->problems()) {
        if (claims(problem) && blocks(problem))
            found << problem;
    }
    return found;
}

QList<SpecProblem> SpecPage::advisoryProblems() const
{
    QList<SpecProblem> found;
    for (const SpecProblem &problem : m_model->problems()) {
        if (claims(problem) && !blocks(problem))
            found << problem;
    }
    return found;
}

bool SpecPage::claims(const SpecProblem &problem) const
{
    for (const QString &prefix : m_prefixes) {
        if (SpecModel::pathIsUnder(problem.path, prefix))
            return true;
    }
    return false;
}

bool SpecPage::blocks(const SpecProblem &problem) const
{
    Q_UNUSED(problem)
    return true;
}

void SpecPage::focusProblem(const QString &path)
{
    if (QWidget *field = m_status->fieldFor(path)) {
        m_scroll->ensureWidgetVisible(field);
        field->setFocus(Qt::OtherFocusReason);
    }
}

void SpecPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // derived texts (rule comments, capacity) are translated too
    }
    QWizardPage::changeEvent(event);
}

QLineEdit *SpecPage::addLine(QFormLayout *form, QLabel *&label, const QString &name,
                             const QString &path)
{
    auto *line = new QLineEdit(this);
    line->setObjectName(name);
    label = new QLabel(this);
    label->setBuddy(line);
    auto *message = new InlineMessage(this);
    form->addRow(label, line);
    form->addRow(QString(), message);
    fieldStatus()->bind(path, line, message);
    return line;
}

} // namespace pveha
