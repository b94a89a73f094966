#pragma once

#include "httpserver.h"

namespace cessio::sandbox {

class BatchApi;
class FaultInjector;
class Pipeline;
class RequestLog;
class WebhookDispatcher;
class World;

// The simulator's own routes under /_sandbox/ (they never exist on QI Tech; no signature, no
// latency, no faults):
//   POST   /_sandbox/tick                          every batch and asset one automatic step
//   GET    /_sandbox/state[?assets=0]              the whole world as JSON
//   GET    /_sandbox/requests   DELETE …           the API request log
//   GET    /_sandbox/webhooks   DELETE …           every webhook delivery and its attempts
//   GET    /_sandbox/faults     POST …   DELETE …  targeted faults (see faultinjector.h)
//   POST   /_sandbox/assignments/{ext}/discard     discard a batch
//   GET    /_sandbox/terms/{term_key}.html         the assignment term (…-signed.html once signed)
class ControlApi
{
public:
    ControlApi(World &world, Pipeline &pipeline, BatchApi &batches, WebhookDispatcher &webhooks, FaultInjector &faults,
               RequestLog &requests);

    static bool handles(const HttpRequest &request);
    HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse state(bool withAssets) const;
    HttpResponse term(const QString &path) const;

    World &m_world;
    Pipeline &m_pipeline;
    BatchApi &m_batches;
    WebhookDispatcher &m_webhooks;
    FaultInjector &m_faults;
    RequestLog &m_requests;
};

} // namespace cessio::sandbox
