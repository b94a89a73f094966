#include "webhook.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

struct TypeName
{
    WebhookEvent::Type type;
    const char16_t *event;
};

constexpr TypeName typeNames[] = {
    { WebhookEvent::Type::AssetCreation, u"asset_creation" },
    { WebhookEvent::Type::AssetStatusChange, u"asset_status_change" },
    { WebhookEvent::Type::AssignmentStatusChange, u"assignment_status_change" },
};

} // namespace

WebhookEvent::Type WebhookEvent::typeFromApi(QStringView name)
{
    QStringView event = name.trimmed();
    for (const QStringView prefix : { QStringView(u"trade_receivables."), QStringView(u"trade-receivables.") }) {
        if (event.startsWith(prefix, Qt::CaseInsensitive))
            event = event.mid(prefix.size());
    }
    for (const TypeName &entry : typeNames) {
        if (event.compare(QStringView(entry.event), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return Type::Unknown;
}

QString WebhookEvent::typeApiName(Type type)
{
    for (const TypeName &entry : typeNames) {
        if (entry.type == type)
            return u"trade_receivables."_s + QString::fromUtf16(entry.event);
    }
    return QString();
}

std::optional<WebhookEvent> WebhookEvent::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<WebhookEvent> WebhookEvent::fromJson(const JsonReader &reader, QString *error)
{
    WebhookEvent event;
    event.typeName = reader.requiredString("webhook_type"_L1);
    event.type = typeFromApi(event.typeName);
    event.at = reader.isoDateTime("webhook_datetime"_L1);
    const auto data = reader.object("data"_L1);
    if (!data && reader.ok())
        reader.failMissing("data"_L1);
    if (data) {
        event.batchExternalId = event.type == Type::Unknown ? data->string("assignment_external_id"_L1)
                                                            : data->requiredString("assignment_external_id"_L1);
        event.fundClassKey = data->string("fund_class_key"_L1);
        event.assetExternalId = data->string("asset_external_id"_L1);
        event.newStatus = data->firstString({ "assignment_new_status"_L1, "asset_new_status"_L1 });
        event.signedTermUrl = data->url("signed_term_url"_L1);
        // A serialized object in a string is accepted too [I].
        const QJsonValue payload = data->raw("asset_payload"_L1);
        if (payload.isString()) {
            const QJsonDocument document = QJsonDocument::fromJson(payload.toString().toUtf8());
            if (document.isObject())
                event.assetPayload = document.object();
            else
                data->fail("asset_payload"_L1, QCoreApplication::translate("JsonReader", "not an object"));
        } else {
            event.assetPayload = data->rawObject("asset_payload"_L1);
        }
    }
    return reader.finish(event, error);
}

QJsonObject WebhookEvent::toJson() const
{
    QJsonObject data;
    json::insertText(data, "assignment_external_id"_L1, batchExternalId);
    if (isAssetEvent()) {
        json::insertText(data, "asset_external_id"_L1, assetExternalId);
        json::insertText(data, "asset_new_status"_L1, newStatus);
    } else if (type == Type::AssignmentStatusChange) {
        json::insertText(data, "assignment_new_status"_L1, newStatus);
    } else { // unknown: keep what is there under the most likely name
        json::insertText(data, "asset_external_id"_L1, assetExternalId);
        json::insertText(data, assetExternalId.isEmpty() ? "assignment_new_status"_L1 : "asset_new_status"_L1, newStatus);
    }
    json::insertText(data, "fund_class_key"_L1, fundClassKey);
    if (!signedTermUrl.isEmpty())
        data.insert("signed_term_url"_L1, signedTermUrl.toString());
    json::insertObject(data, "asset_payload"_L1, assetPayload);
    return QJsonObject { { "data"_L1, data },
                         { "webhook_type"_L1, typeName.isEmpty() ? typeApiName(type) : typeName },
                         { "webhook_datetime"_L1, json::isoDateTimeText(at) } };
}

} // namespace cessio
