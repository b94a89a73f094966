#include "demobatches.h"

#include "democast.h"
#include "eligibility.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

constexpr qint64 minute = 60;
constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;
constexpr int brasiliaOffsetSeconds = -3 * 3600; // the funds' accounting dates are Brazilian dates

using S = BatchStatus;

bool isAtLeastApproved(BatchStatus status)
{
    switch (status.value()) {
    case S::Approved:
    case S::PendingAssignmentTermSignature:
    case S::PendingPayment:
    case S::PendingAssetsWalletInclusion:
    case S::Completed:
        return true;
    default:
        return false;
    }
}

} // namespace

QList<DemoBatchPlan> demoBatchPlans(int largeBatchAssets)
{
    // contract, status, waiting, assets, eligibility denials, document denials, removals, discount, other account,
    // suspicious assets, mispriced assets
    return {
        // The manager's inbox: every fund, from a few minutes to more than three days.
        { 0, S::PendingManagerApproval, 2 * hour + 40 * minute, largeBatchAssets, 38, 0, 0, true, false, 6 },
        { 6, S::PendingManagerApproval, 18 * minute, 86, 2, 1, 0, false, false, 3, 2 },
        { 4, S::PendingManagerApproval, 1 * day + 3 * hour, 240, 3, 2, 0, false, false },
        { 5, S::PendingManagerApproval, 3 * day + 5 * hour, 12, 0, 0, 0, false, false },
        { 10, S::PendingManagerApproval, 6 * hour + 10 * minute, 1250, 6, 0, 2, true, false },
        { 3, S::PendingManagerApproval, 45 * minute, 430, 4, 0, 0, false, false, 2, 3 },
        { 8, S::PendingManagerApproval, 4 * minute, 5, 0, 0, 0, false, false },
        { 9, S::PendingManagerApproval, 2 * day + 1 * hour, 64, 1, 0, 0, false, false },
        { 7, S::PendingManagerApproval, 52 * minute, 38, 1, 0, 0, false, false },
        // Before the manager.
        { 7, S::PendingAssetsInsertion, 6 * minute, 3, 0, 0, 0, false, false },
        { 11, S::CompletedAssetsInsertion, 1 * minute, 150, 0, 0, 0, false, false },
        { 4, S::PendingEligibility, 9 * minute, 60, 1, 0, 0, false, false },
        { 3, S::PendingConsultantApproval, 2 * hour, 310, 2, 0, 0, false, false },
        // After the manager.
        { 1, S::Approved, 40, 900, 3, 0, 0, false, false },
        { 6, S::PendingAssignmentTermSignature, 5 * hour, 120, 1, 0, 0, false, false },
        { 10, S::PendingPayment, 35 * minute, 700, 2, 0, 0, true, true },
        { 4, S::PendingAssetsWalletInclusion, 12 * minute, 180, 1, 1, 0, false, false },
        { 0, S::Completed, 2 * day + 2 * hour, 3400, 7, 0, 0, true, false },
        { 6, S::Completed, 5 * day, 200, 2, 1, 0, false, false },
        { 9, S::Completed, 8 * day + 4 * hour, 45, 0, 0, 0, false, false },
        { 5, S::Completed, 12 * day, 10, 0, 0, 0, false, false },
        { 8, S::Completed, 20 * day, 8, 0, 0, 0, false, false },
        { 2, S::Completed, 34 * day, 120, 1, 0, 0, false, false },
        // Closed without payment.
        { 11, S::Denied, 1 * day + 1 * hour, 95, 1, 0, 0, false, false }, // denied by the manager
        { 9, S::Denied, 3 * day + 2 * hour, 4, 4, 0, 0, false, false }, // every asset failed eligibility
        { 0, S::Discarded, 6 * day, 30, 0, 0, 0, false, false }, // never closed
    };
}

DemoBatchBuilder::DemoBatchBuilder(World &world, DemoRandom &random, const QDateTime &nowUtc, const QString &managerUser)
    : m_world(world)
    , m_random(random)
    , m_now(nowUtc)
    , m_managerUser(managerUser)
{ }

QJsonObject DemoBatchBuilder::agent(const QString &type, const QString &key, const QString &user) const
{
    return { { u"AGENT-TYPE"_s, type }, { u"AGENT-KEY"_s, key }, { u"AGENT-USER"_s, user } };
}

