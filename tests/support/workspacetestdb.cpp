#include "workspacetestdb.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

bool execOn(const QString &database, const QStringList &statements, QString *error)
{
    static QAtomicInt counter;
    const QString name = u"workspace-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(qEnvironmentVariable("CESSIO_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("CESSIO_TEST_PG_PORT"));
        db.setUserName(qEnvironmentVariable("CESSIO_TEST_PG_USER"));
        db.setDatabaseName(database);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            ok = query.exec(statement);
            if (!ok)
                *error = statement + u": "_s + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

WorkspaceTestDb::WorkspaceTestDb() = default;

bool WorkspaceTestDb::onPostgres()
{
    return qEnvironmentVariableIsSet("CESSIO_TEST_PG_HOST");
}

QString WorkspaceTestDb::backendName()
{
    return onPostgres() ? u"postgresql"_s : u"sqlite"_s;
}

QString WorkspaceTestDb::admin()
{
    return onPostgres() ? qEnvironmentVariable("CESSIO_TEST_PG_USER") : u"admin"_s;
}

bool WorkspaceTestDb::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    if (!onPostgres()) {
        m_database = m_dir.filePath(u"workspace.sqlite"_s);
        return true;
    }
    m_database = u"ws_"_s + QUuid::createUuid().toString(QUuid::Id128);
    // Roles are per server: create them once (a second test's attempt fails harmlessly).
    QString ignored;
    execOn(u"postgres"_s, { u"CREATE ROLE ana LOGIN"_s, u"CREATE ROLE bruno LOGIN"_s }, &ignored);
    return execOn(u"postgres"_s, { u"CREATE DATABASE "_s + m_database }, error)
        && execOn(m_database,
                  { u"ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ana, bruno"_s,
                    u"ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO ana, bruno"_s },
                  error);
}

cessio::WorkspaceSettings WorkspaceTestDb::as(const QString &login) const
{
    cessio::WorkspaceSettings settings;
    if (!onPostgres()) {
        settings.backend = cessio::WorkspaceSettings::Backend::Sqlite;
        settings.sqliteFile = m_database;
        settings.login = login;
        return settings;
    }
    settings.backend = cessio::WorkspaceSettings::Backend::PostgreSql;
    settings.host = qEnvironmentVariable("CESSIO_TEST_PG_HOST");
    settings.port = qEnvironmentVariableIntValue("CESSIO_TEST_PG_PORT");
    settings.database = m_database;
    settings.user = login;
    settings.sslMode = u"disable"_s; // a unix socket
    return settings;
}

bool WorkspaceTestDb::execAsAdmin(const QString &statement, QString *error) const
{
    if (onPostgres())
        return execOn(m_database, { statement }, error);
    const QString name = u"workspace-test-sqlite"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_database);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(statement);
        if (!ok)
            *error = query.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
