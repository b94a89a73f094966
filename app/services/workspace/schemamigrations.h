#pragma once

#include "services/workspace/sqldialect.h"

#include <QSqlDatabase>
#include <QString>

namespace cessio::schema {

// The workspace schema's versions. Each migration runs once, in order, in its own transaction
// (under a lock shared by every desktop opening the same database) and records its number in
// schema_version. A database newer than this program is refused and left as it is.
int latestVersion();
// The version the database is at: 0 when empty, -1 when it could not be read (error set).
int currentVersion(QSqlDatabase &db, QString *error);
// "" or, for people, why the database could not be brought to latestVersion().
QString migrate(QSqlDatabase &db, const SqlDialect &dialect);

} // namespace cessio::schema
