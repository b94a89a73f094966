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

namespace {

// libpq's keyword=value list: words separated by blanks; a value may be 'quoted', where a backslash
// makes the next character plain (a quote, a backslash). nullopt when a word has no '=' or a quote is
// left open.
std::optional<QList<std::pair<QString, QString>>> keywordValues(const QString &text)
{
    QList<std::pair<QString, QString>> pairs;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i == n)
            return pairs;
        const qsizetype equals = text.indexOf(u'=', i);
        if (equals < 0)
            return std::nullopt;
        const QString keyword = text.mid(i, equals - i).trimmed();
        if (keyword.isEmpty() || keyword.contains(u' '))
            return std::nullopt;
        i = equals + 1;
        while (i < n && text.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            for (; i < n; ++i) {
                const QChar c = text.at(i);
                if (c == u'\\' && i + 1 < n) {
                    value += text.at(++i);
                } else if (c == u'\'') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !text.at(i).isSpace())
                value += text.at(i++);
        }
        pairs.append({ keyword, value });
    }
}

QString quoted(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\'))
        return value;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

} // namespace

std::optional<WorkspaceSettings> WorkspaceSettings::fromText(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    WorkspaceSettings settings;
    if (trimmed == u"sqlite")
        return settings;
    if (trimmed.startsWith(u"sqlite:")) {
        settings.sqliteFile = trimmed.mid(7).trimmed();
        return settings;
    }
    const auto pairs = keywordValues(trimmed);
    if (!pairs || pairs->isEmpty()) {
        *problem = tr("The workspace is \"sqlite\", \"sqlite:FILE\" or a PostgreSQL connection as "
                      "\"host=HOST port=PORT dbname=DATABASE user=LOGIN sslmode=MODE\".");
        return std::nullopt;
    }
    settings.backend = Backend::PostgreSql;
    for (const auto &[keyword, value] : *pairs) {
        if (keyword == u"host") {
            settings.host = value;
        } else if (keyword == u"port") {
            bool ok = false;
            settings.port = value.toInt(&ok);
            if (!ok || settings.port < 1 || settings.port > 65535) {
                *problem = tr("The workspace's port must be a number from 1 to 65535, not \"%1\".").arg(value);
                return std::nullopt;
            }
        } else if (keyword == u"dbname") {
            settings.database = value;
        } else if (keyword == u"user") {
            settings.user = value;
        } else if (keyword == u"sslmode") {
            if (!sslModes().contains(value)) {
                *problem = tr("The workspace's sslmode is one of %1, not \"%2\".").arg(sslModes().join(u", "_s), value);
                return std::nullopt;
            }
            settings.sslMode = value;
        } else if (keyword == u"password") {
            // Said without the value: it would otherwise end up in a terminal's scroll-back or a CI log.
            *problem = tr("A workspace password is never kept in the profile's settings: give it on standard input "
                          "with --workspace-password-stdin, and it goes to the system keychain.");
            return std::nullopt;
        } else {
            *problem = tr("Unknown workspace setting \"%1\": use host, port, dbname, user and sslmode.").arg(keyword);
            return std::nullopt;
        }
    }
    if (settings.host.isEmpty() || settings.database.isEmpty() || settings.user.isEmpty()) {
        *problem = tr("A PostgreSQL workspace needs host, dbname and user.");
        return std::nullopt;
    }
    return settings;
}

QString WorkspaceSettings::toText() const
{
    if (backend == Backend::Sqlite)
        return sqliteFile.isEmpty() ? u"sqlite"_s : u"sqlite:"_s + sqliteFile;
    return u"host=%1 port=%2 dbname=%3 user=%4 sslmode=%5"_s.arg(quoted(host), QString::number(port), quoted(database),
                                                                 quoted(user), quoted(sslMode));
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
