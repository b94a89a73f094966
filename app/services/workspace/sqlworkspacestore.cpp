#include "sqlworkspacestore.h"

#include "services/ownerfiles.h"
#include "services/workspace/schemamigrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

namespace {

using sql::text;

QString kindId(FundDocumentKind kind)
{
    return kind == FundDocumentKind::Policy ? u"policy"_s : u"rules"_s;
}

QString unreachable(const QString &detail)
{
    return QCoreApplication::translate("WorkspaceStore", "The workspace database could not be reached: %1").arg(detail);
}

// The SQLite file is created owner-only, in an owner-only folder when Cessio creates it.
QString prepareSqliteFile(const QString &path)
{
    if (!ownerfiles::makeFolder(QFileInfo(path).absolutePath()))
        return unreachable(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !ownerfiles::restrict(file))
        return unreachable(file.errorString());
    return {};
}

// Intent columns, in this order, for intentFrom(); the name comes from members when there is one.
constexpr auto intentColumns
    = "SELECT i.id, i.batch_key, i.round, i.action, i.who, COALESCE(m.display_name, i.who), "
      "i.since_ms, i.state, i.outcome FROM decision_intents i LEFT JOIN members m ON m.login = i.who "_L1;

DecisionIntent intentFrom(const QSqlQuery &q)
{
    DecisionIntent intent;
    intent.id = q.value(0).toLongLong();
    intent.batchKey = q.value(1).toString();
    intent.round = q.value(2).toInt();
    intent.action = intentActionFromId(q.value(3).toString()).value_or(IntentAction::Approve);
    intent.who = q.value(4).toString();
    intent.whoName = q.value(5).toString();
    intent.sinceMs = q.value(6).toLongLong();
    intent.open = q.value(7).toString() == u"open"_s;
    intent.outcome = q.value(8).toString();
    return intent;
}

constexpr auto claimColumns = "SELECT c.batch_key, c.who, COALESCE(m.display_name, c.who), c.since_ms, c.expires_ms "
                              "FROM claims c LEFT JOIN members m ON m.login = c.who "_L1;

Claim claimFrom(const QSqlQuery &q)
{
    return { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
             q.value(4).toLongLong() };
}

} // namespace

StoreResult<std::shared_ptr<SqlWorkspaceStore>> SqlWorkspaceStore::open(const WorkspaceSettings &settings,
                                                                        const QString &password)
{
    using Result = StoreResult<std::shared_ptr<SqlWorkspaceStore>>;
    static QAtomicInt counter;
    const SqlDialect dialect = SqlDialect::of(settings.backend);
    const QString name = u"cessio-workspace-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    if (!QSqlDatabase::isDriverAvailable(dialect.driver))
        return Result::failure(
            QCoreApplication::translate("WorkspaceStore", "The Qt SQL driver %1 is not installed.").arg(dialect.driver));
    std::shared_ptr<SqlWorkspaceStore> store(new SqlWorkspaceStore(name, dialect));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver, name);
    if (settings.backend == WorkspaceSettings::Backend::PostgreSql) {
        db.setHostName(settings.host);
        db.setPort(settings.port);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(password);
        // libpq ignores sslmode on a unix socket; over TCP verify-full checks the certificate and host.
        db.setConnectOptions(u"sslmode=%1;connect_timeout=10"_s.arg(settings.sslMode));
    } else {
        const QString path = settings.sqlitePath();
        if (QString error = prepareSqliteFile(path); !error.isEmpty())
            return Result::failure(error);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s); // another desktop's write waits, not fails
        store->m_login = settings.sqliteLogin();
    }
    if (!db.open())
        return Result::failure(unreachable(db.lastError().text()));
    if (!dialect.loginQuery.isEmpty()) {
        QSqlQuery query(db);
        if (!query.exec(dialect.loginQuery) || !query.next())
            return Result::failure(unreachable(query.lastError().text()));
        store->m_login = query.value(0).toString();
    }
    if (QString error = schema::migrate(db, dialect); !error.isEmpty())
        return Result::failure(error);
    if (settings.backend == WorkspaceSettings::Backend::PostgreSql)
        store->m_keeper = std::make_unique<SqlConnectionKeeper>(name);
    return Result::success(store);
}

