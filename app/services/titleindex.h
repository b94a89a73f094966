#pragma once

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <memory>

namespace cessio {

class WorkspaceRunner;
class WorkspaceStore;
template<typename T>
struct StoreResult;

// The titles of the batches Cessio has checked before, so that a title offered again in a later batch
// — of this fund or another — is caught (manager-needs §c item 15: duplicates "across earlier batches
// and funds"). A title is kept only as a SHA-256 digest of its key, never as the CPF/CNPJ or NF-e in it.
// Only the assets a batch was buying are recorded: a title denied in one batch may honestly come back.
//
// Where it lives: in the gestora's workspace store (issue 10), so colleagues see each other's titles;
// the desktop's older JSON-lines file is imported there once (verified, and kept). Without a store
// (tools, tests) in that file: one JSON line per batch, rewritten when a batch is checked again.
class TitleIndex : public std::enable_shared_from_this<TitleIndex>
{
    Q_DECLARE_TR_FUNCTIONS(cessio::TitleIndex)

public:
    struct Batch
    {
        QString fundClassKey;
        QString configurationKey;
        QString externalId;
        QString label; // for the alert: "no. 00000012 · Fundo Ipê Amarelo"
        QDate date;

        QString id() const { return fundClassKey + u'/' + configurationKey + u'/' + externalId; }
    };
    // What was known when a check started: immutable, safe to read on a worker thread.
    struct Snapshot
    {
        QList<Batch> batches;
        QHash<QByteArray, QList<int>> batchesOfTitle; // digest → indexes into batches

        // The other batches (not `selfId`) that had a title with this digest.
        QList<Batch> earlierBatches(const QByteArray &digest, const QString &selfId) const;
        static std::shared_ptr<const Snapshot> build(const QList<Batch> &batches,
                                                     const QHash<QString, QList<QByteArray>> &digestsOfBatch);
    };

    // Always held by a std::shared_ptr: a recording outlives the caller's interest in it.
    // In the file at `filePath`.
    static std::shared_ptr<TitleIndex> create(const QString &filePath);
    // In the workspace store `runner` has open; `legacyFilePath` is imported on first use, once.
    static std::shared_ptr<TitleIndex> inWorkspace(const std::shared_ptr<WorkspaceRunner> &runner, const QString &legacyFilePath);

    static QByteArray digest(const QString &titleKey);

    // What is known now. From the file: loaded on first use. From the store: its revision asked each time
    // (a colleague's titles count) and the index read whole when it moved, on the store's thread; the
    // caller waits, so call it on a worker thread, never the UI thread. When the store cannot be read,
    // the last snapshot read (problem() says why).
    std::shared_ptr<const Snapshot> snapshot();
    // Lines of the (legacy) file that could not be read: skipped and counted, never fatal.
    int unreadableLines() const { return m_shared->unreadable.loadRelaxed(); }
    // Replaces what is known of `batch` with `digests`, off the UI thread (a large index is not
    // serialised there). Its result is "" or why it could not be kept.
    QFuture<QString> record(const Batch &batch, const QList<QByteArray> &digests);
    // Why the store could not be read or the legacy file imported last time ("" when all went well).
    QString problem() const;

    QString filePath() const { return m_path; }
    // Call on the store's thread as the runner opens a store (before it is used): the legacy file is
    // imported into that one as well (once: the store keeps a mark).
    void storeOpened() { ++m_shared->opened; }

private:
    // What the store's jobs share with the index without keeping it (or the runner) alive.
    struct Shared
    {
        // Which store the legacy file went into: the runner's n-th opened (storeOpened() counts them), so a
        // store opened anew (the team's replacing the local one) gets it too. Used on the store's thread only.
        int opened = 0;
        int importedInto = -1;
        // The last index read whole, and which store (opened) at which revision it came from: read again
        // only when either moved. Used on the store's thread only.
        std::shared_ptr<const Snapshot> lastRead;
        int lastReadFrom = -1;
        qint64 lastReadRevision = -1;
        QAtomicInt unreadable;
        QMutex mutex;
        QString importProblem; // the legacy file's last import
        QString readProblem; // the store's last read
    };

    explicit TitleIndex(const QString &filePath);
    void load();
    QString recordNow(const Batch &batch, const QList<QByteArray> &digests);
    std::shared_ptr<const Snapshot> snapshotFromStore(const std::shared_ptr<WorkspaceRunner> &runner);
    // Imports the legacy file when that has not been done yet; on the store's thread.
    static void importOnce(WorkspaceStore &store, const QString &path, Shared &shared);
    // The index as the store has it now: the last one read when its revision has not moved since.
    static StoreResult<std::shared_ptr<const Snapshot>> readUnlessUnchanged(WorkspaceStore &store, Shared &shared);

    QString m_path;
    std::weak_ptr<WorkspaceRunner> m_runner; // set: in the store (the session owns the runner)
    bool m_inWorkspace = false;
    std::shared_ptr<Shared> m_shared = std::make_shared<Shared>();
    QMutex m_mutex; // guards everything below and the file: recordings happen one at a time
    std::shared_ptr<const Snapshot> m_current;
    QHash<QString, QList<QByteArray>> m_digestsOfBatch; // batch id → its digests, for rewriting
    bool m_loaded = false;
};

} // namespace cessio
