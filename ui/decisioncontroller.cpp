#include "decisioncontroller.h"

#include "approvedialog.h"
#include "batchfacts.h"
#include "denydialog.h"
#include "messagebox.h"
#include "recommendationpanel.h"
#include "services/auditlog.h"
#include "services/portfolio/payeehistory.h"

#include <QCloseEvent>
#include <QFutureWatcher>
#include <QLocale>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString keyOf(const BatchRef &ref)
{
    return ref.fundClassKey + u'/' + ref.configurationKey + u'/' + ref.externalId;
}

AuditEntry::Action auditActionOf(DecisionOutcome::Action action)
{
    switch (action) {
    case DecisionOutcome::Action::Deny:
        return AuditEntry::Action::Deny;
    case DecisionOutcome::Action::RemoveAssets:
    case DecisionOutcome::Action::ResumeRemoval:
        return AuditEntry::Action::RemoveAsset;
    case DecisionOutcome::Action::Approve:
    case DecisionOutcome::Action::CheckAgain:
        break;
    }
    return AuditEntry::Action::Approve;
}

QString batchLabel(const Batch &batch)
{
    return batch.number.isEmpty() ? batch.externalId : batch.number;
}

// A removal cannot be cancelled mid-request (each step is recorded and sent once): no Cancel button,
// and Escape or the close button do nothing. If the application itself is closed, the batch stays
// reopened and resumeRemoval() finishes the job later.
class RemovalProgressDialog : public QProgressDialog
{
public:
    using QProgressDialog::QProgressDialog;
    void reject() override { }

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
};

} // namespace

