// MainWindow: the batch review tabs and the decisions taken from them.
#include "decisioncontroller.h"
#include "exports.h"
#include "fundrulesdialog.h"
#include "icons.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "review/batchreviewview.h"
#include "services/batchloader.h"
#include "services/inboxscreening.h"
#include "services/inboxservice.h"
#include "services/session.h"
#include "services/settings.h"

#include <QAction>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

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
    view->setTitleIndex(m_session->titleIndex());
    if (m_settings) {
        view->restoreState(*m_settings);
        applyFundRules(view);
    }
    const int index = m_tabs->addTab(view, Icons::get(u"details"_s), view->title());
    m_tabs->setTabToolTip(index, tr("Batch %1").arg(ref.externalId));
    connectReview(view);
    m_tabs->setCurrentIndex(index);
    Q_EMIT reviewOpened(view);
    return view;
}

void MainWindow::applyFundRules(BatchReviewView *view)
{
    QString problem;
    const auto rules = FundRules::load(*m_settings, view->ref().fundClassKey, &problem);
    view->setFundRules(rules.value_or(FundRules {}), problem);
}

void MainWindow::editFundRules(BatchReviewView *view)
{
    if (!m_settings)
        return;
    const auto &batch = view->loader()->batch();
    const QString fundName
        = batch && !batch->configuration.fund.name.isEmpty() ? batch->configuration.fund.name : view->ref().fundClassKey;
    auto *dialog = new FundRulesDialog(fundName, view->fundRules(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString fundClassKey = view->ref().fundClassKey;
    connect(dialog, &QDialog::accepted, this, [this, dialog, fundClassKey] {
        FundRules::save(*m_settings, fundClassKey, dialog->rules());
        for (BatchReviewView *other : reviews()) { // every open review of the fund
            if (other->ref().fundClassKey == fundClassKey)
                applyFundRules(other);
        }
    });
    dialog->open();
}

void MainWindow::connectReview(BatchReviewView *view)
{
    connect(view, &BatchReviewView::fundRulesRequested, this, [this, view] { editFundRules(view); });
    connect(view, &BatchReviewView::problem, this, [this](const QString &message) { statusBar()->showMessage(message, 20000); });
    connect(view, &BatchReviewView::actionsChanged, this, &MainWindow::updateActions);
    connect(view, &BatchReviewView::fullyLoaded, this, [this, view] { // the review's checks spare the inbox's
        if (m_screening && view->analysis())
            m_screening->takeReviewChecks(view->ref(), view->analysis()->checks);
    });
    connect(view, &BatchReviewView::titleChanged, this, [this, view](const QString &title) {
        if (const int index = m_tabs->indexOf(view); index >= 0)
            m_tabs->setTabText(index, title);
        if (const auto &batch = view->loader()->batch(); batch && !batch->configuration.assignor.name.isEmpty()) {
            if (const int index = m_tabs->indexOf(view); index >= 0)
                m_tabs->setTabToolTip(index, tr("%1 — %2").arg(view->ref().externalId, batch->configuration.assignor.name));
        }
    });
    const auto batchOf = [view]() -> std::optional<Batch> { return view->loader()->batch(); };
    connect(view, &BatchReviewView::approveRequested, this, [this, view, batchOf] {
        if (!m_decisions || !view->canDecide())
            return;
        BatchLoader *loader = view->loader();
        if (loader->accountsState() == BatchLoader::AccountsState::Loading) {
            // The assignor's accounts are on their way: open the dialog with them, not without.
            connect(
                loader, &BatchLoader::accountsChanged, view, [view] { Q_EMIT view->approveRequested(); },
                Qt::SingleShotConnection);
            return;
        }
        m_lastDecision.insert(InboxEntry::keyOf(view->ref()), u"approve"_s);
        m_decisions->approve(*batchOf(), *loader->summary(), loader->accounts(),
                             view->analysis() ? &view->analysis()->checks : nullptr);
    });
    connect(view, &BatchReviewView::denyRequested, this, [this, view, batchOf] {
        if (!m_decisions || !view->canDecide())
            return;
        m_lastDecision.insert(InboxEntry::keyOf(view->ref()), u"deny"_s);
        m_decisions->deny(*batchOf(), *view->loader()->summary());
    });
    connect(view, &BatchReviewView::removeRequested, this, [this, view, batchOf](const QStringList &ids, const Money &value) {
        if (!m_decisions || !view->canDecide() || ids.isEmpty())
            return;
        m_lastDecision.insert(InboxEntry::keyOf(view->ref()), u"remove"_s);
        m_decisions->removeAssets(*batchOf(), ids, value);
    });
    connect(view, &BatchReviewView::resumeRemovalRequested, this, [this, view, batchOf](const QStringList &ids) {
        if (!m_decisions || !batchOf())
            return;
        m_lastDecision.insert(InboxEntry::keyOf(view->ref()), u"remove"_s);
        m_decisions->resumeRemoval(*batchOf(), ids);
    });
    connect(view, &BatchReviewView::exportCsvRequested, this, [this, view, batchOf] {
        if (batchOf())
            exportAssetsCsv(this, *batchOf(), view->loader()->assets(), view->analysis() ? &view->analysis()->checks : nullptr);
    });
    connect(view, &BatchReviewView::exportMemoRequested, this, [this, view, batchOf] {
        if (!batchOf() || !view->loader()->summary() || !view->analysis())
            return;
        const QString key = InboxEntry::keyOf(view->ref());
        const std::optional<DecisionOutcome> outcome
            = m_outcomes.contains(key) ? std::optional(m_outcomes.value(key)) : std::nullopt;
        exportApprovalMemo(this, *batchOf(), *view->loader()->summary(), *view->analysis(), outcome,
                           m_session ? m_session->auditLog() : nullptr, m_settings);
    });
}

void MainWindow::closeReview(int index)
{
    auto *view = qobject_cast<BatchReviewView *>(m_tabs->widget(index));
    if (!view)
        return;
    if (m_settings)
        view->saveState(*m_settings);
    m_tabs->removeTab(index);
    view->deleteLater();
    updateActions();
}

// The decision actions of the toolbar and menus act on the review in front; from the inbox they first
// open the selected batch's review: a batch is decided with its facts in view.
void MainWindow::decide(const QString &what)
{
    BatchReviewView *view = currentReview();
    if (!view) {
        const auto entry = m_inboxView->currentEntry();
        if (!entry)
            return;
        view = openBatch(entry->ref);
        if (view)
            statusBar()->showMessage(tr("Review the batch, then decide."), 6000);
        return;
    }
    if (what == u"approve")
        Q_EMIT view->approveRequested();
    else if (what == u"deny")
        Q_EMIT view->denyRequested();
    else if (what == u"remove")
        view->requestRemoval();
    else if (what == u"csv")
        Q_EMIT view->exportCsvRequested();
    else if (what == u"memo")
        Q_EMIT view->exportMemoRequested();
}

void MainWindow::updateActions()
{
    BatchReviewView *view = currentReview();
    const bool inInbox = !view && m_session;
    const auto entry = inInbox ? m_inboxView->currentEntry() : std::nullopt;
    const bool pendingSelected = entry && entry->batch.status.value() == BatchStatus::PendingManagerApproval;
    const bool canDecide = view ? view->canDecide() : pendingSelected;
    m_actions.approve->setEnabled(canDecide);
    m_actions.deny->setEnabled(canDecide);
    const QWidget *removeButton = view ? view->findChild<QWidget *>(u"removeButton"_s) : nullptr;
    m_actions.removeAssets->setEnabled(removeButton && removeButton->isEnabled());
    const auto enabledIn = [view](const QString &name) {
        const QWidget *button = view ? view->findChild<QWidget *>(name) : nullptr;
        return button && button->isEnabled();
    };
    m_actions.openTerm->setEnabled(enabledIn(u"termButton"_s));
    m_actions.openSignedTerm->setEnabled(enabledIn(u"signedTermButton"_s));
    m_actions.exportCsv->setEnabled(enabledIn(u"exportCsvButton"_s));
    m_actions.exportMemo->setEnabled(enabledIn(u"exportMemoButton"_s));
    m_actions.openReview->setEnabled(entry.has_value());
    m_actions.closeReview->setEnabled(view != nullptr);
    m_actions.refresh->setEnabled(m_session != nullptr);
    m_actions.addBatch->setEnabled(m_session != nullptr);
    m_actions.auditLog->setEnabled(m_session != nullptr);
    m_actions.profiles->setEnabled(m_profiles != nullptr);
}

void MainWindow::onDecisionFinished(const BatchRef &ref, const DecisionOutcome &outcome)
{
    const QString key = InboxEntry::keyOf(ref);
    m_outcomes.insert(key, outcome);
    if (BatchReviewView *view = review(ref)) {
        if (outcome.result == DecisionOutcome::Result::Interrupted)
            view->showRemovalInterrupted(outcome.remainingAssets);
        else if (outcome.result == DecisionOutcome::Result::Applied)
            view->hideRemovalInterrupted();
        // Removals and denials change asset statuses; an approval changes only the batch.
        const bool assetsChanged = m_lastDecision.value(key) != u"approve";
        view->reload(assetsChanged);
    }
    refreshInboxSoon();
}

} // namespace cessio
