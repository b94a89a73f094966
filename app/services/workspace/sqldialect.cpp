#include "sqldialect.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

SqlDialect SqlDialect::of(WorkspaceSettings::Backend backend)
{
    SqlDialect d;
    d.backend = backend;
    if (backend == WorkspaceSettings::Backend::PostgreSql) {
        d.driver = u"QPSQL"_s;
        d.idColumn = u"BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"_s;
        d.beginWrite = u"BEGIN"_s;
        d.migrationLock = u"SELECT pg_advisory_xact_lock(7302410)"_s; // any constant shared by all desktops
        d.recordLock = u"SELECT pg_advisory_xact_lock(7302411)"_s; // any member may take it, unlike LOCK TABLE
        d.loginQuery = u"SELECT session_user"_s;
        d.changeChannel = u"cessio_workspace"_s;
        d.announceChange = u"SELECT pg_notify('cessio_workspace', '')"_s; // delivered at commit, to every listener
    } else {
        d.driver = u"QSQLITE"_s;
        d.idColumn = u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
        d.beginWrite = u"BEGIN IMMEDIATE"_s;
        d.changeMarkQuery = u"PRAGMA data_version"_s; // changes when another connection commits
    }
    return d;
}

QString SqlDialect::sql(QString statement) const
{
    return statement.replace(u"{id}"_s, idColumn);
}

QVariant sql::text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

} // namespace cessio
