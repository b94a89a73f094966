#include "auditlog.h"

#include "services/auditrecordstore.h"
#include "services/ownerfiles.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <utility>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// How long an append waits for another process holding the record's lock.
constexpr int lockWaitMs = 10000;
// Tail reads go backwards in blocks this size until the last complete line is found.
constexpr qint64 tailBlock = 64 * 1024;

// Data and size on stable storage, not only in the OS cache: a recorded decision must survive a
// power cut. QFile::flush only reaches the kernel.
bool syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return false;
    const int fd = file.handle();
#if defined(Q_OS_WIN)
    return _commit(fd) == 0;
#elif defined(Q_OS_DARWIN)
    return ::fcntl(fd, F_FULLFSYNC) == 0 || ::fsync(fd) == 0; // fsync alone stops at the drive cache
#else
    int rc;
    do
#if defined(Q_OS_LINUX)
        rc = ::fdatasync(fd); // includes the new file size, which is all an append changes besides data
#else
        rc = ::fsync(fd);
#endif
    while (rc != 0 && errno == EINTR);
    return rc == 0;
#endif
}

// Serialises appends between processes (the app and cessio-cli): an exclusive advisory lock on the
// open record itself. Cheaper than QLockFile, which creates, syncs and deletes a file every time.
class ProcessLock
{
public:
    ProcessLock(QFileDevice &file, int timeoutMs)
        : m_fd(file.handle())
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!(m_locked = tryLock()) && !deadline.hasExpired())
            QThread::msleep(2);
    }
    ~ProcessLock()
    {
        if (!m_locked)
            return;
#if defined(Q_OS_WIN)
        OVERLAPPED range = lockRange();
        UnlockFileEx(handle(), 0, 1, 0, &range);
#else
        ::flock(m_fd, LOCK_UN);
#endif
    }
    ProcessLock(const ProcessLock &) = delete;
    ProcessLock &operator=(const ProcessLock &) = delete;
    bool isLocked() const
    {
        return m_locked;
    }

private:
#if defined(Q_OS_WIN)
    // Windows byte-range locks are mandatory, so the locked byte lies far beyond any real record.
    static OVERLAPPED lockRange()
    {
        OVERLAPPED range {};
        range.Offset = 0xFFFFFFFE;
        range.OffsetHigh = 0x7FFFFFFF;
        return range;
    }
    HANDLE handle() const
    {
        return reinterpret_cast<HANDLE>(_get_osfhandle(m_fd));
    }
    bool tryLock()
    {
        OVERLAPPED range = lockRange();
        return LockFileEx(handle(), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &range);
    }
#else
    bool tryLock()
    {
        return ::flock(m_fd, LOCK_EX | LOCK_NB) == 0;
    }
#endif
    int m_fd;
    bool m_locked = false;
};

// A new file's directory entry must be durable too, or the whole file can vanish after a crash.
void syncDirectory(const QString &dirPath)
{
#if !defined(Q_OS_WIN)
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dirPath); // NTFS journals directory entries; there is no directory handle to flush
#endif
}

struct Tail
{
    qint64 completeSize = 0; // bytes up to and including the last newline
    QByteArray lastLine; // the last complete line, without its newline (empty: none)
    QByteArray torn; // bytes after the last newline (an interrupted append)
    bool ok = true;
    QString error;
};

