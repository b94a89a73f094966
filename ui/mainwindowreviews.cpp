// MainWindow: the batch review tabs and the decisions taken from them.
#include "decisioncontroller.h"
#include "exports.h"
#include "fundbookdialog.h"
#include "fundrulesdialog.h"
#include "icons.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "models/inboxmodel.h"
#include "review/batchreviewview.h"
#include "review/reviewactionbar.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/freedmemory.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/portfolio/batchproforma.h"
#include "services/session.h"
#include "services/settings.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/workspacerunner.h"

#include <QAction>
#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// Runs `done` on this thread with the future's result, unless `owner` is gone by then: a watcher the
// owner holds, not QFuture::then(owner, …), which Qt 6.4 does not survive when the context dies first.
template<typename T, typename Done>
void whenDone(QObject *owner, const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(future);
}

} // namespace

QList<BatchReviewView *> MainWindow::reviews() const
{
    QList<BatchReviewView *> views;
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *view = qobject_cast<BatchReviewView *>(m_tabs->widget(i)))
            views.append(view);
    }
    return views;
}

BatchReviewView *MainWindow::review(const BatchRef &ref) const
{
    for (BatchReviewView *view : reviews()) {
        if (view->ref() == ref)
            return view;
    }
    return nullptr;
}

BatchReviewView *MainWindow::currentReview() const
{
    return qobject_cast<BatchReviewView *>(m_tabs->currentWidget());
}

BatchReviewView *MainWindow::openBatch(const BatchRef &ref)
{
    if (!m_session)
        return nullptr;
    if (BatchReviewView *existing = review(ref)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    auto *view = new BatchReviewView(m_session->client(), ref, m_tabs);
    view->batchReview()->setTitleIndex(m_session->titleIndex());
    view->batchReview()->setPortfolioBook(m_session->portfolioBook());
    view->batchReview()->setWorkspace(m_session->workspace(), m_session->workspaceKey(ref));
    if (m_settings) {
        view->restoreState(*m_settings);
        applyFundRules(view);
    }
    const int index = m_tabs->addTab(view, Icons::get(u"details"_s), view->title());
    m_tabs->setTabToolTip(index, tr("Batch %1").arg(ref.externalId));
    connectReview(view);
    claimForReview(view);
    m_tabs->setCurrentIndex(index);
    Q_EMIT reviewOpened(view);
    return view;
}

void MainWindow::applyFundRules(BatchReviewView *view, std::function<void()> then)
{
    const QString fundClassKey = view->ref().fundClassKey;
    const std::shared_ptr<WorkspaceRunner> workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace) { // no session (tests of the window alone): the settings, as before the workspace
        QString problem;
        const auto rules = FundRules::load(*m_settings, fundClassKey, &problem);
        view->batchReview()->setFundRules(rules.value_or(FundRules {}), problem);
        if (then)
            then();
        return;
    }
    const QString legacy = m_settings->value<QString>(Settings::Key::FundRules, fundClassKey);
    const auto reading = workspace->run([fundClassKey, legacy, imports = m_session->fundRulesImports()](WorkspaceStore &store) {
        return FundRulesDocument::read(store, fundClassKey, legacy, imports.get());
    });
    whenDone(this, reading, [this, view = QPointer(view), fundClassKey, then](const StoreResult<FundRulesDocument> &document) {
        if (document.ok())
            m_fundRulesVersions.insert(fundClassKey, document.value->version);
        if (view)
            view->batchReview()->setFundRules(document.ok() ? document.value->effective() : FundRules {},
                                              document.ok() ? document.value->problem : document.error);
        if (then)
            then();
    });
}

void MainWindow::editFundRules(BatchReviewView *view)
{
    if (!m_settings)
        return;
    const auto &batch = view->batchReview()->batch();
    const QString fundName
        = batch && !batch->configuration.fund.name.isEmpty() ? batch->configuration.fund.name : view->ref().fundClassKey;
    auto *dialog = new FundRulesDialog(fundName, view->batchReview()->fundRules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FundRulesDialog::fundBookRequested, this, [this, view = QPointer(view)] {
        if (view)
            editFundBook(view);
    });
    const QString fundClassKey = view->ref().fundClassKey;
    const std::shared_ptr<WorkspaceRunner> workspace = m_session ? m_session->workspace() : nullptr;
    if (workspace) // the four-eyes section appears once the workspace answered (the UI never waits on it)
        workspace->run([fundClassKey](WorkspaceStore &store) { return FourEyesPolicyDocument::read(store, fundClassKey); })
            .then(dialog, [dialog](const StoreResult<FourEyesPolicyDocument> &document) {
                if (document.ok())
                    dialog->setFourEyes(*document.value);
            });
    // The version the dialog shows: a colleague's save meanwhile (seen live or not) makes this save refused.
    const int rulesVersion = m_fundRulesVersions.value(fundClassKey);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fundClassKey, workspace, rulesVersion, view = QPointer(view)] {
        if (const auto policy = dialog->changedFourEyes(); policy && workspace)
            saveFourEyes(workspace, fundClassKey, *policy, dialog->fourEyesVersion());
        if (view)
            saveFundRules(view, dialog->rules(), rulesVersion);
    });
    dialog->open();
}

