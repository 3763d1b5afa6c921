// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/FinishPage.h"

#include "SpecModel.h"
#include "pages/ReportExport.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include "engine/Journal.h"
#include "report/JournalRecords.h"
#include "report/ReportData.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace pveha {
namespace {

using Status = StatusLook::Status;

struct Line
{
    Status status;
    QString text;
};

Line validationLine(const QJsonObject &preflight)
{
    if (preflight.isEmpty())
        return {Status::Skip, FinishPage::tr("not run")};
    const QJsonObject s = preflight.value(QStringLiteral("summary")).toObject();
    const int pass = s.value(QStringLiteral("pass")).toInt();
    const int warn = s.value(QStringLiteral("warn")).toInt();
    const int fail = s.value(QStringLiteral("fail")).toInt();
    const int skip = s.value(QStringLiteral("skip")).toInt();
    const QString text = FinishPage::tr("%1 passed, %2 with a warning, %3 failed, %4 skipped")
                             .arg(pass)
                             .arg(warn)
                             .arg(fail)
                             .arg(skip);
    return {fail > 0 ? Status::Fail : warn > 0 ? Status::Warn : Status::Pass, text};
}

Line firewallLine(const ClusterSpec &spec, const QJsonObject &firewall, bool demo)
{
    if (spec.firewall.provider == FirewallProvider::None)
        return {Status::Skip, FinishPage::tr("not managed by the tool (provider \"none\")")};
    if (firewall.isEmpty())
        return demo ? Line{Status::Skip, FinishPage::tr("not applied: the demo has no OVHcloud "
                                                        "account")}
                    : Line{Status::Warn, FinishPage::tr("not applied by the tool yet: use the "
                                                        "\"Apply the firewall\" page or "
                                                        "\"firewall --apply\"")};
    const bool apply = firewall.value(QStringLiteral("apply")).toBool();
    int failed = 0, differing = 0, stale = 0;
    for (int i = 0; i < spec.nodes.size(); ++i) {
        const QJsonObject n = JournalRecords::firewallNode(firewall, spec.nodes.at(i).name);
        if (n.isEmpty() || !JournalRecords::firewallNodeCurrent(n, spec, i)) {
            ++stale;
            continue;
        }
        if (!n.value(QStringLiteral("attempted")).toBool(true) ||
            !n.value(QStringLiteral("errors")).toArray().isEmpty()) {
            ++failed;
            continue;
        }
        const QJsonObject d = n.value(QStringLiteral("difference")).toObject();
        if (!apply && (!d.value(QStringLiteral("delete")).toArray().isEmpty() ||
                       !d.value(QStringLiteral("create")).toArray().isEmpty() ||
                       !n.value(QStringLiteral("enabled")).toBool()))
            ++differing;
    }
    if (stale > 0)
        return {Status::Warn,
                FinishPage::tr("the spec changed since the last read or apply (%n node(s)): read "
                               "the rules again",
                               nullptr, stale)};
    if (failed > 0)
        return {Status::Fail,
                apply
                    ? FinishPage::tr("the last apply did not finish on %n node(s)", nullptr, failed)
                    : FinishPage::tr("could not be read on %n node(s)", nullptr, failed)};
    if (apply)
        return {Status::Pass, FinishPage::tr("applied and enabled on %n node(s)", nullptr,
                                             int(spec.nodes.size()))};
    if (differing > 0)
        return {Status::Warn, FinishPage::tr("read only: %n node(s) differ from the wanted rules",
                                             nullptr, differing)};
    return {Status::Pass, FinishPage::tr("in place on every node")};
}

Line deploymentLine(const ReportData &data)
{
    const QJsonObject run = data.lastRun();
    if (run.isEmpty())
        return {Status::Skip, FinishPage::tr("not run")};
    int done = 0, skipped = 0;
    QJsonObject failedStep;
    for (const QJsonValue &v : run.value(QStringLiteral("steps")).toArray()) {
        const QString status = v.toObject().value(QStringLiteral("status")).toString();
        done += status == QLatin1String("done") ? 1 : 0;
        skipped += status == QLatin1String("skipped") ? 1 : 0;
        if (status == QLatin1String("failed") && failedStep.isEmpty())
            failedStep = v.toObject();
    }
    const QString result = run.value(QStringLiteral("result")).toString();
    if (result == QLatin1String("done"))
        return {Status::Pass,
                FinishPage::tr("done: %1 steps run, %2 already in place").arg(done).arg(skipped)};
    if (!failedStep.isEmpty())
        return {Status::Fail, FinishPage::tr("failed at %1 on %2: run the deployment again once "
                                             "the cause is fixed, it resumes there")
                                  .arg(failedStep.value(QStringLiteral("step")).toString(),
                                       failedStep.value(QStringLiteral("node")).toString())};
    return {Status::Warn, FinishPage::tr("stopped before the end: run it again to resume")};
}

Line healthLine(const QJsonObject &health)
{
    if (health.isEmpty())
        return {Status::Skip, FinishPage::tr("not gathered")};
    const QString overall = health.value(QStringLiteral("overall")).toString();
    const QJsonObject ceph = health.value(QStringLiteral("ceph")).toObject();
    QString text = FinishPage::tr("%1; monitors %2/%3 in quorum, OSDs %4/%5 up")
                       .arg(ceph.value(QStringLiteral("health")).toString())
                       .arg(ceph.value(QStringLiteral("monsInQuorum")).toInt())
                       .arg(ceph.value(QStringLiteral("monsTotal")).toInt())
                       .arg(ceph.value(QStringLiteral("osdsUp")).toInt())
                       .arg(ceph.value(QStringLiteral("osdsTotal")).toInt());
    const QJsonArray reasons = health.value(QStringLiteral("reasons")).toArray();
    if (!reasons.isEmpty())
        text += QStringLiteral(" — ") +
                reasons.first().toObject().value(QStringLiteral("text")).toString();
    const Status status = overall == QLatin1String("ok")     ? Status::Pass
                          : overall == QLatin1String("warn") ? Status::Warn
                                                             : Status::Fail;
    return {status, text};
}

Line crashLine(const QJsonObject &crash)
{
    if (crash.isEmpty())
        return {Status::Skip, FinishPage::tr("not run (optional)")};
    if (!crash.value(QStringLiteral("recovered")).toBool()) {
        const QString error = crash.value(QStringLiteral("error")).toString();
        return {Status::Fail,
                error.isEmpty() ? FinishPage::tr("the VM was not seen restarting") : error};
    }
    const QString text = FinishPage::tr("VM %1 restarted on %2 after %3 s (goal: %4 s)")
                             .arg(crash.value(QStringLiteral("vmid")).toInt())
                             .arg(crash.value(QStringLiteral("vmNodeAfter")).toString())
                             .arg(qRound(crash.value(QStringLiteral("failoverSeconds")).toDouble()))
                             .arg(crash.value(QStringLiteral("targetSeconds")).toInt());
    return {crash.value(QStringLiteral("metTarget")).toBool() ? Status::Pass : Status::Warn, text};
}

} // namespace

