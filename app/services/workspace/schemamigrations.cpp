#include "schemamigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio::schema {

namespace {

// A migration: statements for both backends, then PostgreSQL's own (SQLite has no server roles).
struct Migration
{
    QStringList both;
    QStringList postgresOnly;
    QStringList sqliteOnly = {};
};

// Server-enforced roles (PostgreSQL): the session's login is looked up in members by cessio_role()
// (SECURITY DEFINER, so it reads members whatever the caller may see), and row-level security lets
// analysts recommend and claim, approvers open and settle their own decision intents, admins change
// members, fund rules and policies. Grants go to PUBLIC: what a login may do is decided by its row in
// members, not by server roles an admin would have to create (that needs CREATEROLE). Nobody gets
// DELETE on the record tables, nor UPDATE beyond settling an intent. The tables' owner (the login that
// ran `workspace init`) is not bound by row-level security, as PostgreSQL owners never are.
QStringList rolePolicies()
{
    const QString member = u"cessio_role() IS NOT NULL"_s;
    const QString approver = u"cessio_role() IN ('approver', 'admin')"_s;
    const QString admin = u"cessio_role() = 'admin'"_s;
    const QString mine = u"who = session_user"_s;
    const QString serverNowMs = u"(EXTRACT(EPOCH FROM now()) * 1000)::BIGINT"_s;
    QStringList all = {
        u"CREATE FUNCTION cessio_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER "
        "SET search_path = pg_catalog, pg_temp AS $$ SELECT role FROM {schema}.members WHERE login = session_user $$"_s,
        u"GRANT SELECT ON schema_version TO PUBLIC"_s,
        u"GRANT SELECT, INSERT, UPDATE, DELETE ON members, claims, title_batches, titles TO PUBLIC"_s,
        u"GRANT SELECT, INSERT ON decision_intents, recommendations, deny_reasons TO PUBLIC"_s,
        u"GRANT UPDATE (state, outcome, settled_ms) ON decision_intents TO PUBLIC"_s,
        u"GRANT SELECT, INSERT, UPDATE ON fund_documents TO PUBLIC"_s,
        u"GRANT USAGE ON SEQUENCE decision_intents_id_seq, recommendations_id_seq TO PUBLIC"_s,
        u"CREATE POLICY members_change ON members FOR INSERT WITH CHECK (%1)"_s.arg(admin),
        u"CREATE POLICY members_update ON members FOR UPDATE USING (%1) WITH CHECK (%2)"_s.arg(member, admin),
        u"CREATE POLICY members_remove ON members FOR DELETE USING (%1)"_s.arg(admin),
        u"CREATE POLICY intents_open ON decision_intents FOR INSERT WITH CHECK (%1 AND %2 AND state = 'open')"_s.arg(approver,
                                                                                                                     mine),
        u"CREATE POLICY intents_settle ON decision_intents FOR UPDATE USING (%1) WITH CHECK (%2 AND %3)"_s.arg(member, approver,
                                                                                                               mine),
        u"CREATE POLICY claims_take ON claims FOR INSERT WITH CHECK (%1 AND %2)"_s.arg(member, mine),
        u"CREATE POLICY claims_renew ON claims FOR UPDATE USING (%1) WITH CHECK (%2)"_s.arg(member, mine),
        u"CREATE POLICY claims_release ON claims FOR DELETE USING (%1 AND (%2 OR expires_ms <= %3))"_s.arg(member, mine,
                                                                                                           serverNowMs),
        u"CREATE POLICY recommendations_add ON recommendations FOR INSERT WITH CHECK (%1 AND %2)"_s.arg(member, mine),
        u"CREATE POLICY deny_reasons_add ON deny_reasons FOR INSERT WITH CHECK (%1)"_s.arg(member),
        u"CREATE POLICY title_batches_write ON title_batches FOR ALL USING (%1) WITH CHECK (%1)"_s.arg(member),
        u"CREATE POLICY titles_write ON titles FOR ALL USING (%1) WITH CHECK (%1)"_s.arg(member),
        u"CREATE POLICY fund_documents_add ON fund_documents FOR INSERT WITH CHECK (%1)"_s.arg(admin),
        u"CREATE POLICY fund_documents_update ON fund_documents FOR UPDATE USING (%1) WITH CHECK (%2)"_s.arg(member, admin),
    };
    // Every member reads everything; row-level security on every shared table.
    for (const char *table : { "members", "decision_intents", "claims", "recommendations", "deny_reasons", "title_batches",
                               "titles", "fund_documents" }) {
        all.append(u"CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)"_s.arg(QLatin1StringView(table), member));
        all.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(QLatin1StringView(table)));
    }
    return all;
}

