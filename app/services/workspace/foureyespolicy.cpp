#include "foureyespolicy.h"

#include "services/assetchecks.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

using namespace workspace;

namespace {
constexpr auto aboveKey = "four_eyes_above"_L1;
constexpr auto onBreachKey = "four_eyes_on_breach"_L1;
} // namespace

QByteArray FourEyesPolicy::toJson() const
{
    QJsonObject object;
    if (above)
        object.insert(aboveKey, above->toDecimalString());
    object.insert(onBreachKey, onBreach);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<FourEyesPolicy> FourEyesPolicy::fromJson(const QByteArray &json, QString *error)
{
    FourEyesPolicy policy;
    if (json.trimmed().isEmpty())
        return policy;
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonValue above = document.object().value(aboveKey);
    const QJsonValue onBreach = document.object().value(onBreachKey);
    if (!above.isUndefined() && !above.isNull()) {
        policy.above = Money::fromDecimalString(above.toString());
        if (!policy.above || policy.above->isNegative()) {
            if (error)
                *error = tr("The fund's four-eyes policy has an amount Cessio cannot read: %1").arg(above.toString());
            return std::nullopt;
        }
    }
    if (!document.isObject() || (!onBreach.isUndefined() && !onBreach.isBool())) {
        if (error)
            *error = tr("The fund's four-eyes policy cannot be read.");
        return std::nullopt;
    }
    policy.onBreach = onBreach.toBool();
    return policy;
}

QString FourEyesPolicy::describe() const
{
    if (above && onBreach)
        return tr("A decision needs a recommendation by another member when the batch total is above %1 or when any "
                  "alert, fund rule or portfolio limit is breached.")
            .arg(above->format());
    if (above)
        return tr("A decision needs a recommendation by another member when the batch total is above %1.").arg(above->format());
    if (onBreach)
        return tr("A decision needs a recommendation by another member when any alert, fund rule or portfolio limit is "
                  "breached.");
    return tr("Off: one member may decide alone.");
}

QString FourEyesPolicy::appliesBecause(const Facts &facts) const
{
    QStringList why;
    if (above) {
        if (!facts.total)
            why.append(tr("the batch total is not known and the policy starts above %1").arg(above->format()));
        else if (*facts.total > *above)
            why.append(tr("the batch total %1 is above %2").arg(facts.total->format(), above->format()));
    }
    if (onBreach) {
        if (!facts.breached)
            why.append(tr("the alerts, fund rules and portfolio limits could not be checked, so the policy counts them "
                          "as breached"));
        else if (*facts.breached)
            why.append(tr("an alert, fund rule or portfolio limit is breached"));
    }
    return why.join(tr("; "));
}

bool FourEyesPolicy::breachedBy(const AssetChecks &checks, bool portfolioLimitBroken)
{
    const bool rulesBroken = std::any_of(checks.fundRuleVerdicts.cbegin(), checks.fundRuleVerdicts.cend(),
                                         [](const FundRules::Verdict &v) { return !v.passed; });
    return checks.flaggedCount() > 0 || rulesBroken || portfolioLimitBroken;
}

QString FourEyesVerdict::refusal() const
{
    if (satisfied())
        return {};
    QString text = tr("Not sent: this fund's four-eyes policy needs a recommendation by another member for this batch "
                      "(%1), and there is none yet. Ask a colleague to review the batch and recommend a decision (in the "
                      "review, or cessio-cli recommend), then decide.")
                       .arg(applies);
    if (onSqlite)
        text += u' '
            + tr("This workspace is a file on this computer: a colleague can recommend only through a team workspace on "
                 "PostgreSQL (README, \"Working as a team\"), or as another login on this computer's workspace.");
    return text;
}

StoreResult<FourEyesPolicy> FourEyesVerdict::policyOf(WorkspaceStore &store, const QString &fundClassKey)
{
    const auto document = store.fundDocument(fundClassKey, FundDocumentKind::Policy);
    if (!document.ok())
        return StoreResult<FourEyesPolicy>::failure(document.error);
    QString error;
    const auto policy = FourEyesPolicy::fromJson(document.value->json, &error);
    return policy ? StoreResult<FourEyesPolicy>::success(*policy) : StoreResult<FourEyesPolicy>::failure(error);
}

StoreResult<FourEyesPolicyDocument> FourEyesPolicyDocument::read(WorkspaceStore &store, const QString &fundClassKey)
{
    using Result = StoreResult<FourEyesPolicyDocument>;
    const auto stored = store.fundDocument(fundClassKey, FundDocumentKind::Policy);
    const auto members = store.members();
    if (!stored.ok() || !members.ok())
        return Result::failure(stored.ok() ? members.error : stored.error);
    QString error;
    const auto policy = FourEyesPolicy::fromJson(stored.value->json, &error);
    if (!policy)
        return Result::failure(error);
    FourEyesPolicyDocument document { *policy, stored.value->version, store.backendName() == u"sqlite" };
    for (const Member &m : *members.value)
        if (m.login == store.login() && m.role == Role::Admin)
            document.mayEdit = true;
    return Result::success(document);
}

StoreStatus FourEyesPolicyDocument::save(WorkspaceStore &store, const QString &fundClassKey, const FourEyesPolicy &policy,
                                         int version, qint64 nowMs)
{
    return store.saveFundDocument(fundClassKey, FundDocumentKind::Policy, policy.toJson(), version, nowMs);
}

StoreResult<FourEyesVerdict> FourEyesVerdict::ask(WorkspaceStore &store, const QString &fundClassKey, const QString &batchKey,
                                                  const FourEyesPolicy::Facts &facts)
{
    using Result = StoreResult<FourEyesVerdict>;
    const auto policy = policyOf(store, fundClassKey);
    const auto intents = store.intentsOf(batchKey);
    const auto recommendations = store.recommendationsOf(batchKey);
    const auto members = store.members();
    for (const QString &error : { policy.error, intents.error, recommendations.error, members.error })
        if (!error.isEmpty())
            return Result::failure(error);
    FourEyesVerdict verdict;
    verdict.applies = policy.value->appliesBecause(facts);
    verdict.onSqlite = store.backendName() == u"sqlite";
    const int round = currentRound(*intents.value);
    for (const Recommendation &r : *recommendations.value) // oldest first: the last one found is the latest
        if (r.round == round && r.who != store.login())
            verdict.recommendation = r;
    if (verdict.recommendation) {
        verdict.recommenderName = verdict.recommendation->who;
        for (const Member &m : *members.value)
            if (m.login == verdict.recommendation->who && !m.displayName.isEmpty())
                verdict.recommenderName = m.displayName;
    }
    return Result::success(verdict);
}

} // namespace cessio
