#pragma once

#include "core/statuses.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace cessio {

class JsonReader;

// A trade_receivables webhook (§7):
//   {"data": {…}, "webhook_type": "trade_receivables.<event>", "webhook_datetime": "2024-04-23T15:08:30Z"}
// Unknown types are kept with their raw name; unknown data fields are ignored.
struct WebhookEvent
{
    enum class Type { AssetCreation, AssetStatusChange, AssignmentStatusChange, Unknown };

    Type type = Type::Unknown;
    QString typeName; // webhook_type as received, e.g. "trade_receivables.asset_creation"
    QDateTime at; // webhook_datetime
    QString batchExternalId; // data.assignment_external_id (required for the known types)
    QString fundClassKey; // data.fund_class_key (new pages only)
    QString assetExternalId; // data.asset_external_id (asset events)
    QString newStatus; // data.assignment_new_status or data.asset_new_status, verbatim
    QUrl signedTermUrl; // data.signed_term_url (pending_payment, digitally signed terms)
    QJsonObject assetPayload; // data.asset_payload (asset_creation): the asset as submitted

    bool isAssetEvent() const { return type == Type::AssetCreation || type == Type::AssetStatusChange; }
    BatchStatus batchStatus() const { return BatchStatus::fromApi(newStatus); }
    AssetStatus assetStatus() const { return AssetStatus::fromApi(newStatus); }

    // Accepts the name with or without the "trade_receivables." prefix (and the old pages' dash).
    static Type typeFromApi(QStringView name);
    // "trade_receivables.asset_creation" …; empty for Unknown.
    static QString typeApiName(Type type);

    static std::optional<WebhookEvent> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<WebhookEvent> fromJson(const JsonReader &reader, QString *error = nullptr);
    // The documented envelope (what the simulator POSTs). An empty typeName is derived from type.
    QJsonObject toJson() const;

    friend bool operator==(const WebhookEvent &, const WebhookEvent &) = default;
};

} // namespace cessio