SqlWorkspaceStore::SqlWorkspaceStore(const QString &connectionName, const SqlDialect &dialect)
    : m_connectionName(connectionName)
    , m_dialect(dialect)
{ }

SqlWorkspaceStore::~SqlWorkspaceStore()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SqlWorkspaceStore::db()
{
    if (m_keeper && !m_inTransaction && m_keeper->ensure() == SqlConnectionKeeper::State::Reopened)
        reopened();
    return QSqlDatabase::database(m_connectionName, false);
}

bool SqlWorkspaceStore::reopenedAfterFailure()
{
    if (!m_keeper || m_inTransaction)
        return false;
    m_keeper->failed();
    if (m_keeper->ensure() != SqlConnectionKeeper::State::Reopened)
        return false;
    reopened();
    return true;
}

void SqlWorkspaceStore::reopened()
{
    m_listening = false; // the new session listens on the next changeMark()
    ++*m_notifications; // what others changed while the connection was down was not announced to it
}

QString SqlWorkspaceStore::backendName() const
{
    return WorkspaceSettings::backendId(m_dialect.backend);
}

bool SqlWorkspaceStore::run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    m_refusedByServer = false;
    bool ok = query.prepare(statement);
    // PostgreSQL prepares on the server: failing there, the statement never ran, so on a connection
    // the server dropped it is safe to prepare it again on a new one.
    if (!ok && reopenedAfterFailure()) {
        query = QSqlQuery(QSqlDatabase::database(m_connectionName, false));
        ok = query.prepare(statement);
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    ok = ok && query.exec();
    if (m_keeper)
        ok ? m_keeper->succeeded() : m_keeper->failed();
    if (!ok) {
        m_lastError = m_keeper && !m_keeper->lastError().isEmpty() ? m_keeper->lastError() : query.lastError().text();
        // SQLSTATE 42501 insufficient_privilege: a grant or row-level security policy said no.
        m_refusedByServer = query.lastError().nativeErrorCode() == "42501"_L1;
    }
    return ok;
}

QString SqlWorkspaceStore::failure() const
{
    if (m_refusedByServer)
        return QCoreApplication::translate("WorkspaceStore",
                                           "The team workspace server refused this for %1: their role does not allow it "
                                           "(analysts recommend; approvers decide, set a fund's net assets and import its "
                                           "positions; admins change members, fund rules, policy and portfolio limits). Ask "
                                           "a workspace admin.")
            .arg(m_login);
    return unreachable(m_lastError);
}

bool SqlWorkspaceStore::inTransaction(const std::function<bool()> &work)
{
    QSqlQuery control(db());
    bool begun = control.exec(m_dialect.beginWrite);
    if (!begun && reopenedAfterFailure()) { // nothing had started: begin again on the new connection
        control = QSqlQuery(QSqlDatabase::database(m_connectionName, false));
        begun = control.exec(m_dialect.beginWrite);
    }
    if (!begun) {
        m_lastError = m_keeper && !m_keeper->lastError().isEmpty() ? m_keeper->lastError() : control.lastError().text();
        if (m_keeper)
            m_keeper->failed();
        return false;
    }
    m_inTransaction = true;
    const bool done = work() && control.exec(u"COMMIT"_s);
    m_inTransaction = false;
    if (done)
        return true;
    if (control.lastError().isValid())
        m_lastError = control.lastError().text();
    if (m_keeper)
        m_keeper->failed(); // a COMMIT lost with the connection, too: check before the next statement
    control.exec(u"ROLLBACK"_s);
    return false;
}

StoreResult<int> SqlWorkspaceStore::schemaVersion()
{
    QSqlDatabase connection = db();
    QString error;
    const int version = schema::currentVersion(connection, &error);
    return version < 0 ? StoreResult<int>::failure(error) : StoreResult<int>::success(version);
}

StoreResult<QList<Member>> SqlWorkspaceStore::members()
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT login, display_name, role FROM members ORDER BY login"_s, {}))
        return StoreResult<QList<Member>>::failure(failure());
    QList<Member> all;
    while (q.next())
        all.append({ q.value(0).toString(), q.value(1).toString(), roleFromId(q.value(2).toString()).value_or(Role::Analyst) });
    return StoreResult<QList<Member>>::success(all);
}

