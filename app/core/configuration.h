#pragma once

#include "core/parties.h"
#include "core/statuses.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace cessio {

class JsonReader;

// Whether the consultant must approve a batch before the manager sees it (§5.1).
// The docs spell the automatic value both "automatic_approval" and "auto_approval".
enum class ConsultantDecision { Automatic, Manual, Unknown };

ConsultantDecision consultantDecisionFromApi(QStringView apiName);
// "automatic_approval" / "manual_approval"; empty for Unknown.
QString consultantDecisionApiName(ConsultantDecision decision);
// Translated, for people.
QString consultantDecisionDisplayName(ConsultantDecision decision);

// One webhook bound to the configuration for an agent (webhook_configuration_bonds[]).
struct WebhookBond
{
    QString configurationKey; // webhook_configuration_bond.webhook_configuration_key
    QString agentType; // assignor / manager / consultant
    QString agentKey;
    QString signatureKey; // HS256 key of the SIGNATURE header
    QUrl url; // webhook_url

    static std::optional<WebhookBond> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<WebhookBond> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const WebhookBond &, const WebhookBond &) = default;
};

// An assignment configuration: the listing item of §5.1 and the richer object embedded in the
// batch retrieval (seed 002).
struct AssignmentConfiguration
{
    QString key; // assignment_configuration_key (required)
    QString validationConfigurationKey;
    QString name; // assignment_configuration_name
    QString contractKey; // assignment_contract_key
    QString registryType; // internal_registry | external_registry
    AssetType assetType;
    QString configurationType; // assignment_configuration_type, e.g. standard
    ConsultantDecision consultantDecision = ConsultantDecision::Unknown;
    QString consultantDecisionName; // as received, kept verbatim
    QJsonValue assetFees; // kept as received (null when not applicable)
    QJsonValue assignmentReports; // kept as received
    Fund fund; // fund_class
    Party assignor;
    std::optional<Party> consultant; // present when a consultant is linked
    QList<Party> originators; // originator_bonds[].originator
    QList<WebhookBond> webhookBonds; // webhook_configuration_bonds[]
    std::optional<bool> active; // [I] not in the listing example; the sandbox fixture has it

    static std::optional<AssignmentConfiguration> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AssignmentConfiguration> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const AssignmentConfiguration &, const AssignmentConfiguration &) = default;
};

} // namespace cessio
