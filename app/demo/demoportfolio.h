#pragma once

#include "sandbox/demoworld.h"
#include "services/portfolio/portfoliotypes.h"

#include <QList>
#include <QString>

namespace cessio {

class PortfolioBook;

namespace sandbox {
class World;
}

// The fund portfolios of the demo world (issue 11): QI Tech's API shows no portfolio, so the demo
// makes up, per fund, what an administrator's position file would hold — debtors of its own, spread
// over the CVM maturity buckets, a few overdue — plus the positions of the world's completed batches,
// a net assets figure (PL) and portfolio limits. Deterministic: the same world gives the same books.
//
// One pending batch is chosen to breach the largest-debtor limit only when the portfolio is counted:
// its largest debtor is well within the limit on its own, but the fund already holds that debtor
// close to the limit. Every other pending batch passes every limit.
struct DemoFundPortfolio
{
    QString fundClassKey;
    QList<PortfolioPosition> imported; // the made-up position file, as if imported
    QString importedFile; // its name
    QList<std::pair<QString, portfolio::BatchPositions>> completedBatches; // PortfolioBook::batchId → positions
    NetAssets netAssets;
    PortfolioLimits limits;
};

struct DemoPortfolios
{
    QList<DemoFundPortfolio> funds;
    sandbox::DemoBatchRef breachingBatch; // empty when the world has no batch that fits

    // Writes every fund's book (imports, completed batches, PL, limits); "" or the first error.
    QString seed(PortfolioBook &book) const;
};

namespace DemoPortfolio {

DemoPortfolios build(const sandbox::World &world, quint32 seed = 20260501);

}

} // namespace cessio
