#include "workspacesettings.h"

#include <QSettings>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

QString WorkspaceSettings::defaultSqliteFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/workspace.sqlite"_s;
}

QStringList WorkspaceSettings::sslModes()
{
    return { u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s };
}

QString WorkspaceSettings::backendId(Backend backend)
{
    return backend == Backend::PostgreSql ? u"postgresql"_s : u"sqlite"_s;
}

QString WorkspaceSettings::sqliteLogin() const
{
    if (!login.isEmpty())
        return login;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME"); // Windows
    return user.isEmpty() ? u"local"_s : user;
}

void WorkspaceSettings::writeTo(QSettings &settings) const
{
    settings.beginGroup(u"workspace"_s);
    settings.setValue(u"backend"_s, backendId(backend));
    if (!sqliteFile.isEmpty())
        settings.setValue(u"sqliteFile"_s, sqliteFile);
    if (!login.isEmpty())
        settings.setValue(u"login"_s, login);
    if (backend == Backend::PostgreSql) {
        settings.setValue(u"host"_s, host);
        settings.setValue(u"port"_s, port);
        settings.setValue(u"database"_s, database);
        settings.setValue(u"user"_s, user);
        settings.setValue(u"sslMode"_s, sslMode);
    }
    settings.endGroup();
}

WorkspaceSettings WorkspaceSettings::readFrom(QSettings &settings)
{
    WorkspaceSettings read;
    settings.beginGroup(u"workspace"_s);
    read.backend
        = settings.value(u"backend"_s).toString() == backendId(Backend::PostgreSql) ? Backend::PostgreSql : Backend::Sqlite;
    read.sqliteFile = settings.value(u"sqliteFile"_s).toString();
    read.login = settings.value(u"login"_s).toString();
    read.host = settings.value(u"host"_s).toString();
    read.port = settings.value(u"port"_s, 5432).toInt();
    read.database = settings.value(u"database"_s).toString();
    read.user = settings.value(u"user"_s).toString();
    const QString mode = settings.value(u"sslMode"_s).toString();
    if (sslModes().contains(mode))
        read.sslMode = mode; // anything else keeps verify-full
    settings.endGroup();
    return read;
}

} // namespace cessio
