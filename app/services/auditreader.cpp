#include "auditreader.h"

#include "services/auditrecordstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

// Every line ends with exactly this, followed by 64 hex digits and "\"}".
constexpr QByteArrayView hashPrefix = ",\"hash\":\"";
constexpr qsizetype hashHexLength = 64;
constexpr qsizetype hashSuffixLength = hashPrefix.size() + hashHexLength + 2;

bool isLowerHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

} // namespace

QString AuditVerification::problemName() const
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::CannotRead:
        return u"cannot_read"_s;
    case Problem::BadJson:
        return u"bad_json"_s;
    case Problem::HashMismatch:
        return u"hash_mismatch"_s;
    case Problem::BrokenChain:
        return u"broken_chain"_s;
    case Problem::SequenceGap:
        return u"sequence_gap"_s;
    case Problem::TruncatedLastLine:
        return u"truncated_last_line"_s;
    case Problem::UnsealedAfterSealed:
        return u"unsealed_after_sealed"_s;
    case Problem::KeyMissing:
        return u"key_missing"_s;
    case Problem::BehindAnchor:
        return u"behind_anchor"_s;
    case Problem::AnchorMismatch:
        return u"anchor_mismatch"_s;
    case Problem::AnchorAltered:
        return u"anchor_altered"_s;
    case Problem::AnchorMissing:
        return u"anchor_missing"_s;
    case Problem::EarlierLoss:
        return u"earlier_loss"_s;
    }
    return QString();
}

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// "ends at entry 40" / "is empty", for the sentences about cut records.
QString endingOf(qint64 lastSequence)
{
    return lastSequence > 0 ? QCoreApplication::translate("AuditVerification", "it ends at entry %1").arg(lastSequence)
                            : QCoreApplication::translate("AuditVerification", "it is empty");
}

} // namespace

QString AuditVerification::summary() const
{
    switch (problem) {
    case Problem::None:
        return QCoreApplication::translate("AuditVerification", "The record is intact: %Ln entries checked.", nullptr,
                                           int(entriesChecked));
    case Problem::CannotRead:
        return QCoreApplication::translate("AuditVerification", "The record file could not be read.");
    case Problem::BadJson:
        return QCoreApplication::translate("AuditVerification", "Entry %1 (line %2) is not a readable record entry.")
            .arg(firstBrokenSequence)
            .arg(lineNumber);
    case Problem::HashMismatch:
        if (firstBrokenSequence > unsealedEntries && sealsChecked())
            return QCoreApplication::translate(
                       "AuditVerification",
                       "Entry %1 was changed after it was written: its seal does not match the record's key.")
                .arg(firstBrokenSequence);
        return QCoreApplication::translate("AuditVerification",
                                           "Entry %1 was changed after it was written: its hash does not match.")
            .arg(firstBrokenSequence);
    case Problem::BrokenChain:
        return QCoreApplication::translate("AuditVerification",
                                           "Entry %1 does not follow the entry before it: the chain is broken.")
            .arg(firstBrokenSequence);
    case Problem::SequenceGap:
        return QCoreApplication::translate("AuditVerification", "Entry %1 is missing or out of order.").arg(firstBrokenSequence);
    case Problem::TruncatedLastLine:
        return QCoreApplication::translate("AuditVerification", "The last entry (%1) is cut off: its line is incomplete.")
            .arg(firstBrokenSequence);
    case Problem::UnsealedAfterSealed:
        return QCoreApplication::translate("AuditVerification",
                                           "Entry %1 is not sealed although entries before it are: it was written or "
                                           "rewritten without the record's key.")
            .arg(firstBrokenSequence);
    case Problem::KeyMissing:
        return QCoreApplication::translate("AuditVerification",
                                           "The record's key is not in the keychain, so its %Ln sealed entries cannot be "
                                           "checked.",
                                           nullptr, int(sealedEntries));
    case Problem::BehindAnchor:
        return QCoreApplication::translate("AuditVerification",
                                           "Entries were removed from the end of the record, or it was replaced by an "
                                           "older copy: %1, but entry %2 had been written.")
            .arg(endingOf(lastSequence))
            .arg(firstBrokenSequence);
    case Problem::AnchorMismatch:
        return QCoreApplication::translate("AuditVerification",
                                           "The record was replaced by another copy: its entry %1 is not the one that "
                                           "was written.")
            .arg(firstBrokenSequence);
    case Problem::AnchorAltered:
        return QCoreApplication::translate("AuditVerification",
                                           "The record's last known entry, kept in the settings, was changed: it does "
                                           "not match the record's key.");
    case Problem::AnchorMissing:
        return QCoreApplication::translate("AuditVerification",
                                           "The record's last known entry, kept in the settings, is missing, so entries "
                                           "removed from the end could not be noticed.");
    case Problem::EarlierLoss: {
        const std::optional<AuditLoss> loss = losses.isEmpty() ? std::nullopt : AuditLoss::fromText(losses.constFirst());
        if (!loss)
            return QCoreApplication::translate("AuditVerification", "Part of the record was lost earlier (see the details).");
        return QCoreApplication::translate("AuditVerification",
                                           "Part of the record was lost earlier: when it was opened on %1, %2, but "
                                           "entry %3 had been written. This stays reported; the entries since are "
                                           "checked.")
            .arg(localTime(loss->time), endingOf(loss->endedAt))
            .arg(loss->anchorSequence);
    }
    }
    return QString();
}

