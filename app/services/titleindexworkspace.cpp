#include "titleindexworkspace.h"

#include "services/titleindexfile.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

TitleSighting TitleIndexWorkspace::sighting(const TitleIndex::Batch &batch)
{
    return { batch.id(), batch.label, batch.date };
}

TitleIndex::Batch TitleIndexWorkspace::batchOf(const TitleSighting &sighting)
{
    // The id is "fund/configuration/batch": keys are UUIDs, so only the batch's own id may hold a '/'.
    const QString &id = sighting.batchId;
    const qsizetype first = id.indexOf(u'/');
    const qsizetype second = first < 0 ? -1 : id.indexOf(u'/', first + 1);
    if (second < 0)
        return { {}, {}, id, sighting.label, sighting.date };
    return { id.left(first), id.mid(first + 1, second - first - 1), id.mid(second + 1), sighting.label, sighting.date };
}

StoreResult<std::shared_ptr<const TitleIndex::Snapshot>> TitleIndexWorkspace::snapshot(WorkspaceStore &store)
{
    using Result = StoreResult<std::shared_ptr<const TitleIndex::Snapshot>>;
    const auto stored = store.titledBatches();
    if (!stored.ok())
        return Result::failure(stored.error);
    QList<TitleIndex::Batch> batches;
    QHash<QString, QList<QByteArray>> digestsOfBatch;
    batches.reserve(stored.value->size());
    for (const TitledBatch &titled : *stored.value) {
        batches.append(batchOf(titled.batch));
        digestsOfBatch.insert(titled.batch.batchId, titled.digests);
    }
    return Result::success(TitleIndex::Snapshot::build(batches, digestsOfBatch));
}

StoreStatus TitleIndexWorkspace::record(WorkspaceStore &store, const TitleIndex::Batch &batch, const QList<QByteArray> &digests)
{
    return store.recordTitles(sighting(batch), digests, QDateTime::currentMSecsSinceEpoch());
}

StoreStatus TitleIndexWorkspace::importFile(WorkspaceStore &store, const QString &path, int *unreadable)
{
    const TitleIndexFile::Contents file = TitleIndexFile::read(path);
    *unreadable = file.unreadable;
    if (!file.exists)
        return StoreStatus::success(false);
    // Batches the store knew before are kept as they are there; the others must read back as the file has them.
    const auto before = store.titledBatches();
    if (!before.ok())
        return StoreStatus::failure(before.error);
    QSet<QString> known;
    for (const TitledBatch &titled : *before.value)
        known.insert(titled.batch.batchId);
    QList<TitledBatch> batches;
    for (const TitleIndex::Batch &batch : file.batches)
        batches.append(TitledBatch { sighting(batch), file.digestsOfBatch.value(batch.id()) });
    const auto check = [&](const QList<TitledBatch> &stored, QString *error) {
        QHash<QString, QSet<QByteArray>> storedDigests;
        for (const TitledBatch &titled : stored)
            storedDigests.insert(titled.batch.batchId, QSet<QByteArray>(titled.digests.cbegin(), titled.digests.cend()));
        for (const TitledBatch &titled : std::as_const(batches)) {
            const auto it = storedDigests.constFind(titled.batch.batchId);
            const bool same = it != storedDigests.cend()
                && (known.contains(titled.batch.batchId)
                    || *it == QSet<QByteArray>(titled.digests.cbegin(), titled.digests.cend()));
            if (!same) {
                *error = TitleIndex::tr("The index of checked titles in %1 was not moved into the workspace: batch %2 did "
                                        "not read back as the file has it. The file is kept; the move is tried again next time.")
                             .arg(QFileInfo(path).fileName(), titled.batch.batchId);
                return false;
            }
        }
        return true;
    };
    return store.importTitles(batches, QFileInfo(path).absoluteFilePath(), file.unreadable, QDateTime::currentMSecsSinceEpoch(),
                              check);
}

} // namespace cessio
