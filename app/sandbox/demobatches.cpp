#include "demobatches.h"

#include "democast.h"
#include "eligibility.h"

#include <QJsonObject>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

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
    // suspicious assets
    return {
        // The manager's inbox: every fund, from a few minutes to more than three days.
        { 0, S::PendingManagerApproval, 2 * hour + 40 * minute, largeBatchAssets, 38, 0, 0, true, false, 6 },
        { 6, S::PendingManagerApproval, 18 * minute, 86, 2, 1, 0, false, false, 3 },
        { 4, S::PendingManagerApproval, 1 * day + 3 * hour, 240, 3, 2, 0, false, false },
        { 5, S::PendingManagerApproval, 3 * day + 5 * hour, 12, 0, 0, 0, false, false },
        { 10, S::PendingManagerApproval, 6 * hour + 10 * minute, 1250, 6, 0, 2, true, false },
        { 3, S::PendingManagerApproval, 45 * minute, 430, 4, 0, 0, false, false, 2 },
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
                               const QList<StatusEvent> &events)
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
    addAssets(batch, plan, configuration, assignor, createdAt, insertedTo);

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

Asset DemoBatchBuilder::suspiciousAsset(const std::vector<Asset> &made, QDate batchDate, const QString &externalId,
                                        const Configuration &configuration, const DemoAssignorContext &assignor,
                                        DemoRandom &random, DemoAssetFactory &factory, int nth, qsizetype cleanIndex)
{
    if (nth % 2 == 0 && cleanIndex >= 0) { // the same title again under a new external id
        Asset copy = made.at(std::size_t(cleanIndex));
        copy.externalId = externalId;
        for (const QString &key : { u"credit_operation"_s, u"discounted_credit_right"_s }) {
            if (!copy.body.contains(key))
                continue;
            QJsonObject inner = copy.body.value(key).toObject();
            inner.insert(u"external_id"_s, externalId);
            copy.body.insert(key, inner);
        }
        copy.documents.clear();
        copy.listingCache.reset();
        return copy;
    }
    // The assignor as its own debtor: a company debtor's particulars under the assignor's name and CNPJ.
    const QList<Borrower> &debtors = assignor.debtors->debtors();
    const auto company
        = std::find_if(debtors.cbegin(), debtors.cend(), [](const Borrower &b) { return b.personType == u"legal_person"; });
    Borrower itself = company != debtors.cend() ? *company : debtors.constFirst();
    itself.name = assignor.assignor->name;
    itself.documentNumber = assignor.assignor->documentNumber;
    return factory.make(random, configuration.assetType, externalId, itself, batchDate);
}

