#include "auditreader.h"

#include <QCoreApplication>
#include <QFile>

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
    }
    return QString();
}

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
    }
    return QString();
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

AuditReader::LineCheck AuditReader::checkLine(const QByteArray &line)
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
    const QString computed = AuditEntry::computeHash(check.entry->previousHash, body);
    check.hashMatches = computed == storedHash && storedHash == check.entry->hash;
    if (!check.hashMatches)
        check.detail = u"stored hash %1, computed %2"_s.arg(storedHash, computed);
    return check;
}

AuditReadResult AuditReader::read(const QString &path, Mode mode)
{
    AuditReadResult result;
    AuditVerification &v = result.verification;
    v.lastHash = AuditEntry::genesisHash();
    QFile file(path);
    if (!file.exists())
        return result; // no decisions yet: an empty record is intact
    if (!file.open(QIODevice::ReadOnly)) {
        v.problem = AuditVerification::Problem::CannotRead;
        v.detail = file.errorString();
        return result;
    }
    qint64 expectedSequence = 1;
    qint64 lineNumber = 0;
    bool broken = false;
    const auto fail = [&](AuditVerification::Problem problem, qint64 sequence, const QString &detail) {
        broken = true;
        v.problem = problem;
        v.firstBrokenSequence = sequence;
        v.lineNumber = lineNumber;
        v.detail = detail;
    };
    while (!file.atEnd()) {
        QByteArray line = file.readLine();
        if (line.isEmpty() && file.error() != QFileDevice::NoError) {
            if (!broken)
                fail(AuditVerification::Problem::CannotRead, expectedSequence, file.errorString());
            break;
        }
        ++lineNumber;
        if (!line.endsWith('\n')) {
            if (!broken)
                fail(AuditVerification::Problem::TruncatedLastLine, expectedSequence,
                     u"%1 bytes without a final newline"_s.arg(line.size()));
            break; // readLine stops only at a newline or the end of the file: this is the end
        }
        line.chop(1);
        LineCheck check = checkLine(line);
        if (check.entry && mode == Mode::KeepEntries)
            result.entries.append(*check.entry);
        if (broken) {
            if (mode == Mode::VerifyOnly)
                break;
            continue;
        }
        if (!check.entry) {
            fail(AuditVerification::Problem::BadJson, expectedSequence, check.detail);
        } else if (check.entry->sequence != expectedSequence) {
            fail(AuditVerification::Problem::SequenceGap, expectedSequence,
                 u"expected entry %1, found entry %2"_s.arg(expectedSequence).arg(check.entry->sequence));
        } else if (!check.hashMatches) {
            fail(AuditVerification::Problem::HashMismatch, expectedSequence, check.detail);
        } else if (check.entry->previousHash != v.lastHash) {
            fail(AuditVerification::Problem::BrokenChain, expectedSequence,
                 u"previous hash %1, expected %2"_s.arg(check.entry->previousHash, v.lastHash));
        } else {
            ++v.entriesChecked;
            ++expectedSequence;
            v.lastHash = check.entry->hash;
        }
    }
    return result;
}

} // namespace cessio
