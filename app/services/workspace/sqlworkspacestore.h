#pragma once

#include "services/workspace/sqlconnectionkeeper.h"
#include "services/workspace/sqldialect.h"
#include "services/workspace/workspacestore.h"

#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace cessio {

// The workspace store over Qt SQL, on SQLite or PostgreSQL (SqlDialect holds their differences).
// Every SQL statement of the workspace lives here, in sqlportfoliotables.cpp and in schemamigrations.cpp.
// Use it only on the thread that opened it.
class SqlWorkspaceStore final : public WorkspaceStore
{
public:
    // Connects and applies the migrations this program knows. `password` is for PostgreSQL only and
    // comes from the keychain. Fails, touching nothing, on a schema newer than the program.
    static StoreResult<std::shared_ptr<SqlWorkspaceStore>> open(const WorkspaceSettings &settings, const QString &password);
    ~SqlWorkspaceStore() override;
    SqlWorkspaceStore(const SqlWorkspaceStore &) = delete;
    SqlWorkspaceStore &operator=(const SqlWorkspaceStore &) = delete;

    QString backendName() const override;
    QString login() const override { return m_login; }
    StoreResult<int> schemaVersion() override;

    StoreResult<QList<workspace::Member>> members() override;
    StoreStatus putMember(const workspace::Member &member) override;
    StoreStatus removeMember(const QString &login) override;

    StoreResult<workspace::IntentAttempt> openIntent(const QString &batchKey, workspace::IntentAction action,
                                                     qint64 nowMs) override;
    StoreStatus settleIntent(qint64 intentId, const QString &outcome, qint64 nowMs) override;
    StoreStatus settleOwnOpenIntents(const QString &batchKey, const QString &outcome, qint64 nowMs) override;
    StoreResult<QList<workspace::DecisionIntent>> intentsOf(const QString &batchKey) override;
    StoreResult<QList<workspace::DecisionIntent>> openIntents() override;

    StoreResult<workspace::Claim> claim(const QString &batchKey, qint64 nowMs, qint64 ttlMs) override;
    StoreStatus releaseClaim(const QString &batchKey) override;
    StoreResult<QList<workspace::Claim>> activeClaims(qint64 nowMs) override;

    StoreResult<qint64> addRecommendation(const workspace::Recommendation &recommendation) override;
    StoreResult<QList<workspace::Recommendation>> recommendationsOf(const QString &batchKey) override;

    StoreStatus addDenyReason(const QString &text, qint64 nowMs) override;
    StoreResult<QStringList> denyReasons() override;

    StoreStatus recordTitles(const workspace::TitleSighting &batch, const QList<QByteArray> &digests, qint64 nowMs) override;
    StoreResult<QList<workspace::TitleSighting>> batchesWithTitle(const QByteArray &digest) override;
    StoreResult<QList<workspace::TitledBatch>> titledBatches() override;
    StoreResult<qint64> titleIndexRevision() override;
    StoreStatus importTitles(const QList<workspace::TitledBatch> &batches, const QString &source, int skipped, qint64 nowMs,
                             const TitlesCheck &check) override;

    StoreResult<workspace::FundDocument> fundDocument(const QString &fundClassKey, workspace::FundDocumentKind kind) override;
    StoreResult<QHash<QString, int>> fundDocumentVersions(workspace::FundDocumentKind kind) override;
    StoreStatus saveFundDocument(const QString &fundClassKey, workspace::FundDocumentKind kind, const QByteArray &json,
                                 int expectedVersion, qint64 nowMs) override;

    // sqlportfoliotables.cpp
    StoreResult<qint64> portfolioRevision(const QString &fundClassKey) override;
    StoreResult<workspace::StoredPortfolio> portfolio(const QString &fundClassKey) override;
    StoreResult<QHash<QString, qint64>> portfolioRevisions() override;
    StoreResult<workspace::PortfolioWrite> addPortfolioBatch(const QString &fundClassKey, const QString &batchId,
                                                             const QByteArray &json, qint64 nowMs) override;
    StoreResult<workspace::PortfolioWrite> replacePortfolioImport(const QString &fundClassKey, const QList<QByteArray> &chunks,
                                                                  const QByteArray &importJson, qint64 nowMs) override;
    StoreResult<workspace::PortfolioWrite> setPortfolioSetting(const QString &fundClassKey, workspace::PortfolioSetting setting,
                                                               const QByteArray &json, qint64 nowMs) override;
    StoreStatus importPortfolio(const QString &fundClassKey, const workspace::StoredPortfolio &legacy, const QString &source,
                                qint64 nowMs, const PortfolioCheck &check) override;
    StoreStatus wasImported(const QString &what, const QString &source) override;

    StoreResult<std::optional<workspace::StoredSnapshot>> lastSnapshot(const QString &batchKey) override;
    StoreStatus addSnapshot(const QString &batchKey, const QByteArray &json, qint64 nowMs, int keep) override;
    StoreStatus touchSnapshot(qint64 id, qint64 nowMs) override;

    StoreResult<workspace::RecordLine> appendRecord(const RecordMaker &make) override;
    StoreResult<QList<workspace::RecordLine>> recordLines() override;
    StoreResult<workspace::RecordLine> lastRecordLine() override;
    StoreStatus importRecord(const QList<workspace::RecordLine> &lines, const QString &source, qint64 nowMs,
                             const RecordCheck &check) override;

    StoreResult<qint64> changeMark() override;

private:
    SqlWorkspaceStore(const QString &connectionName, const SqlDialect &dialect);
    // The connection, checked first (PostgreSQL, outside a transaction) and opened again when the
    // server dropped it: see SqlConnectionKeeper.
    QSqlDatabase db();
    void reopened(); // a new server session: listen again, and have the watchers look again
    // After a statement failed before it could run: true when the server had dropped the connection
    // and a new one is open, so the statement may be tried once more.
    bool reopenedAfterFailure();
    // A prepared query with `values` bound in order; false and m_lastError set when it fails.
    bool run(QSqlQuery &query, const QString &statement, const QVariantList &values);
    QString failure() const;
    StoreResult<QList<workspace::DecisionIntent>> intents(const QString &where, const QVariantList &values);
    bool inTransaction(const std::function<bool()> &work);
    // Tells the team's listening desktops (PostgreSQL) that a claim, intent or recommendation changed.
    void announceChange();
    StoreResult<QList<workspace::RecordLine>> readRecord(const QString &statement);
    // sqlportfoliotables.cpp: in a write transaction, the fund's revision moved on by one.
    std::optional<qint64> bumpPortfolioRevision(QSqlQuery &q, const QString &fundClassKey, qint64 nowMs);
    // Runs `change` and moves the revision in one transaction, then tells the team.
    StoreResult<workspace::PortfolioWrite> changePortfolio(const QString &fundClassKey, qint64 nowMs,
                                                           const std::function<bool(QSqlQuery &)> &change);
    // In a write transaction on the title index: its revision moved on by one.
    bool moveTitleIndexRevision(QSqlQuery &q);
    bool readPortfolioInto(QSqlQuery &q, const QString &fundClassKey, workspace::StoredPortfolio &out);

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_login;
    QString m_lastError;
    bool m_refusedByServer = false; // the last statement failed for want of privilege
    bool m_listening = false;
    std::unique_ptr<SqlConnectionKeeper> m_keeper; // PostgreSQL only: a SQLite file has no connection to lose
    bool m_inTransaction = false; // no reconnection halfway through one
    QMetaObject::Connection m_notificationLink;
    std::shared_ptr<qint64> m_notifications = std::make_shared<qint64>(0); // counted on this thread
};

} // namespace cessio
