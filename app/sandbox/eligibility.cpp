#include "eligibility.h"

#include "assetschema.h"
#include "core/documentnumber.h"
#include "world.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox::Eligibility {

std::optional<QString> denialReason(const Fund &fund, const Configuration &configuration, const Asset &asset)
{
    if (!(asset.type == configuration.assetType))
        return u"Asset type '%1' is not the configuration's asset type '%2'"_s.arg(asset.type.apiName(),
                                                                                   configuration.assetType.apiName());
    if (!DocumentNumber::parse(AssetSchema::originatorDocument(asset.body)).isValid())
        return u"Invalid originator document number"_s;
    if (!DocumentNumber::parse(AssetSchema::borrowerDocument(asset.body)).isValid())
        return u"Invalid borrower document number"_s;
    const QList<QDate> maturities = AssetSchema::maturities(asset.body);
    for (const QDate &maturity : maturities) {
        if (!maturity.isValid() || maturity <= fund.accountingDate)
            return u"Maturity date %1 is not after the fund accounting date %2"_s.arg(maturity.toString(Qt::ISODate),
                                                                                      fund.accountingDate.toString(Qt::ISODate));
    }
    const Money face = AssetSchema::faceValue(asset.body);
    if (asset.totalPurchaseValue > face)
        return u"Total purchase value %1 is above the face value %2"_s.arg(asset.totalPurchaseValue.toDecimalString(),
                                                                           face.toDecimalString());
    return std::nullopt;
}

QStringList requiredDocuments(const Configuration &configuration, AssetType type)
{
    switch (type.value()) {
    case AssetType::Ccb:
        return { u"ccb"_s };
    case AssetType::DuplicataServicos:
        return { u"duplicata_servicos"_s };
    case AssetType::DiscountedContract:
        return configuration.documentsRequired;
    case AssetType::Unknown:
    case AssetType::DuplicataMercantil: // generated from the invoice data [C]
    case AssetType::Check:
    case AssetType::PromissoryNote:
    case AssetType::Cte:
    case AssetType::InstallmentContract:
    case AssetType::StructuredCci:
        break;
    }
    return {};
}

QStringList acceptedDocuments(const Configuration &configuration, AssetType type)
{
    return requiredDocuments(configuration, type);
}

bool documentsComplete(const Configuration &configuration, const Asset &asset)
{
    const QStringList required = requiredDocuments(configuration, asset.type);
    return std::all_of(required.cbegin(), required.cend(), [&](const QString &type) { return asset.hasDocument(type); });
}

bool documentsValid(const Asset &asset)
{
    return std::all_of(asset.documents.cbegin(), asset.documents.cend(), [](const Document &d) { return d.isPdf; });
}

} // namespace cessio::sandbox::Eligibility