QStringList AuditVerification::remarks() const
{
    QStringList remarks;
    if (unsealedEntries > 0 && sealedEntries == 0 && problem == Problem::None) {
        remarks << QCoreApplication::translate("AuditVerification",
                                               "The record is not sealed with a key: its entries are chained, but someone "
                                               "who can write the file could rewrite them all.");
    } else if (unsealedEntries > 0) {
        remarks << QCoreApplication::translate("AuditVerification",
                                               "Entries 1 to %1 are unkeyed, from before the record was sealed (the last "
                                               "on %2): they are chained, but not sealed.")
                       .arg(unsealedEntries)
                       .arg(localTime(unsealedUntil));
    }
    if (sealedEntries > 0 && !sealsChecked() && problem != Problem::KeyMissing) {
        remarks << QCoreApplication::translate("AuditVerification",
                                               "The seals of the %Ln sealed entries were not checked: the record's key "
                                               "was not available here. Only their chain was checked.",
                                               nullptr, int(sealedEntries));
    } else if (sealedEntries > 0 && problem == Problem::None) {
        remarks << (anchorChecked ? QCoreApplication::translate("AuditVerification",
                                                                "Each of the %Ln sealed entries matches the record's "
                                                                "key, and nothing was cut from its end.",
                                                                nullptr, int(sealedEntries))
                                  : QCoreApplication::translate("AuditVerification",
                                                                "Each of the %Ln sealed entries matches the record's key.",
                                                                nullptr, int(sealedEntries)));
    }
    return remarks;
}

QString AuditLoss::toText() const
{
    return u"%1 %2 ended_at=%3 anchor=%4:%5"_s.arg(time.toUTC().toString(Qt::ISODate), kind)
        .arg(endedAt)
        .arg(anchorSequence)
        .arg(anchorHash);
}

