#include "apidispatcher.h"

#include "assetapi.h"
#include "authenticator.h"
#include "batchapi.h"
#include "httpserver.h"
#include "registryapi.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

ApiDispatcher::ApiDispatcher(const Authenticator &authenticator, BatchApi &batches, AssetApi &assets, RegistryApi &registry)
    : m_authenticator(authenticator)
    , m_batches(batches)
    , m_assets(assets)
    , m_registry(registry)
{ }

ApiDispatcher::Outcome ApiDispatcher::dispatch(const HttpRequest &request) const
{
    return dispatch(request, m_authenticator.authenticate(request));
}

ApiDispatcher::Outcome ApiDispatcher::dispatch(const HttpRequest &request, const Authenticator::Result &auth) const
{
    // Authentication comes first, as on a gateway: an unknown path with a bad signature is a 401.
    const QString clientKey = auth.client ? auth.client->apiClientKey : QString::fromUtf8(request.header("api-client-key"));
    if (auth.error)
        return { ApiResult::error(*auth.error), clientKey };
    const Actor actor = Actor::of(*auth.client);

    RouteMatch route;
    switch (m_router.match(request.method, request.rawPath, &route)) {
    case Router::Result::NotFound:
        return { ApiResult::error(Errors::noRoute()), clientKey };
    case Router::Result::MethodNotAllowed:
        return { ApiResult::error(Errors::methodNotAllowed()), clientKey };
    case Router::Result::Matched:
        break;
    }

    const bool writes = request.method != "GET";
    if (writes && actor.permission == Permission::Read && route.endpoint != Endpoint::AuthenticationTest)
        return { ApiResult::error(Errors::readOnlyClient(profileName(actor.profile))), clientKey };

    QJsonObject body;
    if (writes) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            const QString why = error.error != QJsonParseError::NoError ? u"body is not valid JSON: "_s + error.errorString()
                                                                        : u"body must be a JSON object"_s;
            return { ApiResult::error(Errors::invalidPayload(why)), clientKey };
        }
        body = document.object();
    }
    return { call(route, actor, request, body), clientKey };
}

ApiResult ApiDispatcher::call(const RouteMatch &route, const Actor &actor, const HttpRequest &request,
                              const QJsonObject &body) const
{
    const PathParams &p = route.params;
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    switch (route.endpoint) {
    case Endpoint::ListConfigurations:
        return m_registry.listConfigurations(actor, p.fundClassKey, query);
    case Endpoint::ListBatches:
        return m_batches.list(actor, p.fundClassKey, p.configurationKey, query);
    case Endpoint::CreateBatch:
        return m_batches.create(actor, p.fundClassKey, p.configurationKey, body);
    case Endpoint::GetBatch:
        return m_batches.get(actor, p.fundClassKey, p.configurationKey, p.batchExternalId);
    case Endpoint::UpdateBatch:
        return m_batches.update(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, body);
    case Endpoint::AssetsSummary:
        return m_batches.assetsSummary(actor, p.fundClassKey, p.configurationKey, p.batchExternalId);
    case Endpoint::ListAssets:
        return m_assets.list(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, query);
    case Endpoint::GetAsset:
        return m_assets.get(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, p.assetId);
    case Endpoint::InsertAsset:
        return m_assets.insert(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, body);
    case Endpoint::InsertRepurchasedAsset:
        return m_assets.insertRepurchased(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, body);
    case Endpoint::UpdateAsset:
        return m_assets.update(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, p.assetId, body);
    case Endpoint::UploadDocument:
        return m_assets.uploadDocument(actor, p.fundClassKey, p.configurationKey, p.batchExternalId, p.assetId, body);
    case Endpoint::TermLink:
        return m_batches.termLink(actor, p.fundClassKey, p.configurationKey, p.batchExternalId);
    case Endpoint::ListAccounts:
        return m_registry.listAccounts(actor, p.assignorKey, query);
    case Endpoint::AddAccount:
        return m_registry.addAccount(actor, p.assignorKey, body);
    case Endpoint::UpdateAccount:
        return m_registry.updateAccount(actor, p.assignorKey, p.accountKey, body);
    case Endpoint::AuthenticationTest:
        return m_registry.authenticationTest(actor, body);
    }
    return ApiResult::error(Errors::noRoute());
}

} // namespace cessio::sandbox
