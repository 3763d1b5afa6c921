// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/ProblemList.h"

#include "widgets/StatusLook.h"
#include "widgets/WrapLabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace pveha {

ProblemList::ProblemList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("problemList"));
    m_headerIcon = new QLabel(this);
    m_header = new WrapLabel(this);
    m_header->setObjectName(QStringLiteral("problemListHeader"));
    m_header->setWordWrap(true);
    auto *headerRow = new QHBoxLayout;
    headerRow->setSpacing(6);
    headerRow->addWidget(m_headerIcon, 0, Qt::AlignTop);
    headerRow->addWidget(m_header, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("problemListView"));
    m_list->setWordWrap(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setMaximumHeight(118);
    m_list->setIconSize(QSize(16, 16));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(headerRow);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT problemActivated(item->data(Qt::UserRole).toString());
    });
    retranslateUi();
}

void ProblemList::setProblems(const QList<SpecProblem> &blocking,
                              const QList<SpecProblem> &advisory)
{
    m_blocking = int(blocking.size());
    m_advisory = int(advisory.size());
    m_list->clear();
    const auto add = [this](const SpecProblem &problem, StatusLook::Status status) {
        const QString text = problem.path.isEmpty()
                                 ? problem.message
                                 //: A field of the spec file, and what is wrong with it.
                                 : tr("%1 — %2").arg(problem.path, problem.message);
        auto *item = new QListWidgetItem(StatusLook::icon(status), text, m_list);
        item->setData(Qt::UserRole, problem.path);
        item->setToolTip(problem.message);
    };
    for (const SpecProblem &problem : blocking)
        add(problem, StatusLook::Status::Fail);
    for (const SpecProblem &problem : advisory)
        add(problem, StatusLook::Status::Warn);
    m_list->setVisible(m_list->count() > 0);
    setVisible(m_showWhenEmpty || m_list->count() > 0);
    retranslateUi();
}

void ProblemList::setShowWhenEmpty(bool show)
{
    m_showWhenEmpty = show;
    setVisible(m_showWhenEmpty || m_list->count() > 0);
}

int ProblemList::count() const
{
    return m_list->count();
}

void ProblemList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProblemList::retranslateUi()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QString text;
    if (m_blocking > 0) {
        text = tr("To fix before going on (%1):").arg(m_blocking);
    } else if (m_advisory > 0) {
        text = tr("Nothing blocks this page, but these values must still agree with a later "
                  "page (%1):")
                   .arg(m_advisory);
    } else {
        text = tr("%1: every value on this page is valid.")
                   .arg(StatusLook::word(StatusLook::Status::Pass));
    }
    const auto status = m_blocking > 0   ? StatusLook::Status::Fail
                        : m_advisory > 0 ? StatusLook::Status::Warn
                                         : StatusLook::Status::Pass;
    m_headerIcon->setPixmap(StatusLook::icon(status).pixmap(size, size));
    m_header->setText(text);
}

} // namespace pveha