StoreStatus SqlWorkspaceStore::putMember(const Member &member)
{
    QSqlQuery q(db());
    if (!run(q,
             u"INSERT INTO members (login, display_name, role) VALUES (?, ?, ?) ON CONFLICT (login) DO UPDATE SET "
             "display_name = excluded.display_name, role = excluded.role"_s,
             { text(member.login), text(member.displayName), roleId(member.role) }))
        return StoreStatus::failure(failure());
    return StoreStatus::success(true);
}

StoreStatus SqlWorkspaceStore::removeMember(const QString &login)
{
    QSqlQuery q(db());
    if (!run(q, u"DELETE FROM members WHERE login = ?"_s, { text(login) }))
        return StoreStatus::failure(failure());
    return StoreStatus::success(q.numRowsAffected() == 1);
}

StoreResult<IntentAttempt> SqlWorkspaceStore::openIntent(const QString &batchKey, IntentAction action, qint64 nowMs)
{
    using Result = StoreResult<IntentAttempt>;
    // One statement: the next round is written only when no intent is open and no approval or denial
    // was applied. Two desktops at once: SQLite serialises the statements (write lock), PostgreSQL
    // lets both compute the same round and the unique key refuses the second.
    QSqlQuery insert(db());
    const bool inserted = run(insert,
                              u"INSERT INTO decision_intents (batch_key, round, action, who, since_ms, state) "
                              "SELECT ?, COALESCE(MAX(round), 0) + 1, ?, ?, ?, 'open' FROM decision_intents WHERE batch_key = ? "
                              "HAVING COUNT(CASE WHEN state = 'open' THEN 1 END) = 0 AND COUNT(CASE WHEN state = 'settled' "
                              "AND outcome = 'applied' AND action IN ('approve', 'deny') THEN 1 END) = 0 RETURNING id"_s,
                              { text(batchKey), intentActionId(action), text(m_login), nowMs, text(batchKey) });
    if (!inserted && m_refusedByServer) // not an approver: say so rather than who holds the batch
        return Result::failure(failure());
    const QString insertError = m_lastError;
    if (inserted && insert.next()) {
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        announceChange();
        const auto mine = intents(u"WHERE i.id = ?"_s, { id });
        if (!mine.ok() || mine.value->isEmpty())
            return Result::failure(failure());
        return Result::success({ IntentAttempt::Result::Opened, mine.value->constFirst() });
    }
    // Not written: say who holds the batch (the open intent) or who decided it.
    const auto blockers = intents(u"WHERE i.batch_key = ? AND (i.state = 'open' OR (i.outcome = 'applied' AND i.action IN "
                                  "('approve', 'deny'))) ORDER BY i.round DESC"_s,
                                  { text(batchKey) });
    if (!blockers.ok())
        return Result::failure(blockers.error);
    if (blockers.value->isEmpty())
        return Result::failure(unreachable(inserted ? u"no intent written"_s : insertError));
    const DecisionIntent &blocker = blockers.value->constFirst();
    return Result::success({ blocker.open ? IntentAttempt::Result::HeldBy : IntentAttempt::Result::AlreadyDecided, blocker });
}

StoreStatus SqlWorkspaceStore::settleIntent(qint64 intentId, const QString &outcome, qint64 nowMs)
{
    QSqlQuery q(db());
    if (!run(q, u"UPDATE decision_intents SET state = 'settled', outcome = ?, settled_ms = ? WHERE id = ? AND state = 'open'"_s,
             { text(outcome), nowMs, intentId }))
        return StoreStatus::failure(failure());
    announceChange();
    return StoreStatus::success(q.numRowsAffected() == 1);
}

StoreStatus SqlWorkspaceStore::settleOwnOpenIntents(const QString &batchKey, const QString &outcome, qint64 nowMs)
{
    QSqlQuery q(db());
    if (!run(q,
             u"UPDATE decision_intents SET state = 'settled', outcome = ?, settled_ms = ? WHERE batch_key = ? AND who = ? "
             "AND state = 'open'"_s,
             { text(outcome), nowMs, text(batchKey), text(m_login) }))
        return StoreStatus::failure(failure());
    announceChange();
    return StoreStatus::success(q.numRowsAffected() > 0);
}

