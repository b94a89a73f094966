#pragma once

#include "services/fundrules.h"
#include "services/workspace/workspacestore.h"

#include <QCoreApplication>
#include <QString>

namespace cessio {

// A fund's rules as the workspace keeps them (issue 10): the fund's Rules document, versioned, the one
// place the desktop's checks, its inbox screening and cessio-cli read them. The rules a desktop kept in
// its settings before are imported once per fund: when the store has none yet for that fund (once it
// has, settings are never read again). On PostgreSQL only admins write them (the server refuses the
// others). Runs on the store's thread.
struct FundRulesDocument
{
    Q_DECLARE_TR_FUNCTIONS(cessio::FundRulesDocument)

public:
    FundRules rules;
    int version = 0; // what the rules were read at (0: none stored); a save names it
    bool mayEdit = false; // SQLite: one person's file; PostgreSQL: admins
    QString problem; // translated: why `rules` are not (all) the workspace's; "" when they are

    // `legacyJsonText`: the rules this desktop's settings hold for the fund (FundRules::toJsonText), "" none.
    static StoreResult<FundRulesDocument> read(WorkspaceStore &store, const QString &fundClassKey, const QString &legacyJsonText);
    // False (not an error) when someone saved another version since `version` was read.
    static StoreStatus save(WorkspaceStore &store, const QString &fundClassKey, const FundRules &rules, int version,
                            qint64 nowMs);
    // "Someone else saved … first": what the fund rules dialog says before showing them again.
    static QString savedMeanwhile();
};

} // namespace cessio
