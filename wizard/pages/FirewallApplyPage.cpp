// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/FirewallApplyPage.h"

#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/EdgeStateView.h"
#include "widgets/BusySpinner.h"
#include "widgets/InlineMessage.h"
#include "widgets/StatusLook.h"

#include "engine/Journal.h"
#include "ovh/EdgeFirewallSync.h"
#include "ovh/OvhClient.h"
#include "report/JournalRecords.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pveha {

FirewallApplyPage::FirewallApplyPage(EngineRunner *runner, SpecModel *model, QWidget *parent)
    : QWizardPage(parent)
    , m_runner(runner)
    , m_model(model)
{
    setObjectName(QStringLiteral("firewallApplyPage"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_keysBox = new QGroupBox(this);
    m_endpointLabel = new QLabel(m_keysBox);
    m_endpoint = new QLabel(m_keysBox);
    m_endpoint->setObjectName(QStringLiteral("apiEndpoint"));
    m_endpoint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto makeField = [this](const char *name, bool secret) {
        auto *edit = new QLineEdit(m_keysBox);
        edit->setObjectName(QLatin1String(name));
        edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &FirewallApplyPage::updateState);
        return edit;
    };
    m_appKey = makeField("applicationKey", false);
    m_appSecret = makeField("applicationSecret", true);
    m_consumerKey = makeField("consumerKey", true);
    m_appKeyLabel = new QLabel(m_keysBox);
    m_appSecretLabel = new QLabel(m_keysBox);
    m_consumerKeyLabel = new QLabel(m_keysBox);
    m_appKeyLabel->setBuddy(m_appKey);
    m_appSecretLabel->setBuddy(m_appSecret);
    m_consumerKeyLabel->setBuddy(m_consumerKey);
    m_requestKey = new QPushButton(m_keysBox);
    m_requestKey->setObjectName(QStringLiteral("requestConsumerKey"));
    connect(m_requestKey, &QPushButton::clicked, this, &FirewallApplyPage::requestConsumerKey);
    m_keysNote = new QLabel(m_keysBox);
    m_keysNote->setWordWrap(true);
    m_keysNote->setEnabled(false); // the muted look of a note

    auto *consumerRow = new QHBoxLayout;
    consumerRow->addWidget(m_consumerKey, 1);
    consumerRow->addWidget(m_requestKey);
    auto *form = new QFormLayout(m_keysBox);
    form->addRow(m_endpointLabel, m_endpoint);
    form->addRow(m_appKeyLabel, m_appKey);
    form->addRow(m_appSecretLabel, m_appSecret);
    form->addRow(m_consumerKeyLabel, consumerRow);
    form->addRow(m_keysNote);

    m_busy = new BusySpinner(this);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_read = new QPushButton(this);
    m_read->setObjectName(QStringLiteral("readRules"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("applyRules"));
    connect(m_read, &QPushButton::clicked, this, [this] { startSync(false); });
    connect(m_apply, &QPushButton::clicked, this, &FirewallApplyPage::applyClicked);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);

    m_state = new EdgeStateView(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("firewallLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(2000);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_state);
    split->addWidget(m_log);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);

    m_summary = new InlineMessage(this);
    m_summary->setObjectName(QStringLiteral("firewallSummary"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_busy);
    actions->addWidget(m_progressText, 1);
    actions->addWidget(m_read);
    actions->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_keysBox);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);

    connect(m_busy, &BusySpinner::advanced, m_state, &EdgeStateView::setSpinnerFrame);
    retranslateUi();
}

FirewallApplyPage::~FirewallApplyPage()
{
    // The run uses the client: it goes first.
    delete m_sync;
    m_sync = nullptr;
}

void FirewallApplyPage::setTimings(const EdgeSyncOptions &options, const OvhRetryPolicy &policy)
{
    m_options = options;
    m_policy = policy;
}

void FirewallApplyPage::initializePage()
{
    // The keys come from the environment the way the command line takes them, unless typed.
    const OvhCredentials env = OvhCredentials::fromEnvironment();
    if (m_appKey->text().isEmpty())
        m_appKey->setText(env.applicationKey);
    if (m_appSecret->text().isEmpty())
        m_appSecret->setText(env.applicationSecret);
    if (m_consumerKey->text().isEmpty())
        m_consumerKey->setText(env.consumerKey);
    if (!isRunning())
        resetTargets();
    retranslateUi();
}

void FirewallApplyPage::cleanupPage()
{
    // Back: a run in progress goes on (an apply must not stop halfway); its result stays.
}

bool FirewallApplyPage::isComplete() const
{
    return !isRunning();
}

OvhCredentials FirewallApplyPage::credentials() const
{
    OvhCredentials c;
    c.applicationKey = m_appKey->text().trimmed();
    c.applicationSecret = m_appSecret->text().trimmed();
    c.consumerKey = m_consumerKey->text().trimmed();
    return c;
}

QString FirewallApplyPage::baseUrl() const
{
    return OvhEndpoint::baseUrl(m_model->spec().firewall.apiEndpoint);
}

void FirewallApplyPage::resetTargets()
{
    m_state->setTargets(EdgeFirewallSync::targets(m_model->spec()));
    m_haveResult = false;
    m_problem.clear();
    m_progress->setRange(0, qMax(1, m_state->nodeCount()));
    m_progress->setValue(0);
    m_progressText->clear();
    updateState();
}

QString FirewallApplyPage::cannotStart(bool apply) const
{
    const ClusterSpec &spec = m_model->spec();
    const OvhCredentials keys = credentials();
    if (!keys.isComplete()) {
        QStringList missing;
        if (keys.applicationKey.isEmpty())
            missing << tr("application key");
        if (keys.applicationSecret.isEmpty())
            missing << tr("application secret");
        if (keys.consumerKey.isEmpty())
            missing << tr("consumer key");
        return tr("The OVHcloud API keys are incomplete (missing: %1). Fill them in above, or "
                  "request a consumer key.")
            .arg(missing.join(QStringLiteral(", ")));
    }
    if (baseUrl().isEmpty())
        return tr("The API endpoint \"%1\" is not an OVHcloud endpoint: choose ovh-eu, ovh-ca "
                  "or ovh-us on the Firewall page.")
            .arg(spec.firewall.apiEndpoint);
    if (const QStringList unsafe = EdgeFirewallSync::safetyProblems(spec);
        apply && !unsafe.isEmpty())
        return tr("Nothing was applied: these rules would lock you out. %1 Fix the sources on the "
                  "Firewall page.")
            .arg(unsafe.join(QLatin1Char(' ')));
    return {};
}

bool FirewallApplyPage::startSync(bool apply)
{
    if (isRunning())
        return false;
    const ClusterSpec &spec = m_model->spec();
    m_problem.clear();
    if (spec.firewall.provider == FirewallProvider::None || m_runner->isDemo()) {
        updateState();
        return false;
    }
    m_problem = cannotStart(apply);
    if (!m_problem.isEmpty()) {
        updateState();
        return false;
    }

    const OvhCredentials keys = credentials();
    // Where the result goes is decided now: Back, another spec or leaving the demo while the
    // run goes on must not file it under another cluster.
    m_runCluster = spec.cluster.name;
    m_runJournal = Journal::directory();
    keys.registerSecrets();
    m_client = std::make_unique<OvhClient>(baseUrl(), keys);
    m_client->setRetryPolicy(m_policy);
    EdgeSyncOptions options = m_options;
    options.apply = apply;
    m_lastApply = apply;
    m_haveResult = false;
    m_nodesDone = 0;
    auto *sync = new EdgeFirewallSync(m_client.get(), spec, options, this);
    m_sync = sync;
    connect(sync, &EdgeFirewallSync::progress, this, &FirewallApplyPage::onProgress);
    connect(sync, &EdgeFirewallSync::nodeFinished, this, &FirewallApplyPage::onNodeFinished);
    connect(sync, &EdgeFirewallSync::finished, this, &FirewallApplyPage::onFinished);
    m_state->setTargets(EdgeFirewallSync::targets(spec));
    m_state->setRunning(0, apply);
    m_progress->setRange(0, qMax(1, m_state->nodeCount()));
    m_progress->setValue(0);
    m_log->appendPlainText(
        apply ? tr("— Applying the Edge firewall rules through %1").arg(m_client->baseUrl())
              : tr("— Reading the Edge firewall rules through %1").arg(m_client->baseUrl()));
    m_progressText->setText(apply ? tr("Applying, one node after the other…")
                                  : tr("Reading, one node after the other…"));
    m_busy->start();
    Q_EMIT completeChanged(); // first: the wizard's buttons, then the page's own state
    updateState();
    sync->start();
    return true;
}

void FirewallApplyPage::onProgress(const QString &node, const QString &text)
{
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(node, text));
    m_progressText->setText(tr("%1: %2").arg(node, text));
}

