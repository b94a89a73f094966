#pragma once

#include "cli/command.h"

namespace cessio::cli {

// four-eyes --fund KEY [--above AMOUNT|none] [--on-breach yes|no] | four-eyes off --fund KEY: shows or
// changes the fund's four-eyes policy in the profile's team workspace (services/workspace/foureyespolicy.h).
// On PostgreSQL only admins may change it: the server refuses anyone else.
class FourEyesCommand : public Command
{
    Q_OBJECT

public:
    using Command::Command;
    void start() override;
    static QString usage();
    static QString checkArguments(const CliOptions &options);
};

} // namespace cessio::cli
