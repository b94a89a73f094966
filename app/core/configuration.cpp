#include "configuration.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

ConsultantDecision consultantDecisionFromApi(QStringView apiName)
{
    const QStringView name = apiName.trimmed();
    // "automatic_approval" on the listing page, "auto_approval" on the batch page [C]: both accepted.
    if (name.compare(u"automatic_approval", Qt::CaseInsensitive) == 0 || name.compare(u"auto_approval", Qt::CaseInsensitive) == 0)
        return ConsultantDecision::Automatic;
    if (name.compare(u"manual_approval", Qt::CaseInsensitive) == 0)
        return ConsultantDecision::Manual;
    return ConsultantDecision::Unknown;
}

QString consultantDecisionApiName(ConsultantDecision decision)
{
    switch (decision) {
    case ConsultantDecision::Automatic:
        return u"automatic_approval"_s;
    case ConsultantDecision::Manual:
        return u"manual_approval"_s;
    case ConsultantDecision::Unknown:
        break;
    }
    return QString();
}

QString consultantDecisionDisplayName(ConsultantDecision decision)
{
    switch (decision) {
    case ConsultantDecision::Automatic:
        return QCoreApplication::translate("ConsultantDecision", "Consultant approves automatically");
    case ConsultantDecision::Manual:
        return QCoreApplication::translate("ConsultantDecision", "Consultant approves manually");
    case ConsultantDecision::Unknown:
        break;
    }
    return QCoreApplication::translate("ConsultantDecision", "Unknown consultant decision");
}

std::optional<WebhookBond> WebhookBond::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<WebhookBond> WebhookBond::fromJson(const JsonReader &reader, QString *error)
{
    // The bond's own fields sit in a nested object; a flat shape is accepted as well [I].
    const JsonReader bondReader = reader.object("webhook_configuration_bond"_L1).value_or(reader);
    WebhookBond bond;
    bond.configurationKey = bondReader.string("webhook_configuration_key"_L1);
    bond.agentType = bondReader.string("agent_type"_L1);
    bond.agentKey = bondReader.string("agent_key"_L1);
    bond.signatureKey = reader.string("signature_key"_L1);
    bond.url = reader.url("webhook_url"_L1);
    return reader.finish(bond, error);
}

QJsonObject WebhookBond::toJson() const
{
    return QJsonObject { { "webhook_configuration_bond"_L1,
                           QJsonObject { { "webhook_configuration_key"_L1, configurationKey },
                                         { "agent_type"_L1, agentType },
                                         { "agent_key"_L1, agentKey } } },
                         { "signature_key"_L1, signatureKey },
                         { "webhook_url"_L1, url.toString() } };
}

std::optional<AssignmentConfiguration> AssignmentConfiguration::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<AssignmentConfiguration> AssignmentConfiguration::fromJson(const JsonReader &reader, QString *error)
{
    AssignmentConfiguration config;
    config.key = reader.requiredString("assignment_configuration_key"_L1);
    config.validationConfigurationKey = reader.string("validation_configuration_key"_L1);
    config.name = reader.string("assignment_configuration_name"_L1);
    config.contractKey = reader.string("assignment_contract_key"_L1);
    config.registryType = reader.string("registry_type"_L1);
    config.assetType = AssetType::fromApi(reader.string("asset_type"_L1));
    config.configurationType = reader.string("assignment_configuration_type"_L1);
    config.consultantDecisionName = reader.string("consultant_decision_type"_L1);
    config.consultantDecision = consultantDecisionFromApi(config.consultantDecisionName);
    config.assetFees = reader.raw("asset_fees"_L1);
    config.assignmentReports = reader.raw("assignment_reports"_L1);
    config.fund = reader.parse<Fund>("fund_class"_L1).value_or(Fund());
    config.assignor = reader.parse<Party>("assignor"_L1).value_or(Party());
    config.consultant = reader.parse<Party>("consultant"_L1);
    for (const JsonReader &bond : reader.objects("originator_bonds"_L1)) {
        if (auto originator = bond.parse<Party>("originator"_L1))
            config.originators.append(*originator);
    }
    config.webhookBonds = reader.parseList<WebhookBond>("webhook_configuration_bonds"_L1);
    config.active = reader.boolean("active"_L1);
    return reader.finish(config, error);
}

QJsonObject AssignmentConfiguration::toJson() const
{
    QJsonObject json;
    json.insert("assignment_configuration_key"_L1, key);
    json::insertText(json, "validation_configuration_key"_L1, validationConfigurationKey);
    json.insert("assignment_configuration_name"_L1, name);
    json::insertText(json, "assignment_contract_key"_L1, contractKey);
    json::insertText(json, "registry_type"_L1, registryType);
    json::insertText(json, "asset_type"_L1, assetType.apiName());
    json::insertText(json, "assignment_configuration_type"_L1, configurationType);
    json::insertText(json, "consultant_decision_type"_L1,
                     consultantDecisionName.isEmpty() ? consultantDecisionApiName(consultantDecision) : consultantDecisionName);
    json.insert("asset_fees"_L1, assetFees);
    json.insert("assignment_reports"_L1, assignmentReports);
    json.insert("fund_class"_L1, fund.toJson());
    json.insert("assignor"_L1, assignor.toJson(Party::Role::Assignor));
    if (consultant)
        json.insert("consultant"_L1, consultant->toJson(Party::Role::Consultant));
    QJsonArray originatorBonds;
    for (const Party &originator : originators)
        originatorBonds.append(QJsonObject { { "originator"_L1, originator.toJson(Party::Role::Originator) } });
    json.insert("originator_bonds"_L1, originatorBonds);
    QJsonArray bonds;
    for (const WebhookBond &bond : webhookBonds)
        bonds.append(bond.toJson());
    json.insert("webhook_configuration_bonds"_L1, bonds);
    if (active)
        json.insert("active"_L1, *active);
    return json;
}

} // namespace cessio
