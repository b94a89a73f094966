#include "asset.h"

#include "core/documentnumber.h"
#include "jsonreader.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

std::optional<Premium> Premium::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Premium> Premium::fromJson(const JsonReader &reader, QString *error)
{
    Premium premium;
    premium.type = reader.string("premium_type"_L1);
    premium.value = reader.requiredMoney("total_value"_L1);
    return reader.finish(premium, error);
}

QJsonObject Premium::toJson() const
{
    return QJsonObject { { "premium_type"_L1, type }, { "total_value"_L1, value.toJson() } };
}

Money Asset::faceValue() const
{
    Money total;
    if (creditOperation) {
        for (const Installment &installment : creditOperation->installments)
            total += installment.faceValue;
    } else if (creditRight) {
        total = creditRight->faceValue;
    }
    return total;
}

QList<std::pair<QDate, Money>> Asset::maturities() const
{
    QList<std::pair<QDate, Money>> result;
    if (creditOperation) {
        for (const Installment &installment : creditOperation->installments)
            result.append({ installment.maturity, installment.faceValue });
    } else if (creditRight) {
        result.append({ creditRight->maturityDate, creditRight->faceValue });
    }
    std::stable_sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return result;
}

QString Asset::debtorName() const
{
    return creditOperation ? creditOperation->borrower.name : creditRight ? creditRight->borrower.name : QString();
}

QString Asset::debtorDocument() const
{
    return creditOperation ? creditOperation->borrower.documentNumber
        : creditRight      ? creditRight->borrower.documentNumber
                           : QString();
}

QString Asset::debtorKey() const
{
    const QString document = debtorDocument();
    if (!document.isEmpty()) {
        const QString normalized = DocumentNumber::parse(document).normalized();
        return u"d:"_s + (normalized.isEmpty() ? document.trimmed() : normalized);
    }
    return u"n:"_s + debtorName().trimmed().toCaseFolded();
}

QString Asset::creditRightExternalId() const
{
    return creditOperation ? creditOperation->externalId : creditRight ? creditRight->externalId : QString();
}

std::optional<Asset> Asset::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<Asset> Asset::fromJson(const JsonReader &reader, QString *error)
{
    Asset asset;
    asset.assetKey = reader.string("asset_key"_L1);
    asset.type = AssetType::fromApi(reader.string("asset_type"_L1));
    asset.status = AssetStatus::fromApi(reader.string("status"_L1));
    asset.totalPurchaseValue = reader.requiredMoney("total_purchase_value"_L1);
    asset.premiums = reader.parseList<Premium>("premiums"_L1);
    asset.deductions = reader.rawArray("deductions"_L1);
    asset.deniedBy = reader.string("denied_by"_L1);
    asset.denialReason = reader.string("denial_reason"_L1);
    asset.creditOperation = reader.parse<CreditOperation>("credit_operation"_L1);
    asset.creditRight = reader.parse<DiscountedCreditRight>("discounted_credit_right"_L1);
    if (!reader.has("asset_type"_L1) && asset.creditOperation)
        asset.type = AssetType::Ccb; // [I] only CCBs carry a credit_operation
    asset.externalId = reader.string("external_id"_L1);
    if (asset.externalId.isEmpty())
        asset.externalId = asset.creditRightExternalId();
    return reader.finish(asset, error);
}

QJsonObject Asset::toJson() const
{
    QJsonObject json;
    json::insertText(json, "asset_key"_L1, assetKey);
    if (externalId != creditRightExternalId())
        json::insertText(json, "external_id"_L1, externalId);
    json::insertText(json, "asset_type"_L1, type.apiName());
    json::insertText(json, "status"_L1, status.apiName());
    json.insert("total_purchase_value"_L1, totalPurchaseValue.toJson());
    if (!premiums.isEmpty()) {
        QJsonArray array;
        for (const Premium &premium : premiums)
            array.append(premium.toJson());
        json.insert("premiums"_L1, array);
    }
    if (!deductions.isEmpty())
        json.insert("deductions"_L1, deductions);
    json::insertText(json, "denied_by"_L1, deniedBy);
    json::insertText(json, "denial_reason"_L1, denialReason);
    if (creditOperation)
        json.insert("credit_operation"_L1, creditOperation->toJson());
    if (creditRight)
        json.insert("discounted_credit_right"_L1, creditRight->toJson());
    return json;
}

AssetListItem AssetListItem::fromAsset(const Asset &asset)
{
    AssetListItem item;
    item.assetKey = asset.assetKey;
    item.externalId = asset.externalId;
    item.totalPurchaseValue = asset.totalPurchaseValue;
    item.type = asset.type;
    item.status = asset.status;
    item.deniedBy = asset.deniedBy;
    item.denialReason = asset.denialReason;
    return item;
}

std::optional<AssetListItem> AssetListItem::fromJson(const QJsonObject &json, QString *error)
{
    return fromJson(JsonReader(json), error);
}

std::optional<AssetListItem> AssetListItem::fromJson(const JsonReader &reader, QString *error)
{
    AssetListItem item;
    item.assetKey = reader.string("asset_key"_L1);
    item.totalPurchaseValue = reader.requiredMoney("total_purchase_value"_L1);
    item.type = AssetType::fromApi(reader.string("asset_type"_L1));
    item.status = AssetStatus::fromApi(reader.requiredString("status"_L1));
    item.durationDays = reader.integer("duration"_L1);
    item.deniedBy = reader.string("denied_by"_L1);
    item.denialReason = reader.string("denial_reason"_L1);
    if (reader.ok() && (reader.has("credit_operation"_L1) || reader.has("discounted_credit_right"_L1))) {
        QString problem;
        item.detail = Asset::fromJson(reader.detached(), &problem);
        if (!item.detail)
            reader.failAt(QString(), problem); // already carries the field's path
    }
    item.externalId = reader.string("external_id"_L1);
    if (item.externalId.isEmpty() && item.detail)
        item.externalId = item.detail->creditRightExternalId();
    if (item.externalId.isEmpty())
        reader.failMissing("external_id"_L1);
    return reader.finish(item, error);
}

QJsonObject AssetListItem::toJson() const
{
    QJsonObject json = detail ? detail->toJson() : QJsonObject();
    json::insertText(json, "asset_key"_L1, assetKey);
    json.insert("external_id"_L1, externalId);
    json.insert("total_purchase_value"_L1, totalPurchaseValue.toJson());
    json::insertText(json, "asset_type"_L1, type.apiName());
    json.insert("status"_L1, status.apiName());
    json::insertInt(json, "duration"_L1, durationDays);
    json::insertText(json, "denied_by"_L1, deniedBy);
    json::insertText(json, "denial_reason"_L1, denialReason);
    return json;
}

} // namespace cessio