FinishPage::FinishPage(SpecModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("finishPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("finishSummary"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    // The summary takes the height of its rows; the export sits right under it.
    m_tree->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_tree->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    m_tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 5px 4px; }"));
    m_tree->setIconSize(QSize(18, 18));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setDefault(false);
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setMinimumHeight(m_export->sizeHint().height() * 3 / 2);
    connect(m_export, &QPushButton::clicked, this, &FinishPage::exportReport);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openReport"));
    m_open->setVisible(false);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_lastExport)); });
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("exportMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);
    retranslateUi();
}

void FinishPage::initializePage()
{
    refresh();
}

void FinishPage::refresh()
{
    const ClusterSpec &spec = m_model->spec();
    const ReportData journal = ReportData::load(spec);
    m_tree->clear();
    auto add = [this](const QString &what, const Line &line) {
        // Icon and word: the status reads without colour (UX.md).
        const QString text = tr("%1: %2").arg(StatusLook::word(line.status), line.text);
        auto *item = new QTreeWidgetItem(m_tree, {what, text});
        item->setIcon(1, StatusLook::icon(line.status));
        item->setToolTip(1, text);
    };
    auto *cluster = new QTreeWidgetItem(
        m_tree,
        {tr("Cluster"), tr("%1: %n node(s), %2", nullptr, int(spec.nodes.size()))
                            .arg(spec.cluster.name, spec.nodeNames().join(QStringLiteral(", ")))});
    cluster->setToolTip(1, cluster->text(1));
    add(tr("Validation"), validationLine(journal.preflight));
    add(tr("Edge firewall"), firewallLine(spec, journal.firewall, m_demo));
    add(tr("Deployment"), deploymentLine(journal));
    add(tr("Health"), healthLine(journal.health));
    add(tr("Crash test"), crashLine(journal.crashTest));
    auto *where = new QTreeWidgetItem(m_tree, {tr("Journal"), Journal::directory()});
    where->setToolTip(1, tr("What the report is written from: every run, the last "
                            "validation, firewall, health and crash test."));
}

void FinishPage::exportReport()
{
    QString error;
    const QString path = ReportExport::run(this, m_model->spec(), &error);
    if (path.isEmpty() && error.isEmpty())
        return; // cancelled
    m_lastExport = path;
    m_lastError = error;
    m_open->setVisible(!path.isEmpty());
    retranslateUi();
}

void FinishPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (isVisible())
            refresh();
    }
    QWizardPage::changeEvent(event);
}

void FinishPage::retranslateUi()
{
    setTitle(tr("Report"));
    setSubTitle(tr("What was done, as the journal recorded it. Keep a record of it: the HTML "
                   "report gathers the spec, the checks, the deployment, the firewall, the "
                   "health and the crash test in one self-contained file."));
    m_intro->setText(tr("The report is written in the language of the window, can be printed, "
                        "and never contains a password or an API key."));
    m_tree->setHeaderLabels({tr("Part"), tr("Result")});
    m_export->setText(tr("&Export report…"));
    m_open->setText(tr("&Open it"));
    if (!m_lastError.isEmpty())
        m_message->setMessage(StatusLook::Status::Fail, m_lastError);
    else if (!m_lastExport.isEmpty())
        m_message->setMessage(StatusLook::Status::Pass,
                              tr("Report written to %1.").arg(m_lastExport));
    else
        m_message->clear();
}

} // namespace pveha
