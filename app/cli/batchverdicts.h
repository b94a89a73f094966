#pragma once

#include "cli/connection.h"
#include "services/assetchecks.h"
#include "services/batchlocator.h"
#include "services/fundrules.h"
#include "services/portfolio/proforma.h"

#include <optional>

namespace cessio::cli {

// The fund's rules where the desktop keeps them: the connection's workspace store (this computer's
// settings' rules from before imported there once per fund, as the desktop does). None, and why in
// `problem`, when the workspace cannot be reached.
FundRules fundRulesFor(const Connection &connection, const QString &fundClassKey, QString *problem);

// What cessio-cli knows of a batch once every asset is listed: the checks with the fund's rules and
// the portfolio before and after it. `checks` prints them; approve and deny ask them whether the
// batch breaches anything, for the fund's four-eyes policy, by the desktop's rule.
struct BatchVerdicts
{
    AssetChecks checks;
    QString rulesProblem; // why the fund's rules could not be read ("" when they were, or there are none)
    std::optional<ProForma::Result> proForma;
    QString bookProblem; // why the fund's book could not be read

    static BatchVerdicts of(const Connection &connection, const BatchLocation &location, const QList<AssetListItem> &assets);
    bool breached() const; // FourEyesPolicy::breachedBy
};

} // namespace cessio::cli
