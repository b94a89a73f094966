#pragma once

#include "services/auditentry.h"
#include "services/auditseal.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

// The result of checking a decision record from its first line to its last, and against its anchor.
struct AuditVerification
{
    enum class Problem {
        None,
        CannotRead, // the file exists but could not be opened or read
        BadJson, // a line is not a record entry
        HashMismatch, // an entry's content or hash was changed after it was written (its seal fails)
        BrokenChain, // an entry does not name the hash of the entry before it
        SequenceGap, // an entry is missing, duplicated or out of order
        TruncatedLastLine, // the last line ends without a newline: an interrupted append
        UnsealedAfterSealed, // an unsealed entry after sealed ones: written or rewritten without the key
        KeyMissing, // the record has sealed entries, but its key is not in the keychain
        BehindAnchor, // the file ends before the anchor's entry: entries cut off, or an older copy put back
        AnchorMismatch, // the anchor's entry is not the one in the file: the file was replaced
        AnchorAltered, // the anchor's own seal fails: it was edited
        AnchorMissing, // sealed entries but no anchor: a cut from the end could not be noticed
        EarlierLoss, // the anchor keeps a loss found when the record was opened before
    };

    Problem problem = Problem::None;
    qint64 entriesChecked = 0; // entries that passed every check, before the first problem
    qint64 firstBrokenSequence = 0; // the sequence the problem is at (the expected one when unreadable)
    qint64 lineNumber = 0; // 1-based line of the problem in the file (0: not a line's problem)
    QString detail; // technical detail in English, for logs and the CLI
    // Hash of the last good entry. Keep it with the memo or a ticket: it also shows later that the
    // record and the settings were not both put back to an older copy.
    QString lastHash;
    qint64 lastSequence = 0; // sequence of the last entry read

    // How the record is sealed (auditseal.h).
    qint64 unsealedEntries = 0; // format-1 entries at its start, checked with a plain hash only
    QDateTime unsealedUntil; // the time of the last of them
    qint64 sealedEntries = 0; // format-2 entries
    AuditSeal::KeyState keyState = AuditSeal::KeyState::NotLooked;
    bool sealsChecked() const { return keyState == AuditSeal::KeyState::Loaded; }
    bool anchorChecked = false; // an anchor was found and compared
    QStringList losses; // kept in the anchor (machine form, see AuditLoss)

    bool ok() const { return problem == Problem::None; }
    QString problemName() const; // stable machine name: "hash_mismatch" ...
    QString summary() const; // translated sentence for people
    // Further plain sentences about what could and could not be checked (unsealed start, no key here).
    QStringList remarks() const;
};

// A loss found when a writer opened the record and it did not reach its anchor. Kept in the anchor as
// one line of text: "<UTC time> <kind> ended_at=<seq> anchor=<seq>:<hash>".
struct AuditLoss
{
    QDateTime time;
    QString kind; // a problemName(): behind_anchor, anchor_mismatch, anchor_altered, anchor_missing
    qint64 endedAt = 0; // the file's last entry then
    qint64 anchorSequence = 0;
    QString anchorHash;

    QString toText() const;
    static std::optional<AuditLoss> fromText(const QString &text);
};

struct AuditReadResult
{
    QList<AuditEntry> entries; // every line that parsed, in file order, also after a problem
    AuditVerification verification;
};

// Reads and checks a decision record in one pass. Static and free of shared state, so it can run on
// a worker thread while the log keeps appending (a line being written is not yet read: only lines
// ending in a newline count, and a missing newline at the very end is reported as truncated).
class AuditReader
{
public:
    enum class Mode { VerifyOnly, KeepEntries };
    // `seal`: the record's key (when known here) and where its anchor is kept.
    // The record named `path`: in the workspace store when it was moved there (AuditRecordStore::of),
    // else the file.
    static AuditReadResult read(const QString &path, Mode mode = Mode::KeepEntries, const AuditSeal &seal = {});
    // The file at `path` itself.
    static AuditReadResult readFile(const QString &path, Mode mode = Mode::KeepEntries, const AuditSeal &seal = {});
    // Lines held in memory (without newlines), checked the same way; `recordPath` names the record
    // for its anchor.
    static AuditReadResult readLines(const QList<QByteArray> &lines, Mode mode, const AuditSeal &seal,
                                     const QString &recordPath);

    // One line (without its newline) checked on its own: parsed, and its hash recomputed from the
    // exact bytes (a sealed line only with `key`). The chain to the previous entry is the caller's check.
    struct LineCheck
    {
        std::optional<AuditEntry> entry;
        bool hashMatches = false; // for a sealed line without a key: only that the hash is well formed
        bool sealChecked = false; // a sealed line's HMAC was recomputed with the key
        QString detail;
    };
    static LineCheck checkLine(const QByteArray &line, const AuditKey *key = nullptr);
    // The bytes hashed for a line: the line up to its hash field, closed with '}'. Empty when the
    // line does not end with a hash field.
    static QByteArray hashedBody(const QByteArray &line, QString *hash = nullptr);
};

} // namespace cessio
