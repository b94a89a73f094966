#pragma once

#include "cli/command.h"

namespace cessio::cli {

// assignor create-batch|insert-asset|upload-document|close EXT --config KEY ...: the assignor side of
// the flow, sent as whatever client the credentials belong to (an assignor client in the sandbox; a
// manager client with write permission is accepted too). One request per run, no confirmation and
// no audit entry: these are not the manager's decisions. Needs exactly one fund.
class AssignorCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

    // What is wrong with the sub-command's arguments and options, or an empty string. cliargs calls
    // this so a bad command line exits with 2 before any connection is resolved.
    static QString checkArguments(const CliOptions &options);
    static QString usage();

private:
    BatchRef ref() const;
    void createBatch();
    void insertAsset();
    void uploadDocument();
    void close();
    // Prints `pairs` as key/values, or `json` with --json, and finishes with success.
    void report(const QList<std::pair<QString, QString>> &pairs, const JsonOut &json);
};

} // namespace cessio::cli
