#pragma once

#include "cli/command.h"
#include "services/portfolio/batchhistory.h"

namespace cessio::cli {

// show EXT: the batch's key facts, its assets summary, its status history and, when the workspace
// keeps an earlier review of it, what changed since (the desktop review's note).
class ShowCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void compareWithLastReview(const BatchLocation &location, const ApiResult<AssetsSummary> &summary);
    void report(const BatchLocation &location, const ApiResult<AssetsSummary> &summary);
    QList<AssetListItem> m_assets;
    std::optional<BatchChange> m_change;
};

// assets EXT [--csv FILE [--csv-style excel|plain]]: every asset, all pages.
class AssetsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void report(const BatchLocation &location);
    bool writeCsv(const BatchLocation &location);
    QList<AssetListItem> m_assets;
};

// checks EXT: what the desktop's Checks box shows — data-sanity alerts on the assets being bought and
// the fund's own rules (set in the desktop app, read from its settings).
class ChecksCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void report(const BatchLocation &location);
    QList<AssetListItem> m_assets;
};

// term EXT [--open]: the assignment term links, fetched fresh (they expire).
class TermCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void open(const QUrl &url);
};

// accounts EXT: the disbursement accounts of the batch's assignor.
class AccountsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace cessio::cli
