#include "batch.h"

#include "jsonreader.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

std::optional<AssignorDiscount> AssignorDiscount::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<AssignorDiscount> AssignorDiscount::fromJson(const JsonReader &reader, QString *error)
{
    AssignorDiscount discount;
    discount.key = reader.string("assignor_discount_key"_L1);
    discount.type = reader.string("assignor_discount_type"_L1);
    discount.status = reader.string("status"_L1);
    discount.totalValue = reader.money("total_value"_L1).value_or(Money());
    discount.description = reader.string("description"_L1);
    return reader.finish(discount, error);
}

QJsonObject AssignorDiscount::toJson() const
{
    return QJsonObject { { "assignor_discount_key"_L1, key },
                         { "assignor_discount_type"_L1, type },
                         { "status"_L1, status },
                         { "total_value"_L1, totalValue.toJson() },
                         { "description"_L1, description } };
}

std::optional<SelectedAgent> SelectedAgent::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<SelectedAgent> SelectedAgent::fromJson(const JsonReader &reader, QString *error)
{
    SelectedAgent agent;
    // Upper-case dashed keys as documented; snake_case accepted too [I].
    agent.type = reader.firstString({ "AGENT-TYPE"_L1, "agent_type"_L1 });
    agent.key = reader.firstString({ "AGENT-KEY"_L1, "agent_key"_L1 });
    agent.user = reader.firstString({ "AGENT-USER"_L1, "agent_user"_L1 });
    return reader.finish(agent, error);
}

QJsonObject SelectedAgent::toJson() const
{
    return QJsonObject { { "AGENT-TYPE"_L1, type }, { "AGENT-KEY"_L1, key }, { "AGENT-USER"_L1, user } };
}

std::optional<StatusEvent> StatusEvent::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<StatusEvent> StatusEvent::fromJson(const JsonReader &reader, QString *error)
{
    StatusEvent event;
    event.status = BatchStatus::fromApi(reader.requiredString("status"_L1));
    event.at = reader.localDateTime("event_datetime"_L1);
    event.agent = reader.parse<SelectedAgent>("selected_agent"_L1);
    return reader.finish(event, error);
}

QJsonObject StatusEvent::toJson() const
{
    QJsonObject json { { "status"_L1, status.apiName() }, { "event_datetime"_L1, json::localDateTimeText(at) } };
    if (agent)
        json.insert("selected_agent"_L1, agent->toJson());
    return json;
}

QDateTime Batch::waitingSince() const
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->status == status)
            return it->at;
    }
    return QDateTime();
}

QDateTime Batch::firstEventInto(const QList<StatusEvent> &events, BatchStatus::Value status)
{
    // The earliest by time, not by position: the order of status_events is not documented [I].
    QDateTime first;
    for (const StatusEvent &event : events) {
        if (event.status.value() == status && event.at.isValid() && (!first.isValid() || event.at < first))
            first = event.at;
    }
    return first;
}

std::optional<Batch> Batch::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Batch> Batch::fromJson(const JsonReader &reader, QString *error)
{
    Batch batch;
    batch.assignmentKey = reader.string("assignment_key"_L1);
    batch.externalId = reader.requiredString("external_id"_L1);
    batch.name = reader.string("name"_L1);
    batch.configuration
        = reader.parse<AssignmentConfiguration>("assignment_configuration"_L1).value_or(AssignmentConfiguration());
    batch.number = reader.string("assignment_number"_L1);
    batch.date = reader.date("assignment_date"_L1);
    batch.status = BatchStatus::fromApi(reader.string("status"_L1));
    batch.originType = reader.string("origin_type"_L1);
    batch.termKey = reader.string("assignment_term_key"_L1);
    if (const auto disbursement = reader.object("disbursement"_L1))
        batch.disbursementAccount = disbursement->parse<BankAccount>("target_account"_L1);
    batch.totalValue = reader.money("assignment_total_value"_L1);
    batch.irr = reader.number("assignment_irr"_L1);
    batch.discounts = reader.parseList<AssignorDiscount>("assignor_discounts"_L1);
    batch.events = reader.parseList<StatusEvent>("status_events"_L1);
    return reader.finish(batch, error);
}

