#include "endpoints.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

const QString fundRoot = u"/trade_receivables/fund_class/{fund_class_key}"_s;
const QString configRoot = fundRoot + u"/assignment_configuration/{assignment_configuration_key}"_s;
const QString batchRoot = configRoot + u"/assignment/{assignment_external_id}"_s;
const QString assignorRoot = u"/assignor_registry/assignor_registry/{assignor_registry_key}"_s;

const QList<EndpointInfo> table = {
    { Endpoint::ListConfigurations, "GET", fundRoot + u"/assignment_configurations"_s, Provenance::Confirmed, true },
    { Endpoint::ListBatches, "GET", configRoot + u"/assignments"_s, Provenance::Inferred, true },
    { Endpoint::CreateBatch, "POST", configRoot + u"/assignment"_s, Provenance::Confirmed },
    { Endpoint::GetBatch, "GET", batchRoot, Provenance::Confirmed },
    { Endpoint::UpdateBatch, "PUT", batchRoot, Provenance::Confirmed },
    { Endpoint::AssetsSummary, "GET", batchRoot + u"/assets_summary"_s, Provenance::Confirmed },
    { Endpoint::ListAssets, "GET", fundRoot + u"/assignment/{assignment_external_id}/assets"_s, Provenance::Confirmed, true },
    { Endpoint::GetAsset, "GET", batchRoot + u"/asset/{asset_external_id}"_s, Provenance::Inferred },
    { Endpoint::InsertAsset, "POST", batchRoot + u"/asset"_s, Provenance::Confirmed },
    { Endpoint::InsertRepurchasedAsset, "POST", batchRoot + u"/repurchased_asset"_s, Provenance::Confirmed },
    { Endpoint::UpdateAsset, "PUT", batchRoot + u"/asset/{asset_external_id}"_s, Provenance::Confirmed },
    { Endpoint::UploadDocument, "POST", batchRoot + u"/asset/{asset_external_id}/document"_s, Provenance::Confirmed },
    { Endpoint::TermLink, "GET", batchRoot + u"/assignment_term_link"_s, Provenance::Confirmed },
    { Endpoint::ListAccounts, "GET", assignorRoot + u"/account"_s, Provenance::Inferred, true },
    { Endpoint::AddAccount, "POST", assignorRoot + u"/account"_s, Provenance::Confirmed },
    { Endpoint::UpdateAccount, "PUT", assignorRoot + u"/account/{account_key}"_s, Provenance::Confirmed },
    { Endpoint::AuthenticationTest, "POST", u"/authentication_test"_s, Provenance::Confirmed },
};

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

namespace Endpoints {

const QList<EndpointInfo> &all()
{
    return table;
}

const EndpointInfo &info(Endpoint endpoint)
{
    const auto it = std::find_if(table.cbegin(), table.cend(), [&](const EndpointInfo &e) { return e.endpoint == endpoint; });
    Q_ASSERT(it != table.cend());
    return *it;
}

QString path(Endpoint endpoint, const PathParams &params, const QUrlQuery &query)
{
    QString result = info(endpoint).pathTemplate;
    result.replace(u"{fund_class_key}"_s, encoded(params.fundClassKey));
    result.replace(u"{assignment_configuration_key}"_s, encoded(params.configurationKey));
    result.replace(u"{assignment_external_id}"_s, encoded(params.batchExternalId));
    result.replace(u"{asset_external_id}"_s, encoded(params.assetId));
    result.replace(u"{assignor_registry_key}"_s, encoded(params.assignorKey));
    result.replace(u"{account_key}"_s, encoded(params.accountKey));
    if (!query.isEmpty())
        result += u'?' + query.toString(QUrl::FullyEncoded);
    return result;
}

QList<QString> alternativeTemplates(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::ListAssets: // some pages are read as including the configuration segment [I]
        return { batchRoot + u"/assets"_s };
    case Endpoint::ListBatches: // the real listing path is unknown [I]
        return { configRoot + u"/assignment"_s };
    default:
        return {};
    }
}

} // namespace Endpoints

} // namespace cessio
