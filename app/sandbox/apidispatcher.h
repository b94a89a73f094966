#pragma once

#include "authenticator.h"
#include "errors.h"
#include "router.h"

namespace cessio::sandbox {

class AssetApi;
class BatchApi;
class RegistryApi;
struct Actor;
struct HttpRequest;

// One QI Tech API request: authenticate, route through the Endpoints table, check the client may
// write, read the JSON body, call the operation. Ignores unknown body fields (the operations read
// only what they know).
class ApiDispatcher
{
public:
    ApiDispatcher(const Authenticator &authenticator, BatchApi &batches, AssetApi &assets, RegistryApi &registry);

    struct Outcome
    {
        ApiResult result;
        QString clientKey; // when the client was identified
    };
    Outcome dispatch(const HttpRequest &request) const;
    // With the authentication already done (the signature checked elsewhere: Sandbox::handle).
    Outcome dispatch(const HttpRequest &request, const Authenticator::Result &auth) const;

private:
    ApiResult call(const RouteMatch &route, const Actor &actor, const HttpRequest &request, const QJsonObject &body) const;

    const Authenticator &m_authenticator;
    BatchApi &m_batches;
    AssetApi &m_assets;
    RegistryApi &m_registry;
    Router m_router;
};

} // namespace cessio::sandbox
