#include "parties.h"

#include "jsonreader.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio {

std::optional<Party> Party::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Party> Party::fromJson(const JsonReader &reader, QString *error)
{
    Party party;
    party.key = reader.firstString({ "assignor_key"_L1, "consultant_key"_L1, "originator_key"_L1, "manager_key"_L1, "key"_L1 });
    party.documentNumber = reader.string("document_number"_L1);
    party.name = reader.firstString({ "name"_L1, "manager_name"_L1 });
    return reader.finish(party, error);
}

QJsonObject Party::toJson(Role role) const
{
    QJsonObject json;
    switch (role) {
    case Role::Assignor:
        json.insert("assignor_key"_L1, key);
        break;
    case Role::Consultant:
        json.insert("consultant_key"_L1, key);
        break;
    case Role::Originator:
        json.insert("originator_key"_L1, key);
        break;
    case Role::Manager:
        json.insert("manager_key"_L1, key);
        break;
    }
    json.insert("document_number"_L1, documentNumber);
    json.insert(role == Role::Manager ? "manager_name"_L1 : "name"_L1, name);
    return json;
}

std::optional<Fund> Fund::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Fund> Fund::fromJson(const JsonReader &reader, QString *error)
{
    Fund fund;
    fund.fundClassKey = reader.string("fund_class_key"_L1);
    fund.name = reader.string("name"_L1);
    fund.documentNumber = reader.string("document_number"_L1);
    fund.accountingDate = reader.date("accounting_date"_L1);
    fund.manager = reader.parse<Party>("manager"_L1).value_or(Party());
    return reader.finish(fund, error);
}

QJsonObject Fund::toJson() const
{
    QJsonObject json;
    json.insert("fund_class_key"_L1, fundClassKey);
    json.insert("name"_L1, name);
    json.insert("document_number"_L1, documentNumber);
    json::insertDate(json, "accounting_date"_L1, accountingDate);
    json.insert("manager"_L1, manager.toJson(Party::Role::Manager));
    return json;
}

} // namespace cessio