StoreResult<QList<DecisionIntent>> SqlWorkspaceStore::intents(const QString &where, const QVariantList &values)
{
    QSqlQuery q(db());
    if (!run(q, QString(intentColumns) + where, values))
        return StoreResult<QList<DecisionIntent>>::failure(failure());
    QList<DecisionIntent> all;
    while (q.next())
        all.append(intentFrom(q));
    return StoreResult<QList<DecisionIntent>>::success(all);
}

StoreResult<QList<DecisionIntent>> SqlWorkspaceStore::intentsOf(const QString &batchKey)
{
    return intents(u"WHERE i.batch_key = ? ORDER BY i.round"_s, { text(batchKey) });
}

StoreResult<QList<DecisionIntent>> SqlWorkspaceStore::openIntents()
{
    return intents(u"WHERE i.state = 'open' ORDER BY i.since_ms, i.id"_s, {});
}

StoreResult<Claim> SqlWorkspaceStore::claim(const QString &batchKey, qint64 nowMs, qint64 ttlMs)
{
    QSqlQuery q(db());
    const bool written = inTransaction([&] {
        return run(q, u"DELETE FROM claims WHERE batch_key = ? AND expires_ms <= ?"_s, { text(batchKey), nowMs })
            && run(q,
                   u"INSERT INTO claims (batch_key, who, since_ms, expires_ms) VALUES (?, ?, ?, ?) ON CONFLICT (batch_key) "
                   "DO UPDATE SET expires_ms = excluded.expires_ms WHERE claims.who = excluded.who"_s,
                   { text(batchKey), text(m_login), nowMs, nowMs + ttlMs });
    });
    if (!written || !run(q, QString(claimColumns) + u"WHERE c.batch_key = ?"_s, { text(batchKey) }) || !q.next())
        return StoreResult<Claim>::failure(failure());
    const Claim holder = claimFrom(q);
    q.finish();
    announceChange();
    return StoreResult<Claim>::success(holder);
}

StoreStatus SqlWorkspaceStore::releaseClaim(const QString &batchKey)
{
    QSqlQuery q(db());
    if (!run(q, u"DELETE FROM claims WHERE batch_key = ? AND who = ?"_s, { text(batchKey), text(m_login) }))
        return StoreStatus::failure(failure());
    announceChange();
    return StoreStatus::success(q.numRowsAffected() > 0);
}

StoreResult<QList<Claim>> SqlWorkspaceStore::activeClaims(qint64 nowMs)
{
    QSqlQuery q(db());
    if (!run(q, QString(claimColumns) + u"WHERE c.expires_ms > ? ORDER BY c.since_ms"_s, { nowMs }))
        return StoreResult<QList<Claim>>::failure(failure());
    QList<Claim> all;
    while (q.next())
        all.append(claimFrom(q));
    return StoreResult<QList<Claim>>::success(all);
}

StoreResult<qint64> SqlWorkspaceStore::addRecommendation(const Recommendation &r)
{
    QSqlQuery q(db());
    const QString assets
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(r.assetIds)).toJson(QJsonDocument::Compact));
    if (!run(q,
             u"INSERT INTO recommendations (batch_key, round, who, action, account_key, reason, asset_ids, note, created_ms) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
             { text(r.batchKey), r.round, text(m_login), recommendedActionId(r.action), text(r.accountKey), text(r.reason),
               assets, text(r.note), r.createdMs })
        || !q.next())
        return StoreResult<qint64>::failure(failure());
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    announceChange();
    return StoreResult<qint64>::success(id);
}

