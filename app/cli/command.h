#pragma once

#include "cli/cliargs.h"
#include "cli/connection.h"
#include "cli/jsonout.h"
#include "qitech/apiclient.h"
#include "services/batchlocator.h"

#include <QObject>

#include <functional>

namespace cessio::cli {

// One cessio-cli command. start() begins the work and returns; finished() comes once, with the exit
// code, when everything is written. Output goes to stdout (a table, or one JSON document with
// --json); messages and errors to stderr.
class Command : public QObject
{
    Q_OBJECT

public:
    enum class Needs {
        Nothing, // works locally (audit, profile, keygen)
        Connection, // talks to QI Tech
        Funds, // talks to QI Tech about the fund(s): at least one fund key is required
    };

    explicit Command(const CliOptions &options, QObject *parent = nullptr);
    virtual Needs needs() const { return Needs::Funds; }
    // Called before start() for commands that need a connection.
    void setConnection(const Connection &connection, ApiClient *client);
    virtual void start() = 0;

    // The command object for options.command, or nullptr when there is none.
    static Command *create(const CliOptions &options, QObject *parent);

Q_SIGNALS:
    void finished(int exitCode);

protected:
    const CliOptions &options() const { return m_options; }
    const Connection &connection() const { return m_connection; }
    ApiClient *client() const { return m_client; }
    bool json() const { return m_options.json; }

    // Ends the command (once; later calls are ignored).
    void finish(int exitCode);
    // Prints `message` to stderr (and {"error": ...} to stdout with --json) and finishes with `exitCode`.
    void fail(int exitCode, const QString &message, const JsonOut &details = {});
    // The same for an API error: its message in the user's language, with QI's code; exit 1, 3 or 4.
    void failApi(const ApiError &error, const QString &context = {});

    void printJson(const JsonOut &value);
    void print(const QString &text);

    // Finds the batch `externalId` (with --config, only there) and calls `found`; fails the command
    // when the batch is not found or cannot be looked for.
    void locate(const QString &externalId, std::function<void(const BatchLocation &)> found);

private:
    CliOptions m_options;
    Connection m_connection;
    ApiClient *m_client = nullptr;
    bool m_finished = false;
};

} // namespace cessio::cli
