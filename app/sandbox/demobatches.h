#pragma once

#include "demoassetrecipe.h"
#include "demoassets.h"
#include "world.h"

#include <QDateTime>
#include <QList>

// The batches of the demonstration world, built straight into the World in their final state
// (status, status_events in the past, asset statuses, documents, disbursement, term) rather than
// pushed through the pipeline, so 20,000 assets take a fraction of a second.
namespace cessio::sandbox {

struct DemoBatchPlan
{
    int contract = 0; // index into DemoCast::contracts()
    BatchStatus status; // where the batch is now
    qint64 waitingSeconds = 0; // since its last status event
    int assets = 0;
    int eligibilityDenials = 0; // assets whose bodies break an eligibility rule
    int documentDenials = 0; // assets whose document is not a PDF
    int managerRemovals = 0; // assets removed by the manager (reopen, deny, close) earlier
    bool discount = false; // an assignor discount (flat rate)
    bool otherAccount = false; // paid into an account that is not the assignor's default
    // Assets QI's eligibility lets through but a careful manager questions (Cessio's batch checks):
    // a title sent twice under another external id, or one whose debtor is the assignor itself.
    int suspicious = 0;
    int mispriced = 0; // bought far below the assignor's rate: only Cessio's pricing check sees it
};

// Every batch status, the inbox spread over every fund, waiting times from minutes to days.
QList<DemoBatchPlan> demoBatchPlans(int largeBatchAssets);

// What the builder needs to know about a contract's assignor.
struct DemoAssignorContext
{
    const Assignor *assignor = nullptr;
    QString code;
    QString user; // AGENT-USER of its requests
    DemoAssetFactory *factory = nullptr;
    const DebtorPool *debtors = nullptr;
};

class DemoBatchBuilder
{
public:
    DemoBatchBuilder(World &world, DemoRandom &random, const QDateTime &nowUtc, const QString &managerUser);

    // The plan's status events, oldest first, ending `waitingSeconds` before now.
    QList<StatusEvent> timeline(const DemoBatchPlan &plan, const Configuration &configuration,
                                const DemoAssignorContext &assignor);
    // Adds the batch with the timeline computed before (its first event is the creation). With
    // `later`, a batch made in chunks (DemoAssetChunks) is added without its assets and out of
    // sight, and *later makes them; the world is the same as when they are made at once.
    Batch &build(const DemoBatchPlan &plan, const Configuration &configuration, const DemoAssignorContext &assignor,
                 const QList<StatusEvent> &events, std::unique_ptr<DemoLateBatch> *later = nullptr);

private:
    QJsonObject agent(const QString &type, const QString &key, const QString &user) const;
    DemoAssetRecipe recipe(const Batch &batch, const DemoBatchPlan &plan, const Configuration &configuration,
                           const DemoAssignorContext &assignor, QDateTime insertedFrom, QDateTime insertedTo);
    AssetStatus settledStatus(BatchStatus batchStatus) const;
    qint64 firstStepAfterMs(BatchStatus status);

    World &m_world;
    DemoRandom &m_random;
    QDateTime m_now;
    QString m_managerUser;
    QHash<QString, int> m_sequence; // batches per assignor code and day, for external ids
};

} // namespace cessio::sandbox