QList<StatusEvent> DemoBatchBuilder::timeline(const DemoBatchPlan &plan, const Configuration &configuration,
                                              const DemoAssignorContext &assignor)
{
    struct Step
    {
        BatchStatus status;
        qint64 gap; // seconds after the previous step
        QJsonObject agent;
    };
    const Fund *fund = m_world.fund(configuration.fundClassKey);
    const QJsonObject byAssignor = agent(u"assignor"_s, configuration.assignorKey, assignor.user);
    const QJsonObject byManager = agent(u"manager"_s, fund ? fund->manager.managerKey : QString(), m_managerUser);
    const QJsonObject byConsultant
        = agent(u"consultant"_s, configuration.consultant ? configuration.consultant->consultantKey : QString(),
                u"analise@lastroconsultoria.com.br"_s);
    const S::Value target = plan.status.value();
    QList<Step> steps { { S::PendingAssetsInsertion, 0, {} } };
    const auto reached = [&](S::Value status, qint64 gap, const QJsonObject &by = {}) {
        steps.append({ status, gap, by });
        return status == target;
    };

    // Inserting over the API: a few minutes, plus the time the assets take (about a dozen a second).
    const qint64 insertion = m_random.between(120, 900) + plan.assets / 12;
    const bool done = target == S::PendingAssetsInsertion || [&] {
        if (target == S::Discarded)
            return reached(S::Discarded, m_random.between(1 * day, 3 * day));
        if (reached(S::CompletedAssetsInsertion, insertion, byAssignor)
            || reached(S::PendingEligibility, m_random.between(20, 90)))
            return true;
        if (target == S::Denied && plan.eligibilityDenials >= plan.assets)
            return reached(S::Denied, m_random.between(2 * minute, 10 * minute)); // no asset left [I]
        if (plan.managerRemovals > 0) { // reopened to remove assets, closed again
            reached(S::PendingManagerApproval, m_random.between(3 * minute, 15 * minute));
            reached(S::PendingAssetsInsertion, m_random.between(20 * minute, 90 * minute), byManager);
            reached(S::CompletedAssetsInsertion, m_random.between(2 * minute, 10 * minute), byManager);
            reached(S::PendingEligibility, m_random.between(20, 90));
        }
        if (configuration.requiresConsultantApproval()) {
            if (reached(S::PendingConsultantApproval, m_random.between(2 * minute, 10 * minute)))
                return true;
            if (reached(S::PendingManagerApproval, m_random.between(1 * hour, 6 * hour), byConsultant))
                return true;
        } else if (reached(S::PendingManagerApproval,
                           plan.assets > 5000 ? m_random.between(20 * minute, 30 * minute)
                                              : m_random.between(2 * minute, 15 * minute))) {
            return true;
        }
        if (target == S::Denied)
            return reached(S::Denied, m_random.between(30 * minute, 8 * hour), byManager);
        return reached(S::Approved, m_random.between(30 * minute, 8 * hour), byManager)
            || reached(S::PendingAssignmentTermSignature, m_random.between(1 * minute, 3 * minute))
            || reached(S::PendingPayment, m_random.between(1 * hour, 20 * hour))
            || reached(S::PendingAssetsWalletInclusion, m_random.between(10 * minute, 1 * hour))
            || reached(S::Completed, m_random.between(5 * minute, 30 * minute));
    }();
    Q_ASSERT(done);
    Q_UNUSED(done);

    qint64 total = 0;
    for (const Step &step : std::as_const(steps))
        total += step.gap;
    QDateTime at = m_now.addSecs(-plan.waitingSeconds - total);
    QList<StatusEvent> events;
    for (const Step &step : std::as_const(steps)) {
        at = at.addSecs(step.gap);
        events.append({ step.status.apiName(), at, step.agent });
    }
    return events;
}

Batch &DemoBatchBuilder::build(const DemoBatchPlan &plan, const Configuration &configuration, const DemoAssignorContext &assignor,
                               const QList<StatusEvent> &events, std::unique_ptr<DemoLateBatch> *later)
{
    const QDateTime createdAt = events.constFirst().at;
    const QDate date = createdAt.toOffsetFromUtc(brasiliaOffsetSeconds).date();
    const QString prefix = assignor.code + u'-' + date.toString(u"yyyyMMdd"_s);
    const int sequence = ++m_sequence[prefix];
    Batch &batch
        = m_world.addBatch(configuration, u"%1-%2"_s.arg(prefix).arg(sequence, 2, 10, QLatin1Char('0')), date, createdAt);
    batch.assignmentKey = m_random.uuid(); // from the demo's seed, like every other key
    batch.status = plan.status;
    batch.events = events;

    // Assets arrive between creation and the first close (or until now while the batch is open).
    QDateTime insertedTo = m_now.addSecs(-plan.waitingSeconds);
    for (const StatusEvent &event : events) {
        if (event.status == S::apiName(S::CompletedAssetsInsertion) || event.status == S::apiName(S::Discarded)) {
            insertedTo = event.at;
            break;
        }
    }
    DemoAssetRecipe assets = recipe(batch, plan, configuration, assignor, createdAt, insertedTo);
    std::unique_ptr<DemoAssetChunks> chunks;
    if (plan.assets <= DemoAssetChunks::assetsPerChunk) { // the world's own random stream, as every small batch
        batch.assets.reserve(std::size_t(plan.assets));
        for (Asset &asset : assets.make(0, plan.assets, m_random, *assignor.factory))
            batch.appendAsset(std::move(asset));
    } else {
        chunks = std::make_unique<DemoAssetChunks>(std::move(assets), m_random, *assignor.factory);
    }

    if (plan.discount) {
        batch.discounts.append({ m_random.uuid(), u"flat_rate"_s, u"approved"_s,
                                 Money::fromCentavos(m_random.between(35000, 250000)), u"Tarifa de registro da cessão"_s });
    }
    if (isAtLeastApproved(plan.status)) {
        const Account *account = assignor.assignor->defaultAccount();
        for (const Account &candidate : assignor.assignor->accounts) {
            if (plan.otherAccount && !candidate.isDefault && candidate.isActive())
                account = &candidate;
        }
        batch.disbursementAccountKey = account ? account->accountKey : QString();
    }
    if (isAtLeastApproved(plan.status) && plan.status.value() != S::Approved)
        batch.termKey = m_random.uuid();
    batch.termSigned = !batch.termKey.isEmpty() && plan.status.value() != S::PendingAssignmentTermSignature;

    // Sandbox::start() lets the pipeline take over batches in automatic states. Their first step
    // is held back a while (lastChangeMs is on the pipeline's clock, which starts with the
    // Sandbox) so a session opens with every status on screen and sees them move on later.
    batch.lastChangeMs = firstStepAfterMs(plan.status);
    for (Asset &asset : batch.assets)
        asset.lastChangeMs = batch.lastChangeMs;
    if (chunks && later) {
        batch.visible = false;
        *later = std::make_unique<DemoLateBatch>(batch, std::move(chunks));
    } else if (chunks) {
        chunks->makeNow();
        chunks->moveInto(batch);
    }
    return batch;
}

