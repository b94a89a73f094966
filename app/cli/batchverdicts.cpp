#include "batchverdicts.h"

#include "cli/portfoliocommands.h"
#include "cli/workspacecommands.h"
#include "services/settings.h"
#include "services/workspace/foureyespolicy.h"
#include "services/workspace/fundrulesdocument.h"
#include "services/workspace/sqlworkspacestore.h"

namespace cessio::cli {

FundRules fundRulesFor(const Connection &connection, const QString &fundClassKey, QString *problem)
{
    const Settings settings; // the desktop app's
    const std::shared_ptr<SqlWorkspaceStore> store = openWorkspaceStore(connection, problem);
    if (!store)
        return {};
    const auto document
        = FundRulesDocument::read(*store, fundClassKey, settings.value<QString>(Settings::Key::FundRules, fundClassKey));
    if (!document.ok()) {
        *problem = document.error;
        return {};
    }
    *problem = document.value->problem;
    return document.value->effective();
}

BatchVerdicts BatchVerdicts::of(const Connection &connection, const BatchLocation &location, const QList<AssetListItem> &assets)
{
    BatchVerdicts verdicts;
    const Batch &batch = *location.batch;
    const FundRules rules = fundRulesFor(connection, location.ref.fundClassKey, &verdicts.rulesProblem);
    verdicts.checks = AssetChecks::run(assets, batch.date, batch.configuration.assignor.documentNumber, rules);
    // The portfolio before and after this batch, from the fund's book the desktop app keeps.
    verdicts.proForma = proFormaFor(connection, location.ref, batch, assets, &verdicts.bookProblem);
    return verdicts;
}

bool BatchVerdicts::breached() const
{
    return FourEyesPolicy::breachedBy(checks, proForma && proForma->anyBreach());
}

} // namespace cessio::cli
