#include "titleindex.h"

#include "services/titleindexfile.h"
#include "services/titleindexworkspace.h"
#include "services/workspace/workspacerunner.h"

#include <QCryptographicHash>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

std::shared_ptr<const TitleIndex::Snapshot> TitleIndex::Snapshot::build(const QList<Batch> &batches,
                                                                        const QHash<QString, QList<QByteArray>> &digestsOfBatch)
{
    auto snapshot = std::make_shared<Snapshot>();
    snapshot->batches = batches;
    for (int i = 0; i < int(batches.size()); ++i) {
        for (const QByteArray &digest : digestsOfBatch.value(batches.at(i).id())) {
            QList<int> &holders = snapshot->batchesOfTitle[digest];
            if (holders.isEmpty() || holders.constLast() != i)
                holders.append(i);
        }
    }
    return snapshot;
}

QList<TitleIndex::Batch> TitleIndex::Snapshot::earlierBatches(const QByteArray &digest, const QString &selfId) const
{
    QList<Batch> result;
    for (const int index : batchesOfTitle.value(digest)) {
        if (batches.at(index).id() != selfId)
            result.append(batches.at(index));
    }
    return result;
}

TitleIndex::TitleIndex(const QString &filePath)
    : m_path(filePath)
    , m_current(std::make_shared<Snapshot>())
{ }

std::shared_ptr<TitleIndex> TitleIndex::create(const QString &filePath)
{
    return std::shared_ptr<TitleIndex>(new TitleIndex(filePath));
}

std::shared_ptr<TitleIndex> TitleIndex::inWorkspace(const std::shared_ptr<WorkspaceRunner> &runner, const QString &legacyFilePath)
{
    std::shared_ptr<TitleIndex> index(new TitleIndex(legacyFilePath));
    index->m_runner = runner;
    index->m_inWorkspace = true;
    return index;
}

QByteArray TitleIndex::digest(const QString &titleKey)
{
    return QCryptographicHash::hash(titleKey.toUtf8(), QCryptographicHash::Sha256).left(16);
}

QString TitleIndex::problem() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->readProblem.isEmpty() ? m_shared->importProblem : m_shared->readProblem;
}

void TitleIndex::importOnce(WorkspaceStore &store, const QString &path, Shared &shared)
{
    if (shared.importedInto == shared.opened)
        return;
    int unreadable = 0;
    const StoreStatus imported = TitleIndexWorkspace::importFile(store, path, &unreadable);
    shared.unreadable.storeRelaxed(unreadable);
    QMutexLocker lock(&shared.mutex);
    shared.importProblem = imported.error; // not fatal: the store is used all the same, the import tried again next time
    if (imported.ok())
        shared.importedInto = shared.opened;
}

StoreResult<std::shared_ptr<const TitleIndex::Snapshot>> TitleIndex::readUnlessUnchanged(WorkspaceStore &store, Shared &shared)
{
    const StoreResult<qint64> revision = store.titleIndexRevision();
    if (!revision.ok())
        return StoreResult<std::shared_ptr<const Snapshot>>::failure(revision.error);
    if (shared.lastRead && shared.lastReadFrom == shared.opened && shared.lastReadRevision == *revision.value)
        return StoreResult<std::shared_ptr<const Snapshot>>::success(shared.lastRead);
    // A colleague may record between the two reads: then the index read is newer than the revision kept,
    // and the next question reads it once more. Never older.
    auto read = TitleIndexWorkspace::snapshot(store);
    if (read.ok()) {
        shared.lastRead = *read.value;
        shared.lastReadFrom = shared.opened;
        shared.lastReadRevision = *revision.value;
    }
    return read;
}

std::shared_ptr<const TitleIndex::Snapshot> TitleIndex::snapshot()
{
    if (m_inWorkspace) {
        if (const std::shared_ptr<WorkspaceRunner> runner = m_runner.lock())
            return snapshotFromStore(runner);
        QMutexLocker lock(&m_mutex);
        return m_current;
    }
    QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        load();
    return m_current;
}

std::shared_ptr<const TitleIndex::Snapshot> TitleIndex::snapshotFromStore(const std::shared_ptr<WorkspaceRunner> &runner)
{
    // The job holds neither the index nor the runner: the last owner must never be the runner's thread.
    QFuture<StoreResult<std::shared_ptr<const Snapshot>>> read
        = runner->run([path = m_path, shared = m_shared](WorkspaceStore &store) {
              importOnce(store, path, *shared);
              return readUnlessUnchanged(store, *shared);
          });
    const auto result = read.result(); // built on the store's thread; this one is a worker
    QMutexLocker lock(&m_mutex);
    if (result.ok())
        m_current = *result.value;
    QMutexLocker problemLock(&m_shared->mutex);
    m_shared->readProblem = result.error;
    return m_current;
}

void TitleIndex::load()
{
    m_loaded = true;
    TitleIndexFile::Contents contents = TitleIndexFile::read(m_path);
    m_shared->unreadable.storeRelaxed(contents.unreadable);
    m_digestsOfBatch = std::move(contents.digestsOfBatch);
    m_current = Snapshot::build(contents.batches, m_digestsOfBatch);
}

QFuture<QString> TitleIndex::record(const Batch &batch, const QList<QByteArray> &digests)
{
    if (m_inWorkspace) {
        const std::shared_ptr<WorkspaceRunner> runner = m_runner.lock();
        if (!runner)
            return QtFuture::makeReadyFuture(WorkspaceRunner::notOpen());
        return runner
            ->run([path = m_path, shared = m_shared, batch, digests](WorkspaceStore &store) {
                importOnce(store, path, *shared);
                return TitleIndexWorkspace::record(store, batch, digests);
            })
            .then([](const StoreStatus &written) { return written.ok() ? QString() : written.error; });
    }
    return QtConcurrent::run([self = shared_from_this(), batch, digests] { return self->recordNow(batch, digests); });
}

QString TitleIndex::recordNow(const Batch &batch, const QList<QByteArray> &digests)
{
    QMutexLocker lock(&m_mutex);
    if (!m_loaded)
        load();
    QList<Batch> batches;
    for (const Batch &known : m_current->batches) {
        if (known.id() != batch.id())
            batches.append(known);
    }
    batches.append(batch); // the latest check last
    m_digestsOfBatch.insert(batch.id(), digests);
    m_current = Snapshot::build(batches, m_digestsOfBatch);
    return TitleIndexFile::write(m_path, batches, m_digestsOfBatch);
}

} // namespace cessio