DecisionController::DecisionController(DecisionService *service, QWidget *parentWindow, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_window(parentWindow)
{
    connect(service, &DecisionService::finished, this, &DecisionController::onFinished);
    connect(service, &DecisionService::progress, this, &DecisionController::onProgress);
}

DecisionController::~DecisionController()
{
    delete m_progress;
}

void DecisionController::setContext(const QString &profileName, const QUrl &environment)
{
    m_profileName = profileName;
    m_environment = environment;
}

ApproveDialog *DecisionController::approveDialog() const
{
    return m_approveDialog;
}

DenyDialog *DecisionController::denyDialog() const
{
    return m_denyDialog;
}

QProgressDialog *DecisionController::progressDialog() const
{
    return m_progress;
}

BatchRef DecisionController::refOf(const Batch &batch)
{
    return { batch.configuration.fund.fundClassKey, batch.configuration.key, batch.externalId };
}

DecisionContext DecisionController::contextFor(const Batch &batch) const
{
    DecisionContext context;
    context.profileName = m_profileName;
    context.environment = m_environment;
    context.batch = refOf(batch);
    if (m_fourEyes.facts)
        context.fourEyes = m_fourEyes.facts(context.batch);
    return context;
}

void DecisionController::showRefused(const Batch &batch, DecisionOutcome::Action action)
{
    DecisionOutcome refused;
    refused.action = action;
    refused.result = DecisionOutcome::Result::Refused;
    MessageBox::open(m_window,
                     { MessageBox::Kind::Information,
                       tr("Decision not sent"),
                       refused.message(),
                       {},
                       {},
                       QMessageBox::Ok,
                       QMessageBox::Ok,
                       {},
                       u"refusedBox"_s });
    Q_EMIT decisionFinished(refOf(batch), refused);
}

bool DecisionController::checkAddressable(const Batch &batch)
{
    const BatchRef ref = refOf(batch);
    if (!ref.fundClassKey.isEmpty() && !ref.configurationKey.isEmpty() && !ref.externalId.isEmpty())
        return true;
    MessageBox::open(m_window,
                     { MessageBox::Kind::Critical,
                       tr("Decision not sent"),
                       tr("The batch as read does not say its fund and assignment configuration, so no decision "
                          "can be sent for it. Reload the batch and try again."),
                       {},
                       {},
                       QMessageBox::Ok,
                       QMessageBox::Ok,
                       {},
                       u"notAddressableBox"_s });
    return false;
}

void DecisionController::batchChanged(const Batch &batch, const AssetsSummary &summary)
{
    const BatchRef ref = refOf(batch);
    if (m_approveDialog && !m_approveDialog->wasSent() && refOf(m_approveDialog->batch()) == ref) {
        m_approveDialog->done(QDialog::Rejected);
        showChanged(batch, summary);
    }
    if (m_denyDialog && !m_denyDialog->wasSent() && refOf(m_denyDialog->batch()) == ref) {
        if (batch.status.value() == BatchStatus::PendingManagerApproval) {
            m_denyDialog->showBatchChanged(batch, summary);
        } else {
            m_denyDialog->done(QDialog::Rejected);
            showChanged(batch, summary);
        }
    }
}

void DecisionController::showChanged(const Batch &batch, const AssetsSummary &summary)
{
    MessageBox::Message message;
    message.kind = MessageBox::Kind::Warning;
    message.title = tr("Batch %1 changed").arg(batchLabel(batch));
    message.text
        = tr("Batch %1 changed at QI Tech while you were deciding: it is now %2 · %3 · %4.")
              .arg(batchLabel(batch), batch.status.displayName(), BatchFacts::approvedText(summary), summary.totalValue.format());
    message.informativeText = tr("Nothing was sent. The review shows the batch as it is now: check it, then decide again.");
    message.objectName = u"batchChangedBox"_s;
    MessageBox::open(m_window, message);
}

void DecisionController::approve(const Batch &batch, const AssetsSummary &summary,
                                 const std::optional<QList<BankAccount>> &accounts, const AssetChecks *checks,
                                 const ProForma::Result *proForma)
{
    if (!m_service || !checkAddressable(batch))
        return;
    if (m_approveDialog) {
        m_approveDialog->raise();
        m_approveDialog->activateWindow();
        return;
    }
    if (m_service->isBusy(refOf(batch))) {
        showRefused(batch, DecisionOutcome::Action::Approve);
        return;
    }
    auto *dialog = new ApproveDialog(batch, summary, accounts, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (checks)
        dialog->setChecks(*checks);
    if (proForma)
        dialog->setProForma(*proForma);
    if (accounts)
        readPayeeHistory(dialog, batch, *accounts);
    askRecommendation(dialog->recommendation(), batch);
    m_approveDialog = dialog;
    connect(dialog, &ApproveDialog::approveConfirmed, this, [this, dialog, batch] {
        DecisionContext context = contextFor(batch);
        context.shown = dialog->shown();
        if (!m_service || !m_service->approve(context, dialog->disbursementAccountKey(), dialog->guard())) {
            dialog->setSending(false);
            dialog->close();
            showRefused(batch, DecisionOutcome::Action::Approve);
            return;
        }
        m_pending.insert(keyOf(context.batch), { DecisionOutcome::Action::Approve, context, batch, {} });
    });
    dialog->open();
}

void DecisionController::askRecommendation(RecommendationPanel *panel, const Batch &batch)
{
    if (!m_fourEyes.verdict)
        return;
    const BatchRef ref = refOf(batch);
    const FourEyesPolicy::Facts facts = m_fourEyes.facts ? m_fourEyes.facts(ref) : FourEyesPolicy::Facts();
    const auto accountText = m_fourEyes.accountText ? m_fourEyes.accountText(ref) : TeamActivityText::AccountText();
    panel->awaitAnswer();
    m_fourEyes.verdict(ref, facts).then(panel, [panel, accountText](const StoreResult<FourEyesVerdict> &verdict) {
        panel->set(verdict.ok() ? verdict.value : std::nullopt, accountText); // unreachable: the gate says so
    });
}

void DecisionController::readPayeeHistory(ApproveDialog *dialog, const Batch &batch, const QList<BankAccount> &accounts)
{
    AuditLog *log = m_service->log();
    const PayeeHistory::Query query { m_environment.toString(), batch.configuration.assignor.documentNumber,
                                      refOf(batch).configurationKey, accounts };
    // The whole record is read and checked: off the UI thread. The watcher goes with the dialog.
    auto *watcher = new QFutureWatcher<QList<PayeeSafety::PreviousApproval>>(dialog);
    connect(watcher, &QFutureWatcherBase::finished, dialog, [dialog, watcher] {
        dialog->setPayeeHistory(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([path = log ? log->filePath() : QString(), seal = log ? log->seal() : AuditSeal(), query] {
            return path.isEmpty() ? QList<PayeeSafety::PreviousApproval>() : PayeeHistory::read(path, seal, query);
        }));
}

void DecisionController::deny(const Batch &batch, const AssetsSummary &summary)
{
    if (!m_service || !checkAddressable(batch))
        return;
    if (m_denyDialog) {
        m_denyDialog->raise();
        m_denyDialog->activateWindow();
        return;
    }
    if (m_service->isBusy(refOf(batch))) {
        showRefused(batch, DecisionOutcome::Action::Deny);
        return;
    }
    auto *dialog = new DenyDialog(batch, summary, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_denyDialog = dialog;
    askRecommendation(dialog->recommendation(), batch);
    connect(dialog, &DenyDialog::denyConfirmed, this, [this, dialog, batch] {
        DecisionContext context = contextFor(batch);
        context.shown = dialog->shown();
        context.reason = dialog->reason();
        if (!m_service || !m_service->deny(context)) {
            dialog->setSending(false);
            dialog->close();
            showRefused(batch, DecisionOutcome::Action::Deny);
            return;
        }
        m_pending.insert(keyOf(context.batch), { DecisionOutcome::Action::Deny, context, batch, {} });
    });
    dialog->open();
}

void DecisionController::removeAssets(const Batch &batch, const QStringList &assetExternalIds,
                                      const std::optional<Money> &valueRemoved)
{
    if (!m_service || assetExternalIds.isEmpty() || !checkAddressable(batch))
        return;
    if (m_service->isBusy(refOf(batch))) {
        showRefused(batch, DecisionOutcome::Action::RemoveAssets);
        return;
    }
    const int count = int(assetExternalIds.size());
    const QString text = valueRemoved
        ? tr("Remove %Ln asset(s) worth %1 from batch %2?", nullptr, count).arg(valueRemoved->format(), batchLabel(batch))
        : tr("Remove %Ln asset(s) from batch %1?", nullptr, count).arg(batchLabel(batch));
    MessageBox::Message message { MessageBox::Kind::Question,
                                  tr("Remove assets"),
                                  text,
                                  tr("Cessio reopens the batch, denies each of these assets and closes the batch again. "
                                     "QI Tech checks the batch once more and it comes back for your approval without them. "
                                     "If the removal is interrupted, you can finish it later."),
                                  tr("Assets to remove:") + u'\n' + assetExternalIds.join(u'\n'),
                                  QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel,
                                  { { QMessageBox::Yes, tr("&Remove %Ln asset(s)", nullptr, count) } },
                                  u"removeAssetsBox"_s };
    MessageBox::open(m_window, message, [this, batch, assetExternalIds](MessageBox::Button answer) {
        if (answer == QMessageBox::Yes)
            startRemoval(batch, assetExternalIds, false);
    });
}

void DecisionController::resumeRemoval(const Batch &batch, const QStringList &assetExternalIds)
{
    if (!m_service || !checkAddressable(batch))
        return;
    startRemoval(batch, assetExternalIds, true);
}

void DecisionController::startRemoval(const Batch &batch, const QStringList &assets, bool resume)
{
    DecisionContext context = contextFor(batch);
    context.shown.removedAssetIds = assets;
    const bool started = resume ? m_service->resumeRemoval(context, assets) : m_service->removeAssets(context, assets);
    if (!started) {
        showRefused(batch, resume ? DecisionOutcome::Action::ResumeRemoval : DecisionOutcome::Action::RemoveAssets);
        return;
    }
    const auto action = resume ? DecisionOutcome::Action::ResumeRemoval : DecisionOutcome::Action::RemoveAssets;
    m_pending.insert(keyOf(context.batch), { action, context, batch, assets });

    closeProgress();
    auto *progress = new RemovalProgressDialog(m_window);
    progress->setObjectName(u"removalProgress"_s);
    progress->setWindowTitle(tr("Removing assets from batch %1").arg(batchLabel(batch)));
    progress->setAccessibleName(progress->windowTitle());
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setRange(0, int(assets.size()));
    progress->setValue(0);
    progress->setLabelText(resume ? tr("Checking where the removal stopped…") : tr("Reopening the batch…"));
    progress->setMinimumWidth(380);
    m_progress = progress;
    progress->show();
}

void DecisionController::onProgress(const BatchRef &batch, int done, int total)
{
    if (!m_progress || !m_pending.contains(keyOf(batch)))
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    m_progress->setLabelText(done < total
                                 ? tr("%1 of %Ln asset(s) removed", nullptr, total).arg(QLocale().toString(done))
                                 : tr("All %Ln asset(s) removed. Closing the batch for approval again…", nullptr, total));
}

void DecisionController::closeProgress()
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
}

void DecisionController::onFinished(const BatchRef &batch, const DecisionOutcome &outcome)
{
    // Refusals are answered where the call returned false; the service's queued Refused signal
    // could otherwise be mistaken for the end of a decision still in flight.
    if (outcome.result == DecisionOutcome::Result::Refused)
        return;
    const QString key = keyOf(batch);
    if (!m_pending.contains(key))
        return; // a decision started elsewhere
    const Pending pending = m_pending.take(key);

    const int closeAs = outcome.result == DecisionOutcome::Result::Applied ? QDialog::Accepted : QDialog::Rejected;
    switch (outcome.action) {
    case DecisionOutcome::Action::Approve:
        if (m_approveDialog) {
            m_approveDialog->setSending(false);
            m_approveDialog->done(closeAs);
        }
        break;
    case DecisionOutcome::Action::Deny:
        if (m_denyDialog) {
            m_denyDialog->setSending(false);
            m_denyDialog->done(closeAs);
        }
        break;
    case DecisionOutcome::Action::RemoveAssets:
    case DecisionOutcome::Action::ResumeRemoval:
        closeProgress();
        break;
    case DecisionOutcome::Action::CheckAgain:
        break; // no dialog: the outcome box of the unknown outcome asked for it
    }

    showOutcome(pending, outcome);
    Q_EMIT decisionFinished(batch, outcome);
}

void DecisionController::showOutcome(const Pending &pending, const DecisionOutcome &outcome)
{
    using Result = DecisionOutcome::Result;
    const QString label = batchLabel(pending.batch);
    MessageBox::Message message;
    message.text = outcome.message();
    message.buttons = QMessageBox::Ok;
    message.defaultButton = QMessageBox::Ok;
    message.objectName = u"outcomeBox"_s;

    const bool removal
        = pending.decided == DecisionOutcome::Action::RemoveAssets || pending.decided == DecisionOutcome::Action::ResumeRemoval;
    const bool deny = pending.decided == DecisionOutcome::Action::Deny;
    switch (outcome.result) {
    case Result::Applied:
        message.kind = MessageBox::Kind::Information;
        if (removal) {
            message.title = tr("Assets removed from batch %1").arg(label);
            message.informativeText = tr("%Ln asset(s) removed. QI Tech checks the batch again and it comes back for your "
                                         "approval.",
                                         nullptr, int(outcome.removedAssets.size()));
        } else if (deny) {
            message.title = tr("Batch %1 denied").arg(label);
        } else {
            message.title = tr("Batch %1 approved").arg(label);
            if (!pending.context.shown.accountText.isEmpty())
                message.informativeText = tr("Disbursement account: %1").arg(pending.context.shown.accountText);
        }
        break;
    case Result::Rejected:
        message.kind = MessageBox::Kind::Critical;
        message.title = removal ? tr("Assets not removed from batch %1").arg(label)
            : deny              ? tr("Batch %1 not denied").arg(label)
                                : tr("Batch %1 not approved").arg(label);
        message.detailedText = outcome.error.technicalSummary();
        break;
    case Result::NotApplied:
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Decision on batch %1 did not take effect").arg(label);
        if (outcome.batchAfter)
            message.informativeText = tr("The batch is now: %1").arg(outcome.batchAfter->status.displayName());
        break;
    case Result::Unresolved:
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Outcome unknown for batch %1").arg(label);
        message.informativeText = outcome.error.userMessage();
        message.buttons = QMessageBox::Retry | QMessageBox::Close;
        message.defaultButton = QMessageBox::Retry;
        message.buttonTexts = { { QMessageBox::Retry, tr("&Check again") } };
        break;
    case Result::Interrupted:
        message.kind = MessageBox::Kind::Warning;
        message.title = tr("Removal interrupted for batch %1").arg(label);
        message.informativeText = tr("%1 removed so far, %2 still to remove.")
                                      .arg(tr("%Ln asset(s)", nullptr, int(outcome.removedAssets.size())),
                                           tr("%Ln asset(s)", nullptr, int(outcome.remainingAssets.size())));
        message.buttons = QMessageBox::Retry | QMessageBox::Close;
        message.defaultButton = QMessageBox::Retry;
        message.buttonTexts = { { QMessageBox::Retry, tr("&Finish removal") } };
        break;
    case Result::Refused:
        message.kind = MessageBox::Kind::Information;
        message.title = tr("Decision not sent");
        break;
    }
    if (outcome.wasReconciled && outcome.batchAfter && outcome.result == Result::Applied)
        message.informativeText = tr("The batch is now: %1").arg(outcome.batchAfter->status.displayName());

    MessageBox::open(m_window, message, [this, pending, result = outcome.result](MessageBox::Button answer) {
        if (answer != QMessageBox::Retry || !m_service)
            return;
        if (result == Result::Interrupted) {
            startRemoval(pending.batch, pending.assets, true);
        } else if (result == Result::Unresolved) {
            // Re-read only: nothing is sent again.
            if (!m_service->checkAgain(pending.context, auditActionOf(pending.decided))) {
                showRefused(pending.batch, DecisionOutcome::Action::CheckAgain);
                return;
            }
            m_pending.insert(keyOf(pending.context.batch), pending); // its outcome says CheckAgain
        }
    });
}

} // namespace cessio