// The decision record on PostgreSQL: members read and append as themselves; no grant to change or
// remove, and a trigger refuses it even to the owner (SQLSTATE 42501, reported as "refused").
QStringList recordPolicies()
{
    const QString member = u"cessio_role() IS NOT NULL"_s;
    QStringList all = {
        u"GRANT SELECT, INSERT ON decision_record, record_imports TO PUBLIC"_s,
        u"CREATE POLICY decision_record_add ON decision_record FOR INSERT WITH CHECK (%1 AND recorded_by = session_user)"_s
            .arg(member),
        u"CREATE POLICY record_imports_add ON record_imports FOR INSERT WITH CHECK (%1 AND imported_by = session_user)"_s
            .arg(member),
        u"CREATE FUNCTION cessio_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "RAISE EXCEPTION 'the decision record is append-only' USING ERRCODE = '42501'; END $$"_s,
        u"CREATE TRIGGER decision_record_append_only BEFORE UPDATE OR DELETE ON decision_record FOR EACH ROW "
        "EXECUTE FUNCTION cessio_record_append_only()"_s,
        u"CREATE TRIGGER decision_record_no_truncate BEFORE TRUNCATE ON decision_record FOR EACH STATEMENT "
        "EXECUTE FUNCTION cessio_record_append_only()"_s,
    };
    for (const char *table : { "decision_record", "record_imports" }) {
        all.append(u"CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)"_s.arg(QLatin1StringView(table), member));
        all.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(QLatin1StringView(table)));
    }
    return all;
}

// The portfolios on PostgreSQL: any member adds a batch's positions (and so moves the revision);
// approvers and admins import the administrator's file and set net assets; admins set the limits.
// Nobody changes a batch's part once added.
QStringList portfolioPolicies()
{
    const QString member = u"cessio_role() IS NOT NULL"_s;
    const QString approver = u"cessio_role() IN ('approver', 'admin')"_s;
    const QString admin = u"cessio_role() = 'admin'"_s;
    const QString settingAllowed = u"((kind = 'limits' AND %1) OR (kind <> 'limits' AND %2))"_s.arg(admin, approver);
    const QString partAllowed = u"((kind = 'batch' AND added_by = session_user) OR (kind = 'import' AND %1))"_s.arg(approver);
    QStringList all = {
        u"GRANT SELECT, INSERT, UPDATE ON portfolio_funds, portfolio_settings TO PUBLIC"_s,
        u"GRANT SELECT, INSERT, DELETE ON portfolio_parts TO PUBLIC"_s,
        u"GRANT USAGE ON SEQUENCE portfolio_parts_id_seq TO PUBLIC"_s,
        u"CREATE POLICY portfolio_funds_add ON portfolio_funds FOR INSERT WITH CHECK (%1 AND updated_by = session_user)"_s.arg(
            member),
        u"CREATE POLICY portfolio_funds_move ON portfolio_funds FOR UPDATE USING (%1) WITH CHECK (%1 AND updated_by = "
        "session_user)"_s.arg(member),
        u"CREATE POLICY portfolio_settings_add ON portfolio_settings FOR INSERT WITH CHECK (%1 AND updated_by = "
        "session_user)"_s.arg(settingAllowed),
        u"CREATE POLICY portfolio_settings_change ON portfolio_settings FOR UPDATE USING (%1) WITH CHECK (%2 AND "
        "updated_by = session_user)"_s.arg(member, settingAllowed),
        u"CREATE POLICY portfolio_parts_add ON portfolio_parts FOR INSERT WITH CHECK (%1 AND %2)"_s.arg(member, partAllowed),
        u"CREATE POLICY portfolio_parts_replace ON portfolio_parts FOR DELETE USING (kind = 'import' AND %1)"_s.arg(approver),
    };
    for (const char *table : { "portfolio_funds", "portfolio_settings", "portfolio_parts" }) {
        all.append(u"CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)"_s.arg(QLatin1StringView(table), member));
        all.append(u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s.arg(QLatin1StringView(table)));
    }
    return all;
}

