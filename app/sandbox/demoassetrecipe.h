#pragma once

#include "demoassets.h"
#include "world.h"

#include <QFuture>
#include <QHash>
#include <QThreadPool>

#include <memory>
#include <vector>

// How the assets of one demo batch are made. Every draw from the world's random stream (which
// assets carry a flaw, the chunks' seeds) is taken when the recipe is written, in the world's
// order, and the recipe keeps copies of what it reads: the assets themselves can then be made on
// any thread, now or later, and the world is the same either way.
namespace cessio::sandbox {

struct DemoAssetRecipe
{
    enum Fate { Clean = 0, EligibilityFlaw = 1, BadDocument = 2, RemovedByManager = 3, Suspicious = 4, Mispriced = 5 };

    QHash<int, int> fate; // asset index → Fate, for the few that are not clean
    int assets = 0;
    BatchStatus batchStatus;
    QString batchExternalId;
    QDate batchDate;
    Configuration configuration;
    Fund fundThen; // the fund with the accounting date the batch was judged on
    QString assignorName;
    QString assignorDocument;
    std::shared_ptr<const DebtorPool> debtors;
    QStringList requiredDocuments;
    QDateTime insertedFrom;
    qint64 insertionSpanSeconds = 1;
    AssetStatus settled; // where an asset with nothing wrong stands now
    bool eligibilityRan = true;

    // The assets from `first` to `last` (excluded), drawn from `random`, titles numbered by `factory`.
    std::vector<Asset> make(int first, int last, DemoRandom &random, DemoAssetFactory &factory) const;

private:
    Asset suspiciousAsset(const std::vector<Asset> &made, const QString &externalId, DemoRandom &random,
                          DemoAssetFactory &factory, int nth, qsizetype cleanIndex) const;
};

// The assets of a batch too large to make in one go: fixed chunks made in parallel on the thread
// pool, each with a random stream seeded from the world's and title numbers of its own, so the
// world is the same whatever the number of threads. `cessio --demo` makes its 20,000-asset batch
// this way after the simulator already answers: the batch stays out of sight (Batch::visible)
// until finish() adds its assets.
class DemoAssetChunks
{
public:
    static constexpr int assetsPerChunk = 2500;

    // Draws the chunks' seeds from `random` and skips the titles they number in `factory`.
    DemoAssetChunks(DemoAssetRecipe recipe, DemoRandom &random, DemoAssetFactory &factory);

    // The chunks on the thread pool; the object must live until the future finishes.
    // `lowPriority`: each chunk runs at a lower CPU priority than the program's other threads, yet is
    // never starved (Linux: nice 10 for the thread; Qt's own lowest priority changes nothing there,
    // and its idle priority waits for an idle core, which a busy machine may never have).
    QFuture<void> start(QThreadPool *pool = QThreadPool::globalInstance(), bool lowPriority = false);
    // Blocks until every chunk is made.
    void makeNow();
    // On the world's thread, once made: the assets into `batch` (each stamped with the batch's
    // lastChangeMs) and the batch made visible.
    void moveInto(Batch &batch);

private:
    struct Chunk
    {
        int first = 0;
        int last = 0;
        quint32 seed = 0;
        DemoAssetFactory factory;
        std::vector<Asset> made;
    };
    DemoAssetRecipe m_recipe;
    std::vector<Chunk> m_chunks;
};

// The demo's large batch when the world is served before its assets are made (DemoWorld::build with
// `later`): make() on the thread pool, then finish() on the world's thread.
class DemoLateBatch
{
public:
    DemoLateBatch(Batch &batch, std::unique_ptr<DemoAssetChunks> chunks);

    QString externalId() const { return m_externalId; }
    QFuture<void> make(QThreadPool *pool = QThreadPool::globalInstance(), bool lowPriority = false)
    {
        return m_chunks->start(pool, lowPriority);
    }
    // On the world's thread, after make() finished: adds the assets and shows the batch. False when
    // the batch is no longer the one this was made for (a client created another under its id).
    bool finish();

private:
    Batch *m_batch; // the World keeps its batches at stable addresses
    QString m_externalId;
    QString m_assignmentKey;
    std::unique_ptr<DemoAssetChunks> m_chunks;
};

} // namespace cessio::sandbox