void DemoBatchBuilder::addAssets(Batch &batch, const DemoBatchPlan &plan, const Configuration &configuration,
                                 const DemoAssignorContext &assignor, QDateTime insertedFrom, QDateTime insertedTo)
{
    // Eligibility judged the assets against the accounting date the batch was created on.
    Fund fundThen = *m_world.fund(configuration.fundClassKey);
    fundThen.accountingDate = batch.date;
    const bool eligibilityRan = plan.status.value() != S::CompletedAssetsInsertion;

    // Which assets carry a flaw, a bad document or were removed by the manager: distinct indexes.
    QHash<int, int> fate; // index → 1 eligibility, 2 document, 3 manager, 4 suspicious
    const auto mark = [&](int count, int kind) {
        for (int placed = 0; placed < count && fate.size() < plan.assets;) {
            const int index = m_random.between(0, plan.assets - 1);
            if (!fate.contains(index)) {
                fate.insert(index, kind);
                ++placed;
            }
        }
    };
    mark(eligibilityRan ? plan.eligibilityDenials : 0, 1);
    mark(eligibilityRan ? plan.documentDenials : 0, 2);
    mark(plan.managerRemovals, 3);
    mark(plan.suspicious, 4);

    const QStringList required = Eligibility::requiredDocuments(configuration, configuration.assetType);
    const qint64 span = qMax<qint64>(1, insertedFrom.secsTo(insertedTo));
    const AssetStatus settled = settledStatus(plan.status);

    // The assets from `first` to `last` (excluded), drawn from `random`, numbered by `factory`.
    const auto makeRange = [&](int first, int last, DemoRandom &random, DemoAssetFactory &factory) {
        std::vector<Asset> made;
        made.reserve(std::size_t(last - first));
        int flawCycle = 0; // the eligibility flaws and suspicious kinds take turns through the whole batch
        int suspiciousCount = 0;
        for (auto it = fate.cbegin(); it != fate.cend(); ++it) {
            if (it.key() < first && it.value() == 1)
                ++flawCycle;
            else if (it.key() < first && it.value() == 4)
                ++suspiciousCount;
        }
        qsizetype lastClean = -1; // the latest asset with nothing wrong, to copy
        for (int i = first; i < last; ++i) {
            const int kind = fate.value(i, 0);
            auto flaw = DemoAssetFactory::Flaw::None;
            if (kind == 1) {
                static constexpr DemoAssetFactory::Flaw flaws[]
                    = { DemoAssetFactory::Flaw::BadBorrowerDocument, DemoAssetFactory::Flaw::MaturityNotAfterAccountingDate,
                        DemoAssetFactory::Flaw::PurchaseAboveFace };
                flaw = flaws[flawCycle++ % 3];
            }
            const QString externalId = u"%1-%2"_s.arg(batch.externalId).arg(i + 1, 5, 10, QLatin1Char('0'));
            Asset asset = kind == 4
                ? suspiciousAsset(made, batch.date, externalId, configuration, assignor, random, factory, suspiciousCount++,
                                  lastClean)
                : factory.make(random, configuration.assetType, externalId, assignor.debtors->pick(random), batch.date, flaw);
            if (kind == 0)
                lastClean = qsizetype(made.size());
            asset.assetKey = random.uuid();
            asset.createdAt = insertedFrom.addSecs(span * i / qMax(1, plan.assets));
            asset.status = settled;
            bool documented = eligibilityRan;
            if (plan.status.value() == S::PendingAssetsInsertion || plan.status.value() == S::PendingEligibility) {
                if (!required.isEmpty() && random.chance(0.25)) { // its documents are still to come
                    asset.status = AssetStatus::PendingDocumentation;
                    documented = false;
                } else {
                    asset.status = AssetStatus::PreApproved;
                }
            }
            if (kind == 1) {
                asset.status = AssetStatus::Denied;
                asset.deniedBy = u"eligibility"_s;
                asset.denialReason = Eligibility::denialReason(fundThen, configuration, asset).value_or(u"Not eligible"_s);
                documented = false;
            }
            if (documented || kind == 2 || kind == 3) {
                for (const QString &type : required)
                    asset.documents.append({ random.uuid(), type, kind != 2, asset.createdAt.addSecs(random.between(5, 600)) });
            }
            if (kind == 2) {
                asset.status = AssetStatus::Denied;
                asset.deniedBy = u"document"_s;
                asset.denialReason = u"Invalid documents"_s;
            } else if (kind == 3) {
                asset.status = AssetStatus::Denied;
                asset.deniedBy = u"manager"_s;
                asset.denialReason = u"Removed by the manager"_s;
            }
            made.push_back(std::move(asset));
        }
        return made;
    };

    batch.assets.reserve(std::size_t(plan.assets));
    if (plan.assets <= assetsPerChunk) { // the world's own random stream, as every small batch
        for (Asset &asset : makeRange(0, plan.assets, m_random, *assignor.factory))
            batch.appendAsset(std::move(asset));
        return;
    }
    // A large batch (the 20,000 assets of `cessio --demo`) is made in fixed chunks on the thread pool,
    // each with a random stream seeded from the world's and title numbers of its own, so the world
    // is the same whatever the number of threads. The chunks only read what is shared.
    struct Chunk
    {
        int first = 0;
        int last = 0;
        quint32 seed = 0;
        DemoAssetFactory factory;
        std::vector<Asset> made;
    };
    std::vector<Chunk> chunks;
    for (int first = 0; first < plan.assets; first += assetsPerChunk) {
        DemoAssetFactory factory = *assignor.factory;
        factory.skip(first); // at most one title number per asset
        chunks.push_back({ first,
                           std::min(plan.assets, first + assetsPerChunk),
                           quint32(m_random.between64(0, 0xffffffff)),
                           std::move(factory),
                           {} });
    }
    assignor.factory->skip(plan.assets);
    QtConcurrent::blockingMap(chunks, [&](Chunk &chunk) {
        DemoRandom random(chunk.seed);
        chunk.made = makeRange(chunk.first, chunk.last, random, chunk.factory);
    });
    for (Chunk &chunk : chunks) {
        for (Asset &asset : chunk.made)
            batch.appendAsset(std::move(asset));
    }
}

} // namespace cessio::sandbox