// Never edit a migration once released: add the next one. {id} is the dialect's key column, {schema}
// the (quoted) schema the tables are created in.
const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        // 1: the first schema.
        { {
              u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE members (login TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
              "role TEXT NOT NULL CHECK (role IN ('analyst', 'approver', 'admin')))"_s,
              u"CREATE TABLE decision_intents (id {id}, batch_key TEXT NOT NULL, round INTEGER NOT NULL, "
              "action TEXT NOT NULL CHECK (action IN ('approve', 'deny', 'remove-assets')), who TEXT NOT NULL, "
              "since_ms BIGINT NOT NULL, state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'settled')), "
              "outcome TEXT, settled_ms BIGINT, UNIQUE (batch_key, round))"_s,
              // At most one open intent per batch, whatever the round.
              u"CREATE UNIQUE INDEX decision_intents_one_open ON decision_intents (batch_key) WHERE state = 'open'"_s,
              u"CREATE TABLE claims (batch_key TEXT PRIMARY KEY, who TEXT NOT NULL, since_ms BIGINT NOT NULL, "
              "expires_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE recommendations (id {id}, batch_key TEXT NOT NULL, round INTEGER NOT NULL, who TEXT NOT NULL, "
              "action TEXT NOT NULL CHECK (action IN ('approve', 'deny', 'remove')), account_key TEXT NOT NULL, "
              "reason TEXT NOT NULL, asset_ids TEXT NOT NULL, note TEXT NOT NULL, created_ms BIGINT NOT NULL)"_s,
              u"CREATE INDEX recommendations_by_batch ON recommendations (batch_key, round)"_s,
              u"CREATE TABLE deny_reasons (text TEXT PRIMARY KEY, created_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE title_batches (batch_id TEXT PRIMARY KEY, label TEXT NOT NULL, batch_date TEXT NOT NULL, "
              "recorded_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE titles (digest TEXT NOT NULL, batch_id TEXT NOT NULL REFERENCES title_batches (batch_id) "
              "ON DELETE CASCADE, PRIMARY KEY (digest, batch_id))"_s,
              u"CREATE TABLE fund_documents (fund_class_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('rules', "
              "'policy')), version INTEGER NOT NULL, body TEXT NOT NULL, updated_by TEXT NOT NULL, updated_ms BIGINT NOT "
              "NULL, PRIMARY KEY (fund_class_key, kind))"_s,
          },
          {} },
        // 2: roles enforced by the server (PostgreSQL only: a SQLite workspace has one user, the file's owner).
        { {}, rolePolicies() },
        // 3: batch snapshots, so a batch that comes back shows what changed since the last review (issue 11).
        { {
              u"CREATE TABLE batch_snapshots (id {id}, batch_key TEXT NOT NULL, who TEXT NOT NULL, taken_ms BIGINT NOT NULL, "
              "body TEXT NOT NULL)"_s,
              u"CREATE INDEX batch_snapshots_by_batch ON batch_snapshots (batch_key, taken_ms)"_s,
          },
          {
              u"GRANT SELECT, INSERT, UPDATE, DELETE ON batch_snapshots TO PUBLIC"_s,
              u"CREATE POLICY batch_snapshots_read ON batch_snapshots FOR SELECT USING (cessio_role() IS NOT NULL)"_s,
              u"CREATE POLICY batch_snapshots_write ON batch_snapshots FOR ALL USING (cessio_role() IS NOT NULL) WITH CHECK "
              "(cessio_role() IS NOT NULL)"_s,
              u"ALTER TABLE batch_snapshots ENABLE ROW LEVEL SECURITY"_s,
          } },
        // 4: the decision record (services/auditlog.h): each row the exact line of the file format. Rows are
        // never changed nor removed, on either backend, not even by the tables' owner.
        { {
              u"CREATE TABLE decision_record (sequence BIGINT PRIMARY KEY CHECK (sequence > 0), hash TEXT NOT NULL, "
              "line TEXT NOT NULL, recorded_by TEXT NOT NULL, recorded_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE record_imports (source TEXT NOT NULL, entries BIGINT NOT NULL, last_hash TEXT NOT NULL, "
              "imported_by TEXT NOT NULL, imported_ms BIGINT NOT NULL)"_s,
          },
          recordPolicies(),
          {
              u"CREATE TRIGGER decision_record_no_update BEFORE UPDATE ON decision_record "
              "BEGIN SELECT RAISE(ABORT, 'the decision record is append-only'); END"_s,
              u"CREATE TRIGGER decision_record_no_delete BEFORE DELETE ON decision_record "
              "BEGIN SELECT RAISE(ABORT, 'the decision record is append-only'); END"_s,
          } },
        // 5: what was imported from a desktop's local files (the title index, fund rules kept in settings), so
        // that each is imported once per source and login (issue 10).
        { {
              u"CREATE TABLE legacy_imports (what TEXT NOT NULL, source TEXT NOT NULL, imported_by TEXT NOT NULL, "
              "items BIGINT NOT NULL, skipped BIGINT NOT NULL, imported_ms BIGINT NOT NULL, "
              "PRIMARY KEY (what, source, imported_by))"_s,
          },
          {
              u"GRANT SELECT, INSERT ON legacy_imports TO PUBLIC"_s,
              u"CREATE POLICY legacy_imports_read ON legacy_imports FOR SELECT USING (cessio_role() IS NOT NULL)"_s,
              u"CREATE POLICY legacy_imports_add ON legacy_imports FOR INSERT WITH CHECK (cessio_role() IS NOT NULL AND "
              "imported_by = session_user)"_s,
              u"ALTER TABLE legacy_imports ENABLE ROW LEVEL SECURITY"_s,
          } },
        // 6: the funds' portfolios (issue 11), before in one file per fund and desktop. Positions are kept in
        // parts: one per batch (unique: a batch is added once, whichever desktop sees it complete first) and
        // the administrator's file in chunks. Every write moves the fund's revision in its transaction.
        { {
              u"CREATE TABLE portfolio_funds (fund_class_key TEXT PRIMARY KEY, revision BIGINT NOT NULL, "
              "updated_by TEXT NOT NULL, updated_ms BIGINT NOT NULL)"_s,
              u"CREATE TABLE portfolio_settings (fund_class_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
              "('net_assets', 'limits', 'import')), body TEXT NOT NULL, updated_by TEXT NOT NULL, updated_ms BIGINT NOT "
              "NULL, PRIMARY KEY (fund_class_key, kind))"_s,
              u"CREATE TABLE portfolio_parts (id {id}, fund_class_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN "
              "('batch', 'import')), source TEXT NOT NULL, chunk INTEGER NOT NULL, body TEXT NOT NULL, added_by TEXT NOT "
              "NULL, added_ms BIGINT NOT NULL, UNIQUE (fund_class_key, kind, source, chunk))"_s,
          },
          portfolioPolicies() },
        // 7: the title index's revision. Every recording moves it in its own transaction, so that a desktop
        // reads the whole index again only when it changed (each check of a batch asks).
        { {
              u"CREATE TABLE title_index (id INTEGER PRIMARY KEY CHECK (id = 1), revision BIGINT NOT NULL)"_s,
              u"INSERT INTO title_index (id, revision) VALUES (1, 0)"_s,
          },
          {
              u"GRANT SELECT, INSERT, UPDATE ON title_index TO PUBLIC"_s,
              u"CREATE POLICY title_index_read ON title_index FOR SELECT USING (cessio_role() IS NOT NULL)"_s,
              u"CREATE POLICY title_index_add ON title_index FOR INSERT WITH CHECK (cessio_role() IS NOT NULL)"_s,
              u"CREATE POLICY title_index_move ON title_index FOR UPDATE USING (cessio_role() IS NOT NULL) WITH CHECK "
              "(cessio_role() IS NOT NULL)"_s,
              u"ALTER TABLE title_index ENABLE ROW LEVEL SECURITY"_s,
          } },
    };
    return all;
}

