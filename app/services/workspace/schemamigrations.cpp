#include "schemamigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio::schema {

namespace {

// Never edit a migration once released: add the next one. {id} is the dialect's key column.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all = {
        // 1: the first schema.
        {
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
    for (const QString &statement : migrations().at(version - 1))
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
