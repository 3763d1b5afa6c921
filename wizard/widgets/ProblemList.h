// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/SpecProblem.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace pveha {

/// The list under a page's form: every problem of the page, blocking ones first, each with its
/// icon, field path and message; or one line saying the page has none. Activating a problem
/// asks the page to focus its field.
class ProblemList : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemList(QWidget *parent = nullptr);

    void setProblems(const QList<SpecProblem> &blocking, const QList<SpecProblem> &advisory = {});
    int count() const;
    /// Whether the "every value is valid" line shows when there is no problem (default).
    void setShowWhenEmpty(bool show);

Q_SIGNALS:
    void problemActivated(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_headerIcon = nullptr;
    QLabel *m_header = nullptr;
    QListWidget *m_list = nullptr;
    int m_blocking = 0;
    int m_advisory = 0;
    bool m_showWhenEmpty = true;
};

} // namespace pveha
