#pragma once

#include "core/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cessio {

class AuditKey;

// One line of the decision record (the local audit log): who did what to which batch, what was on
// screen when they did it, the exact request sent and what QI Tech answered.
//
// No secrets, by construction: there is no field for request headers (API-CLIENT-KEY, the signed
// AUTHORIZATION JWT), keys or tokens, and none may be added. The request body is stored because the
// trade_receivables mutation bodies carry only keys, counts and amounts. A record that is shown,
// exported and handed to auditors must never need redaction.
struct AuditEntry
{
    // What was done. The decision service writes one entry per step of a multi-step decision
    // (remove assets = Reopen, RemoveAsset for each asset, CloseInsertion), grouped by operationId.
    enum class Action {
        Approve,
        Deny,
        Reopen,
        RemoveAsset,
        CloseInsertion,
        Reconcile, // an Unknown outcome resolved by re-reading the batch; relatesTo names that entry
        Note, // anything else worth recording (e.g. the log recovering a torn last line)
    };

    enum class Outcome {
        Pending, // written just before the request leaves; a later entry tells how it ended
        Succeeded, // QI Tech answered 2xx
        Failed, // QI Tech answered with an error, or the request never left
        Unknown, // no answer (timeout, reset): it may or may not have taken effect
        ResolvedApplied, // re-read after Unknown: the change did take effect
        ResolvedNotApplied, // re-read after Unknown: the change did not take effect
        None, // for Note
    };

    // What the user saw when deciding. Optional values are absent when not shown.
    struct Shown
    {
        std::optional<int> assetCount;
        std::optional<int> approvedCount;
        std::optional<int> deniedCount;
        std::optional<int> alertCount; // assets Cessio's checks flagged, when they had run (written only then)
        std::optional<Money> total;
        QString accountKey; // disbursement account key; empty = none or contract default
        QString accountText; // bank, branch, account as displayed
        QStringList removedAssetIds; // external ids of assets removed in this step
        // Payee safety (approvals; added later, so written only when set and absent from older lines):
        QString assignorDocument; // the batch's assignor, digits only: later approvals find their payees by it
        QString accountIdentity; // PayeeSafety::accountIdentity of the listed account paid into
        QStringList payeeFindings; // first_use, differs_from_last, holder_differs: confirmed by typing
        // Portfolio limits (approvals; added later, written only when set): the limits the batch breaks
        // with the fund's portfolio (ProForma::Verdict::key, "max_debtor"), and the manager's written
        // justification for approving anyway.
        QStringList portfolioBreaches;
        QString breachJustification;
        // Four-eyes (added later, written only when set): the colleague's recommendation the decider saw
        // (who, and what in words), whether the decision follows it ("agrees" | "disagrees") and, when it
        // does not, the decider's written note.
        QString recommendedBy;
        QString recommendation;
        QString agreement;
        QString disagreementNote;
    };

    struct Request
    {
        QString method; // PUT, POST ...
        QString path; // path and query as signed
        QString id; // UUID the client generated for this request
        QString bodySha256; // lowercase hex of the exact body bytes sent
        QString body; // the body as text (bodies never contain secrets, see above)

        // Sets body and bodySha256 from the exact bytes sent.
        void setBody(const QByteArray &bytes);
    };

    struct Response
    {
        std::optional<int> httpStatus; // absent when no answer came
        QString qiCode; // QI error code, e.g. "GDF000029"
        QString excerpt; // the start of the response body (see excerptOf)
        QMap<QString, QString> ids; // server-side ids, e.g. {"assignment_key": "..."}

        // At most excerptLimit characters of `body`, marked when cut.
        static QString excerptOf(const QByteArray &body);
        static constexpr int excerptLimit = 2000;
    };

    // Filled by AuditLog::append.
    qint64 sequence = 0;
    QDateTime time; // UTC, millisecond precision; filled by append when invalid

    // Who and where; append fills the empty ones from the running program.
    QString userName;
    QString hostName;
    QString appVersion;

    QString profileName;
    QString environmentUrl;
    QString fundClassKey;
    QString configurationKey;
    QString batchExternalId;
    QString operationId; // groups the entries of one user decision (a UUID)
    qint64 relatesTo = 0; // sequence of an earlier entry this one completes or resolves; 0 = none

    Action action = Action::Note;
    Outcome outcome = Outcome::None;
    Shown shown;
    QString reason; // a denial reason is kept only here: the deny request has no reason field
    Request request;
    Response response;
    QString note;

    // Format 1 (unkeyed): hash = SHA-256 over previousHash + the canonical JSON without the hash field.
    // Format 2 (sealed): hash = HMAC-SHA256 of the same bytes, keyed with the record's key (auditseal.h).
    // A record may start with format-1 entries (written before records were sealed, or by cessio-cli
    // where no key is at hand) and continue sealed; never the other way round.
    int version = formatVersion;
    QString previousHash; // the previous entry's hash; genesisHash() for the first
    QString hash;

    // One canonical JSON line (no newline): fixed key order, compact, every key always present,
    // money as a decimal string, `hash` last. Without the hash it is exactly what is hashed.
    QByteArray toCanonicalJson(bool withHash = true) const;
    // Parses a line written by toCanonicalJson; nullopt and a reason in *error when it is not one.
    static std::optional<AuditEntry> fromJsonLine(const QByteArray &line, QString *error = nullptr);

    // Format 1: lowercase hex SHA-256(previousHash + body), `body` being the canonical JSON without hash.
    static QString computeHash(const QString &previousHash, const QByteArray &body);
    // Format 2: lowercase hex HMAC-SHA256(key, previousHash + body).
    static QString computeSeal(const AuditKey &key, const QString &previousHash, const QByteArray &body);
    static QString genesisHash(); // 64 zeros

    // Stable machine names ("approve", "resolved_applied") and translated names for people.
    static QString actionName(Action action);
    static std::optional<Action> actionFromName(QStringView name);
    static QString actionDisplayName(Action action);
    static QString outcomeName(Outcome outcome);
    static std::optional<Outcome> outcomeFromName(QStringView name);
    static QString outcomeDisplayName(Outcome outcome);

    // The operating-system account running the program, and this machine's host name.
    static QString currentUserName();
    static QString currentHostName();

    // Version of the line format, written as "v". Bumped only with a reader for the old one.
    static constexpr int formatVersion = 2; // sealed
    static constexpr int unsealedFormatVersion = 1;
};

} // namespace cessio
