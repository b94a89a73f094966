#pragma once

#include "core/money.h"
#include "services/workspace/workspacestore.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cessio {

struct AssetChecks;

// A fund's four-eyes policy (issue 10): a decision on a batch needs a recommendation by a different
// member when the batch total is above a value, and/or when any alert, fund rule or portfolio limit
// is breached. Off by default. Kept in the workspace as the fund's Policy document (admins write it;
// the PostgreSQL server refuses anyone else).
struct FourEyesPolicy
{
    Q_DECLARE_TR_FUNCTIONS(cessio::FourEyesPolicy)

public:
    std::optional<Money> above; // the batch total strictly above this needs a colleague
    bool onBreach = false; // any alert, fund rule or portfolio limit breached needs a colleague

    bool isOff() const { return !above && !onBreach; }

    // {"four_eyes_above": "1000000.00", "four_eyes_on_breach": true}: amounts as decimal strings.
    QByteArray toJson() const;
    // An empty document is the default policy (off); nullopt (with `error`) when it cannot be read.
    static std::optional<FourEyesPolicy> fromJson(const QByteArray &json, QString *error = nullptr);
    // "A colleague's recommendation is needed when the batch total is above R$ 1.000.000,00 or ..."
    QString describe() const;

    // What the decider knew of the batch. Unknown facts count as meeting the policy's conditions
    // (cessio-cli checks the batch when the policy covers breaches; if it could not, it asks).
    struct Facts
    {
        std::optional<Money> total;
        std::optional<bool> breached; // any alert, fund rule or portfolio limit broken
    };
    // Why the policy applies to a batch with these facts, for people; "" when it does not.
    QString appliesBecause(const Facts &facts) const;
    // Whether the breaches could change the answer for a batch of this total: worth checking the
    // batch for (cessio-cli lists every asset only then).
    bool needsBreaches(const std::optional<Money> &total) const { return onBreach && !(above && total && *total > *above); }
    // The one rule for "breached", the desktop's and cessio-cli's: any asset alert, any fund rule broken,
    // or any portfolio limit broken after the purchase.
    static bool breachedBy(const AssetChecks &checks, bool portfolioLimitBroken);

    friend bool operator==(const FourEyesPolicy &, const FourEyesPolicy &) = default;
};

// The fund's policy as the fund rules dialog edits it: the stored version (optimistic update) and
// whether this login may change it (SQLite: one person's file; PostgreSQL: admins only, as the server
// enforces).
struct FourEyesPolicyDocument
{
    FourEyesPolicy policy;
    int version = 0;
    bool mayEdit = false;

    static StoreResult<FourEyesPolicyDocument> read(WorkspaceStore &store, const QString &fundClassKey);
    // False (not an error) when someone saved another version since `version` was read.
    static StoreStatus save(WorkspaceStore &store, const QString &fundClassKey, const FourEyesPolicy &policy, int version,
                            qint64 nowMs);
};

// The four-eyes question for one decision, asked on the store's thread: the one place where the
// desktop and cessio-cli learn whether a decision may be sent (DecisionGate asks it before opening
// the decision's intent).
struct FourEyesVerdict
{
    Q_DECLARE_TR_FUNCTIONS(cessio::FourEyesVerdict)

public:
    QString applies; // why the fund's policy applies to this decision; "" when it does not
    // The latest recommendation for this batch and round by another login than the deciding one
    // (whether the policy applies or not), and that member's display name.
    std::optional<workspace::Recommendation> recommendation;
    QString recommenderName;
    bool onSqlite = false; // the workspace is a file on this computer: the refusal says how to team up

    bool satisfied() const { return applies.isEmpty() || recommendation.has_value(); }
    QString refusal() const; // translated; "" when satisfied

    static StoreResult<FourEyesVerdict> ask(WorkspaceStore &store, const QString &fundClassKey, const QString &batchKey,
                                            const FourEyesPolicy::Facts &facts);
    // The fund's policy as stored (off when none is).
    static StoreResult<FourEyesPolicy> policyOf(WorkspaceStore &store, const QString &fundClassKey);
};

} // namespace cessio
