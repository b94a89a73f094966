#include "assetapi.h"

#include "assetschema.h"
#include "eligibility.h"
#include "pipeline.h"
#include "worldjson.h"

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

AssetApi::AssetApi(ApiContext &context)
    : m_context(context)
{ }

Batch *AssetApi::find(const QString &fundClassKey, const QString &configurationKey, const QString &externalId,
                      ApiResult *error) const
{
    if (configurationKey.isEmpty()) { // the documented listing path has no configuration segment
        Batch *batch = m_context.world.batch(externalId);
        if (!batch || batch->fundClassKey != fundClassKey) {
            *error = ApiResult::error(Errors::batchNotFound());
            return nullptr;
        }
        return batch;
    }
    if (!m_context.world.configuration(fundClassKey, configurationKey)) {
        *error = ApiResult::error(Errors::configurationNotFound());
        return nullptr;
    }
    Batch *batch = m_context.world.batch(configurationKey, externalId);
    if (!batch)
        *error = ApiResult::error(Errors::batchNotFound());
    return batch;
}

ApiResult AssetApi::insert(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                           const QString &batchExternalId, const QJsonObject &body)
{
    ApiResult error;
    Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    if (batch->status.value() != BatchStatus::PendingAssetsInsertion)
        return ApiResult::error(Errors::batchClosedForAssets());
    if (const QString problem = AssetSchema::validate(body); !problem.isEmpty())
        return ApiResult::error(Errors::invalidPayload(problem));
    const QString externalId = AssetSchema::externalId(body);
    if (externalId == batch->externalId) // "different from the batch id" [C]
        return ApiResult::error(Errors::assetIdEqualsBatchId());
    if (batch->asset(externalId))
        return ApiResult::error(Errors::duplicateAssetExternalId());

    Asset asset;
    asset.assetKey = m_context.world.newKey();
    asset.externalId = externalId;
    asset.type = AssetSchema::type(body);
    asset.totalPurchaseValue = AssetSchema::totalPurchaseValue(body);
    asset.body = body;
    asset.createdAt = QDateTime::currentDateTimeUtc();
    Asset &stored = batch->appendAsset(std::move(asset));
    m_context.pipeline.assetInserted(*batch, stored);
    return ApiResult::ok(QJsonObject { { u"asset_key"_s, stored.assetKey },
                                       { u"external_id"_s, stored.externalId },
                                       { u"status"_s, stored.status.apiName() } },
                         201);
}

ApiResult AssetApi::insertRepurchased(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                                      const QString &batchExternalId, const QJsonObject &body)
{
    ApiResult error;
    Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    if (batch->status.value() != BatchStatus::PendingAssetsInsertion)
        return ApiResult::error(Errors::batchClosedForAssets());
    for (const QString &field : { u"asset_type"_s, u"external_id"_s, u"assignor_document_number"_s, u"settlement_type"_s }) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty())
            return ApiResult::error(Errors::invalidPayload(field + u": required string"_s));
    }
    const auto value = Money::fromJson(body.value(u"repurchase_value"_s));
    if (!value || value->centavos() <= 0)
        return ApiResult::error(Errors::invalidPayload(u"repurchase_value: expected a positive number with two decimals"_s));
    QJsonObject stored = body;
    const QString key = m_context.world.newKey();
    stored.insert(u"repurchased_asset_key"_s, key);
    batch->repurchasedAssets.append(stored);
    return ApiResult::ok(QJsonObject { { u"repurchased_asset_key"_s, key }, { u"external_id"_s, body.value(u"external_id"_s) } },
                         201);
}

ApiResult AssetApi::list(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                         const QString &batchExternalId, const QUrlQuery &query)
{
    ApiResult error;
    const Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    const auto page = PageRequest::parse(query, m_context.options.maxPageLimit);
    if (!page)
        return ApiResult::error(Errors::invalidPaging());
    const Fund *fund = m_context.world.fund(batch->fundClassKey);
    const QString status = query.queryItemValue(u"status"_s); // optional filter [I]
    if (status.isEmpty()) {
        return ApiResult::encoded(page->encodedEnvelope(qsizetype(batch->assets.size()), [&](qsizetype i) {
            return WorldJson::encodedListingItem(fund, batch->assets[std::size_t(i)]);
        }));
    }
    const AssetStatus wanted = AssetStatus::fromApi(status);
    QList<const Asset *> matching;
    for (const Asset &asset : batch->assets) {
        if (asset.status == wanted)
            matching.append(&asset);
    }
    return ApiResult::encoded(
        page->encodedEnvelope(matching.size(), [&](qsizetype i) { return WorldJson::encodedListingItem(fund, *matching[i]); }));
}