void MainWindow::saveFundRules(BatchReviewView *view, const FundRules &rules, int version)
{
    const QString fundClassKey = view->ref().fundClassKey;
    const auto applyToFund = [this, fundClassKey] { applyFundRulesToFund(fundClassKey); };
    const std::shared_ptr<WorkspaceRunner> workspace = m_session ? m_session->workspace() : nullptr;
    if (!workspace) {
        FundRules::save(*m_settings, fundClassKey, rules);
        applyToFund();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto saving = workspace->run([fundClassKey, rules, version, now](WorkspaceStore &store) {
        return FundRulesDocument::save(store, fundClassKey, rules, version, now);
    });
    whenDone(this, saving, [this, view = QPointer(view), applyToFund, fundClassKey, version](const StoreStatus &saved) {
        if (!saved.ok()) {
            statusBar()->showMessage(tr("The fund's rules were not saved: %1").arg(saved.error), 20000);
            return;
        }
        if (*saved.value) {
            m_fundRulesSavedHere.insert(fundClassKey, version + 1);
            applyToFund();
            return;
        }
        // Someone else saved first: say so, then show the rules as they are now instead of overwriting them.
        MessageBox::Message message;
        message.title = tr("Fund rules");
        message.text = FundRulesDocument::savedMeanwhile();
        message.objectName = u"fundRulesSavedMeanwhile"_s;
        MessageBox::open(this, message, [this, view](MessageBox::Button) {
            if (view)
                applyFundRules(view, [this, view] {
                    if (view)
                        editFundRules(view);
                });
        });
    });
}

void MainWindow::applyFundRulesToFund(const QString &fundClassKey)
{
    for (BatchReviewView *view : reviews()) { // every open review of the fund (of every fund: the watch-list)
        if (view->ref().fundClassKey == fundClassKey || fundClassKey == FundRules::everyFundKey())
            applyFundRules(view);
    }
    if (m_screening)
        m_screening->fundRulesChanged(fundClassKey); // the inbox's checks of the fund, again
}

void MainWindow::onFundRulesChangedInWorkspace(const QString &fundClassKey, int version)
{
    if (m_fundRulesSavedHere.value(fundClassKey) == version)
        return;
    applyFundRulesToFund(fundClassKey);
}

void MainWindow::editFundBook(BatchReviewView *view)
{
    if (!m_session)
        return;
    const QString fundClassKey = view->ref().fundClassKey;
    for (FundBookDialog *open : findChildren<FundBookDialog *>()) { // one per fund
        if (open->fundClassKey() == fundClassKey) {
            open->raise();
            open->activateWindow();
            return;
        }
    }
    const auto &batch = view->batchReview()->batch();
    const QString fundName = batch && !batch->configuration.fund.name.isEmpty() ? batch->configuration.fund.name : fundClassKey;
    auto *dialog = new FundBookDialog(m_session->portfolioBook(), fundClassKey, fundName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FundBookDialog::bookChanged, this, &MainWindow::refreshProFormaOf);
    dialog->open();
}

void MainWindow::refreshProFormaOf(const QString &fundClassKey)
{
    for (BatchReviewView *review : reviews()) { // every open review of the fund
        if (review->ref().fundClassKey == fundClassKey)
            review->batchReview()->refreshProForma();
    }
}

void MainWindow::saveFourEyes(const std::shared_ptr<WorkspaceRunner> &workspace, const QString &fundClassKey,
                              const FourEyesPolicy &policy, int version)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    workspace
        ->run([fundClassKey, policy, version, now](WorkspaceStore &store) {
            return FourEyesPolicyDocument::save(store, fundClassKey, policy, version, now);
        })
        .then(this, [this](const StoreStatus &saved) {
            if (!saved.ok())
                statusBar()->showMessage(tr("The four-eyes policy was not saved: %1").arg(saved.error), 20000);
            else if (!*saved.value)
                statusBar()->showMessage(tr("The four-eyes policy was not saved: someone changed it meanwhile. Open the "
                                            "fund rules again."),
                                         20000);
            else
                statusBar()->showMessage(tr("Four-eyes policy saved in the team workspace."), 6000);
        });
}

