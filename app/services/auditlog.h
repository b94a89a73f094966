#pragma once

#include "services/auditcsv.h"
#include "services/auditentry.h"
#include "services/auditreader.h"

#include <QFile>
#include <QMutex>
#include <QObject>
#include <QString>

#include <optional>

namespace cessio {

// The decision record: an append-only, hash-chained file of AuditEntry lines (JSON Lines).
// Each entry names the previous entry's hash, and its own hash covers that and its content, so
// changing, removing or reordering an entry breaks the chain from there on (verify() finds where).
//
// append() returns only once the line is on disk (write, flush, fsync), and leaves nothing behind
// when it fails. It is thread-safe, and several processes (the app and cessio-cli) may append to the
// same file: each append holds an exclusive lock on the file and chains to whatever the last line
// on disk is.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~AuditLog() override;

    // <AppDataLocation>/audit.jsonl
    static QString defaultFilePath();
    QString filePath() const { return m_path; }

    // Opens (creating the file and its folder) and reads the last line, so the next entry chains to
    // the hash really on disk. A last line cut off by an interrupted append is moved to a side file
    // (<file>.torn-<time>) and a Note entry records that; the append it belonged to never returned,
    // so no caller was told it was recorded. Fails, refusing to append, when the last complete line
    // is damaged: a decision is better not sent than sent with no valid record of it.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close();

    // Fills sequence, previousHash and hash (and time, user, host and app version when empty),
    // writes one line and syncs it to disk. Returns the entry as stored, or nullopt and *error.
    std::optional<AuditEntry> append(const AuditEntry &entry, QString *error = nullptr);

    qint64 lastSequence() const;
    QString lastHash() const;

    // The whole file checked from the first line (independent of open()).
    AuditVerification verify() const { return AuditReader::read(m_path, AuditReader::Mode::VerifyOnly).verification; }
    QList<AuditEntry> readAll() const { return AuditReader::read(m_path).entries; }
    bool exportCsv(const QString &path, AuditCsv::Style style, QString *error = nullptr) const;

Q_SIGNALS:
    // Emitted from the appending thread after the line is on disk.
    void appended(qint64 sequence);

private:
    bool loadTail(QString *error);
    bool recoverTornTail(qint64 completeSize, const QByteArray &torn, QString *error);
    std::optional<AuditEntry> appendLocked(AuditEntry entry, QString *error);

    const QString m_path;
    mutable QMutex m_mutex;
    QFile m_file;
    qint64 m_lastSequence = 0;
    QString m_lastHash;
    qint64 m_knownSize = -1; // the size after our last write; anything else means another writer
};

} // namespace cessio