Tail readTail(const QString &path)
{
    Tail tail;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        tail.ok = false;
        tail.error = file.errorString();
        return tail;
    }
    const qint64 size = file.size();
    QByteArray buffer;
    qint64 position = size;
    while (position > 0) {
        const qint64 block = qMin(tailBlock, position);
        position -= block;
        if (!file.seek(position)) {
            tail.ok = false;
            tail.error = file.errorString();
            return tail;
        }
        const QByteArray chunk = file.read(block);
        if (chunk.size() != block) {
            tail.ok = false;
            tail.error = file.errorString();
            return tail;
        }
        buffer.prepend(chunk);
        const qsizetype lastNewline = buffer.lastIndexOf('\n');
        if (lastNewline < 0)
            continue;
        // lastIndexOf(ch, -1) would search from the end again, so a newline at 0 is handled apart.
        const qsizetype previousNewline = lastNewline > 0 ? buffer.lastIndexOf('\n', lastNewline - 1) : -1;
        if (previousNewline < 0 && position > 0)
            continue;
        tail.completeSize = position + lastNewline + 1;
        tail.lastLine = buffer.mid(previousNewline + 1, lastNewline - previousNewline - 1);
        tail.torn = buffer.mid(lastNewline + 1);
        return tail;
    }
    tail.torn = buffer; // no newline at all: the whole file is one interrupted append (or empty)
    return tail;
}

} // namespace

AuditLog::AuditLog(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{ }

AuditLog::~AuditLog()
{
    close();
}

QString AuditLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.jsonl"_s;
}

bool AuditLog::open(QString *error)
{
    QMutexLocker locker(&m_mutex);
    if (m_file.isOpen() || m_store)
        return true;
    if (const std::shared_ptr<AuditRecordStore> store = AuditRecordStore::of(m_path))
        return openInStore(store, error);
    const QFileInfo info(m_path);
    if (!ownerfiles::makeFolder(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not create the folder %1.").arg(info.absolutePath());
        return false;
    }
    const bool created = !info.exists();
    m_file.setFileName(m_path);
    // Unbuffered + Append: each line goes to the kernel in one write, always at the end of the file.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not open the decision record %1: %2")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    // Owner-only, also for a record created before this was done; a record shared on purpose by
    // another user (not ours to change) stays as it is.
    ownerfiles::restrict(m_file);
    if (created)
        syncDirectory(info.absolutePath());

    const ProcessLock lock(m_file, lockWaitMs);
    if (!lock.isLocked()) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "The decision record is locked by another program.");
        m_file.close();
        return false;
    }
    if (!loadTail(error)) {
        m_file.close();
        return false;
    }
    return true;
}

bool AuditLog::isOpen() const
{
    QMutexLocker locker(&m_mutex);
    return m_file.isOpen() || m_store;
}

void AuditLog::close()
{
    QMutexLocker locker(&m_mutex);
    m_store.reset();
    m_file.close();
    m_knownSize = -1;
}

qint64 AuditLog::lastSequence() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastSequence;
}

QString AuditLog::lastHash() const
{
    QMutexLocker locker(&m_mutex);
    return m_lastHash;
}

void AuditLog::setSeal(const AuditSeal &seal)
{
    QMutexLocker locker(&m_mutex);
    m_seal = seal;
}

AuditSeal AuditLog::seal() const
{
    QMutexLocker locker(&m_mutex);
    return m_seal;
}

QStringList AuditLog::takeFindings()
{
    QMutexLocker locker(&m_mutex);
    return std::exchange(m_findings, {});
}

QString AuditLog::anchorProblem() const
{
    QMutexLocker locker(&m_mutex);
    return m_anchorProblem;
}

bool AuditLog::isSealed(const QString &path, const AuditAnchorStore *anchors)
{
    if (anchors && anchors->read(path))
        return true;
    QByteArray lastLine;
    if (const std::shared_ptr<AuditRecordStore> store = AuditRecordStore::of(path)) {
        const auto last = store->last();
        lastLine = last.ok() ? last.value->line : QByteArray();
    } else {
        lastLine = readTail(path).lastLine;
    }
    const auto last = AuditEntry::fromJsonLine(lastLine);
    return last && last->version != AuditEntry::unsealedFormatVersion;
}

