#include "batchreview.h"

#include "services/batchloader.h"
#include "services/portfolio/batchhistory.h"
#include "services/portfolio/batchproforma.h"
#include "services/titleindex.h"

#include <algorithm>

namespace cessio {

namespace {

TitleIndex::Batch titleBatch(const BatchRef &ref, const Batch &batch)
{
    const QString number = batch.number.isEmpty() ? batch.externalId : batch.number;
    return { ref.fundClassKey, ref.configurationKey, ref.externalId,
             BatchReview::tr("no. %1 · %2 · %3").arg(number, batch.configuration.fund.name, batch.status.displayName()),
             batch.date };
}

} // namespace

BatchReview::BatchReview(ApiClient *client, const BatchRef &ref, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ref(ref)
    , m_loader(new BatchLoader(client, this))
    , m_proForma(new BatchProFormaRunner(this))
    , m_history(new BatchHistoryRunner(this))
{
    connect(m_proForma, &BatchProFormaRunner::ready, this, &BatchReview::notifyChanged);
    connect(m_history, &BatchHistoryRunner::problem, this, &BatchReview::problem);
    connect(m_loader, &BatchLoader::batchLoaded, this, [this] {
        if (m_reread)
            m_reread->batchIn = true;
        if (m_assetsDone && !m_analysis && !m_analysisRunning)
            startAnalysis(); // the assets were faster than the batch (the date was missing)
        onRereadPart();
        notifyChanged();
    });
    connect(m_loader, &BatchLoader::summaryLoaded, this, [this] {
        if (m_reread)
            m_reread->summaryIn = true;
        onRereadPart();
        notifyChanged();
    });
    connect(m_loader, &BatchLoader::headerFailed, this, [this] { m_reread.reset(); });
    connect(m_loader, &BatchLoader::assetsStarted, this, [this] {
        m_assetsDone = false;
        m_assetsPartial = false;
        m_analysis.reset();
        notifyChanged();
    });
    connect(m_loader, &BatchLoader::assetsProgress, this, &BatchReview::notifyChanged);
    connect(m_loader, &BatchLoader::assetsFinished, this, [this](const ApiError &error) {
        m_assetsDone = true;
        m_assetsPartial = error.isError();
        startAnalysis();
        notifyChanged();
    });
    connect(m_loader, &BatchLoader::accountsChanged, this, &BatchReview::notifyChanged);
    connect(&m_analysisWatcher, &QFutureWatcher<AssetAnalysis>::finished, this, &BatchReview::onAnalysisReady);
}

BatchReview::~BatchReview()
{
    m_analysisWatcher.waitForFinished(); // the worker reads a copy; this only avoids a late signal
}

void BatchReview::load()
{
    m_loader->load(m_ref);
}

void BatchReview::reload(bool withAssets)
{
    reread(withAssets, true);
}

void BatchReview::reread(bool withAssets, bool announce)
{
    if (m_loader->batch() || m_loader->summary()) {
        Reread before;
        if (m_loader->batch())
            before.status = m_loader->batch()->status;
        before.summary = m_loader->summary();
        before.announce = announce;
        m_reread = before;
    }
    m_loader->reload(withAssets);
}

void BatchReview::onRereadPart()
{
    if (!m_reread || !m_reread->batchIn || !m_reread->summaryIn)
        return;
    const Reread before = *std::exchange(m_reread, std::nullopt);
    const bool statusChanged = before.status && m_loader->batch() && m_loader->batch()->status != *before.status;
    const auto &now = m_loader->summary();
    const bool totalsChanged = before.summary && now
        && (now->numberOfAssets != before.summary->numberOfAssets
            || now->numberOfApprovedAssets != before.summary->numberOfApprovedAssets
            || now->numberOfDeniedAssets != before.summary->numberOfDeniedAssets
            || now->totalValue != before.summary->totalValue);
    if (before.announce && (statusChanged || totalsChanged))
        Q_EMIT changedAtQi();
}

const std::optional<Batch> &BatchReview::batch() const
{
    return m_loader->batch();
}

const std::optional<AssetsSummary> &BatchReview::summary() const
{
    return m_loader->summary();
}

const QList<AssetListItem> &BatchReview::assets() const
{
    return m_loader->assets();
}

bool BatchReview::isAwaitingDecision() const
{
    return m_loader->batch() && m_loader->batch()->status.value() == BatchStatus::PendingManagerApproval;
}

bool BatchReview::canDecide() const
{
    return isAwaitingDecision() && m_loader->summary();
}

BatchReview::ApproveBlock BatchReview::approveBlock() const
{
    if (!m_loader->batch() || !m_loader->summary())
        return ApproveBlock::LoadingBatch;
    if (!isAwaitingDecision())
        return ApproveBlock::NotAwaitingDecision;
    if (!m_assetsDone)
        return ApproveBlock::LoadingAssets;
    if (m_assetsPartial)
        return ApproveBlock::AssetsIncomplete;
    if (checksState() != ChecksState::Complete || m_proForma->isRunning())
        return ApproveBlock::Checking;
    if (m_loader->accountsState() == BatchLoader::AccountsState::Loading)
        return ApproveBlock::LoadingAccounts;
    return ApproveBlock::None;
}

FourEyesPolicy::Facts BatchReview::fourEyesFacts() const
{
    FourEyesPolicy::Facts facts;
    if (m_loader->summary())
        facts.total = m_loader->summary()->totalValue;
    if (checksState() != ChecksState::Complete || m_proForma->isRunning())
        return facts;
    const auto &proForma = m_proForma->latest();
    facts.breached
        = FourEyesPolicy::breachedBy(m_analysis->checks, proForma && proForma->result && proForma->result->anyBreach());
    return facts;
}

BatchReview::ChecksState BatchReview::checksState() const
{
    if (m_analysisRunning)
        return ChecksState::Running;
    if (!m_assetsDone || !m_analysis)
        return ChecksState::Waiting;
    return m_analysisPartial ? ChecksState::Partial : ChecksState::Complete;
}

bool BatchReview::hasTerm() const
{
    if (!m_loader->batch())
        return false;
    switch (m_loader->batch()->status.value()) {
    case BatchStatus::PendingAssignmentTermSignature:
    case BatchStatus::PendingPayment:
    case BatchStatus::PendingAssetsWalletInclusion:
    case BatchStatus::Completed:
        return true;
    default:
        return false;
    }
}

bool BatchReview::hasSignedTerm() const
{
    return hasTerm() && m_loader->batch()->status.value() != BatchStatus::PendingAssignmentTermSignature;
}

bool BatchReview::canExportCsv() const
{
    return m_assetsDone && m_loader->batch();
}

bool BatchReview::canExportMemo() const
{
    return m_analysis && m_loader->batch() && m_loader->summary();
}

bool BatchReview::isFullyLoaded() const
{
    return m_loader->batch() && m_loader->summary() && m_assetsDone && m_analysis && !m_analysisRunning
        && !m_proForma->isRunning();
}

void BatchReview::setPortfolioBook(std::shared_ptr<PortfolioBook> book)
{
    m_proForma->setBook(std::move(book));
    refreshProForma();
}

void BatchReview::setWorkspace(std::shared_ptr<WorkspaceRunner> runner, const QString &batchKey)
{
    m_history->setWorkspace(std::move(runner), batchKey);
}

void BatchReview::refreshProForma()
{
    // Over every asset only: a pro-forma of part of the batch would understate what it adds.
    if (m_loader->batch() && m_assetsDone && !m_assetsPartial && m_analysis && !m_analysisPartial)
        m_proForma->run(m_ref, *m_loader->batch(), m_loader->assets());
}

void BatchReview::setFundRules(const FundRules &rules, const QString &problem)
{
    if (rules == m_rules && problem == m_rulesProblem)
        return;
    m_rules = rules;
    m_rulesProblem = problem;
    if (m_assetsDone && (m_analysis || m_analysisRunning))
        startAnalysis(); // the checks again, against the new limits
}

QStringList BatchReview::outsideFundRules() const
{
    QStringList ids;
    if (!m_analysis)
        return ids;
    const AssetChecks &checks = m_analysis->checks;
    for (const QString &id : checks.flaggedInBatchOrder) {
        const QList<AssetChecks::Finding> findings = checks.findings.value(id);
        if (std::any_of(findings.cbegin(), findings.cend(),
                        [](const AssetChecks::Finding &f) { return f.rule == AssetChecks::Rule::OutsideFundRules; }))
            ids.append(id);
    }
    return ids;
}

RemovalPreview BatchReview::previewRemoval(const QStringList &assetExternalIds) const
{
    return RemovalPreview::compute(m_loader->assets(), assetExternalIds);
}

void BatchReview::applyOutcome(const DecisionOutcome &outcome)
{
    using Action = DecisionOutcome::Action;
    if (outcome.result == DecisionOutcome::Result::Interrupted)
        m_remaining = outcome.remainingAssets;
    else if (outcome.result == DecisionOutcome::Result::Applied)
        m_remaining.clear();
    // Removals and denials change asset statuses, and a re-read after an unknown outcome may find
    // either; an approval changes only the batch.
    bool assetsChanged = true;
    switch (outcome.action) {
    case Action::Approve:
        assetsChanged = false;
        break;
    case Action::Deny:
    case Action::RemoveAssets:
    case Action::ResumeRemoval:
    case Action::CheckAgain:
        break;
    }
    reread(assetsChanged, false); // the manager's own decision: no "changed at QI Tech" notice
    notifyChanged();
}

bool BatchReview::differsFrom(const BatchListItem &listed) const
{
    const auto &batch = m_loader->batch();
    const auto &summary = m_loader->summary();
    if (!batch || !summary)
        return false; // still loading: what it reads is current anyway
    if (listed.status != batch->status)
        return true;
    // Only what the listing says: an older server's listing may leave the counts out.
    return (listed.totalValue && *listed.totalValue != summary->totalValue)
        || (listed.numberOfAssets && *listed.numberOfAssets != summary->numberOfAssets)
        || (listed.numberOfApprovedAssets && *listed.numberOfApprovedAssets != summary->numberOfApprovedAssets);
}

void BatchReview::noteListed(const BatchListItem &listed)
{
    if (!differsFrom(listed)) {
        m_lastListed = listed;
        return;
    }
    // A listing read before this review's own latest re-read may be older than what is shown: act on
    // each listing once, and announce only what the re-read itself finds changed.
    if (m_lastListed == listed || m_reread)
        return;
    m_lastListed = listed;
    reread(true, true);
}

void BatchReview::startAnalysis()
{
    if (!m_loader->batch())
        return; // the batch date is the reference; batchLoaded() starts it
    if (m_analysisRunning) {
        m_analysisAgain = true;
        return;
    }
    m_analysisPartial = m_assetsPartial;
    m_analysisRunning = true; // until its result is taken: isRunning() ends before finished() is delivered
    const Batch &batch = *m_loader->batch();
    m_analysisWatcher.setFuture(AssetAnalysis::computeAsync(m_loader->assets(), batch.date,
                                                            batch.configuration.assignor.documentNumber, m_rules, m_titleIndex,
                                                            titleBatch(m_ref, batch).id()));
    Q_EMIT analysisStarted();
    notifyChanged();
}

void BatchReview::onAnalysisReady()
{
    m_analysisRunning = false;
    if (std::exchange(m_analysisAgain, false)) {
        startAnalysis();
        return;
    }
    if (!m_assetsDone)
        return; // the list is loading again: its own analysis follows
    m_analysis = m_analysisWatcher.result();
    m_analysis->checks.fundRulesProblem = m_rulesProblem;
    if (!m_analysisPartial)
        recordTitles();
    refreshProForma();
    Q_EMIT analysisReady();
    notifyChanged();
}

void BatchReview::notifyChanged()
{
    Q_EMIT changed();
    // Whichever comes last (the summary may come after the analysis of a small batch) completes the load.
    const bool loaded = isFullyLoaded();
    if (loaded && !std::exchange(m_wasFullyLoaded, true)) {
        if (checksState() == ChecksState::Complete) // every asset: a part of the batch is no snapshot of it
            m_history->record(m_ref.externalId, m_loader->assets());
        Q_EMIT fullyLoaded();
    }
    m_wasFullyLoaded = loaded;
}

void BatchReview::recordTitles()
{
    const Batch &batch = *m_loader->batch();
    const BatchStatus::Value status = batch.status.value();
    if (!m_titleIndex || status == BatchStatus::Denied || status == BatchStatus::Discarded)
        return; // a denied batch's titles may honestly come back in a new one
    // A watcher owned by the review, not QFuture::then(this, …): Qt 6.4 asserts when the context dies first.
    auto *written = new QFutureWatcher<QString>(this);
    connect(written, &QFutureWatcherBase::finished, this, [this, written] {
        if (const QString error = written->result(); !error.isEmpty())
            Q_EMIT problem(error);
        written->deleteLater();
    });
    written->setFuture(m_titleIndex->record(titleBatch(m_ref, batch), m_analysis->checks.titleDigests));
}

} // namespace cessio
