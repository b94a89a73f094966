#pragma once

#include "services/workspace/workspacetypes.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace cessio {

// Either a value or why there is none (the store could not be reached, a statement failed).
template<typename T>
struct StoreResult
{
    std::optional<T> value;
    QString error; // for people; "" when value is set

    bool ok() const { return value.has_value(); }
    static StoreResult success(T v) { return { std::move(v), {} }; }
    static StoreResult failure(const QString &why) { return { std::nullopt, why }; }
};
using StoreStatus = StoreResult<bool>;

// The shared state of a gestora: members and roles, decision intents (exactly-once across desktops),
// review claims, recommendations, deny reasons, the title index, fund rules/policies and batch snapshots.
// On PostgreSQL the server itself enforces the members' roles (schema migration 2): a statement the
// login's role does not allow fails with a translated "refused" error. SQLite has no server roles:
// its file belongs to one person. Synchronous: an implementation is used only on the thread that
// opened it (QSqlDatabase is per-thread); the desktop reaches it through WorkspaceRunner, never from
// the UI thread.
class WorkspaceStore
{
public:
    virtual ~WorkspaceStore() = default;

    virtual QString backendName() const = 0; // "sqlite" | "postgresql"
    virtual QString login() const = 0; // who this connection writes as
    virtual StoreResult<int> schemaVersion() = 0;

    virtual StoreResult<QList<workspace::Member>> members() = 0;
    virtual StoreStatus putMember(const workspace::Member &member) = 0; // insert or update by login
    virtual StoreStatus removeMember(const QString &login) = 0; // false (not an error) when there was none

    // Writes an open intent for the batch's next round unless another is open or an approval/denial
    // was already applied: one statement, so two desktops racing get exactly one Opened.
    virtual StoreResult<workspace::IntentAttempt> openIntent(const QString &batchKey, workspace::IntentAction action,
                                                             qint64 nowMs)
        = 0;
    virtual StoreStatus settleIntent(qint64 intentId, const QString &outcome, qint64 nowMs) = 0;
    // Settles this login's open intents on the batch: after a restart, when the decision record's
    // reconciliation has learned from QI Tech how an interrupted or unresolved decision ended.
    virtual StoreStatus settleOwnOpenIntents(const QString &batchKey, const QString &outcome, qint64 nowMs) = 0;
    virtual StoreResult<QList<workspace::DecisionIntent>> intentsOf(const QString &batchKey) = 0;
    virtual StoreResult<QList<workspace::DecisionIntent>> openIntents() = 0;

    // Claims the batch for this login until now + ttl, unless someone else holds an unexpired claim;
    // returns whoever holds it afterwards.
    virtual StoreResult<workspace::Claim> claim(const QString &batchKey, qint64 nowMs, qint64 ttlMs) = 0;
    virtual StoreStatus releaseClaim(const QString &batchKey) = 0;
    virtual StoreResult<QList<workspace::Claim>> activeClaims(qint64 nowMs) = 0;

    virtual StoreResult<qint64> addRecommendation(const workspace::Recommendation &recommendation) = 0;
    virtual StoreResult<QList<workspace::Recommendation>> recommendationsOf(const QString &batchKey) = 0;

    virtual StoreStatus addDenyReason(const QString &text, qint64 nowMs) = 0; // a repeat is not an error
    virtual StoreResult<QStringList> denyReasons() = 0;

    // Replaces what is known of a batch's titles.
    virtual StoreStatus recordTitles(const workspace::TitleSighting &batch, const QList<QByteArray> &digests, qint64 nowMs) = 0;
    virtual StoreResult<QList<workspace::TitleSighting>> batchesWithTitle(const QByteArray &digest) = 0;
    // Every batch of the title index with its digests, the most recently recorded last.
    virtual StoreResult<QList<workspace::TitledBatch>> titledBatches() = 0;
    // Moves with every change to the title index (recording, import): a cheap question to ask before
    // reading the index whole.
    virtual StoreResult<qint64> titleIndexRevision() = 0;
    // Copies a legacy title index file's batches into the store, once per source and login, in one
    // transaction that also runs `check` on the whole index read back (false: nothing is kept). A batch
    // the store already knows is left as it is: whoever recorded it there checked it later than the file.
    // false, not an error, when this login imported `source` before.
    using TitlesCheck = std::function<bool(const QList<workspace::TitledBatch> &stored, QString *error)>;
    virtual StoreStatus importTitles(const QList<workspace::TitledBatch> &batches, const QString &source, int skipped,
                                     qint64 nowMs, const TitlesCheck &check)
        = 0;

