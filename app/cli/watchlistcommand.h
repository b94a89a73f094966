#pragma once

#include "cli/command.h"

namespace cessio::cli {

// watch-list | watch-list add DOCUMENT [--name NAME] [--reason TEXT] | watch-list remove DOCUMENT: shows
// or changes the workspace's watch-list for every fund (FundRules::watchList under everyFundKey(); the
// desktop's Tools → Watch-list…). A party is a CPF, a CNPJ or a CNPJ root; adding one already listed
// replaces its name and reason. On PostgreSQL only admins change it: the server refuses anyone else.
class WatchListCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    Needs needs() const override { return Needs::Connection; } // the profile's workspace, no fund
    void start() override;
    static QString usage();
    static QString checkArguments(const CliOptions &options);
};

} // namespace cessio::cli
