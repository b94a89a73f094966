#pragma once

#include "cli/command.h"

namespace cessio::cli {

// show EXT: the batch's key facts, its assets summary and its status history.
class ShowCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void report(const BatchLocation &location, const ApiResult<AssetsSummary> &summary);
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
