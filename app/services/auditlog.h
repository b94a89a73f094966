#pragma once

#include "services/auditcsv.h"
#include "services/auditentry.h"
#include "services/auditreader.h"

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace cessio {

class AuditRecordStore;

// The decision record: an append-only, hash-chained file of AuditEntry lines (JSON Lines).
// Each entry names the previous entry's hash, and its own hash covers that and its content, so
// changing, removing or reordering an entry breaks the chain from there on (verify() finds where).
// With a key (setSeal) each hash is an HMAC and the last entry is kept outside the file as well
// (the anchor), so that even someone who can write the file cannot rewrite or cut it unnoticed
// (auditseal.h says what this defends against and what not).
//
// append() returns only once the line is on disk (write, flush, fsync), and leaves nothing behind
// when it fails. It is thread-safe, and several processes (the app and cessio-cli) may append to the
// same file: each append holds an exclusive lock on the file and chains to whatever the last line
// on disk is.
//
// When the record was moved into the workspace store (AuditRecordStore::attach for its path, issue 10)
// the same entries are rows there (auditlogstore.cpp): each append is one transaction that chains to
// the last row under the store's lock, across desktops and cessio-cli. The first open of an empty
// store record imports the file, verified before and after, and keeps the file renamed beside it.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~AuditLog() override;

    // <AppDataLocation>/audit.jsonl
    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // The record's key and anchor store; set before open(). Without a key, entries are written
    // unsealed (format 1), and only while the record has no sealed entries and no anchor.
    void setSeal(const AuditSeal &seal);
    AuditSeal seal() const;
    // Whether the record at `path` is sealed already (a sealed last entry, or an anchor in `anchors`):
    // then only its key may add to it.
    static bool isSealed(const QString &path, const AuditAnchorStore *anchors);

    // Opens (creating the file and its folder) and reads the last line, so the next entry chains to
    // the hash really on disk. A last line cut off by an interrupted append is moved to a side file
    // (<file>.torn-<time>) and a Note entry records that; the append it belonged to never returned,
    // so no caller was told it was recorded. Fails, refusing to append, when the last complete line
    // is damaged: a decision is better not sent than sent with no valid record of it.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close();

    // Fills sequence, previousHash and hash (and time, user, host and app version when empty),
    // writes one line and syncs it to disk, then (sealed) the anchor, all under the record's lock.
    // Returns the entry as stored, or nullopt and *error.
    std::optional<AuditEntry> append(const AuditEntry &entry, QString *error = nullptr);

    qint64 lastSequence() const;
    QString lastHash() const;
    // What open() (or an append that found another writer's lines) noticed about the record not
    // reaching its anchor, one translated sentence each; each was also recorded as a Note entry.
    // Taken once: a second call returns only what was found since.
    QStringList takeFindings();
    // Why the anchor could not be written at the last append ("" when it was).
    QString anchorProblem() const;

    // The whole file checked from the first line, with the key and anchor (independent of open()).
    AuditVerification verify() const { return AuditReader::read(m_path, AuditReader::Mode::VerifyOnly, seal()).verification; }
    QList<AuditEntry> readAll() const { return AuditReader::read(m_path).entries; }
    bool exportCsv(const QString &path, AuditCsv::Style style, QString *error = nullptr) const;

    // The entry completed and sealed as the next after (lastSequence, lastHash); returns its line
    // with the newline. `key` null: unsealed (format 1).
    static QByteArray completeEntry(AuditEntry &entry, qint64 lastSequence, const QString &lastHash, const AuditKey *key);

Q_SIGNALS:
    // Emitted from the appending thread after the line is on disk.
    void appended(qint64 sequence);

private:
    // auditlogstore.cpp; called with the mutex held.
    bool openInStore(const std::shared_ptr<AuditRecordStore> &store, QString *error);
    bool importFile(AuditRecordStore &store, QString *error);
    std::optional<AuditEntry> appendToStore(AuditEntry entry, QString *error);
    const AuditKey *storeKey() const;

    bool loadTail(QString *error);
    bool recoverTornTail(qint64 completeSize, const QByteArray &torn, QString *error);
    bool checkAnchor(const std::optional<AuditAnchor> &anchor, bool tailSealed, QString *error);
    bool recordLoss(const AuditLoss &loss, QString *error);
    std::optional<AuditEntry> appendLocked(AuditEntry entry, QString *error);
    void writeAnchor();

    const QString m_path;
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_lastSequence = 0;
    QString m_lastHash;
    qint64 m_knownSize = -1; // the size after our last write; anything else means another writer
    AuditSeal m_seal;
    QStringList m_losses; // carried from the anchor into every anchor written
    QStringList m_findings;
    QString m_anchorProblem;
    bool m_holdAnchor = false; // while loadTail() has not compared the record with its anchor yet
    std::shared_ptr<AuditRecordStore> m_store; // set while open in the workspace store
    QString m_importNote; // recorded once the imported record is open
};

} // namespace cessio
