#pragma once

#include "apicontext.h"

namespace cessio::sandbox {

// The asset operations of reference §5.5–§5.7 and §5.10, over HTTP or in-process.
class AssetApi
{
public:
    explicit AssetApi(ApiContext &context);

    // POST …/assignment/{ext}/asset (every asset type) → 201 {asset_key, external_id, status} [I]
    ApiResult insert(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                     const QString &batchExternalId, const QJsonObject &body);
    // POST …/assignment/{ext}/repurchased_asset → 201 {repurchased_asset_key, external_id} [I]
    ApiResult insertRepurchased(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                                const QString &batchExternalId, const QJsonObject &body);
    // GET /trade_receivables/fund_class/{fund}/assignment/{ext}/assets?page=&limit=&status=
    // `configurationKey` is empty on the documented path and set on the variant with the segment.
    ApiResult list(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                   const QString &batchExternalId, const QUrlQuery &query);
    // GET …/assignment/{ext}/asset/{asset_external_id or asset_key} [I]
    ApiResult get(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                  const QString &batchExternalId, const QString &assetId);
    // PUT …/assignment/{ext}/asset/{asset} {"asset_status":"denied"}: removal from a reopened batch
    ApiResult update(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                     const QString &batchExternalId, const QString &assetId, const QJsonObject &body);
    // POST …/assignment/{ext}/asset/{asset_external_id or asset_key}/document {document_type, document_b64}
    ApiResult uploadDocument(const Actor &actor, const QString &fundClassKey, const QString &configurationKey,
                             const QString &batchExternalId, const QString &assetId, const QJsonObject &body);

private:
    Batch *find(const QString &fundClassKey, const QString &configurationKey, const QString &externalId, ApiResult *error) const;

    ApiContext &m_context;
};

} // namespace cessio::sandbox
