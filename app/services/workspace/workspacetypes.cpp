#include "workspacetypes.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::workspace {

namespace {
template<typename E, std::size_t N>
std::optional<E> lookUp(const QString &id, const std::pair<E, QLatin1StringView> (&table)[N])
{
    for (const auto &[value, name] : table)
        if (id == name)
            return value;
    return std::nullopt;
}
template<typename E, std::size_t N>
QString nameOf(E value, const std::pair<E, QLatin1StringView> (&table)[N])
{
    for (const auto &[v, name] : table)
        if (v == value)
            return name;
    return {};
}

const std::pair<Role, QLatin1StringView> roles[]
    = { { Role::Analyst, "analyst"_L1 }, { Role::Approver, "approver"_L1 }, { Role::Admin, "admin"_L1 } };
const std::pair<IntentAction, QLatin1StringView> intentActions[] = { { IntentAction::Approve, "approve"_L1 },
                                                                     { IntentAction::Deny, "deny"_L1 },
                                                                     { IntentAction::RemoveAssets, "remove-assets"_L1 } };
const std::pair<RecommendedAction, QLatin1StringView> recommendedActions[] = { { RecommendedAction::Approve, "approve"_L1 },
                                                                               { RecommendedAction::Deny, "deny"_L1 },
                                                                               { RecommendedAction::RemoveAssets, "remove"_L1 } };
} // namespace

QString roleId(Role role)
{
    return nameOf(role, roles);
}
std::optional<Role> roleFromId(const QString &id)
{
    return lookUp(id, roles);
}
QString intentActionId(IntentAction action)
{
    return nameOf(action, intentActions);
}
std::optional<IntentAction> intentActionFromId(const QString &id)
{
    return lookUp(id, intentActions);
}
QString recommendedActionId(RecommendedAction action)
{
    return nameOf(action, recommendedActions);
}
std::optional<RecommendedAction> recommendedActionFromId(const QString &id)
{
    return lookUp(id, recommendedActions);
}

int currentRound(const QList<DecisionIntent> &intents)
{
    int last = 0;
    for (const DecisionIntent &intent : intents) {
        if (intent.open)
            return intent.round;
        last = std::max(last, intent.round);
    }
    return last + 1;
}

} // namespace cessio::workspace
