#pragma once

#include "cli/command.h"
#include "services/portfolio/portfoliobook.h"
#include "services/portfolio/proforma.h"

#include <memory>

namespace cessio::cli {

// The fund's book the desktop app keeps for this connection's profile and server (beside the decision
// record: CESSIO_AUDIT_LOG's folder when set).
std::shared_ptr<PortfolioBook> portfolioBookFor(const Connection &connection);

// The pro-forma of buying `assets` (a batch of `ref`'s fund) against the fund's book: a batch the book
// already holds (it completed) is taken out of "before", so it is not counted twice. nullopt with
// `problem` when the book cannot be read.
std::optional<ProForma::Result> proFormaFor(const Connection &connection, const BatchRef &ref, const Batch &batch,
                                            const QList<AssetListItem> &assets, QString *problem);

// portfolio import FILE | pl VALUE DATE [--class-equity VALUE] | limits [--max-debtor PCT ...] | show,
// each with --fund KEY (one fund): the fund's book, kept locally (QI Tech's API shows no portfolio).
class PortfolioCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
    static QString usage();
    // "" or what is wrong with the sub-command and its options (for the parser).
    static QString checkArguments(const CliOptions &options);

private:
    void importFile(PortfolioBook &book, const QString &fund);
    void setNetAssets(PortfolioBook &book, const QString &fund);
    void setLimits(PortfolioBook &book, const QString &fund);
    void show(PortfolioBook &book, const QString &fund);
};

} // namespace cessio::cli
