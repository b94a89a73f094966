#pragma once

#include "core/creditright.h"
#include "core/money.h"
#include "core/statuses.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace cessio {

class JsonReader;

// premiums[]: an amount paid on top of the asset, e.g. a spread.
struct Premium
{
    QString type; // premium_type, e.g. spread
    Money value; // total_value

    static std::optional<Premium> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Premium> fromJson(const JsonReader &reader, QString *error = nullptr);
    QJsonObject toJson() const;

    friend bool operator==(const Premium &, const Premium &) = default;
};

// An asset of any type: the body of §5.5 (as created, as echoed by the asset_creation webhook)
// plus what QI adds when it is read back (asset_key, status, denial).
// Exactly one of creditOperation (CCB) and creditRight (every discounted_credit_right type) is
// normally set; types whose bodies were not captured (CT-e, installment contract) have neither.
struct Asset
{
    QString assetKey;
    QString externalId; // top-level external_id when given, else the credit right's external_id
    AssetType type; // asset_type; a credit_operation without it is taken as a CCB [I]
    AssetStatus status;
    Money totalPurchaseValue; // what the fund pays (required)
    QList<Premium> premiums;
    QJsonArray deductions; // shape not documented, kept as received
    QString deniedBy; // e.g. document
    QString denialReason;
    std::optional<CreditOperation> creditOperation;
    std::optional<DiscountedCreditRight> creditRight;

    // Nominal value: the sum of the CCB installments, or the credit right's face value.
    Money faceValue() const;
    // (maturity date, face value) per installment or title, in date order: the maturity chart.
    QList<std::pair<QDate, Money>> maturities() const;
    QString debtorName() const;
    QString debtorDocument() const;
    // One debtor per CPF/CNPJ (punctuation ignored); by name when the document is missing. What the
    // concentration figures and the fund's debtor limit group by.
    QString debtorKey() const;
    // The credit right's own external_id (inside credit_operation / discounted_credit_right).
    QString creditRightExternalId() const;

    static std::optional<Asset> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<Asset> fromJson(const JsonReader &reader, QString *error = nullptr);
    // The §5.5 request body; asset_key, status and denial are added only when set.
    QJsonObject toJson() const;

    friend bool operator==(const Asset &, const Asset &) = default;
};

// One item of the asset listing (§5.7).
struct AssetListItem
{
    QString assetKey;
    QString externalId; // required
    Money totalPurchaseValue; // required
    AssetType type;
    AssetStatus status; // required
    std::optional<int> durationDays; // duration, may be absent
    QString deniedBy;
    QString denialReason;
    std::optional<Asset> detail; // old docs embedded the whole asset object in each item

    static AssetListItem fromAsset(const Asset &asset);
    static std::optional<AssetListItem> fromJson(const QJsonObject &json, QString *error = nullptr);
    static std::optional<AssetListItem> fromJson(const JsonReader &reader, QString *error = nullptr);
    // The new (summary-only) shape; with `detail`, its objects are embedded as the old docs did.
    QJsonObject toJson() const;

    friend bool operator==(const AssetListItem &, const AssetListItem &) = default;
};

} // namespace cessio
