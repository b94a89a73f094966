#pragma once

#include "core/account.h"
#include "core/batch.h"
#include "core/money.h"
#include "core/responses.h"
#include "services/assetchecks.h"
#include "models/teamactivitytext.h"
#include "services/decisionservice.h"
#include "services/portfolio/proforma.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

class QProgressDialog;
class QWidget;

namespace cessio {

class RecommendationPanel;

class ApproveDialog;
class DenyDialog;

// The manager's decisions, from the first dialog to the final message: opens the approve / deny /
// remove-assets confirmations, calls DecisionService (which sends each decision at most once,
// reconciles unknown outcomes and writes the audit log), shows progress, and shows how it ended with
// DecisionOutcome::message(). An Unresolved outcome offers "Check again" (re-read only, never a
// resend); an interrupted removal offers "Finish removal".
//
// Everything is asynchronous (dialogs opened window-modal with open(), boxes via MessageBox::open):
// no nested event loops. decisionFinished() comes once per decision that was actually started
// (not when the user cancels a dialog).
class DecisionController : public QObject
{
    Q_OBJECT

public:
    DecisionController(DecisionService *service, QWidget *parentWindow, QObject *parent = nullptr);
    ~DecisionController() override;

    // `accounts`: the assignor's accounts; nullopt when the account listing is not available (the
    // dialog then offers the contract default or a pasted account key). `checks`: the batch checks,
    // when they have run (the assets may still be loading). `proForma`: the fund's portfolio before and
    // after the batch, when computed (a limit broken then needs a written justification).
    void approve(const Batch &batch, const AssetsSummary &summary, const std::optional<QList<BankAccount>> &accounts,
                 const AssetChecks *checks = nullptr, const ProForma::Result *proForma = nullptr);
    void deny(const Batch &batch, const AssetsSummary &summary);
    // Partial approval: asks for confirmation (count, and `valueRemoved` when the caller knows it:
    // the sum of the selected assets' totalPurchaseValue), then reopen → deny each → close, with progress.
    void removeAssets(const Batch &batch, const QStringList &assetExternalIds,
                      const std::optional<Money> &valueRemoved = std::nullopt);
    // Finishes an interrupted removal (safe to call twice: works from the batch's real state).
    void resumeRemoval(const Batch &batch, const QStringList &assetExternalIds);
    // Who and where, written into every audit entry.
    void setContext(const QString &profileName, const QUrl &environment);
    // The four-eyes side of a decision, from the window (it knows the reviews and the workspace): what
    // the fund's policy is told of a batch (total, breaches: unknown ones count as met), the workspace's
    // verdict with the colleague's recommendation for the dialogs, and accounts in words.
    struct FourEyesSource
    {
        std::function<FourEyesPolicy::Facts(const BatchRef &)> facts;
        std::function<QFuture<StoreResult<FourEyesVerdict>>(const BatchRef &, const FourEyesPolicy::Facts &)> verdict;
        std::function<TeamActivityText::AccountText(const BatchRef &)> accountText;
    };
    void setFourEyesSource(FourEyesSource source) { m_fourEyes = std::move(source); }
    // The batch as just re-read differs from what a dialog open on it shows. Nothing stale is sent:
    // an approve dialog closes (its figures, guard and checks are the old batch's), and so does a deny
    // dialog when the batch no longer awaits a decision; otherwise the deny dialog shows the new
    // figures and asks for the confirmation again.
    void batchChanged(const Batch &batch, const AssetsSummary &summary);

    // For tests and screenshots: the dialog currently open, if any.
    ApproveDialog *approveDialog() const;
    DenyDialog *denyDialog() const;
    QProgressDialog *progressDialog() const;

Q_SIGNALS:
    void decisionFinished(const cessio::BatchRef &batch, const cessio::DecisionOutcome &outcome);

private:
    // A decision in flight. Its outcome says which action it ends (a "Check again" included); this
    // keeps the decision the manager took, which the messages name and a "Check again" re-reads for.
    struct Pending
    {
        DecisionOutcome::Action decided = DecisionOutcome::Action::Approve;
        DecisionContext context;
        Batch batch;
        QStringList assets; // for a removal
    };

    static BatchRef refOf(const Batch &batch);
    DecisionContext contextFor(const Batch &batch) const;
    void onProgress(const cessio::BatchRef &batch, int done, int total);
    void onFinished(const cessio::BatchRef &batch, const cessio::DecisionOutcome &outcome);
    void startRemoval(const Batch &batch, const QStringList &assets, bool resume);
    void showOutcome(const Pending &pending, const DecisionOutcome &outcome);
    void showRefused(const Batch &batch, DecisionOutcome::Action action);
    void showChanged(const Batch &batch, const AssetsSummary &summary);
    // False (after telling the user) when the batch does not say its fund and configuration: QI's
    // paths need both, and a guessed path must never receive a decision.
    bool checkAddressable(const Batch &batch);
    void closeProgress();
    // Reads the assignor's earlier approvals from the record off the UI thread, for payee safety.
    // Shows in `panel` the colleague's recommendation and whether the policy holds the decision.
    void askRecommendation(RecommendationPanel *panel, const Batch &batch);
    void readPayeeHistory(ApproveDialog *dialog, const Batch &batch, const QList<BankAccount> &accounts);

    QPointer<DecisionService> m_service;
    QPointer<QWidget> m_window;
    QString m_profileName;
    QUrl m_environment;
    QPointer<ApproveDialog> m_approveDialog;
    QPointer<DenyDialog> m_denyDialog;
    QPointer<QProgressDialog> m_progress;
    QHash<QString, Pending> m_pending; // by decision::keyOf(batch)
    FourEyesSource m_fourEyes;
};

} // namespace cessio
