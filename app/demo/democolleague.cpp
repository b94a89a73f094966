#include "democolleague.h"

#include "sandbox/world.h"
#include "services/portfolio/batchhistory.h"
#include "services/workspace/foureyespolicy.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

namespace {

// The batch as it was before the assignor replaced its first asset and corrected its second one's
// value: the review of it then shows one asset added, one removed and one value changed.
QByteArray earlierSnapshotOf(const sandbox::Batch &batch, const QDateTime &takenAt)
{
    BatchSnapshot earlier;
    earlier.batchExternalId = batch.externalId;
    earlier.takenAt = takenAt;
    for (const sandbox::Asset &asset : batch.assets)
        earlier.items.append({ asset.externalId, asset.totalPurchaseValue, asset.status });
    if (earlier.items.size() < 2)
        return {};
    earlier.items[0].assetId += u"-R"_s; // replaced since
    earlier.items[1].value -= Money::fromCentavos(123'456); // corrected since
    return earlier.toJson();
}

} // namespace

DemoColleague::Plan DemoColleague::choose(const sandbox::World &world, const QString &spareExternalId)
{
    QList<const sandbox::Batch *> awaiting;
    for (const sandbox::Batch *batch : world.batches())
        if (batch->status.value() == BatchStatus::PendingManagerApproval && batch->externalId != spareExternalId)
            awaiting.append(batch);
    std::sort(awaiting.begin(), awaiting.end(), [](auto *a, auto *b) { return a->externalId < b->externalId; });
    Plan plan;
    if (awaiting.size() < 2)
        return plan;
    const auto refOf = [](const sandbox::Batch &b) { return BatchRef { b.fundClassKey, b.configurationKey, b.externalId }; };
    plan.reviewing = refOf(*awaiting.at(0));
    plan.recommended = refOf(*awaiting.at(1));
    plan.earlierSnapshot = earlierSnapshotOf(*awaiting.at(0), QDateTime::currentDateTimeUtc().addSecs(-2 * 3600));
    if (const sandbox::Configuration *configuration = world.configuration(awaiting.at(1)->configurationKey))
        if (const sandbox::Assignor *assignor = world.assignor(configuration->assignorKey))
            if (const sandbox::Account *account = assignor->defaultAccount())
                plan.accountKey = account->accountKey;
    return plan;
}

QFuture<QString> DemoColleague::act(const WorkspaceSettings &workspace, const Plan &plan,
                                    const std::function<QString(const BatchRef &)> &keyOf)
{
    WorkspaceSettings hers = workspace;
    // Who she is: the name written down on SQLite, the server's login on PostgreSQL.
    (hers.backend == WorkspaceSettings::Backend::PostgreSql ? hers.user : hers.login) = QString::fromLatin1(login);
    m_runner.open(hers, {});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Recommendation recommendation;
    recommendation.batchKey = keyOf(plan.recommended);
    recommendation.round = 1;
    recommendation.action = RecommendedAction::Approve;
    recommendation.accountKey = plan.accountKey;
    recommendation.note = tr("Assignor's usual account; the checks found nothing. Approve.");
    recommendation.createdMs = now - 20 * 60'000; // she looked at it earlier
    const Member ana { QString::fromLatin1(login), u"Ana Souza"_s, Role::Analyst };
    const QString reviewingKey = keyOf(plan.reviewing);
    const QByteArray earlier = plan.earlierSnapshot;
    // A claim for the whole demo: she does not renew it.
    constexpr qint64 demoLengthMs = 12LL * 3600 * 1000;
    const QString fourEyesFund = plan.fourEyes ? plan.recommended.fundClassKey : QString();
    return m_runner
        .run([ana, reviewingKey, recommendation, earlier, now, fourEyesFund](WorkspaceStore &store) -> StoreResult<bool> {
            if (!fourEyesFund.isEmpty()) {
                const FourEyesPolicy everyBatch { Money(), false };
                if (auto saved = FourEyesPolicyDocument::save(store, fourEyesFund, everyBatch, 0, now); !saved.ok())
                    return saved;
            }
            if (auto put = store.putMember(ana); !put.ok())
                return put;
            if (auto claimed = store.claim(reviewingKey, now - 5 * 60'000, demoLengthMs); !claimed.ok())
                return StoreResult<bool>::failure(claimed.error);
            if (auto added = store.addRecommendation(recommendation); !added.ok())
                return StoreResult<bool>::failure(added.error);
            if (!earlier.isEmpty())
                if (auto kept = store.addSnapshot(reviewingKey, earlier, now - 2 * 3600'000, batchhistory::keepPerBatch); !kept.ok())
                    return kept;
            return StoreResult<bool>::success(true);
        })
        .then([](const StoreResult<bool> &done) { return done.error; });
}

} // namespace cessio
