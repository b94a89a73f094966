#include "workspacetestdb.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

bool execOn(const QString &database, const QStringList &statements, QString *error,
            const QString &user = qEnvironmentVariable("CESSIO_TEST_PG_USER"))
{
    static QAtomicInt counter;
    const QString name = u"workspace-test-admin-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(qEnvironmentVariable("CESSIO_TEST_PG_HOST"));
        db.setPort(qEnvironmentVariableIntValue("CESSIO_TEST_PG_PORT"));
        db.setUserName(user);
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
    // Logins are per server: create them once (a second test's attempt fails harmlessly). They get no
    // grants here: what each may do comes from the workspace's own migrations and members table.
    for (const QString &login : logins()) {
        QString ignored;
        execOn(u"postgres"_s, { u"CREATE ROLE %1 LOGIN"_s.arg(login) }, &ignored);
    }
    return execOn(u"postgres"_s, { u"CREATE DATABASE "_s + m_database }, error);
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

QStringList WorkspaceTestDb::logins()
{
    return { u"ana"_s, u"bruno"_s, u"carla"_s, u"dora"_s };
}

bool WorkspaceTestDb::execAs(const QString &login, const QString &statement, QString *error) const
{
    return execOn(m_database, { statement }, error, login);
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