StoreResult<QList<Recommendation>> SqlWorkspaceStore::recommendationsOf(const QString &batchKey)
{
    QSqlQuery q(db());
    if (!run(q,
             u"SELECT id, batch_key, round, who, action, account_key, reason, asset_ids, note, created_ms FROM recommendations "
             "WHERE batch_key = ? ORDER BY id"_s,
             { text(batchKey) }))
        return StoreResult<QList<Recommendation>>::failure(failure());
    QList<Recommendation> all;
    while (q.next()) {
        Recommendation r;
        r.id = q.value(0).toLongLong();
        r.batchKey = q.value(1).toString();
        r.round = q.value(2).toInt();
        r.who = q.value(3).toString();
        r.action = recommendedActionFromId(q.value(4).toString()).value_or(RecommendedAction::Approve);
        r.accountKey = q.value(5).toString();
        r.reason = q.value(6).toString();
        for (const QJsonValue &id : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
            r.assetIds.append(id.toString());
        r.note = q.value(8).toString();
        r.createdMs = q.value(9).toLongLong();
        all.append(r);
    }
    return StoreResult<QList<Recommendation>>::success(all);
}

StoreStatus SqlWorkspaceStore::addDenyReason(const QString &reason, qint64 nowMs)
{
    QSqlQuery q(db());
    if (!run(q, u"INSERT INTO deny_reasons (text, created_ms) VALUES (?, ?) ON CONFLICT (text) DO NOTHING"_s,
             { text(reason), nowMs }))
        return StoreStatus::failure(failure());
    return StoreStatus::success(true);
}

StoreResult<QStringList> SqlWorkspaceStore::denyReasons()
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT text FROM deny_reasons ORDER BY created_ms, text"_s, {}))
        return StoreResult<QStringList>::failure(failure());
    QStringList all;
    while (q.next())
        all.append(q.value(0).toString());
    return StoreResult<QStringList>::success(all);
}

StoreStatus SqlWorkspaceStore::recordTitles(const TitleSighting &batch, const QList<QByteArray> &digests, qint64 nowMs)
{
    QSqlQuery q(db());
    const bool written = inTransaction([&] {
        if (!run(q, u"DELETE FROM titles WHERE batch_id = ?"_s, { text(batch.batchId) })
            || !run(q,
                    u"INSERT INTO title_batches (batch_id, label, batch_date, recorded_ms) VALUES (?, ?, ?, ?) ON CONFLICT "
                    "(batch_id) DO UPDATE SET label = excluded.label, batch_date = excluded.batch_date, recorded_ms = "
                    "excluded.recorded_ms"_s,
                    { text(batch.batchId), text(batch.label), text(batch.date.toString(Qt::ISODate)), nowMs }))
            return false;
        for (const QByteArray &digest : digests)
            if (!run(q, u"INSERT INTO titles (digest, batch_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                     { QString::fromLatin1(digest.toHex()), text(batch.batchId) }))
                return false;
        return moveTitleIndexRevision(q);
    });
    return written ? StoreStatus::success(true) : StoreStatus::failure(failure());
}

StoreResult<QList<TitleSighting>> SqlWorkspaceStore::batchesWithTitle(const QByteArray &digest)
{
    QSqlQuery q(db());
    if (!run(q,
             u"SELECT b.batch_id, b.label, b.batch_date FROM titles t JOIN title_batches b ON b.batch_id = t.batch_id "
             "WHERE t.digest = ? ORDER BY b.batch_date, b.batch_id"_s,
             { QString::fromLatin1(digest.toHex()) }))
        return StoreResult<QList<TitleSighting>>::failure(failure());
    QList<TitleSighting> all;
    while (q.next())
        all.append({ q.value(0).toString(), q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate) });
    return StoreResult<QList<TitleSighting>>::success(all);
}

StoreResult<QList<TitledBatch>> SqlWorkspaceStore::titledBatches()
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // read once, in order: a large index is not copied twice
    if (!run(q,
             u"SELECT b.batch_id, b.label, b.batch_date, t.digest FROM title_batches b LEFT JOIN titles t ON t.batch_id = "
             "b.batch_id ORDER BY b.recorded_ms, b.batch_id, t.digest"_s,
             {}))
        return StoreResult<QList<TitledBatch>>::failure(failure());
    QList<TitledBatch> all;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (all.isEmpty() || all.constLast().batch.batchId != id)
            all.append(TitledBatch { { id, q.value(1).toString(), QDate::fromString(q.value(2).toString(), Qt::ISODate) }, {} });
        if (!q.value(3).isNull())
            all.last().digests.append(QByteArray::fromHex(q.value(3).toString().toLatin1()));
    }
    return StoreResult<QList<TitledBatch>>::success(all);
}

StoreResult<qint64> SqlWorkspaceStore::titleIndexRevision()
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT COALESCE(MAX(revision), 0) FROM title_index"_s, {}) || !q.next())
        return StoreResult<qint64>::failure(failure());
    return StoreResult<qint64>::success(q.value(0).toLongLong());
}

