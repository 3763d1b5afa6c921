// SPDX-License-Identifier: GPL-3.0-or-later
// The Firewall apply page's flow: what may be done now, the confirmation of "Apply", the
// consumer-key request and the page's words.
#include "pages/FirewallApplyPage.h"

#include "SpecModel.h"
#include "engine/EngineRunner.h"
#include "pages/EdgeStateView.h"
#include "widgets/InlineMessage.h"

#include "ovh/EdgeFirewallSync.h"
#include "ovh/OvhClient.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QWizard>

namespace pveha {
namespace {

/// Where OVHcloud sends the admin once the consumer key is validated.
const QString kAfterValidation = QStringLiteral("https://www.ovhcloud.com/");

} // namespace

void FirewallApplyPage::applyClicked()
{
    // What would stop the run is said before asking for a confirmation.
    m_problem = cannotStart(true);
    if (!m_problem.isEmpty()) {
        updateState();
        return;
    }
    QStringList lines;
    bool unknown = false;
    for (int i = 0; i < m_state->nodeCount(); ++i) {
        const EdgeNodeResult &r = m_state->result(i);
        if (m_state->phase(i) != EdgeStateView::Phase::Done || !r.diffKnown) {
            unknown = true;
            lines << tr("• %1 (%2): the difference is read first, then applied")
                         .arg(r.target.node, r.target.ip);
            continue;
        }
        QStringList parts;
        if (!r.diff.toDelete.isEmpty())
            parts << tr("delete %n rule(s)", nullptr, int(r.diff.toDelete.size()));
        if (!r.diff.toCreate.isEmpty())
            parts << tr("create %n rule(s)", nullptr, int(r.diff.toCreate.size()));
        if (r.needsEnable)
            parts << tr("enable the firewall");
        lines << tr("• %1 (%2): %3")
                     .arg(r.target.node, r.target.ip,
                          parts.isEmpty() ? tr("nothing to change")
                                          : parts.join(QStringLiteral(", ")));
        // A rule someone added by hand in the OVHcloud manager goes too: say which.
        for (const RemoteEdgeRule &d : r.diff.toDelete)
            lines << QStringLiteral("    − ") + (d.understood ? d.rule.summary() : d.text);
    }
    const int nodes = m_state->nodeCount();
    QString text = tr("The Edge Network Firewall of %n node(s) will be changed through the "
                      "OVHcloud API:",
                      nullptr, nodes) +
                   QLatin1Char('\n') + lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                   tr("Rules cannot be edited in place: a rule that differs is deleted, then "
                      "created again, one at a time, and the firewall is enabled last. When "
                      "rules move to other priorities, each SSH and GUI permit is created at its "
                      "new priority before its old one is deleted wherever that priority is "
                      "free, so the admin and GUI sources listed before and after normally keep "
                      "their access throughout. Other rules may be absent for a moment: keep the "
                      "OVHcloud console (KVM/IPMI) at hand if your access depends on one of "
                      "them.");
    if (unknown)
        text += QLatin1Char(' ') + tr("Read the current rules first to see each change.");
    bool confirmed = false;
    if (m_confirm) {
        confirmed = m_confirm(text);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Apply the Edge firewall rules"), text,
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("confirmApply"));
        QPushButton *go = box.addButton(tr("Apply the rules on %n node(s)", nullptr, nodes),
                                        QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        confirmed = box.clickedButton() == go;
    }
    if (confirmed)
        startSync(true);
}

void FirewallApplyPage::requestConsumerKey()
{
    OvhCredentials keys;
    keys.applicationKey = m_appKey->text().trimmed();
    keys.applicationSecret = m_appSecret->text().trimmed();
    if (keys.applicationKey.isEmpty() || baseUrl().isEmpty()) {
        m_problem = keys.applicationKey.isEmpty()
                        ? tr("A consumer key is requested with the application key: fill in the "
                             "application key first (create it at the OVHcloud API page of "
                             "your endpoint).")
                        : tr("The API endpoint \"%1\" is not an OVHcloud endpoint: choose "
                             "ovh-eu, ovh-ca or ovh-us on the Firewall page.")
                              .arg(m_model->spec().firewall.apiEndpoint);
        updateState();
        return;
    }
    keys.registerSecrets();
    m_keyClient = std::make_unique<OvhClient>(baseUrl(), keys);
    m_keyClient->setRetryPolicy(m_policy);
    m_requestKey->setEnabled(false);
    m_log->appendPlainText(tr("— Requesting a consumer key limited to the Edge firewall calls"));
    m_keyClient->requestConsumerKey(
        kAfterValidation, [this](const OvhResult &result, const OvhConsumerKeyRequest &req) {
            m_requestKey->setEnabled(true);
            if (!result.ok() || req.consumerKey.isEmpty() || req.validationUrl.isEmpty()) {
                m_problem = result.ok() ? tr("The OVHcloud API answered without a consumer key or "
                                             "a validation address.")
                                        : result.message;
                updateState();
                return;
            }
            m_consumerKey->setText(req.consumerKey);
            m_problem.clear();
            m_log->appendPlainText(tr("Validation address: %1").arg(req.validationUrl));
            updateState();
            auto *box = new QMessageBox(QMessageBox::Information, tr("Validate the consumer key"),
                                        tr("OVHcloud created a consumer key that may only read and "
                                           "change the Edge firewall of your addresses. It works "
                                           "once you validate it: open the address below, log in "
                                           "with the account that owns the servers, and confirm. "
                                           "Then read the current rules."),
                                        QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("consumerKeyMessage"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(req.validationUrl);
            box->setTextInteractionFlags(Qt::TextSelectableByMouse);
            QPushButton *open =
                box->addButton(tr("&Open the validation page"), QMessageBox::ActionRole);
            const QUrl url(req.validationUrl);
            connect(open, &QPushButton::clicked, box, [url] { QDesktopServices::openUrl(url); });
            box->open();
        });
}

void FirewallApplyPage::updateState()
{
    const ClusterSpec &spec = m_model->spec();
    const bool managed = spec.firewall.provider != FirewallProvider::None;
    const bool demo = m_runner->isDemo();
    const bool running = isRunning();
    const bool usable = managed && !demo;
    const QStringList unsafe = EdgeFirewallSync::safetyProblems(spec);
    m_keysBox->setEnabled(usable && !running);
    m_read->setEnabled(usable && !running);
    m_apply->setEnabled(usable && !running && unsafe.isEmpty());
    m_apply->setToolTip(unsafe.isEmpty() ? QString() : unsafe.join(QLatin1Char('\n')));
    const QString url = baseUrl();
    if (url.isEmpty())
        m_endpoint->setText(tr("%1 (not an OVHcloud endpoint)").arg(spec.firewall.apiEndpoint));
    else if (url == spec.firewall.apiEndpoint)
        m_endpoint->setText(url);
    else
        m_endpoint->setText(tr("%1 — %2").arg(spec.firewall.apiEndpoint, url));

    if (!managed) {
        m_summary->setNote(tr("The spec leaves the Edge Network Firewall alone (provider "
                              "\"none\" on the Firewall page): there is nothing to apply. Go on "
                              "with Next."));
    } else if (demo) {
        m_summary->setNote(tr("Demo: there is no OVHcloud account behind the demo, so the "
                              "OVHcloud API is not called. Above are the rules each node's "
                              "Edge firewall would get. Go on with Next."));
    } else if (!m_problem.isEmpty()) {
        m_summary->setMessage(StatusLook::Status::Fail, m_problem);
    } else if (!unsafe.isEmpty()) {
        m_summary->setMessage(StatusLook::Status::Fail,
                              tr("These rules would lock you out, so Apply is disabled: %1 Fix "
                                 "the sources on the Firewall page.")
                                  .arg(unsafe.join(QLatin1Char(' '))));
    } else if (running) {
        m_summary->setNote(tr("Talking to the OVHcloud API, one node after the other…"));
    } else if (m_haveResult) {
        showResult();
    } else {
        m_summary->setNote(tr("Nothing read yet. Read the current rules to compare them, or go "
                              "on with Next and apply the firewall later."));
    }
    // No going back while the API is being changed: the result belongs to this spec.
    if (QWizard *w = wizard(); w && w->currentPage() == this) {
        if (QAbstractButton *back = w->button(QWizard::BackButton))
            back->setEnabled(!running && w->currentId() != w->startId());
    }
}

void FirewallApplyPage::showResult()
{
    int failed = 0, skipped = 0, differing = 0;
    QString firstError;
    for (int i = 0; i < m_state->nodeCount(); ++i) {
        const EdgeNodeResult &r = m_state->result(i);
        if (!r.attempted)
            ++skipped;
        else if (!r.ok()) {
            ++failed;
            if (firstError.isEmpty() && !r.errors.isEmpty())
                firstError = r.errors.first();
        } else if (!r.applyRequested && (!r.diff.isEmpty() || r.needsEnable))
            ++differing;
    }
    if (m_apiRefused || m_apiUnreachable) {
        // The cause is the same for every node (the error names it): say it once, in full.
        m_summary->setMessage(StatusLook::Status::Fail, firstError);
    } else if (failed > 0 && m_lastApply) {
        QString text = tr("The apply failed on %n node(s): the Result column says why and what "
                          "was not applied. Fix the cause and apply again: what is in place is "
                          "kept.",
                          nullptr, failed);
        if (skipped > 0)
            text +=
                QLatin1Char(' ') + tr("%n node(s) after it were not touched.", nullptr, skipped);
        m_summary->setMessage(StatusLook::Status::Fail, text);
    } else if (failed > 0) {
        m_summary->setMessage(
            StatusLook::Status::Fail,
            tr("The firewall of %n node(s) could not be read: %1", nullptr, failed)
                .arg(firstError));
    } else if (m_lastApply) {
        m_summary->setMessage(StatusLook::Status::Pass,
                              tr("The Edge firewall rules are applied and enabled on every "
                                 "node."));
    } else if (differing > 0) {
        m_summary->setMessage(
            StatusLook::Status::Warn,
            tr("%n node(s) differ from the wanted rules: Apply brings them in line. You may "
               "also go on and apply later.",
               nullptr, differing));
    } else {
        m_summary->setMessage(StatusLook::Status::Pass,
                              tr("Every node's Edge firewall already holds the wanted rules and "
                                 "is enabled."));
    }
}

void FirewallApplyPage::retranslateUi()
{
    setTitle(tr("Apply the firewall"));
    setSubTitle(tr("Each node's public address gets the Edge Network Firewall rules of the "
                   "Firewall page, through the OVHcloud API. Recommended before deploying: the "
                   "nodes sit on the public internet. You may also skip this page and run "
                   "\"pve-ha-installer firewall --spec FILE --apply\" later."));
    m_intro->setText(tr("Read the current rules first: nothing is changed until you press "
                        "Apply and confirm."));
    m_keysBox->setTitle(tr("OVHcloud API keys"));
    m_endpointLabel->setText(tr("Endpoint:"));
    m_appKeyLabel->setText(tr("Application &key:"));
    m_appSecretLabel->setText(tr("Application &secret:"));
    m_consumerKeyLabel->setText(tr("&Consumer key:"));
    m_requestKey->setText(tr("Re&quest a consumer key…"));
    m_requestKey->setToolTip(tr("Asks OVHcloud for a consumer key limited to the Edge firewall "
                                "calls (needs the application key); you then validate it in "
                                "your browser."));
    m_appKey->setToolTip(tr("The application key of the API application you created at "
                            "OVHcloud (OVH_APPLICATION_KEY)."));
    m_appSecret->setToolTip(tr("The application secret that goes with it "
                               "(OVH_APPLICATION_SECRET). Kept in memory only."));
    m_consumerKey->setToolTip(tr("A validated consumer key allowed to call the /ip firewall "
                                 "API (OVH_CONSUMER_KEY). Kept in memory only."));
    m_keysNote->setText(tr("The keys stay in this window's memory: they are never written to "
                           "the spec, the logs or the report. OVH_APPLICATION_KEY, "
                           "OVH_APPLICATION_SECRET and OVH_CONSUMER_KEY fill them when set."));
    m_read->setText(tr("&Read the current rules"));
    m_apply->setText(tr("&Apply the rules…"));
    m_state->retranslateUi();
    updateState();
}

} // namespace pveha
