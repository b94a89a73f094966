#include "demoassetrecipe.h"

#include "eligibility.h"

#include <QJsonObject>
#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

Asset DemoAssetRecipe::suspiciousAsset(const std::vector<Asset> &made, const QString &externalId, DemoRandom &random,
                                       DemoAssetFactory &factory, int nth, qsizetype cleanIndex) const
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
    const QList<Borrower> &all = debtors->debtors();
    const auto company
        = std::find_if(all.cbegin(), all.cend(), [](const Borrower &b) { return b.personType == u"legal_person"; });
    Borrower itself = company != all.cend() ? *company : all.constFirst();
    itself.name = assignorName;
    itself.documentNumber = assignorDocument;
    return factory.make(random, configuration.assetType, externalId, itself, batchDate);
}

std::vector<Asset> DemoAssetRecipe::make(int first, int last, DemoRandom &random, DemoAssetFactory &factory) const
{
    std::vector<Asset> made;
    made.reserve(std::size_t(last - first));
    int flawCycle = 0; // the eligibility flaws and suspicious kinds take turns through the whole batch
    int suspiciousCount = 0;
    for (auto it = fate.cbegin(); it != fate.cend(); ++it) {
        if (it.key() < first && it.value() == EligibilityFlaw)
            ++flawCycle;
        else if (it.key() < first && it.value() == Suspicious)
            ++suspiciousCount;
    }
    const BatchStatus::Value status = batchStatus.value();
    qsizetype lastClean = -1; // the latest asset with nothing wrong, to copy
    for (int i = first; i < last; ++i) {
        const int kind = fate.value(i, Clean);
        auto flaw = DemoAssetFactory::Flaw::None;
        if (kind == Mispriced)
            flaw = DemoAssetFactory::Flaw::Mispriced;
        if (kind == EligibilityFlaw) {
            static constexpr DemoAssetFactory::Flaw flaws[]
                = { DemoAssetFactory::Flaw::BadBorrowerDocument, DemoAssetFactory::Flaw::MaturityNotAfterAccountingDate,
                    DemoAssetFactory::Flaw::PurchaseAboveFace };
            flaw = flaws[flawCycle++ % 3];
        }
        const QString externalId = u"%1-%2"_s.arg(batchExternalId).arg(i + 1, 5, 10, QLatin1Char('0'));
        Asset asset = kind == Suspicious
            ? suspiciousAsset(made, externalId, random, factory, suspiciousCount++, lastClean)
            : factory.make(random, configuration.assetType, externalId, debtors->pick(random), batchDate, flaw);
        if (kind == Clean)
            lastClean = qsizetype(made.size());
        asset.assetKey = random.uuid();
        asset.createdAt = insertedFrom.addSecs(insertionSpanSeconds * i / qMax(1, assets));
        asset.status = settled;
        bool documented = eligibilityRan;
        if (status == BatchStatus::PendingAssetsInsertion || status == BatchStatus::PendingEligibility) {
            if (!requiredDocuments.isEmpty() && random.chance(0.25)) { // its documents are still to come
                asset.status = AssetStatus::PendingDocumentation;
                documented = false;
            } else {
                asset.status = AssetStatus::PreApproved;
            }
        }
        if (kind == EligibilityFlaw) {
            asset.status = AssetStatus::Denied;
            asset.deniedBy = u"eligibility"_s;
            asset.denialReason = Eligibility::denialReason(fundThen, configuration, asset).value_or(u"Not eligible"_s);
            documented = false;
        }
        if (documented || kind == BadDocument || kind == RemovedByManager) {
            for (const QString &type : requiredDocuments)
                asset.documents.append(
                    { random.uuid(), type, kind != BadDocument, asset.createdAt.addSecs(random.between(5, 600)) });
        }
        if (kind == BadDocument) {
            asset.status = AssetStatus::Denied;
            asset.deniedBy = u"document"_s;
            asset.denialReason = u"Invalid documents"_s;
        } else if (kind == RemovedByManager) {
            asset.status = AssetStatus::Denied;
            asset.deniedBy = u"manager"_s;
            asset.denialReason = u"Removed by the manager"_s;
        }
        made.push_back(std::move(asset));
    }
    return made;
}

namespace {

void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    // Linux threads have a nice value each: 10 leaves them about a tenth of a busy core's time.
    setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
}

} // namespace

DemoAssetChunks::DemoAssetChunks(DemoAssetRecipe recipe, DemoRandom &random, DemoAssetFactory &factory)
    : m_recipe(std::move(recipe))
{
    for (int first = 0; first < m_recipe.assets; first += assetsPerChunk) {
        DemoAssetFactory own = factory;
        own.skip(first); // at most one title number per asset
        m_chunks.push_back({ first,
                             std::min(m_recipe.assets, first + assetsPerChunk),
                             quint32(random.between64(0, 0xffffffff)),
                             std::move(own),
                             {} });
    }
    factory.skip(m_recipe.assets);
}

QFuture<void> DemoAssetChunks::start(QThreadPool *pool, bool lowPriority)
{
    // The chunks only read the recipe, which nothing changes any more.
    return QtConcurrent::map(pool, m_chunks, [recipe = &m_recipe, lowPriority](Chunk &chunk) {
        if (lowPriority)
            lowerThisThreadsPriority();
        DemoRandom random(chunk.seed);
        chunk.made = recipe->make(chunk.first, chunk.last, random, chunk.factory);
    });
}

void DemoAssetChunks::makeNow()
{
    start().waitForFinished();
}

void DemoAssetChunks::moveInto(Batch &batch)
{
    batch.assets.reserve(batch.assets.size() + std::size_t(m_recipe.assets));
    for (Chunk &chunk : m_chunks) {
        for (Asset &asset : chunk.made) {
            asset.lastChangeMs = batch.lastChangeMs;
            batch.appendAsset(std::move(asset));
        }
        std::vector<Asset>().swap(chunk.made);
    }
    batch.visible = true;
}

DemoLateBatch::DemoLateBatch(Batch &batch, std::unique_ptr<DemoAssetChunks> chunks)
    : m_batch(&batch)
    , m_externalId(batch.externalId)
    , m_assignmentKey(batch.assignmentKey)
    , m_chunks(std::move(chunks))
{ }

bool DemoLateBatch::finish()
{
    if (m_batch->visible || m_batch->assignmentKey != m_assignmentKey)
        return false;
    m_chunks->moveInto(*m_batch);
    return true;
}

} // namespace cessio::sandbox