bool SqlWorkspaceStore::moveTitleIndexRevision(QSqlQuery &q)
{
    return run(q,
               u"INSERT INTO title_index (id, revision) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET revision = "
               "title_index.revision + 1"_s,
               {});
}

StoreStatus SqlWorkspaceStore::importTitles(const QList<TitledBatch> &batches, const QString &source, int skipped, qint64 nowMs,
                                            const TitlesCheck &check)
{
    QSqlQuery q(db());
    bool already = false;
    QString checkError;
    const bool written = inTransaction([&] {
        // The marker first: a second desktop importing the same source at once waits here, then finds it.
        if (!run(q,
                 u"INSERT INTO legacy_imports (what, source, imported_by, items, skipped, imported_ms) VALUES ('titles', ?, "
                 "?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                 { text(source), text(m_login), qint64(batches.size()), skipped, nowMs }))
            return false;
        if (q.numRowsAffected() != 1) {
            already = true;
            return false;
        }
        for (qsizetype i = 0; i < batches.size(); ++i) {
            const TitledBatch &titled = batches.at(i);
            const TitleSighting &batch = titled.batch;
            // Recorded just before now, in the file's order (its latest check last).
            const qint64 recordedMs = nowMs - qint64(batches.size() - i);
            if (!run(q,
                     u"INSERT INTO title_batches (batch_id, label, batch_date, recorded_ms) VALUES (?, ?, ?, ?) ON CONFLICT "
                     "DO NOTHING"_s,
                     { text(batch.batchId), text(batch.label), text(batch.date.toString(Qt::ISODate)), recordedMs }))
                return false;
            if (q.numRowsAffected() != 1)
                continue; // known to the store already
            for (const QByteArray &digest : titled.digests)
                if (!run(q, u"INSERT INTO titles (digest, batch_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
                         { QString::fromLatin1(digest.toHex()), text(batch.batchId) }))
                    return false;
        }
        if (!moveTitleIndexRevision(q))
            return false;
        q.finish();
        const auto stored = titledBatches(); // read back in this transaction: what a reader will get
        return stored.ok() && check(*stored.value, &checkError);
    });
    if (written) {
        announceChange();
        return StoreStatus::success(true);
    }
    if (already)
        return StoreStatus::success(false);
    return StoreStatus::failure(checkError.isEmpty() ? failure() : checkError);
}

StoreResult<FundDocument> SqlWorkspaceStore::fundDocument(const QString &fundClassKey, FundDocumentKind kind)
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT version, body, updated_by, updated_ms FROM fund_documents WHERE fund_class_key = ? AND kind = ?"_s,
             { text(fundClassKey), kindId(kind) }))
        return StoreResult<FundDocument>::failure(failure());
    FundDocument document { fundClassKey, kind, 0, {}, {}, 0 };
    if (q.next()) {
        document.version = q.value(0).toInt();
        document.json = q.value(1).toString().toUtf8();
        document.updatedBy = q.value(2).toString();
        document.updatedMs = q.value(3).toLongLong();
    }
    return StoreResult<FundDocument>::success(document);
}

StoreResult<QHash<QString, int>> SqlWorkspaceStore::fundDocumentVersions(FundDocumentKind kind)
{
    QSqlQuery q(db());
    if (!run(q, u"SELECT fund_class_key, version FROM fund_documents WHERE kind = ?"_s, { kindId(kind) }))
        return StoreResult<QHash<QString, int>>::failure(failure());
    QHash<QString, int> versions;
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toInt());
    return StoreResult<QHash<QString, int>>::success(versions);
}

StoreStatus SqlWorkspaceStore::saveFundDocument(const QString &fundClassKey, FundDocumentKind kind, const QByteArray &json,
                                                int expectedVersion, qint64 nowMs)
{
    QSqlQuery q(db());
    const QString body = QString::fromUtf8(json);
    const bool ran = expectedVersion == 0
        ? run(q,
              u"INSERT INTO fund_documents (fund_class_key, kind, version, body, updated_by, updated_ms) VALUES (?, ?, 1, ?, "
              "?, ?) ON CONFLICT DO NOTHING"_s,
              { text(fundClassKey), kindId(kind), text(body), text(m_login), nowMs })
        : run(q,
              u"UPDATE fund_documents SET version = version + 1, body = ?, updated_by = ?, updated_ms = ? WHERE "
              "fund_class_key = ? AND kind = ? AND version = ?"_s,
              { text(body), text(m_login), nowMs, text(fundClassKey), kindId(kind), expectedVersion });
    if (!ran)
        return StoreStatus::failure(failure());
    const bool saved = q.numRowsAffected() == 1;
    if (saved)
        announceChange(); // other desktops' watchers read the new version at once
    return StoreStatus::success(saved);
}