QString failed(const QString &what, const QSqlError &error)
{
    return QCoreApplication::translate("WorkspaceStore", "The workspace database could not be prepared (%1): %2")
        .arg(what, error.text());
}

bool exec(QSqlDatabase &db, const QString &statement, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

// One migration, all or nothing. The version is read again under the lock: another desktop may
// have applied it meanwhile.
QString apply(QSqlDatabase &db, const SqlDialect &dialect, int version)
{
    QSqlError error;
    if (!exec(db, dialect.beginWrite, &error))
        return failed(u"begin"_s, error);
    const auto rollBack = [&](const QString &what) {
        QSqlError ignored;
        exec(db, u"ROLLBACK"_s, &ignored);
        return failed(what, error);
    };
    if (!dialect.migrationLock.isEmpty() && !exec(db, dialect.migrationLock, &error))
        return rollBack(u"lock"_s);
    QString readError;
    const int now = currentVersion(db, &readError);
    if (now < 0) {
        QSqlError ignored;
        exec(db, u"ROLLBACK"_s, &ignored);
        return readError;
    }
    if (now >= version) {
        QSqlError ignored;
        exec(db, u"ROLLBACK"_s, &ignored);
        return {};
    }
    const Migration &migration = migrations().at(version - 1);
    QStringList statements = migration.both;
    if (dialect.backend == WorkspaceSettings::Backend::PostgreSql && !migration.postgresOnly.isEmpty()) {
        // A SECURITY DEFINER function names its tables with their schema (pg_temp must not shadow them).
        QSqlQuery schema(db);
        if (!schema.exec(u"SELECT quote_ident(current_schema())"_s) || !schema.next()) {
            error = schema.lastError();
            return rollBack(u"schema"_s);
        }
        for (QString statement : migration.postgresOnly)
            statements.append(statement.replace(u"{schema}"_s, schema.value(0).toString()));
    }
    if (dialect.backend == WorkspaceSettings::Backend::Sqlite)
        statements += migration.sqliteOnly;
    for (const QString &statement : std::as_const(statements))
        if (!exec(db, dialect.sql(statement), &error))
            return rollBack(u"migration %1"_s.arg(version));
    QSqlQuery record(db);
    record.prepare(u"INSERT INTO schema_version (version, applied_ms) VALUES (?, ?)"_s);
    record.addBindValue(version);
    record.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!record.exec()) {
        error = record.lastError();
        return rollBack(u"migration %1"_s.arg(version));
    }
    if (!exec(db, u"COMMIT"_s, &error))
        return rollBack(u"commit"_s);
    return {};
}

} // namespace

int latestVersion()
{
    return int(migrations().size());
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    if (!db.tables().contains(u"schema_version"_s))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT MAX(version) FROM schema_version"_s) || !query.next()) {
        *error = failed(u"schema_version"_s, query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

QString migrate(QSqlDatabase &db, const SqlDialect &dialect)
{
    QString error;
    const int at = currentVersion(db, &error);
    if (at < 0)
        return error;
    if (at > latestVersion())
        return QCoreApplication::translate("WorkspaceStore",
                                           "The workspace database is at schema version %1, newer than this Cessio knows "
                                           "(%2). Nothing was changed: update Cessio on this computer.")
            .arg(at)
            .arg(latestVersion());
    for (int version = at + 1; version <= latestVersion(); ++version)
        if (QString failure = apply(db, dialect, version); !failure.isEmpty())
            return failure;
    return {};
}

} // namespace cessio::schema