std::optional<AuditLoss> AuditLoss::fromText(const QString &text)
{
    static const QRegularExpression pattern(uR"(^(\S+) (\w+) ended_at=(\d+) anchor=(\d+):(\w*)$)"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    AuditLoss loss;
    loss.time = QDateTime::fromString(match.captured(1), Qt::ISODate);
    loss.kind = match.captured(2);
    loss.endedAt = match.captured(3).toLongLong();
    loss.anchorSequence = match.captured(4).toLongLong();
    loss.anchorHash = match.captured(5);
    if (!loss.time.isValid())
        return std::nullopt;
    return loss;
}

QByteArray AuditReader::hashedBody(const QByteArray &line, QString *hash)
{
    if (line.size() < hashSuffixLength + 2 || !line.endsWith("\"}"))
        return QByteArray();
    const qsizetype prefixAt = line.size() - hashSuffixLength;
    if (QByteArrayView(line).sliced(prefixAt, hashPrefix.size()) != hashPrefix)
        return QByteArray();
    const QByteArrayView hex = QByteArrayView(line).sliced(prefixAt + hashPrefix.size(), hashHexLength);
    if (!isLowerHex(hex))
        return QByteArray();
    if (hash)
        *hash = QString::fromLatin1(hex);
    return line.left(prefixAt) + '}';
}

AuditReader::LineCheck AuditReader::checkLine(const QByteArray &line, const AuditKey *key)
{
    LineCheck check;
    check.entry = AuditEntry::fromJsonLine(line, &check.detail);
    if (!check.entry)
        return check;
    QString storedHash;
    const QByteArray body = hashedBody(line, &storedHash);
    if (body.isEmpty()) {
        check.detail = u"the line does not end with its hash field"_s;
        return check;
    }
    if (check.entry->version == AuditEntry::unsealedFormatVersion) {
        const QString computed = AuditEntry::computeHash(check.entry->previousHash, body);
        check.hashMatches = computed == storedHash && storedHash == check.entry->hash;
        if (!check.hashMatches)
            check.detail = u"stored hash %1, computed %2"_s.arg(storedHash, computed);
        return check;
    }
    if (!key || key->isNull()) { // sealed, and no key here: only its shape can be checked
        check.hashMatches = storedHash == check.entry->hash;
        return check;
    }
    check.sealChecked = true;
    const QString computed = AuditEntry::computeSeal(*key, check.entry->previousHash, body);
    check.hashMatches = computed == storedHash && storedHash == check.entry->hash;
    if (!check.hashMatches)
        check.detail = u"stored seal %1 does not match the record's key"_s.arg(storedHash);
    return check;
}

namespace {

// After the whole file read well: does it reach its anchor?
void checkAnchor(AuditVerification &v, const std::optional<AuditAnchor> &anchor, const QString &hashAtAnchor,
                 const AuditSeal &seal, const QString &path)
{
    using Problem = AuditVerification::Problem;
    const auto fail = [&v](Problem problem, qint64 sequence, const QString &detail) {
        v.problem = problem;
        v.firstBrokenSequence = sequence;
        v.detail = detail;
    };
    if (!anchor) {
        if (v.sealedEntries > 0)
            fail(Problem::AnchorMissing, v.lastSequence,
                 u"no anchor kept for %1 (record %2)"_s.arg(path, AuditAnchorStore::recordId(path)));
        return;
    }
    v.anchorChecked = true;
    v.losses = anchor->losses;
    if (seal.key && !anchor->isSealedBy(*seal.key, AuditAnchorStore::recordId(path))) {
        fail(Problem::AnchorAltered, anchor->sequence, u"the anchor (entry %1) fails its seal"_s.arg(anchor->sequence));
    } else if (v.lastSequence < anchor->sequence) {
        fail(Problem::BehindAnchor, anchor->sequence,
             u"the record ends at entry %1; the anchor names entry %2, hash %3"_s.arg(v.lastSequence)
                 .arg(anchor->sequence)
                 .arg(anchor->hash));
    } else if (hashAtAnchor != anchor->hash) {
        fail(Problem::AnchorMismatch, anchor->sequence,
             u"entry %1 has hash %2; the anchor names %3"_s.arg(anchor->sequence).arg(hashAtAnchor, anchor->hash));
    } else if (!anchor->losses.isEmpty()) {
        fail(Problem::EarlierLoss, 0, anchor->losses.join(u'\n'));
    }
}

} // namespace

namespace {

// The one pass over a record's lines, wherever they are kept: each complete line in order, then
// finish() with the anchor.
class ChainCheck
{
public:
    ChainCheck(AuditReadResult &result, AuditReader::Mode mode, const AuditSeal &seal, const QString &recordPath)
        : m_result(result)
        , m_v(result.verification)
        , m_mode(mode)
        , m_seal(seal)
        , m_path(recordPath)
        , m_key(seal.key ? &*seal.key : nullptr)
        , m_anchor(seal.anchors ? seal.anchors->read(recordPath) : std::nullopt)
    {
        m_v.lastHash = AuditEntry::genesisHash();
        m_v.keyState = seal.keyState;
    }

    bool broken() const { return m_broken; }
    qint64 expectedSequence() const { return m_expected; }
    // `lineAhead`: the problem is on the line after the last one added (a torn last line).
    void fail(AuditVerification::Problem problem, qint64 sequence, const QString &detail, int lineAhead = 0)
    {
        m_broken = true;
        m_v.problem = problem;
        m_v.firstBrokenSequence = sequence;
        m_v.lineNumber = m_lineNumber + lineAhead;
        m_v.detail = detail;
    }

    // false: stop reading (VerifyOnly after a problem).
    bool add(const QByteArray &line)
    {
        ++m_lineNumber;
        AuditReader::LineCheck check = AuditReader::checkLine(line, m_key);
        if (check.entry && m_mode == AuditReader::Mode::KeepEntries)
            m_result.entries.append(*check.entry);
        if (m_broken)
            return m_mode != AuditReader::Mode::VerifyOnly;
        const bool sealed = check.entry && check.entry->version != AuditEntry::unsealedFormatVersion;
        if (!check.entry) {
            fail(AuditVerification::Problem::BadJson, m_expected, check.detail);
        } else if (check.entry->sequence != m_expected) {
            fail(AuditVerification::Problem::SequenceGap, m_expected,
                 u"expected entry %1, found entry %2"_s.arg(m_expected).arg(check.entry->sequence));
        } else if (!sealed && m_v.sealedEntries > 0) {
            // Sealing never stops once begun: an unsealed entry here was made without the key.
            fail(AuditVerification::Problem::UnsealedAfterSealed, m_expected,
                 u"entry %1 is in the unsealed format after %2 sealed entries"_s.arg(m_expected).arg(m_v.sealedEntries));
        } else if (!check.hashMatches) {
            fail(AuditVerification::Problem::HashMismatch, m_expected, check.detail);
        } else if (check.entry->previousHash != m_v.lastHash) {
            fail(AuditVerification::Problem::BrokenChain, m_expected,
                 u"previous hash %1, expected %2"_s.arg(check.entry->previousHash, m_v.lastHash));
        } else {
            ++m_v.entriesChecked;
            ++m_expected;
            m_v.lastHash = check.entry->hash;
            m_v.lastSequence = check.entry->sequence;
            if (sealed) {
                ++m_v.sealedEntries;
            } else {
                ++m_v.unsealedEntries;
                m_v.unsealedUntil = check.entry->time;
            }
            if (m_anchor && check.entry->sequence == m_anchor->sequence)
                m_hashAtAnchor = check.entry->hash;
        }
        return !(m_broken && m_mode == AuditReader::Mode::VerifyOnly);
    }

    void finish()
    {
        if (m_broken)
            return;
        if (m_v.sealedEntries > 0 && m_seal.keyState == AuditSeal::KeyState::Missing) {
            m_v.problem = AuditVerification::Problem::KeyMissing;
            m_v.firstBrokenSequence = m_v.unsealedEntries + 1;
            m_v.detail = u"no key for record %1 in the secret store"_s.arg(AuditAnchorStore::recordId(m_path));
            return;
        }
        checkAnchor(m_v, m_anchor, m_hashAtAnchor, m_seal, m_path);
    }

private:
    AuditReadResult &m_result;
    AuditVerification &m_v;
    AuditReader::Mode m_mode;
    const AuditSeal &m_seal;
    QString m_path;
    const AuditKey *m_key;
    std::optional<AuditAnchor> m_anchor;
    QString m_hashAtAnchor;
    qint64 m_expected = 1;
    qint64 m_lineNumber = 0;
    bool m_broken = false;
};

} // namespace

AuditReadResult AuditReader::read(const QString &path, Mode mode, const AuditSeal &seal)
{
    const std::shared_ptr<AuditRecordStore> store = AuditRecordStore::of(path);
    if (!store)
        return readFile(path, mode, seal);
    const auto lines = store->lines();
    if (!lines.ok()) {
        AuditReadResult result;
        result.verification.problem = AuditVerification::Problem::CannotRead;
        result.verification.detail = lines.error;
        return result;
    }
    return readLines(*lines.value, mode, seal, path);
}

AuditReadResult AuditReader::readLines(const QList<QByteArray> &lines, Mode mode, const AuditSeal &seal,
                                       const QString &recordPath)
{
    AuditReadResult result;
    ChainCheck chain(result, mode, seal, recordPath);
    for (const QByteArray &line : lines)
        if (!chain.add(line))
            break;
    chain.finish();
    return result;
}

AuditReadResult AuditReader::readFile(const QString &path, Mode mode, const AuditSeal &seal)
{
    AuditReadResult result;
    ChainCheck chain(result, mode, seal, path);
    QFile file(path);
    if (file.exists() && !file.open(QIODevice::ReadOnly)) {
        result.verification.problem = AuditVerification::Problem::CannotRead;
        result.verification.detail = file.errorString();
        return result;
    }
    while (file.isOpen() && !file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            if (!chain.broken())
                chain.fail(AuditVerification::Problem::CannotRead, chain.expectedSequence(), file.errorString());
            break;
        }
        if (!line.endsWith('\n')) {
            if (!chain.broken())
                chain.fail(AuditVerification::Problem::TruncatedLastLine, chain.expectedSequence(),
                           u"%1 bytes without a final newline"_s.arg(line.size()), 1);
            break; // readLine stops only at a newline or the end of the file: this is the end
        }
        line.chop(1);
        if (!chain.add(line))
            break;
    }
    chain.finish();
    return result;
}

} // namespace cessio