QJsonObject Batch::toJson() const
{
    QJsonObject json;
    json.insert("assignment_key"_L1, assignmentKey);
    json.insert("external_id"_L1, externalId);
    json.insert("name"_L1, name);
    if (!configuration.key.isEmpty()) // old copies return no configuration
        json.insert("assignment_configuration"_L1, configuration.toJson());
    json.insert("assignment_number"_L1, number);
    json::insertDate(json, "assignment_date"_L1, date);
    json.insert("status"_L1, status.apiName());
    json::insertText(json, "origin_type"_L1, originType);
    json::insertText(json, "assignment_term_key"_L1, termKey);
    json.insert("disbursement"_L1,
                disbursementAccount ? QJsonValue(
                    QJsonObject { { "target_account"_L1, disbursementAccount->toJson(BankAccount::Shape::TargetAccount) } })
                                    : QJsonValue(QJsonValue::Null));
    json::insertMoney(json, "assignment_total_value"_L1, totalValue);
    json::insertNumber(json, "assignment_irr"_L1, irr);
    if (!discounts.isEmpty()) { // "present only when discounts are configured"
        QJsonArray array;
        for (const AssignorDiscount &discount : discounts)
            array.append(discount.toJson());
        json.insert("assignor_discounts"_L1, array);
    }
    QJsonArray eventArray;
    for (const StatusEvent &event : events)
        eventArray.append(event.toJson());
    json.insert("status_events"_L1, eventArray);
    return json;
}

BatchListItem BatchListItem::fromBatch(const Batch &batch)
{
    BatchListItem item;
    item.assignmentKey = batch.assignmentKey;
    item.externalId = batch.externalId;
    item.number = batch.number;
    item.date = batch.date;
    item.status = batch.status;
    item.totalValue = batch.totalValue;
    if (!batch.events.isEmpty())
        item.lastEventAt = batch.events.constLast().at;
    item.reachedManagerAt = batch.reachedManagerAt();
    return item;
}

std::optional<BatchListItem> BatchListItem::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<BatchListItem> BatchListItem::fromJson(const JsonReader &reader, QString *error)
{
    BatchListItem item;
    item.assignmentKey = reader.string("assignment_key"_L1);
    item.externalId = reader.requiredString("external_id"_L1);
    item.number = reader.string("assignment_number"_L1);
    item.date = reader.date("assignment_date"_L1);
    item.status = BatchStatus::fromApi(reader.string("status"_L1));
    item.totalValue = reader.money("assignment_total_value"_L1);
    item.numberOfAssets = reader.integer("number_of_assets"_L1);
    item.numberOfApprovedAssets = reader.integer("number_of_approved_assets"_L1);
    item.lastEventAt = reader.localDateTime("last_status_event_datetime"_L1);
    const auto events = reader.parseList<StatusEvent>("status_events"_L1);
    if (!item.lastEventAt.isValid() && !events.isEmpty())
        item.lastEventAt = events.constLast().at;
    item.reachedManagerAt = Batch::firstEventInto(events, BatchStatus::PendingManagerApproval);
    return reader.finish(item, error);
}

QJsonObject BatchListItem::toJson() const
{
    QJsonObject json;
    json.insert("assignment_key"_L1, assignmentKey);
    json.insert("external_id"_L1, externalId);
    json.insert("assignment_number"_L1, number);
    json::insertDate(json, "assignment_date"_L1, date);
    json.insert("status"_L1, status.apiName());
    json::insertMoney(json, "assignment_total_value"_L1, totalValue);
    json::insertInt(json, "number_of_assets"_L1, numberOfAssets);
    json::insertInt(json, "number_of_approved_assets"_L1, numberOfApprovedAssets);
    json::insertText(json, "last_status_event_datetime"_L1, json::localDateTimeText(lastEventAt));
    if (reachedManagerAt.isValid()) // the one event the item keeps
        json.insert(
            "status_events"_L1,
            QJsonArray { StatusEvent { BatchStatus(BatchStatus::PendingManagerApproval), reachedManagerAt, {} }.toJson() });
    return json;
}

} // namespace cessio
