#pragma once

#include <QString>
#include <QStringList>

namespace cessio::cli {

// Everything the command line said, after parsing. The environment variables that stand for the
// connection flags (CESSIO_BASE_URL ...) are read later, by the connection resolver.
struct CliOptions
{
    QString command; // configs, inbox, show ...
    QStringList arguments; // positional arguments after the command

    // Connection
    QString profile;
    QString baseUrl;
    QString clientKey;
    QString privateKeyFile;
    QStringList funds; // from --fund, repeated or comma-separated
    // Output
    bool json = false;
    QString lang;
    // Command options
    QString status;
    QString config;
    QString csvFile;
    QString csvStyle; // excel | plain | "" (by language)
    QString account;
    QString reason;
    QString publicOut;
    QString style; // audit export: excel | plain | ""
    QString date; // assignor create-batch, portfolio import: YYYY-MM-DD
    QString mapping; // portfolio import: FIELD=COLUMN,... or the JSON form
    QString role; // workspace members: analyst | approver | admin
    QString name; // workspace init / members add: the person's full name
    QString note; // recommend: a note for the approver
    QString above; // four-eyes: an amount, or "none"
    QString onBreach; // four-eyes: yes | no
    QString workspace; // profile add: the team workspace (WorkspaceSettings::fromText)
    bool workspacePasswordStdin = false; // profile add: its password from stdin, into the keychain
    bool yes = false;
    bool open = false;

    QStringList given; // long names of the options present on the command line
    bool isSet(const QString &name) const { return given.contains(name); }
};

struct ParseResult
{
    enum class Action { Run, Exit };
    Action action = Action::Run;
    int exitCode = 0; // for Exit
    QString output; // for Exit: help or version text (stdout) when exitCode is 0, else the error (stderr)
    CliOptions options;
};

// Parses cessio-cli's command line (arguments()[0] is the program). Checks the command, its
// positional arguments and that every option given applies to it.
ParseResult parseCommandLine(const QStringList &arguments);

// "A,B" "C" → ["A", "B", "C"], trimmed, without blanks or repeats.
QStringList splitKeys(const QStringList &values);

} // namespace cessio::cli
