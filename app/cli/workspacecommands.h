#pragma once

#include "cli/command.h"
#include "services/workspace/sqlworkspacestore.h"

#include <memory>

namespace cessio::cli {

// workspace init | status | members [add LOGIN --role R --name NAME | set-role LOGIN --role R |
// remove LOGIN]: the profile's team workspace (its PostgreSQL, or the SQLite file beside the decision
// record). On PostgreSQL the server decides who may change members (README: Working as a team).
class WorkspaceCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    Needs needs() const override { return Needs::Connection; }
    void start() override;
    static QString usage();
    static QString checkArguments(const CliOptions &options);

private:
    void init(SqlWorkspaceStore &store);
    void status(SqlWorkspaceStore &store);
    void members(SqlWorkspaceStore &store);
    void changeMember(SqlWorkspaceStore &store, const QString &sub, const QString &login);
};

// recommend EXT [--config KEY] approve [--account KEY] | deny --reason TEXT | remove ASSET_EXT,...
// [--note TEXT]: this login's recommendation for the batch's current decision round.
class RecommendCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
    static QString usage();
    static QString checkArguments(const CliOptions &options);
};

// The connection's workspace, opened (and migrated) on this thread; nullptr after failing the command.
std::shared_ptr<SqlWorkspaceStore> openWorkspaceStore(const Connection &connection, QString *error);

} // namespace cessio::cli