// Called with the mutex and the lock file held.
bool AuditLog::loadTail(QString *error)
{
    const Tail tail = readTail(m_path);
    if (!tail.ok) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not read the decision record %1: %2").arg(m_path, tail.error);
        return false;
    }
    const AuditKey *key = m_seal.key ? &*m_seal.key : nullptr;
    bool tailSealed = false;
    if (tail.lastLine.isEmpty()) {
        m_lastSequence = 0;
        m_lastHash = AuditEntry::genesisHash();
    } else {
        const AuditReader::LineCheck check = AuditReader::checkLine(tail.lastLine, key);
        tailSealed = check.entry && check.entry->version != AuditEntry::unsealedFormatVersion;
        if (check.entry && tailSealed && !key) {
            if (error)
                *error = m_seal.keyState == AuditSeal::KeyState::Missing
                    ? QCoreApplication::translate("AuditLog",
                                                  "The decision record %1 is sealed, but its key is missing from the "
                                                  "keychain. Nothing can be recorded until the key is restored.")
                          .arg(m_path)
                    : QCoreApplication::translate("AuditLog",
                                                  "The decision record %1 is sealed with a key kept in the keychain, which "
                                                  "is not available here, so nothing can be added to it.")
                          .arg(m_path);
            return false;
        }
        if (!check.entry || !check.hashMatches) {
            if (error)
                *error = QCoreApplication::translate("AuditLog",
                                                     "The last entry of the decision record %1 is damaged (%2). "
                                                     "Nothing can be recorded until the record is checked.")
                             .arg(m_path, check.detail);
            return false;
        }
        m_lastSequence = check.entry->sequence;
        m_lastHash = check.entry->hash;
    }
    m_knownSize = tail.completeSize;
    // The anchor as it was before anything is appended here: the torn-line note below must neither
    // hide a cut (by moving the anchor) nor drop the losses the anchor keeps.
    const std::optional<AuditAnchor> anchor = m_seal.anchors ? m_seal.anchors->read(m_path) : std::nullopt;
    if (anchor && !key) {
        if (error)
            *error = QCoreApplication::translate("AuditLog",
                                                 "The decision record %1 is sealed with a key kept in the keychain, which "
                                                 "is not available here, so nothing can be added to it.")
                         .arg(m_path);
        return false;
    }
    if (anchor && key && anchor->isSealedBy(*key, AuditAnchorStore::recordId(m_path)))
        m_losses = anchor->losses;
    if (!tail.torn.isEmpty()) {
        m_holdAnchor = true;
        const bool recovered = recoverTornTail(tail.completeSize, tail.torn, error);
        m_holdAnchor = false;
        if (!recovered)
            return false;
    }
    return !key || checkAnchor(anchor, tailSealed, error);
}

// Called with the mutex and the lock file held, after the tail is known, with a key. Records whatever
// does not match the anchor (kept for good in the anchor too), and marks where sealing of an older
// unsealed record begins.
bool AuditLog::checkAnchor(const std::optional<AuditAnchor> &anchor, bool tailSealed, QString *error)
{
    const QString id = AuditAnchorStore::recordId(m_path);
    AuditLoss loss;
    loss.time = QDateTime::currentDateTimeUtc();
    loss.endedAt = m_lastSequence;
    if (anchor) {
        loss.anchorSequence = anchor->sequence;
        loss.anchorHash = anchor->hash;
    }
    if (!anchor) {
        if (tailSealed)
            loss.kind = u"anchor_missing"_s;
    } else if (!anchor->isSealedBy(*m_seal.key, id)) {
        loss.kind = u"anchor_altered"_s;
    } else if (m_lastSequence < anchor->sequence) {
        loss.kind = u"behind_anchor"_s;
    } else if (m_lastSequence == anchor->sequence) {
        if (m_lastHash != anchor->hash)
            loss.kind = u"anchor_mismatch"_s;
    } else { // ahead: an append whose anchor was not written (a crash between the two), or a replacement
        const AuditReadResult all = AuditReader::read(m_path);
        const auto it = std::find_if(all.entries.cbegin(), all.entries.cend(),
                                     [&](const AuditEntry &e) { return e.sequence == anchor->sequence; });
        if (it == all.entries.cend() || it->hash != anchor->hash)
            loss.kind = u"anchor_mismatch"_s;
    }
    if (!loss.kind.isEmpty())
        return recordLoss(loss, error);
    if (!tailSealed && m_lastSequence > 0) {
        AuditEntry note;
        note.note = u"From this entry on the record is sealed: each entry's hash is an HMAC-SHA256 with the record's "
                    "key, kept in the keychain. The %1 entries before it are unsealed (format 1)."_s.arg(m_lastSequence);
        return appendLocked(note, error).has_value();
    }
    if (!anchor || anchor->sequence != m_lastSequence)
        writeAnchor(); // after a torn line was put aside, or a crash before the anchor was written
    return true;
}

