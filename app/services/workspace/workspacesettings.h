#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace cessio {

// Where a profile's workspace lives. SQLite: one owner-only file in the app data folder, nothing to
// set up (single users, --demo). PostgreSQL: a team's server; the password is never here, only in
// the keychain (SecretPurpose::WorkspacePassword).
struct WorkspaceSettings
{
    Q_DECLARE_TR_FUNCTIONS(cessio::WorkspaceSettings)

public:
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;
    QString sqliteFile; // "" = defaultSqliteFile()
    QString login; // SQLite: who this desktop writes as ("" = the system user name)
    QString host; // PostgreSQL: a host name, or a folder holding the server's unix socket
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("verify-full"); // libpq's sslmode

    static QString defaultSqliteFile(); // <app data>/workspace.sqlite
    static QStringList sslModes(); // disable, allow, prefer, require, verify-ca, verify-full
    static QString backendId(Backend backend); // "sqlite" | "postgresql"
    QString sqlitePath() const { return sqliteFile.isEmpty() ? defaultSqliteFile() : sqliteFile; }
    QString sqliteLogin() const; // login, or the system user name

    // As typed on a command line: "sqlite", "sqlite:FILE", or libpq's keyword=value form for
    // PostgreSQL, "host=H port=P dbname=D user=U sslmode=M" (values with spaces in 'single quotes').
    // A password is refused: it belongs in the keychain. nullopt with `problem` set when unusable.
    static std::optional<WorkspaceSettings> fromText(const QString &text, QString *problem);
    QString toText() const; // the same form, for display

    // In the profile's settings group (a "workspace" subgroup); never a password.
    void writeTo(QSettings &settings) const;
    static WorkspaceSettings readFrom(QSettings &settings);

    friend bool operator==(const WorkspaceSettings &, const WorkspaceSettings &) = default;
};

} // namespace cessio
