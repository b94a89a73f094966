#pragma once

#include "core/money.h"
#include "core/statuses.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// What the sandbox reads from a submitted asset body (reference §5.5). Only example bodies are
// documented, so validation is permissive [I]: it requires what every example has and what the
// eligibility rules need, and ignores everything else.
namespace cessio::sandbox::AssetSchema {

// The type's main object: credit_operation for a CCB, discounted_credit_right otherwise.
QString mainObjectName(AssetType type);
QJsonObject mainObject(const QJsonObject &body, AssetType type);

// Empty when `body` is acceptable, otherwise "<field>: <problem>" for QIT000001.
QString validate(const QJsonObject &body);

AssetType type(const QJsonObject &body); // accepts the documented spelling variants
QString externalId(const QJsonObject &body); // <main object>.external_id
Money totalPurchaseValue(const QJsonObject &body);
Money faceValue(const QJsonObject &body); // sum of the installments for a CCB
QList<QDate> maturities(const QJsonObject &body); // every installment's maturity for a CCB
QString borrowerDocument(const QJsonObject &body);
QString originatorDocument(const QJsonObject &body);

} // namespace cessio::sandbox::AssetSchema
