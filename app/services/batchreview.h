#pragma once

#include "qitech/apiclient.h"
#include "services/assetanalysis.h"
#include "services/decisionservice.h"
#include "services/fundrules.h"
#include "services/removalpreview.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace cessio {

class BatchHistoryRunner;
class BatchLoader;
class BatchProFormaRunner;
class WorkspaceRunner;
class PortfolioBook;
class TitleIndex;

// One open batch, without widgets: what the review of it knows and may do. Owns the loader (batch,
// summary, every asset, the assignor's accounts), runs the analysis and the checks on a worker once
// the assets are in (again when the fund's rules change), records the batch's titles, follows the
// batch after each decision and when the inbox sees it change, and says in typed state what can be
// done now. changed() comes whenever any of that state may have changed; the view and the window
// read the state again.
class BatchReview : public QObject
{
    Q_OBJECT

public:
    enum class ChecksState {
        Waiting, // the assets (or the batch, for its date) are still loading: the checks need all of them
        Running, // computing on a worker
        Partial, // computed, but over the assets loaded before loading stopped or failed
        Complete, // every asset loaded and checked
    };
    Q_ENUM(ChecksState)

    // Why Approve is not offered now, in the order they are resolved; None: it is offered.
    enum class ApproveBlock {
        None,
        LoadingBatch, // the batch or its summary is not read yet (or could not be)
        NotAwaitingDecision, // the batch is in another status
        LoadingAssets,
        AssetsIncomplete, // loading stopped or failed: not every asset can be checked
        Checking,
        LoadingAccounts, // the assignor's accounts are on their way
    };
    Q_ENUM(ApproveBlock)

    BatchReview(ApiClient *client, const BatchRef &ref, QObject *parent = nullptr);
    ~BatchReview() override;

    // Starts reading everything (connect to loader() first to see every page).
    void load();
    // Re-reads the batch and summary, and the assets with `withAssets`. A difference from what was
    // shown is announced with changedAtQi().
    void reload(bool withAssets);

    const BatchRef &ref() const { return m_ref; }
    ApiClient *client() const { return m_client; }
    BatchLoader *loader() const { return m_loader; }
    const std::optional<Batch> &batch() const;
    const std::optional<AssetsSummary> &summary() const;
    const QList<AssetListItem> &assets() const;
    const std::optional<AssetAnalysis> &analysis() const { return m_analysis; }
    bool isAnalysisPartial() const { return m_analysisPartial; }

    bool isAwaitingDecision() const; // the batch is read and awaits the manager
    bool canDecide() const; // awaiting, with its summary read: deny, remove assets
    // What the fund's four-eyes policy is asked about a decision taken now: the total, and whether any
    // alert, fund rule or portfolio limit is breached (unknown until every asset is checked).
    FourEyesPolicy::Facts fourEyesFacts() const;
    ApproveBlock approveBlock() const;
    bool canApprove() const { return approveBlock() == ApproveBlock::None; }
    ChecksState checksState() const;
    bool hasTerm() const; // the assignment term exists (from the signature stage on)
    bool hasSignedTerm() const; // every party signed (from payment on)
    bool canExportCsv() const;
    bool canExportMemo() const;
    // Nothing is loading any more: batch, summary, the asset list (complete, or stopped by the manager or
    // a failure) and its analysis are in.
    bool isFullyLoaded() const;

    // The fund's limits (or why they could not be read); the checks run again when they change.
    void setFundRules(const FundRules &rules, const QString &problem = {});
    const FundRules &fundRules() const { return m_rules; }
    // Where the titles of checked batches are kept: this batch's are compared with them and added.
    void setTitleIndex(std::shared_ptr<TitleIndex> index) { m_titleIndex = std::move(index); }
    // The fund's book: once every asset is checked, the portfolio pro-forma runs on a worker (and again
    // with refreshProForma(), when the book changed). Approve waits for it, like for the checks.
    void setPortfolioBook(std::shared_ptr<PortfolioBook> book);
    BatchProFormaRunner *proForma() const { return m_proForma; }
    void refreshProForma();

    // The team's workspace and the batch's key in it: each time every asset is loaded and checked, the
    // review's snapshot is kept there, and the first time history() says what changed since the last one.
    void setWorkspace(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey);
    BatchHistoryRunner *history() const { return m_history; }

    // The assets the fund's rules put outside (flagged OutsideFundRules), in batch order.
    QStringList outsideFundRules() const;
    // The batch as it would be without `assetExternalIds`.
    RemovalPreview previewRemoval(const QStringList &assetExternalIds) const;

    // How a decision on this batch ended: re-reads what it changed (the assets too, unless it was an
    // approval), and keeps an interrupted removal's remaining assets.
    void applyOutcome(const DecisionOutcome &outcome);
    QStringList remainingRemoval() const { return m_remaining; }

    // What the inbox's last poll says of this batch: when its status or totals differ from what the
    // review shows, the review re-reads.
    void noteListed(const BatchListItem &listed);

Q_SIGNALS:
    void changed();
    void analysisStarted();
    void analysisReady(); // analysis() holds the result
    void fullyLoaded();
    // A re-read found the batch changed at QI Tech (status, counts or total) other than by a
    // decision taken here; batch() and summary() are the new ones.
    void changedAtQi();
    void problem(const QString &message); // something the manager should know, for the status bar

private:
    // What was shown before a re-read, to tell whether it changed.
    struct Reread
    {
        std::optional<BatchStatus> status;
        std::optional<AssetsSummary> summary;
        bool batchIn = false;
        bool summaryIn = false;
        bool announce = true;
    };

    void notifyChanged(); // changed(), and fullyLoaded() when the load just completed
    void reread(bool withAssets, bool announce);
    void onRereadPart();
    bool differsFrom(const BatchListItem &listed) const;
    void startAnalysis();
    void onAnalysisReady();
    void recordTitles();

    ApiClient *m_client;
    BatchRef m_ref;
    BatchLoader *m_loader;
    QFutureWatcher<AssetAnalysis> m_analysisWatcher;
    std::optional<AssetAnalysis> m_analysis;
    bool m_analysisRunning = false;
    bool m_wasFullyLoaded = false;
    bool m_analysisPartial = false;
    bool m_analysisAgain = false;
    bool m_assetsDone = false;
    bool m_assetsPartial = false;
    FundRules m_rules;
    QString m_rulesProblem;
    std::shared_ptr<TitleIndex> m_titleIndex;
    BatchProFormaRunner *m_proForma;
    BatchHistoryRunner *m_history;
    QStringList m_remaining;
    std::optional<Reread> m_reread;
    std::optional<BatchListItem> m_lastListed; // the listing already acted on
};

} // namespace cessio