void MainWindow::connectReview(BatchReviewView *view)
{
    BatchReview *review = view->batchReview();
    connect(view, &BatchReviewView::fundRulesRequested, this, [this, view] { editFundRules(view); });
    connect(view, &BatchReviewView::fundBookRequested, this, [this, view] { editFundBook(view); });
    connect(review, &BatchReview::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(review, &BatchReview::changed, this, &MainWindow::updateActions);
    connect(review, &BatchReview::changedAtQi, this, [this, view] { onChangedAtQi(view); });
    connect(view, &BatchReviewView::tickedChanged, this, &MainWindow::updateActions);
    connect(review, &BatchReview::fullyLoaded, this, [this, review] { // the review's checks spare the inbox's
        if (m_screening && review->checksState() == BatchReview::ChecksState::Complete)
            m_screening->takeReviewChecks(review->ref(), review->analysis()->checks);
    });
    connect(view, &BatchReviewView::titleChanged, this, [this, view](const QString &title) {
        const int index = m_tabs->indexOf(view);
        if (index < 0)
            return;
        m_tabs->setTabText(index, title);
        if (const auto &batch = view->batchReview()->batch(); batch && !batch->configuration.assignor.name.isEmpty())
            m_tabs->setTabToolTip(index, tr("%1 — %2").arg(view->ref().externalId, batch->configuration.assignor.name));
    });
    connect(view, &BatchReviewView::approveRequested, this, [this, view] { approve(view); });
    connect(view, &BatchReviewView::denyRequested, this, [this, view] { deny(view); });
    connect(view, &BatchReviewView::removeRequested, this,
            [this, view](const QStringList &ids, const Money &value) { removeAssets(view, ids, value); });
    connect(view, &BatchReviewView::resumeRemovalRequested, this, [this, view](const QStringList &ids) {
        if (m_decisions && view->batchReview()->batch())
            m_decisions->resumeRemoval(*view->batchReview()->batch(), ids);
    });
    connect(view, &BatchReviewView::exportCsvRequested, this, [this, view] { exportCsv(view); });
    connect(view, &BatchReviewView::exportMemoRequested, this, [this, view] { exportMemo(view); });
}

BatchReviewView *MainWindow::reviewToActOn()
{
    if (BatchReviewView *view = currentReview())
        return view;
    if (const auto entry = m_inboxView->currentEntry(); entry && openBatch(entry->ref))
        statusBar()->showMessage(tr("Review the batch, then decide."), 6000);
    return nullptr;
}

void MainWindow::approve(BatchReviewView *view)
{
    const BatchReview *review = view->batchReview();
    if (!m_decisions || !review->canApprove())
        return; // the button and the action say why
    const auto &proForma = review->proForma()->latest();
    m_decisions->approve(*review->batch(), *review->summary(), review->loader()->accounts(), &review->analysis()->checks,
                         proForma && proForma->result ? &*proForma->result : nullptr);
}

void MainWindow::deny(BatchReviewView *view)
{
    const BatchReview *review = view->batchReview();
    if (m_decisions && review->canDecide())
        m_decisions->deny(*review->batch(), *review->summary());
}

void MainWindow::removeAssets(BatchReviewView *view, const QStringList &assetExternalIds, const Money &value)
{
    const BatchReview *review = view->batchReview();
    if (m_decisions && review->canDecide() && !assetExternalIds.isEmpty())
        m_decisions->removeAssets(*review->batch(), assetExternalIds, value);
}

void MainWindow::exportCsv(BatchReviewView *view)
{
    const BatchReview *review = view->batchReview();
    if (review->canExportCsv())
        exportAssetsCsv(this, *review->batch(), review->assets(), review->analysis() ? &review->analysis()->checks : nullptr);
}

void MainWindow::exportMemo(BatchReviewView *view)
{
    const BatchReview *review = view->batchReview();
    if (!review->canExportMemo())
        return;
    const QString key = InboxEntry::keyOf(view->ref());
    const std::optional<DecisionOutcome> outcome = m_outcomes.contains(key) ? std::optional(m_outcomes.value(key)) : std::nullopt;
    const auto &proForma = review->proForma()->latest();
    exportApprovalMemo(this, *review->batch(), *review->summary(), *review->analysis(), outcome,
                       m_session ? m_session->auditLog() : nullptr, m_settings,
                       proForma && proForma->result ? &*proForma->result : nullptr);
}

bool MainWindow::confirmClose(const QList<BatchReviewView *> &views)
{
    QStringList batches;
    int ticked = 0;
    for (const BatchReviewView *view : views) {
        if (view->tickedCount() > 0) {
            batches.append(view->ref().externalId);
            ticked += view->tickedCount();
        }
    }
    if (batches.isEmpty())
        return true;
    MessageBox::Message message;
    message.kind = MessageBox::Kind::Question;
    message.title = tr("Assets ticked for removal");
    message.text = batches.size() == 1
        ? tr("%Ln asset(s) of batch %1 are ticked for removal. Close the review anyway?", nullptr, ticked)
              .arg(batches.constFirst())
        : tr("%Ln asset(s) are ticked for removal in batches %1. Close anyway?", nullptr, ticked).arg(batches.join(u", "_s));
    message.informativeText = tr("Nothing has been removed yet: the ticks are lost when the review closes.");
    message.buttons = QMessageBox::Discard | QMessageBox::Cancel;
    message.defaultButton = QMessageBox::Cancel;
    message.buttonTexts = { { QMessageBox::Discard, tr("Close and &lose the ticks") } };
    message.objectName = u"closeTickedBox"_s;
    return MessageBox::exec(this, message) == QMessageBox::Discard;
}

void MainWindow::closeReview(int index)
{
    auto *view = qobject_cast<BatchReviewView *>(m_tabs->widget(index));
    if (view && confirmClose({ view }))
        removeReview(index);
}

void MainWindow::removeReview(int index)
{
    auto *view = qobject_cast<BatchReviewView *>(m_tabs->widget(index));
    if (!view)
        return;
    if (m_settings)
        view->saveState(*m_settings);
    m_tabs->removeTab(index);
    // Once the review and its assets are gone, the memory they took goes back to the system: a moment
    // after destroyed(), which comes before the view's children (the asset model) are deleted.
    connect(view, &QObject::destroyed, this, [this] { QTimer::singleShot(500, this, &freedmemory::releaseOnWorker); });
    view->deleteLater();
    updateActions();
}

void MainWindow::updateActions()
{
    BatchReviewView *view = currentReview();
    const BatchReview *review = view ? view->batchReview() : nullptr;
    const bool inInbox = !view && m_session;
    const auto entry = inInbox ? m_inboxView->currentEntry() : std::nullopt;
    const bool pendingSelected = entry && entry->batch.status.value() == BatchStatus::PendingManagerApproval;
    m_actions.approve->setEnabled(review ? review->canApprove() : pendingSelected);
    MainActions::explainDisabled(m_actions.approve, review ? ReviewActionBar::approveBlockText(*review) : QString());
    m_actions.deny->setEnabled(review ? review->canDecide() : pendingSelected);
    MainActions::explainDisabled(m_actions.deny, review ? ReviewActionBar::decideBlockText(*review) : QString());
    m_actions.removeAssets->setEnabled(review && review->canDecide() && view->tickedCount() > 0);
    m_actions.openTerm->setEnabled(review && review->hasTerm());
    m_actions.openSignedTerm->setEnabled(review && review->hasSignedTerm());
    m_actions.exportCsv->setEnabled(review && review->canExportCsv());
    m_actions.exportMemo->setEnabled(review && review->canExportMemo());
    m_actions.openReview->setEnabled(entry.has_value());
    m_actions.closeReview->setEnabled(view != nullptr);
    m_actions.refresh->setEnabled(m_session != nullptr);
    m_actions.addBatch->setEnabled(m_session != nullptr);
    m_actions.auditLog->setEnabled(m_session != nullptr);
    m_actions.profiles->setEnabled(m_profiles != nullptr);
    m_actions.watchList->setEnabled(m_session && m_session->workspace());
}

void MainWindow::onDecisionFinished(const BatchRef &ref, const DecisionOutcome &outcome)
{
    m_outcomes.insert(InboxEntry::keyOf(ref), outcome);
    if (BatchReviewView *view = review(ref))
        view->batchReview()->applyOutcome(outcome); // re-reads what the action changed
    refreshInboxSoon();
}

void MainWindow::followInbox()
{
    for (BatchReviewView *view : reviews()) {
        if (const int row = m_inboxModel->rowOf(InboxEntry::keyOf(view->ref())); row >= 0)
            view->batchReview()->noteListed(m_inboxModel->entry(row).batch);
    }
}

void MainWindow::onChangedAtQi(BatchReviewView *view)
{
    const BatchReview *review = view->batchReview();
    statusBar()->showMessage(tr("Batch %1 changed at QI Tech; its review was reloaded.").arg(view->ref().externalId), 20000);
    if (m_decisions)
        m_decisions->batchChanged(*review->batch(), *review->summary());
}

} // namespace cessio