ApiResult AssetApi::get(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                        const QString &batchExternalId, const QString &assetId)
{
    ApiResult error;
    const Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    const Asset *asset = batch->asset(assetId);
    if (!asset)
        return ApiResult::error(Errors::assetNotFound());
    return ApiResult::ok(WorldJson::asset(m_context.world.fund(batch->fundClassKey), *asset, true));
}

ApiResult AssetApi::update(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                           const QString &batchExternalId, const QString &assetId, const QJsonObject &body)
{
    ApiResult error;
    Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    Asset *asset = batch->asset(assetId);
    if (!asset)
        return ApiResult::error(Errors::assetNotFound());
    const QJsonValue status = body.value(u"asset_status"_s);
    if (!status.isString())
        return ApiResult::error(Errors::invalidPayload(u"asset_status: required string"_s));
    const QString requested = status.toString();
    if (AssetStatus::fromApi(requested).value() != AssetStatus::Denied) // the only documented value [C]
        return ApiResult::error(Errors::invalidAssetStatus(requested));
    if (actor.profile != Profile::Manager)
        return ApiResult::error(Errors::profileNotAllowed(profileName(actor.profile), u"remove an asset"_s));
    // Removal is possible only while the batch is reopened [C] and the asset still counts.
    if (!batch->reopened || batch->status.value() != BatchStatus::PendingAssetsInsertion || !asset->status.countsTowardTotal())
        return ApiResult::error(Errors::invalidAssetStatus(requested));
    m_context.pipeline.setAssetStatus(*batch, *asset, AssetStatus::Denied, u"manager"_s, u"Removed by the manager"_s);
    return ApiResult::ok(QJsonObject { { u"external_id"_s, asset->externalId }, { u"status"_s, asset->status.apiName() } });
}

ApiResult AssetApi::uploadDocument(const Actor &, const QString &fundClassKey, const QString &configurationKey,
                                   const QString &batchExternalId, const QString &assetId, const QJsonObject &body)
{
    ApiResult error;
    Batch *batch = find(fundClassKey, configurationKey, batchExternalId, &error);
    if (!batch)
        return error;
    Asset *asset = batch->asset(assetId); // {asset_external_id} or {asset_key} [C both generations]
    if (!asset)
        return ApiResult::error(Errors::assetNotFound());
    const QJsonValue type = body.value(u"document_type"_s);
    const QJsonValue content = body.value(u"document_b64"_s);
    if (!type.isString() || type.toString().isEmpty())
        return ApiResult::error(Errors::invalidPayload(u"document_type: required string"_s));
    if (!content.isString() || content.toString().isEmpty())
        return ApiResult::error(Errors::invalidPayload(u"document_b64: required string"_s));
    const auto decoded = QByteArray::fromBase64Encoding(content.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return ApiResult::error(Errors::invalidPayload(u"document_b64: not valid base64"_s));
    const auto status = asset->status.value();
    if (status != AssetStatus::PendingEligibility && status != AssetStatus::PendingDocumentation)
        return ApiResult::error(Errors::assetNotReadyForDocuments());
    const Configuration *configuration = m_context.world.configuration(batch->configurationKey);
    if (!configuration || !Eligibility::acceptedDocuments(*configuration, asset->type).contains(type.toString()))
        return ApiResult::error(Errors::invalidDocumentType());
    if (asset->hasDocument(type.toString()))
        return ApiResult::error(Errors::documentExists());
    Document document;
    document.documentKey = m_context.world.newKey();
    document.documentType = type.toString();
    document.isPdf = decoded.decoded.startsWith("%PDF-");
    document.at = QDateTime::currentDateTimeUtc();
    asset->documents.append(document);
    m_context.pipeline.documentReceived(*batch);
    return ApiResult::ok(QJsonObject { { u"document_key"_s, document.documentKey } }, 201);
}

} // namespace cessio::sandbox
