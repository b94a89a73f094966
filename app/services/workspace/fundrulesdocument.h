#pragma once

#include "services/fundrules.h"
#include "services/workspace/workspacestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace cessio {

// Which funds' settings rules one session tried to move into the workspace, and why a try failed: each
// is tried once per session, so a member the server refuses the import (an analyst on PostgreSQL) keeps
// the notice without the server being asked at every read. Shared by a session's readers; thread-safe.
class FundRulesImports
{
public:
    // True the first time `what` (a fund in one store) is asked: the caller tries its import now.
    bool firstTry(const QString &what);
    void failed(const QString &what, const QString &why);
    QString failure(const QString &what) const; // "" when the try did not fail

private:
    mutable QMutex m_mutex;
    QSet<QString> m_tried;
    QHash<QString, QString> m_failures;
};

// A fund's rules as the workspace keeps them (issue 10): the fund's Rules document, versioned, the one
// place the desktop's checks, its inbox screening and cessio-cli read them. The rules a desktop kept in
// its settings before are imported once per fund: when the store has none yet for that fund (once it
// has, settings are never read again). On PostgreSQL only admins write them (the server refuses the
// others). Runs on the store's thread.
struct FundRulesDocument
{
    Q_DECLARE_TR_FUNCTIONS(cessio::FundRulesDocument)

public:
    FundRules rules; // the fund's own, as the fund rules dialog edits them
    QList<FundRules::WatchedParty> everyFundWatchList; // the workspace's list for every fund
    int version = 0; // what the rules were read at (0: none stored); a save names it
    bool mayEdit = false; // SQLite: one person's file; PostgreSQL: admins
    QString problem; // translated: why `rules` are not (all) the workspace's; "" when they are

    // What a batch of the fund is checked against: its rules and the list for every fund.
    FundRules effective() const { return rules.withEveryFundList(everyFundWatchList); }

    // `legacyJsonText`: the rules this desktop's settings hold for the fund (FundRules::toJsonText), "" none.
    // `imports`: the session's tries (each fund's import tried once); null: tried at this read.
    static StoreResult<FundRulesDocument> read(WorkspaceStore &store, const QString &fundClassKey, const QString &legacyJsonText,
                                               FundRulesImports *imports = nullptr);
    // False (not an error) when someone saved another version since `version` was read.
    static StoreStatus save(WorkspaceStore &store, const QString &fundClassKey, const FundRules &rules, int version,
                            qint64 nowMs);
    // "Someone else saved … first": what the fund rules dialog says before showing them again.
    static QString savedMeanwhile();
};

} // namespace cessio
