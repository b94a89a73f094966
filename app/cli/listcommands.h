#pragma once

#include "cli/command.h"

namespace cessio::cli {

// configs: the assignment configurations of every fund.
class ConfigsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void report();
    struct FundResult
    {
        bool done = false;
        ApiResult<QList<AssignmentConfiguration>> result;
    };
    QList<FundResult> m_results;
};

// inbox [--status STATUS]: every batch with that status across funds and configurations.
class InboxCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace cessio::cli
