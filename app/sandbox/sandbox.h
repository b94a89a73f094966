#pragma once

#include "apicontext.h"
#include "apidispatcher.h"
#include "assetapi.h"
#include "authenticator.h"
#include "batchapi.h"
#include "controlapi.h"
#include "faultinjector.h"
#include "httpserver.h"
#include "pipeline.h"
#include "registryapi.h"
#include "requestlog.h"
#include "sandboxoptions.h"
#include "webhookdispatcher.h"
#include "world.h"

#include <QObject>
#include <QThreadPool>
#include <QUrl>

namespace cessio::sandbox {

// The whole simulator, in-process, on the caller's event loop (only request signatures are checked
// on a thread pool): `cessio --demo`, the tests and the
// cessio-sandbox program all use it the same way.
//
//   Sandbox sandbox(options);
//   FixtureLoader::loadFile(path, sandbox.world(), &error);   // or populate sandbox.world() directly
//   if (!sandbox.start(&error)) …;                             // listens on options.host:options.port
//   sandbox.baseUrl();                                         // http://127.0.0.1:<port>
//
// The operations behind the HTTP routes are public (batches(), assets(), registry()), so an
// in-process caller can act as an assignor without HTTP: e.g.
//   const Actor assignor = Actor::inProcess(Profile::Assignor);
//   sandbox.batches().create(assignor, fundKey, configKey, {{"external_id", "B-1"}});
//   sandbox.assets().insert(assignor, fundKey, configKey, "B-1", assetBody);
//   sandbox.batches().update(assignor, fundKey, configKey, "B-1", {{"assignment_status", "completed_assets_insertion"}});
// They validate, record status events, send webhooks and drive the pipeline exactly as over HTTP.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(const SandboxOptions &options = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    // Starts listening; false with *error when the address is invalid or the port is taken.
    bool start(QString *error = nullptr);
    void stop();
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.port(); }
    QUrl baseUrl() const;
    const SandboxOptions &options() const { return m_options; }

    World &world() { return m_world; }
    Pipeline &pipeline() { return m_pipeline; }
    BatchApi &batches() { return m_batches; }
    AssetApi &assets() { return m_assets; }
    RegistryApi &registry() { return m_registry; }
    WebhookDispatcher &webhooks() { return m_webhooks; }
    FaultInjector &faults() { return m_faults; }
    RequestLog &requests() { return m_requests; }

    // Every batch and asset one automatic step (what POST /_sandbox/tick does).
    void tick() { m_pipeline.tick(); }

private:
    void handle(const HttpRequest &request, const HttpServer::Responder &respond);
    HttpResponse respondTo(const HttpRequest &request, const FaultPlan &plan, qint64 sequence, const Authenticator::Result &auth);

    SandboxOptions m_options;
    World m_world;
    Pipeline m_pipeline;
    ApiContext m_context;
    BatchApi m_batches;
    AssetApi m_assets;
    RegistryApi m_registry;
    Authenticator m_authenticator;
    ApiDispatcher m_dispatcher;
    WebhookDispatcher m_webhooks;
    FaultInjector m_faults;
    RequestLog m_requests;
    ControlApi m_control;
    QThreadPool m_verifiers; // ES512 signature checks: the only work done off this thread
    HttpServer m_server; // last: destroyed first, so no request reaches a half-destroyed sandbox
};

} // namespace cessio::sandbox
