#pragma once

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

// The titles of the batches Cessio has checked before, so that a title offered again in a later batch
// — of this fund or another — is caught (manager-needs §c item 15: duplicates "across earlier batches
// and funds"). One JSON line per batch in the profile's data folder, rewritten when a batch is checked
// again; a title is stored only as a SHA-256 digest of its key, never as the CPF/CNPJ or NF-e in it.
// Only the assets a batch was buying are recorded: a title denied in one batch may honestly come back.
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
    };

    // Always held by a std::shared_ptr: a recording outlives the caller's interest in it.
    static std::shared_ptr<TitleIndex> create(const QString &filePath);

    static QByteArray digest(const QString &titleKey);

    // Loaded from the file on first use; lines that cannot be read are skipped and counted.
    std::shared_ptr<const Snapshot> snapshot();
    int unreadableLines() const { return m_unreadable; }
    // Replaces what is known of `batch` with `digests` and rewrites the file, all on a worker thread
    // (a large index is not serialised on the UI thread). Its result is "" or why the file could not
    // be written; this session knows the batch either way.
    QFuture<QString> record(const Batch &batch, const QList<QByteArray> &digests);

    QString filePath() const { return m_path; }

private:
    explicit TitleIndex(const QString &filePath);
    void load();
    QString recordNow(const Batch &batch, const QList<QByteArray> &digests);

    QString m_path;
    QMutex m_mutex; // guards everything below and the file: recordings happen one at a time
    std::shared_ptr<const Snapshot> m_current;
    QHash<QString, QList<QByteArray>> m_digestsOfBatch; // batch id → its digests, for rewriting
    bool m_loaded = false;
    int m_unreadable = 0;
};

} // namespace cessio