qint64 DemoBatchBuilder::firstStepAfterMs(BatchStatus status)
{
    const auto minutes = [this](int lowest, int highest) { return qint64(m_random.between(lowest * 60, highest * 60)) * 1000; };
    switch (status.value()) {
    case S::CompletedAssetsInsertion:
        return qint64(m_random.between(30, 60)) * 1000;
    case S::Approved:
        return minutes(2, 4);
    case S::PendingAssignmentTermSignature:
        return minutes(10, 20);
    case S::PendingPayment:
        return minutes(20, 40);
    case S::PendingAssetsWalletInclusion:
        return minutes(5, 10);
    default:
        return 0;
    }
}

AssetStatus DemoBatchBuilder::settledStatus(BatchStatus batchStatus) const
{
    switch (batchStatus.value()) {
    case S::CompletedAssetsInsertion:
        return AssetStatus::PendingEligibility; // closed a minute ago: eligibility still running
    case S::Completed:
        return AssetStatus::Completed;
    case S::Denied:
    case S::Discarded:
        return AssetStatus::Discarded;
    default:
        return AssetStatus::PreApproved;
    }
}

DemoAssetRecipe DemoBatchBuilder::recipe(const Batch &batch, const DemoBatchPlan &plan, const Configuration &configuration,
                                         const DemoAssignorContext &assignor, QDateTime insertedFrom, QDateTime insertedTo)
{
    DemoAssetRecipe recipe;
    recipe.assets = plan.assets;
    recipe.batchStatus = plan.status;
    recipe.batchExternalId = batch.externalId;
    recipe.batchDate = batch.date;
    recipe.configuration = configuration;
    // Eligibility judged the assets against the accounting date the batch was created on.
    recipe.fundThen = *m_world.fund(configuration.fundClassKey);
    recipe.fundThen.accountingDate = batch.date;
    recipe.assignorName = assignor.assignor->name;
    recipe.assignorDocument = assignor.assignor->documentNumber;
    recipe.debtors = std::make_shared<const DebtorPool>(*assignor.debtors);
    recipe.requiredDocuments = Eligibility::requiredDocuments(configuration, configuration.assetType);
    recipe.insertedFrom = insertedFrom;
    recipe.insertionSpanSeconds = qMax<qint64>(1, insertedFrom.secsTo(insertedTo));
    recipe.settled = settledStatus(plan.status);
    recipe.eligibilityRan = plan.status.value() != S::CompletedAssetsInsertion;

    // Which assets carry a flaw, a bad document or were removed by the manager: distinct indexes.
    const auto mark = [&](int count, DemoAssetRecipe::Fate kind) {
        for (int placed = 0; placed < count && recipe.fate.size() < plan.assets;) {
            const int index = m_random.between(0, plan.assets - 1);
            if (!recipe.fate.contains(index)) {
                recipe.fate.insert(index, kind);
                ++placed;
            }
        }
    };
    mark(recipe.eligibilityRan ? plan.eligibilityDenials : 0, DemoAssetRecipe::EligibilityFlaw);
    mark(recipe.eligibilityRan ? plan.documentDenials : 0, DemoAssetRecipe::BadDocument);
    mark(plan.managerRemovals, DemoAssetRecipe::RemovedByManager);
    mark(plan.suspicious, DemoAssetRecipe::Suspicious);
    mark(plan.mispriced, DemoAssetRecipe::Mispriced);
    return recipe;
}

} // namespace cessio::sandbox