// Called with the mutex and the lock file held.
bool AuditLog::recordLoss(const AuditLoss &loss, QString *error)
{
    m_losses.append(loss.toText());
    AuditVerification found;
    found.problem = loss.kind == u"behind_anchor" ? AuditVerification::Problem::BehindAnchor
        : loss.kind == u"anchor_mismatch"         ? AuditVerification::Problem::AnchorMismatch
        : loss.kind == u"anchor_altered"          ? AuditVerification::Problem::AnchorAltered
                                                  : AuditVerification::Problem::AnchorMissing;
    found.lastSequence = loss.endedAt;
    found.firstBrokenSequence = loss.anchorSequence;
    m_findings.append(found.summary());
    AuditEntry note;
    // Record text stays English: it is evidence, not interface.
    note.note = u"The record did not match its last known entry when it was opened (%1): the file ended at entry %2, "
                "hash %3; the last known entry was %4, hash %5. Kept in the anchor as well."_s.arg(loss.kind)
                    .arg(loss.endedAt)
                    .arg(m_lastHash)
                    .arg(loss.anchorSequence)
                    .arg(loss.anchorHash.isEmpty() ? u"-"_s : loss.anchorHash);
    return appendLocked(note, error).has_value();
}

// Called with the mutex and the lock file held.
bool AuditLog::recoverTornTail(qint64 completeSize, const QByteArray &torn, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmsszzz"_s);
    const QString sidePath = m_path + u".torn-"_s + stamp;
    QSaveFile side(sidePath);
    if (!side.open(QIODevice::WriteOnly) || !ownerfiles::restrict(side) || side.write(torn) != torn.size() || !side.commit()) {
        if (error)
            *error
                = QCoreApplication::translate("AuditLog", "Could not save the incomplete last line of the decision record to %1.")
                      .arg(sidePath);
        return false;
    }
    if (!m_file.resize(completeSize) || !syncToDisk(m_file)) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not repair the decision record %1: %2")
                         .arg(m_path, m_file.errorString());
        return false;
    }
    m_knownSize = completeSize;
    AuditEntry note;
    note.action = AuditEntry::Action::Note;
    note.outcome = AuditEntry::Outcome::None;
    // Record text stays English: it is evidence, not interface.
    note.note = u"Recovered an incomplete last line left by an interrupted append (%1 bytes, sha256 %2); "
                "it was moved to %3."_s.arg(torn.size())
                    .arg(QString::fromLatin1(QCryptographicHash::hash(torn, QCryptographicHash::Sha256).toHex()),
                         QFileInfo(sidePath).fileName());
    return appendLocked(note, error).has_value();
}

std::optional<AuditEntry> AuditLog::append(const AuditEntry &entry, QString *error)
{
    std::optional<AuditEntry> stored;
    {
        QMutexLocker locker(&m_mutex);
        if (m_store) {
            stored = appendLocked(entry, error);
            locker.unlock();
            if (stored)
                Q_EMIT appended(stored->sequence);
            return stored;
        }
        if (!m_file.isOpen()) {
            if (error)
                *error = QCoreApplication::translate("AuditLog", "The decision record is not open.");
            return std::nullopt;
        }
        const ProcessLock lock(m_file, lockWaitMs);
        if (!lock.isLocked()) {
            if (error)
                *error = QCoreApplication::translate("AuditLog", "The decision record is locked by another program.");
            return std::nullopt;
        }
        // Another process appended since our last write: chain to its last line, not ours.
        if (m_file.size() != m_knownSize && !loadTail(error))
            return std::nullopt;
        stored = appendLocked(entry, error);
    }
    if (stored)
        Q_EMIT appended(stored->sequence);
    return stored;
}

