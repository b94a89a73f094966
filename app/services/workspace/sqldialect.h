#pragma once

#include "services/workspace/workspacesettings.h"

#include <QString>
#include <QVariant>

namespace cessio {

// Everything that differs between SQLite and PostgreSQL in the workspace store, in one place.
// The schema and statements are otherwise the same text on both.
struct SqlDialect
{
    WorkspaceSettings::Backend backend = WorkspaceSettings::Backend::Sqlite;
    QString driver; // the Qt SQL driver
    QString idColumn; // an auto-numbered primary key column type
    QString beginWrite; // starts a transaction that writes (SQLite takes the write lock up front)
    QString migrationLock; // serialises migrations between desktops opening at once ("" = beginWrite does)
    QString recordLock; // serialises record appends in their transaction ("" = beginWrite does)
    QString loginQuery; // who the server says we are ("" = the configured login)
    QString changeMarkQuery; // a number another connection's commit changes ("" = count notifications)
    QString announceChange; // run after a write the team should see at once ("" = none needed)
    QString changeChannel; // the notification channel announceChange writes to ("" = none)

    static SqlDialect of(WorkspaceSettings::Backend backend);
    // The statement with {id} replaced by idColumn.
    QString sql(QString statement) const;
};

namespace sql {
// A text value to bind: a null QString would bind as SQL NULL, and the schema wants "" for "none".
QVariant text(const QString &s);
} // namespace sql

} // namespace cessio