StoreResult<std::optional<StoredSnapshot>> SqlWorkspaceStore::lastSnapshot(const QString &batchKey)
{
    using Result = StoreResult<std::optional<StoredSnapshot>>;
    QSqlQuery q(db());
    if (!run(q,
             u"SELECT s.id, s.who, COALESCE(m.display_name, s.who), s.taken_ms, s.body FROM batch_snapshots s LEFT JOIN "
             "members m ON m.login = s.who WHERE s.batch_key = ? ORDER BY s.taken_ms DESC, s.id DESC LIMIT 1"_s,
             { text(batchKey) }))
        return Result::failure(failure());
    if (!q.next())
        return Result::success(std::nullopt);
    return Result::success(StoredSnapshot { q.value(0).toLongLong(), batchKey, q.value(1).toString(), q.value(2).toString(),
                                            q.value(3).toLongLong(), q.value(4).toString().toUtf8() });
}

StoreStatus SqlWorkspaceStore::addSnapshot(const QString &batchKey, const QByteArray &json, qint64 nowMs, int keep)
{
    QSqlQuery q(db());
    const bool written = inTransaction([&] {
        return run(q, u"INSERT INTO batch_snapshots (batch_key, who, taken_ms, body) VALUES (?, ?, ?, ?)"_s,
                   { text(batchKey), text(m_login), nowMs, QString::fromUtf8(json) })
            && run(q,
                   u"DELETE FROM batch_snapshots WHERE batch_key = ? AND id NOT IN (SELECT id FROM batch_snapshots WHERE "
                   "batch_key = ? ORDER BY taken_ms DESC, id DESC LIMIT ?)"_s,
                   { text(batchKey), text(batchKey), qMax(1, keep) });
    });
    return written ? StoreStatus::success(true) : StoreStatus::failure(failure());
}

StoreStatus SqlWorkspaceStore::touchSnapshot(qint64 id, qint64 nowMs)
{
    QSqlQuery q(db());
    if (!run(q, u"UPDATE batch_snapshots SET taken_ms = ?, who = ? WHERE id = ?"_s, { nowMs, text(m_login), id }))
        return StoreStatus::failure(failure());
    return StoreStatus::success(q.numRowsAffected() == 1);
}

StoreResult<QList<RecordLine>> SqlWorkspaceStore::readRecord(const QString &statement)
{
    QSqlQuery q(db());
    q.setForwardOnly(true); // 100,000 entries are read once, in order
    if (!run(q, statement, {}))
        return StoreResult<QList<RecordLine>>::failure(failure());
    QList<RecordLine> all;
    while (q.next())
        all.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString().toUtf8() });
    return StoreResult<QList<RecordLine>>::success(all);
}

StoreResult<QList<RecordLine>> SqlWorkspaceStore::recordLines()
{
    return readRecord(u"SELECT sequence, hash, line FROM decision_record ORDER BY sequence"_s);
}

StoreResult<RecordLine> SqlWorkspaceStore::lastRecordLine()
{
    const auto last = readRecord(u"SELECT sequence, hash, line FROM decision_record ORDER BY sequence DESC LIMIT 1"_s);
    if (!last.ok())
        return StoreResult<RecordLine>::failure(last.error);
    return StoreResult<RecordLine>::success(last.value->isEmpty() ? RecordLine() : last.value->constFirst());
}