void FirewallApplyPage::onNodeFinished(int index)
{
    if (!m_sync || index < 0 || index >= m_sync->results().size())
        return;
    const EdgeNodeResult &r = m_sync->results().at(index);
    m_state->setResult(index, r);
    const QString result = m_state->nodes()->item(index, EdgeStateView::ResultColumn)->text();
    m_log->appendPlainText(QStringLiteral("[%1] %2").arg(r.target.node, result));
    m_nodesDone = index + 1;
    m_progress->setValue(m_nodesDone);
    if (index + 1 < m_state->nodeCount())
        m_state->setRunning(index + 1, m_lastApply);
}

void FirewallApplyPage::onFinished()
{
    EdgeFirewallSync *sync = m_sync;
    if (!sync)
        return;
    for (int i = 0; i < sync->results().size(); ++i)
        m_state->setResult(i, sync->results().at(i));
    m_progress->setValue(m_progress->maximum());
    m_busy->stop();
    m_haveResult = !sync->refused();
    m_apiRefused = sync->authenticationFailed();
    m_apiUnreachable = sync->unreachable();
    if (m_haveResult && (m_apiRefused || m_apiUnreachable)) {
        // No answer worth keeping: the last real read or apply stays the report's record.
        m_log->appendPlainText(tr("Nothing was kept for the report: the API gave no answer "
                                  "about the firewalls."));
    } else if (m_haveResult) {
        // What the API said is kept for the report, as `firewall` does on the command line.
        QString error;
        if (!Journal::saveDocumentIn(m_runJournal, m_runCluster, QStringLiteral("firewall"),
                                     JournalRecords::firewall(*sync), &error))
            m_log->appendPlainText(
                tr("The result could not be kept for the report: %1").arg(error));
    } else {
        m_problem = tr("Nothing was applied: these rules would lock you out. %1 Fix the sources "
                       "on the Firewall page.")
                        .arg(sync->unsafe().join(QLatin1Char(' ')));
    }
    m_progressText->setText(m_lastApply ? tr("Apply finished.") : tr("Reading finished."));
    m_sync = nullptr;
    sync->deleteLater();
    // The client may still be unwinding the call that finished the run.
    m_client.release()->deleteLater();
    Q_EMIT completeChanged();
    updateState();
}

void FirewallApplyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

} // namespace pveha