    virtual StoreResult<workspace::FundDocument> fundDocument(const QString &fundClassKey, workspace::FundDocumentKind kind) = 0;
    // The version of every fund's document of `kind` (fund class key → version): what a watcher compares.
    virtual StoreResult<QHash<QString, int>> fundDocumentVersions(workspace::FundDocumentKind kind) = 0;
    // Stores version expectedVersion + 1 and announces the change; false (not an error) when someone
    // saved another version first.
    virtual StoreStatus saveFundDocument(const QString &fundClassKey, workspace::FundDocumentKind kind, const QByteArray &json,
                                         int expectedVersion, qint64 nowMs)
        = 0;

    // The fund's portfolio (issue 11). Every write moves its revision, in the same transaction. On
    // PostgreSQL any member adds a batch's positions, approvers and admins import the administrator's
    // file and set net assets, admins set the limits.
    virtual StoreResult<qint64> portfolioRevision(const QString &fundClassKey) = 0; // 0: none stored
    virtual StoreResult<workspace::StoredPortfolio> portfolio(const QString &fundClassKey) = 0;
    virtual StoreResult<QHash<QString, qint64>> portfolioRevisions() = 0; // every fund's, for the watcher
    // Adds the batch's part unless the fund has it already (changed false then: exactly once across desktops).
    virtual StoreResult<workspace::PortfolioWrite> addPortfolioBatch(const QString &fundClassKey, const QString &batchId,
                                                                     const QByteArray &json, qint64 nowMs)
        = 0;
    // Replaces the imported chunks and the Import setting together.
    virtual StoreResult<workspace::PortfolioWrite> replacePortfolioImport(const QString &fundClassKey,
                                                                          const QList<QByteArray> &chunks,
                                                                          const QByteArray &importJson, qint64 nowMs)
        = 0;
    virtual StoreResult<workspace::PortfolioWrite>
    setPortfolioSetting(const QString &fundClassKey, workspace::PortfolioSetting setting, const QByteArray &json, qint64 nowMs)
        = 0;
    // Copies a desktop's legacy portfolio file into the store, once per source and login, in one
    // transaction that runs `check` on the portfolio read back (false: nothing is kept). Batches the
    // fund has already are left as they are; settings and the import only where the store has none
    // (a colleague's are newer than this desktop's file). false, not an error, when imported before.
    using PortfolioCheck = std::function<bool(const workspace::StoredPortfolio &stored, QString *error)>;
    virtual StoreStatus importPortfolio(const QString &fundClassKey, const workspace::StoredPortfolio &legacy,
                                        const QString &source, qint64 nowMs, const PortfolioCheck &check)
        = 0;
    // Whether this login imported `source` (a legacy file) as `what` before: "titles", "portfolio".
    virtual StoreStatus wasImported(const QString &what, const QString &source) = 0;

    // The batch's most recent snapshot (none: nullopt).
    virtual StoreResult<std::optional<workspace::StoredSnapshot>> lastSnapshot(const QString &batchKey) = 0;
    // Adds a snapshot taken now by this login, keeping only the batch's `keep` most recent.
    virtual StoreStatus addSnapshot(const QString &batchKey, const QByteArray &json, qint64 nowMs, int keep) = 0;
    // The batch is as snapshot `id` shows it: moves it to now and to this login instead of adding a copy.
    virtual StoreStatus touchSnapshot(qint64 id, qint64 nowMs) = 0;

    // The decision record (services/auditlog.h keeps its format and rules). Every member appends;
    // nobody changes or removes a row (PostgreSQL: no grant, and a trigger for the owner too).
    // Appends one entry in one transaction under the record's lock: `make` gets the last stored
    // entry (sequence 0 and an empty line when none) and returns the next one, or nullopt and *error
    // (nothing is written then). Two writers never chain to the same entry.
    using RecordMaker = std::function<std::optional<workspace::RecordLine>(const workspace::RecordLine &last, QString *error)>;
    virtual StoreResult<workspace::RecordLine> appendRecord(const RecordMaker &make) = 0;
    virtual StoreResult<QList<workspace::RecordLine>> recordLines() = 0; // in sequence order
    virtual StoreResult<workspace::RecordLine> lastRecordLine() = 0; // sequence 0 when the record is empty
    // Copies a legacy record file's entries into an empty record, in one transaction that also runs
    // `check` on the copy read back (false: nothing is kept). false, not an error, when the record
    // was not empty.
    using RecordCheck = std::function<bool(const QList<workspace::RecordLine> &stored, QString *error)>;
    virtual StoreStatus importRecord(const QList<workspace::RecordLine> &lines, const QString &source, qint64 nowMs,
                                     const RecordCheck &check)
        = 0;

    // A number that changes when another connection may have changed the workspace since the last
    // call: SQLite's data_version; on PostgreSQL the notifications this connection has received (the
    // first call starts listening). WorkspaceWatcher polls it and looks again only when it moved.
    virtual StoreResult<qint64> changeMark() = 0;
};

} // namespace cessio
