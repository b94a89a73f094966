// MainWindow: the team in the desktop. The workspace watcher's snapshot fills the inbox's Team column
// and each review's team line; an open review claims its batch; a banner says when the workspace
// cannot be reached (decisions wait for it, reading from QI Tech does not).
#include "batchfacts.h"
#include "decisioncontroller.h"
#include "inboxview.h"
#include "mainwindow.h"
#include "models/formatting.h"
#include "models/inboxmodel.h"
#include "models/teamactivitytext.h"
#include "review/batchreviewview.h"
#include "services/batchloader.h"
#include "services/batchreview.h"
#include "services/inboxservice.h"
#include "services/session.h"
#include "services/workspace/batchclaim.h"
#include "services/workspace/workspacerunner.h"
#include "services/workspace/workspacewatcher.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QWidget *MainWindow::createWorkspaceBanner()
{
    m_workspaceBanner = new QLabel(this);
    m_workspaceBanner->setObjectName(u"workspaceBanner"_s);
    m_workspaceBanner->setAccessibleName(tr("Team workspace notice"));
    m_workspaceBanner->setTextFormat(Qt::PlainText); // the tooltip quotes the database's error
    m_workspaceBanner->setAlignment(Qt::AlignCenter);
    m_workspaceBanner->setWordWrap(true);
    m_workspaceBanner->setMargin(6);
    // Red with white text: decisions are held back, which the manager must not miss.
    m_workspaceBanner->setStyleSheet(u"QLabel#workspaceBanner { background: #b3261e; color: #ffffff; font-weight: bold; }"_s);
    m_workspaceBanner->hide();
    return m_workspaceBanner;
}

void MainWindow::setWorkspaceWatcher(WorkspaceWatcher *watcher)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_watcher = watcher;
    if (watcher) {
        connect(watcher, &WorkspaceWatcher::snapshotChanged, this, qOverload<>(&MainWindow::showTeamActivity));
        connect(watcher, &WorkspaceWatcher::reachabilityChanged, this, &MainWindow::updateWorkspaceBanner);
        connect(watcher, &WorkspaceWatcher::fundRulesChanged, this, &MainWindow::onFundRulesChangedInWorkspace);
        connect(watcher, &WorkspaceWatcher::portfolioChanged, this, &MainWindow::refreshProFormaOf);
    }
    watchInboxBatches();
    showTeamActivity();
    updateWorkspaceBanner();
}

void MainWindow::updateWorkspaceBanner()
{
    const bool unreachable = m_watcher && !m_watcher->isReachable();
    m_workspaceBanner->setVisible(unreachable);
    if (!unreachable) {
        m_workspaceBanner->clear();
        return;
    }
    const QString since = QLocale().toString(m_watcher->unreachableSince().time(), QLocale::ShortFormat);
    m_workspaceBanner->setText(tr("Team workspace unreachable since %1 — decisions are not sent until it is back; reading "
                                  "from QI Tech continues.")
                                   .arg(since));
    m_workspaceBanner->setToolTip(toolTipFromPlainText(m_watcher->problem()));
}

void MainWindow::watchInboxBatches()
{
    if (!m_watcher || !m_session || !m_inbox)
        return;
    QStringList keys;
    for (const InboxEntry &entry : m_inbox->entries())
        keys.append(m_session->workspaceKey(entry.ref));
    for (const BatchReviewView *view : reviews()) // a review may outlive its row
        keys.append(m_session->workspaceKey(view->ref()));
    keys.removeDuplicates();
    m_watcher->setBatchKeys(keys);
}

void MainWindow::showTeamActivity()
{
    if (!m_session || !m_watcher) {
        m_inboxModel->setTeamTexts({});
        return;
    }
    const workspace::Snapshot &snapshot = m_watcher->snapshot();
    QHash<QString, QString> texts;
    for (int row = 0; row < m_inboxModel->rowCount(); ++row) {
        const InboxEntry &entry = m_inboxModel->entry(row);
        const auto activity = snapshot.batches.constFind(m_session->workspaceKey(entry.ref));
        if (activity != snapshot.batches.cend())
            texts.insert(entry.key(), TeamActivityText::summary(*activity, snapshot));
    }
    m_inboxModel->setTeamTexts(texts);
    for (BatchReviewView *view : reviews())
        showTeamActivity(view);
}

void MainWindow::showTeamActivity(BatchReviewView *view)
{
    if (!m_session || !m_watcher)
        return;
    const workspace::Snapshot &snapshot = m_watcher->snapshot();
    view->setTeamActivity(
        TeamActivityText::details(snapshot.of(m_session->workspaceKey(view->ref())), snapshot, accountTextFor(view)));
}

void MainWindow::claimForReview(BatchReviewView *view)
{
    if (!m_session || !m_session->workspace())
        return;
    // The claim goes with the review (released when it closes); the watcher shows whoever holds it.
    auto *claim = new BatchClaim(m_session->workspace(), m_session->workspaceKey(view->ref()), view);
    connect(claim, &BatchClaim::held, this, [this] {
        if (m_watcher)
            m_watcher->refresh();
    });
    watchInboxBatches();
    showTeamActivity(view);
    // A recommended account is named in words once the assignor's accounts are in.
    connect(view->batchReview()->loader(), &BatchLoader::accountsChanged, view, [this, view] { showTeamActivity(view); });
}

DecisionController::FourEyesSource MainWindow::fourEyesSource()
{
    DecisionController::FourEyesSource source;
    source.facts = [this](const BatchRef &ref) {
        const BatchReviewView *view = review(ref);
        return view ? view->batchReview()->fourEyesFacts() : FourEyesPolicy::Facts();
    };
    source.verdict = [this](const BatchRef &ref, const FourEyesPolicy::Facts &facts) {
        const std::shared_ptr<WorkspaceRunner> runner = m_session ? m_session->workspace() : nullptr;
        if (!runner) // no workspace: the gate refuses nothing on four-eyes grounds
            return QtFuture::makeReadyFuture(StoreResult<FourEyesVerdict>::failure({}));
        return runner->run([fund = ref.fundClassKey, key = m_session->workspaceKey(ref), facts](WorkspaceStore &store) {
            return FourEyesVerdict::ask(store, fund, key, facts);
        });
    };
    source.accountText = [this](const BatchRef &ref) {
        const BatchReviewView *view = review(ref);
        return view ? accountTextFor(view) : TeamActivityText::AccountText();
    };
    return source;
}

TeamActivityText::AccountText MainWindow::accountTextFor(const BatchReviewView *view)
{
    return [accounts = view->batchReview()->loader()->accounts()](const QString &key) {
        if (accounts)
            for (const BankAccount &account : *accounts)
                if (account.accountKey == key)
                    return BatchFacts::accountText(account);
        return QString();
    };
}

} // namespace cessio