StoreResult<RecordLine> SqlWorkspaceStore::appendRecord(const RecordMaker &make)
{
    std::optional<RecordLine> next;
    QString makeError;
    QSqlQuery q(db());
    // The head is read under the record's lock, inside the transaction that inserts the next entry:
    // a second writer waits, then chains to this entry. The primary key refuses a fork regardless.
    const bool written = inTransaction([&] {
        if (!m_dialect.recordLock.isEmpty() && !run(q, m_dialect.recordLock, {}))
            return false;
        q.finish();
        const auto last = lastRecordLine();
        if (!last.ok())
            return false;
        next = make(*last.value, &makeError);
        if (!next)
            return false;
        return run(q,
                   u"INSERT INTO decision_record (sequence, hash, line, recorded_by, recorded_ms) VALUES (?, ?, ?, ?, ?)"_s,
                   { next->sequence, next->hash, QString::fromUtf8(next->line), text(m_login),
                     QDateTime::currentMSecsSinceEpoch() });
    });
    if (!written)
        return StoreResult<RecordLine>::failure(next ? failure() : (makeError.isEmpty() ? failure() : makeError));
    announceChange();
    return StoreResult<RecordLine>::success(*next);
}

StoreStatus SqlWorkspaceStore::importRecord(const QList<RecordLine> &lines, const QString &source, qint64 nowMs,
                                            const RecordCheck &check)
{
    QSqlQuery q(db());
    bool wasEmpty = true;
    QString checkError;
    const bool written = inTransaction([&] {
        if (!m_dialect.recordLock.isEmpty() && !run(q, m_dialect.recordLock, {}))
            return false;
        q.finish();
        const auto last = lastRecordLine();
        if (!last.ok())
            return false;
        wasEmpty = last.value->sequence == 0;
        if (!wasEmpty)
            return false;
        if (!q.prepare(u"INSERT INTO decision_record (sequence, hash, line, recorded_by, recorded_ms) VALUES (?, ?, ?, ?, ?)"_s)) {
            m_lastError = q.lastError().text();
            return false;
        }
        for (const RecordLine &line : lines) {
            q.addBindValue(line.sequence);
            q.addBindValue(line.hash);
            q.addBindValue(QString::fromUtf8(line.line));
            q.addBindValue(text(m_login));
            q.addBindValue(nowMs);
            if (!q.exec()) {
                m_lastError = q.lastError().text();
                m_refusedByServer = q.lastError().nativeErrorCode() == "42501"_L1;
                return false;
            }
        }
        const auto stored = recordLines(); // read back in this transaction: what a reader will get
        if (!stored.ok() || !check(*stored.value, &checkError))
            return false;
        return run(q,
                   u"INSERT INTO record_imports (source, entries, last_hash, imported_by, imported_ms) VALUES (?, ?, ?, ?, ?)"_s,
                   { text(source), qint64(lines.size()), lines.isEmpty() ? u""_s : lines.constLast().hash, text(m_login),
                     nowMs });
    });
    if (written) {
        announceChange();
        return StoreStatus::success(true);
    }
    if (!wasEmpty)
        return StoreStatus::success(false);
    return StoreStatus::failure(checkError.isEmpty() ? failure() : checkError);
}

void SqlWorkspaceStore::announceChange()
{
    // Best effort: the write itself succeeded; a desktop that misses this sees it at its next full look.
    if (m_dialect.announceChange.isEmpty())
        return;
    QSqlQuery q(db());
    q.exec(m_dialect.announceChange);
}

StoreResult<qint64> SqlWorkspaceStore::changeMark()
{
    if (!m_dialect.changeMarkQuery.isEmpty()) {
        QSqlQuery q(db());
        if (!run(q, m_dialect.changeMarkQuery, {}) || !q.next())
            return StoreResult<qint64>::failure(failure());
        return StoreResult<qint64>::success(q.value(0).toLongLong());
    }
    if (!m_listening) {
        QSqlDriver *driver = db().driver();
        if (!driver || !driver->subscribeToNotification(m_dialect.changeChannel)) {
            m_lastError = driver ? driver->lastError().text() : QString();
            return StoreResult<qint64>::failure(failure());
        }
        // The driver reads notifications on this thread's event loop (the runner's), between calls.
        // The driver object outlives a reconnection: connected once.
        if (!m_notificationLink)
            m_notificationLink
                = QObject::connect(driver, &QSqlDriver::notification, driver, [count = m_notifications] { ++*count; });
        m_listening = true;
    }
    return StoreResult<qint64>::success(*m_notifications);
}

} // namespace cessio
