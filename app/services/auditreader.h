#pragma once

#include "services/auditentry.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cessio {

// The result of checking a decision record from its first line to its last.
struct AuditVerification
{
    enum class Problem {
        None,
        CannotRead, // the file exists but could not be opened or read
        BadJson, // a line is not a record entry
        HashMismatch, // an entry's content or hash was changed after it was written
        BrokenChain, // an entry does not name the hash of the entry before it
        SequenceGap, // an entry is missing, duplicated or out of order
        TruncatedLastLine, // the last line ends without a newline: an interrupted append
    };

    Problem problem = Problem::None;
    qint64 entriesChecked = 0; // entries that passed every check, before the first problem
    qint64 firstBrokenSequence = 0; // the sequence the problem is at (the expected one when unreadable)
    qint64 lineNumber = 0; // 1-based line of the problem in the file
    QString detail; // technical detail in English, for logs and the CLI
    // Hash of the last good entry. Removing whole lines from the end leaves a valid chain, so this is
    // what to keep elsewhere (memo, ticket) to prove later that nothing was cut off.
    QString lastHash;

    bool ok() const { return problem == Problem::None; }
    QString problemName() const; // stable machine name: "hash_mismatch" ...
    QString summary() const; // translated sentence for people
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
    static AuditReadResult read(const QString &path, Mode mode = Mode::KeepEntries);

    // One line (without its newline) checked on its own: parsed, and its hash recomputed from the
    // exact bytes. The chain to the previous entry is the caller's check.
    struct LineCheck
    {
        std::optional<AuditEntry> entry;
        bool hashMatches = false;
        QString detail;
    };
    static LineCheck checkLine(const QByteArray &line);
    // The bytes hashed for a line: the line up to its hash field, closed with '}'. Empty when the
    // line does not end with a hash field.
    static QByteArray hashedBody(const QByteArray &line, QString *hash = nullptr);
};

} // namespace cessio
