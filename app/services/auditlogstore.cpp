// AuditLog when the record lives in the workspace store (issue 10): open, the one-time import of the
// record file, and appends. The file side is auditlog.cpp.
#include "auditlog.h"

#include "services/auditrecordstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

QString unreadable(const QString &where, const QString &why)
{
    return QCoreApplication::translate("AuditLog", "The decision record in %1 could not be read: %2").arg(where, why);
}

QList<QByteArray> linesOf(const QList<workspace::RecordLine> &rows)
{
    QList<QByteArray> lines;
    lines.reserve(rows.size());
    for (const workspace::RecordLine &row : rows)
        lines.append(row.line);
    return lines;
}

} // namespace

// The key that seals new entries: none on a shared PostgreSQL workspace (AuditRecordStore::sealsEntries).
const AuditKey *AuditLog::storeKey() const
{
    return m_store && m_store->sealsEntries() && m_seal.key ? &*m_seal.key : nullptr;
}

bool AuditLog::openInStore(const std::shared_ptr<AuditRecordStore> &store, QString *error)
{
    auto last = store->last();
    if (last.ok() && last.value->sequence == 0 && QFileInfo(m_path).size() > 0) {
        if (!importFile(*store, error))
            return false;
        last = store->last();
    }
    if (!last.ok()) {
        if (error)
            *error = unreadable(store->description(), last.error);
        return false;
    }
    m_lastSequence = 0;
    m_lastHash = AuditEntry::genesisHash();
    const AuditKey *key = store->sealsEntries() && m_seal.key ? &*m_seal.key : nullptr;
    bool tailSealed = false;
    if (last.value->sequence > 0) {
        const AuditReader::LineCheck check = AuditReader::checkLine(last.value->line, key);
        tailSealed = check.entry && check.entry->version != AuditEntry::unsealedFormatVersion;
        if (tailSealed && !key) {
            if (error)
                *error = QCoreApplication::translate("AuditLog",
                                                     "The decision record in %1 is sealed with a key kept in the keychain, "
                                                     "which is not available here, so nothing can be added to it.")
                             .arg(store->description());
            return false;
        }
        if (!check.entry || !check.hashMatches || check.entry->sequence != last.value->sequence) {
            if (error)
                *error = QCoreApplication::translate("AuditLog",
                                                     "The last entry of the decision record in %1 is damaged (%2). Nothing "
                                                     "can be recorded until the record is checked.")
                             .arg(store->description(), check.detail);
            return false;
        }
        m_lastSequence = check.entry->sequence;
        m_lastHash = check.entry->hash;
    }
    m_store = store;
    if (!m_importNote.isEmpty()) {
        AuditEntry note;
        note.note = std::exchange(m_importNote, {});
        if (!appendLocked(note, error)) {
            m_store.reset();
            return false;
        }
    }
    if (!key)
        return true;
    // Sealed (SQLite): the record must still reach this computer's anchor, as a file must: a workspace
    // file put back to an older copy is found and recorded here too.
    const std::optional<AuditAnchor> anchor = m_seal.anchors ? m_seal.anchors->read(m_path) : std::nullopt;
    if (anchor && anchor->isSealedBy(*key, AuditAnchorStore::recordId(m_path)))
        m_losses = anchor->losses;
    if (!checkAnchor(anchor, tailSealed, error)) {
        m_store.reset();
        return false;
    }
    return true;
}

// The record file copied into the empty store record: verified first (nothing is copied from a record
// that does not verify), copied in one transaction that also verifies the copy read back, then the
// file is renamed <file>.imported-<UTC time> and kept; a Note entry names it. Called with the mutex held.
bool AuditLog::importFile(AuditRecordStore &store, QString *error)
{
    const auto refuse = [&](const QString &why) {
        if (error)
            *error = QCoreApplication::translate("AuditLog",
                                                 "The decision record %1 could not be moved into the workspace %2: %3 "
                                                 "Nothing was moved and the file is unchanged.")
                         .arg(m_path, store.description(), why);
        return false;
    };
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(file.errorString());
    const QByteArray bytes = file.readAll();
    file.close();
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // after the final newline; a torn last line stays and fails the check
    const AuditVerification before = AuditReader::readLines(lines, AuditReader::Mode::VerifyOnly, m_seal, m_path).verification;
    if (!bytes.endsWith('\n'))
        return refuse(QCoreApplication::translate("AuditLog", "its last line is incomplete."));
    if (!before.ok())
        return refuse(before.summary());
    if (before.sealedEntries > 0 && !store.sealsEntries())
        return refuse(QCoreApplication::translate("AuditLog",
                                                  "it is sealed with this computer's key, which the team's other "
                                                  "desktops do not have. Export it (cessio-cli audit export) and keep it "
                                                  "with the fund's records instead."));
    QList<workspace::RecordLine> rows;
    rows.reserve(lines.size());
    for (const QByteArray &line : std::as_const(lines)) {
        QString hash;
        AuditReader::hashedBody(line, &hash);
        rows.append({ rows.size() + 1, hash, line });
    }
    const auto imported = store.import(rows, m_path, [&](const QList<workspace::RecordLine> &stored, QString *why) {
        const AuditVerification copy
            = AuditReader::readLines(linesOf(stored), AuditReader::Mode::VerifyOnly, m_seal, m_path).verification;
        if (copy.ok() && copy.entriesChecked == before.entriesChecked && copy.lastHash == before.lastHash)
            return true;
        *why = QCoreApplication::translate("AuditLog", "the copy in the workspace did not verify (%1).").arg(copy.summary());
        return false;
    });
    if (!imported.ok())
        return refuse(imported.error);
    if (!*imported.value)
        return true; // another desktop or cessio-cli moved a record in first: this file stays as it is
    const QString kept = m_path + u".imported-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    const bool renamed = QFile::rename(m_path, kept);
    // Record text stays English: it is evidence, not interface.
    m_importNote = u"Moved the %1 entries of the record file %2 (last hash %3) into the workspace %4; the file %5."_s
                       .arg(before.entriesChecked)
                       .arg(m_path, before.lastHash, store.description(),
                            renamed ? u"was kept as "_s + QFileInfo(kept).fileName() : u"could not be renamed and stays"_s);
    return true;
}

// Called with the mutex held.
std::optional<AuditEntry> AuditLog::appendToStore(AuditEntry entry, QString *error)
{
    const AuditKey *key = storeKey();
    const auto stored = m_store->append([&](const workspace::RecordLine &last, QString *why) -> std::optional<workspace::RecordLine> {
        QString lastHash = AuditEntry::genesisHash();
        if (last.sequence > 0) {
            // Another desktop's entry is the head now: chain to it, once it checks.
            const AuditReader::LineCheck check = AuditReader::checkLine(last.line, key);
            if (!check.entry || !check.hashMatches) {
                *why = QCoreApplication::translate("AuditLog",
                                                   "The last entry of the decision record in %1 is damaged (%2). Nothing "
                                                   "can be recorded until the record is checked.")
                           .arg(m_store->description(), check.detail);
                return std::nullopt;
            }
            lastHash = check.entry->hash;
        }
        QByteArray line = completeEntry(entry, last.sequence, lastHash, key);
        line.chop(1);
        return workspace::RecordLine { entry.sequence, entry.hash, line };
    });
    if (!stored.ok()) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "Could not write to the decision record in %1: %2")
                         .arg(m_store->description(), stored.error);
        return std::nullopt;
    }
    m_lastSequence = entry.sequence;
    m_lastHash = entry.hash;
    writeAnchor();
    return entry;
}

} // namespace cessio
