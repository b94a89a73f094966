#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cessio {

// The values the workspace store keeps for a gestora. Times are UTC milliseconds since the epoch,
// taken from the desktop's clock (portable across both backends and comparable as integers).
namespace workspace {

enum class Role { Analyst, Approver, Admin };
QString roleId(Role role); // "analyst" | "approver" | "admin": how it is stored
std::optional<Role> roleFromId(const QString &id);

struct Member
{
    QString login; // the database login (PostgreSQL) or the desktop's user name (SQLite)
    QString displayName;
    Role role = Role::Analyst;
    friend bool operator==(const Member &, const Member &) = default;
};

// What a decision intent announces: the PUTs DecisionService sends.
enum class IntentAction { Approve, Deny, RemoveAssets };
QString intentActionId(IntentAction action); // "approve" | "deny" | "remove-assets"
std::optional<IntentAction> intentActionFromId(const QString &id);

// "A decision on this batch is being sent by this person since then": at most one per batch and round.
struct DecisionIntent
{
    qint64 id = 0;
    QString batchKey;
    int round = 0;
    IntentAction action = IntentAction::Approve;
    QString who; // login
    QString whoName; // the member's display name, or the login when they are not a member
    qint64 sinceMs = 0;
    bool open = true; // false once settled
    QString outcome; // for a settled intent: "applied", "rejected", "not-applied", ...
};

// The answer to "may I send this decision now?".
struct IntentAttempt
{
    enum class Result {
        Opened, // the intent is written: send, then settle it
        HeldBy, // another open intent holds the batch (blocker below): send nothing
        AlreadyDecided, // an approval or denial of this batch was already applied (blocker below)
    };
    Result result = Result::Opened;
    DecisionIntent intent; // Opened: the new intent; otherwise the blocking one
};

// The round a decision on the batch is (or will next be) in, given its intents: the open intent's
// round, else the one after the last; what a recommendation is for.
int currentRound(const QList<DecisionIntent> &intents);

// "Someone is reviewing this batch": advisory, expires on its own.
struct Claim
{
    QString batchKey;
    QString who;
    QString whoName;
    qint64 sinceMs = 0;
    qint64 expiresMs = 0;
};

enum class RecommendedAction { Approve, Deny, RemoveAssets };
QString recommendedActionId(RecommendedAction action); // "approve" | "deny" | "remove"
std::optional<RecommendedAction> recommendedActionFromId(const QString &id);

struct Recommendation
{
    qint64 id = 0;
    QString batchKey;
    int round = 0;
    QString who; // filled by the store: the connection's login
    RecommendedAction action = RecommendedAction::Approve;
    QString accountKey; // approve: the disbursement account recommended
    QString reason; // deny: the reason
    QStringList assetIds; // remove: the assets to remove
    QString note;
    qint64 createdMs = 0;
};

// The batches a title (by its digest) was seen in (services/titleindex.h keeps only digests).
struct TitleSighting
{
    QString batchId;
    QString label;
    QDate date;
};

// A batch the title index knows, with the digests of its titles.
struct TitledBatch
{
    TitleSighting batch;
    QList<QByteArray> digests;
};

// A fund's rules or policy: one JSON document per fund and kind, versioned (optimistic updates).
enum class FundDocumentKind { Rules, Policy };
struct FundDocument
{
    QString fundClassKey;
    FundDocumentKind kind = FundDocumentKind::Rules;
    int version = 0; // 0: none stored yet
    QByteArray json;
    QString updatedBy;
    qint64 updatedMs = 0;
};

// A picture of a batch as a review saw it once every asset was loaded (BatchSnapshot's JSON), kept so
// that whoever opens the batch later sees what changed since (issue 11).
struct StoredSnapshot
{
    qint64 id = 0;
    QString batchKey;
    QString who; // login of the reviewer
    QString whoName; // from members when there is one, else the login
    qint64 takenMs = 0;
    QByteArray json;
};

// A fund's portfolio as the workspace keeps it (issue 11; services/portfolio/portfoliobook.h gives it
// meaning): its settings as JSON documents and its positions in parts — one part per batch added (so a
// batch is added exactly once, whoever adds it) and the administrator's file in chunks. `revision`
// moves with every change, so a desktop can tell whether its copy is still the stored one.
enum class PortfolioSetting { NetAssets, Limits, Import };
struct PortfolioPart
{
    bool isImport = false; // the administrator's file (chunk `chunk`) or a batch (`source` its id)
    QString source;
    int chunk = 0;
    QByteArray json; // the positions, services/portfolio/portfoliojson.h
    friend bool operator==(const PortfolioPart &, const PortfolioPart &) = default;
};
struct StoredPortfolio
{
    qint64 revision = 0; // 0: nothing stored for the fund
    QByteArray netAssets; // each setting's JSON; empty when never set
    QByteArray limits;
    QByteArray import; // the last import: file, date, count and column mapping
    QList<PortfolioPart> parts; // in the order added
};
// What a write did: the revision it left, and whether it changed anything (a batch already in: no).
struct PortfolioWrite
{
    bool changed = false;
    qint64 revision = 0;
};

// One entry of the decision record as stored: the exact canonical line the file format has (without
// its newline), and its sequence and hash repeated as columns for ordering and the chain's head.
struct RecordLine
{
    qint64 sequence = 0;
    QString hash;
    QByteArray line;
};

} // namespace workspace

} // namespace cessio
