#pragma once

#include "services/workspace/workspacesettings.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A fresh, empty workspace database for one test, on the backend this test run uses: PostgreSQL
// when tests/support/with-postgres.sh started one (CESSIO_TEST_PG_* set), SQLite otherwise.
// On PostgreSQL each database is new, created by the superuser; the login roles (logins()) have
// no grants of their own: the schema's migrations decide what each may do from the members table.
class WorkspaceTestDb
{
public:
    WorkspaceTestDb();
    static bool onPostgres();
    static QString backendName();

    // A new empty database; settings to reach it as `login` (SQLite: the login written down).
    // The first open must be as admin() on PostgreSQL: it creates the schema.
    bool create(QString *error);
    cessio::WorkspaceSettings as(const QString &login) const;
    static QString admin();
    static QStringList logins(); // ana, bruno, carla, dora
    // PostgreSQL: runs one statement in this database as `login` (trying what the server refuses).
    bool execAs(const QString &login, const QString &statement, QString *error) const;
    // Runs one statement in this database as the superuser (tests only: faking a future schema).
    bool execAsAdmin(const QString &statement, QString *error) const;

private:
    QTemporaryDir m_dir;
    QString m_database;
};
