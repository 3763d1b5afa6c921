// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spec/ClusterSpec.h"

#include <QWizardPage>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QVBoxLayout;

namespace pveha {

class FieldStatus;
class ProblemList;
class SpecModel;

/// Base of the input pages (Nodes … Firewall): each edits part of the SpecModel.
///
/// The model is the only copy of what was typed: a page loads its widgets from it when it is
/// shown or when the spec is replaced, writes every change back at once, and never resets
/// anything on Back (cleanupPage() is a no-op). The fields are not registered with
/// registerField(): a second copy in QWizard's field map would be reset on Back and fight the
/// model. Next is enabled while the page's own fields have no problem; the problems are shown
/// next to their fields (FieldStatus) and in a list under the form (ProblemList).
class SpecPage : public QWizardPage
{
    Q_OBJECT
public:
    SpecPage(SpecModel *model, const QStringList &pathPrefixes, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;

    /// The problems that keep Next disabled, and those only shown as warnings here because a
    /// later page holds the fix (a private address outside a CIDR set on the Network page).
    QList<SpecProblem> blockingProblems() const;
    QList<SpecProblem> advisoryProblems() const;

protected:
    SpecModel *model() const { return m_model; }
    const ClusterSpec &spec() const;
    /// The scrolling area where the page puts its form; the problem list stays below it.
    QVBoxLayout *bodyLayout() const { return m_bodyLayout; }
    FieldStatus *fieldStatus() const { return m_status; }
    /// A labelled line edit on `form` with its inline message below, bound to the spec field at
    /// `path` so the field's problems show next to it.
    QLineEdit *addLine(QFormLayout *form, QLabel *&label, const QString &name, const QString &path);
    ProblemList *problemList() const { return m_problemList; }
    bool isLoading() const { return m_loading; }

    /// Writes a change into the model (ignored while the page itself loads its widgets).
    void edit(const std::function<void(ClusterSpec &)> &change);

    /// Reads every widget's value from the spec.
    virtual void loadFromSpec(const ClusterSpec &spec) = 0;
    /// Previews, derived tables, capacity: anything computed from the spec. Called after each
    /// change, wherever it came from.
    virtual void updateDerived(const ClusterSpec &spec) { Q_UNUSED(spec) }
    virtual void retranslateUi() = 0;
    /// Whether this page shows `problem`: by default, the paths under the page's prefixes.
    virtual bool claims(const SpecProblem &problem) const;
    /// Whether a claimed problem keeps Next disabled here (true unless a later page fixes it).
    virtual bool blocks(const SpecProblem &problem) const;

    void changeEvent(QEvent *event) override;

private:
    void reload();
    void refresh();
    void focusProblem(const QString &path);

    SpecModel *m_model;
    QStringList m_prefixes;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_bodyLayout = nullptr;
    FieldStatus *m_status = nullptr;
    ProblemList *m_problemList = nullptr;
    bool m_loading = false;
};

} // namespace pveha