QByteArray AuditLog::completeEntry(AuditEntry &entry, qint64 lastSequence, const QString &lastHash, const AuditKey *key)
{
    entry.sequence = lastSequence + 1;
    entry.previousHash = lastHash;
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    entry.time = entry.time.toUTC();
    if (entry.userName.isEmpty())
        entry.userName = AuditEntry::currentUserName();
    if (entry.hostName.isEmpty())
        entry.hostName = AuditEntry::currentHostName();
    if (entry.appVersion.isEmpty())
        entry.appVersion = QStringLiteral(CESSIO_VERSION);

    entry.version = key ? AuditEntry::formatVersion : AuditEntry::unsealedFormatVersion;
    QByteArray line = entry.toCanonicalJson(false);
    entry.hash = key ? AuditEntry::computeSeal(*key, entry.previousHash, line) : AuditEntry::computeHash(entry.previousHash, line);
    line.chop(1); // the closing brace: the hash goes last, so the hashed bytes are a prefix of the line
    line += ",\"hash\":\"" + entry.hash.toLatin1() + "\"}\n";
    return line;
}

// Called with the mutex and the lock file held (in the store: with the mutex held).
std::optional<AuditEntry> AuditLog::appendLocked(AuditEntry entry, QString *error)
{
    if (m_store)
        return appendToStore(entry, error);
    const QByteArray line = completeEntry(entry, m_lastSequence, m_lastHash, m_seal.key ? &*m_seal.key : nullptr);

    // O_APPEND already writes at the end on POSIX; the seek is for platforms that emulate Append once.
    const bool written = m_file.seek(m_knownSize) && m_file.write(line) == line.size() && syncToDisk(m_file);
    if (!written) {
        const QString why = m_file.errorString();
        // Leave no partial line behind: the caller is told the entry was not recorded, and it is not.
        if (m_file.resize(m_knownSize))
            syncToDisk(m_file);
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not write to the decision record %1: %2").arg(m_path, why);
        return std::nullopt;
    }
    m_knownSize += line.size();
    m_lastSequence = entry.sequence;
    m_lastHash = entry.hash;
    writeAnchor();
    return entry;
}

// Called with the mutex and the lock file held, right after an entry is on disk. A failure leaves the
// anchor behind the file, which verify() accepts (the same as a crash between the two writes): it
// then guards fewer entries, and says so through anchorProblem().
void AuditLog::writeAnchor()
{
    const bool sealing = m_store ? storeKey() != nullptr : m_seal.key.has_value();
    if (!sealing || !m_seal.anchors || m_holdAnchor)
        return;
    AuditAnchor anchor;
    anchor.sequence = m_lastSequence;
    anchor.hash = m_lastHash;
    anchor.losses = m_losses;
    anchor.sealWith(*m_seal.key, AuditAnchorStore::recordId(m_path));
    QString where;
    if (m_seal.anchors->write(m_path, anchor, &where)) {
        m_anchorProblem.clear();
        return;
    }
    m_anchorProblem = QCoreApplication::translate("AuditLog", "The record's last entry could not be kept in %1.").arg(where);
    qWarning("Decision record: the anchor could not be written to %s", qUtf8Printable(where));
}

bool AuditLog::exportCsv(const QString &path, AuditCsv::Style style, QString *error) const
{
    const AuditReadResult result = AuditReader::read(m_path);
    if (result.verification.problem == AuditVerification::Problem::CannotRead) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not read the decision record %1: %2")
                         .arg(m_path, result.verification.detail);
        return false;
    }
    return AuditCsv::write(path, result.entries, style, error);
}

} // namespace cessio
