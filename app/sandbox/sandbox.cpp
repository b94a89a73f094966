#include "sandbox.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

Sandbox::Sandbox(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_pipeline(m_world, options.stepDelayMs)
    , m_context { m_world, m_pipeline, m_options }
    , m_batches(m_context)
    , m_assets(m_context)
    , m_registry(m_context)
    , m_authenticator(m_world, options.timestampWindowSeconds)
    , m_dispatcher(m_authenticator, m_batches, m_assets, m_registry)
    , m_webhooks(m_world, options.webhookAttempts, options.webhookInitialBackoffMs, options.webhookTimeoutMs)
    , m_faults(options.faultRate, options.seed)
    , m_control(m_world, m_pipeline, m_batches, m_webhooks, m_faults, m_requests)
    , m_server([this](const HttpRequest &request, HttpServer::Responder respond) { handle(request, respond); })
{
    connect(&m_pipeline, &Pipeline::webhook, &m_webhooks, &WebhookDispatcher::send);
    m_verifiers.setObjectName(u"sandbox-verifiers"_s);
}

Sandbox::~Sandbox() = default;

bool Sandbox::start(QString *error)
{
    QHostAddress address;
    if (m_options.host == u"localhost")
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(m_options.host)) {
        if (error)
            *error = u"invalid host address '%1'"_s.arg(m_options.host);
        return false;
    }
    if (!m_server.listen(address, m_options.port, error))
        return false;
    m_pipeline.setBaseUrl(baseUrl());
    return true;
}

void Sandbox::stop()
{
    m_server.close();
}

QUrl Sandbox::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(m_server.address().toString());
    url.setPort(m_server.port());
    return url;
}

void Sandbox::handle(const HttpRequest &request, const HttpServer::Responder &respond)
{
    if (ControlApi::handles(request)) {
        respond(m_control.handle(request));
        return;
    }
    const qint64 sequence = m_requests.begin(QString::fromLatin1(request.method), QString::fromLatin1(request.target));
    const FaultPlan plan = m_faults.decide(request);
    const Authenticator::Pending pending = m_authenticator.begin(request);
    auto proceed = [this, request, respond, sequence, plan, pending](bool signatureValid) {
        const HttpResponse response
            = respondTo(request, plan, sequence, m_authenticator.finish(request, pending, signatureValid));
        if (plan.delayMs > 0)
            QTimer::singleShot(plan.delayMs, this, [respond, response] { respond(response); });
        else
            respond(response);
    };
    const auto afterLatency = [this](const std::function<void()> &next) {
        if (m_options.latencyMs > 0)
            QTimer::singleShot(m_options.latencyMs, this, next);
        else
            next();
    };
    if (!pending.needsSignature()) {
        afterLatency([proceed] { proceed(false); });
        return;
    }
    // The signature is checked on the pool, during the latency; the request goes on here once both
    // are over, so the world is only ever touched from this thread.
    auto *watcher = new QFutureWatcher<bool>(this);
    const auto waiting = std::make_shared<int>(2);
    const auto step = [watcher, waiting, proceed] {
        if (--*waiting > 0)
            return;
        watcher->deleteLater();
        proceed(watcher->result());
    };
    connect(watcher, &QFutureWatcherBase::finished, this, step);
    watcher->setFuture(QtConcurrent::run(&m_verifiers, &Authenticator::verifySignature, pending.token, pending.publicKey));
    afterLatency(step);
}

HttpResponse Sandbox::respondTo(const HttpRequest &request, const FaultPlan &plan, qint64 sequence,
                                const Authenticator::Result &auth)
{
    const QString headerKey = QString::fromUtf8(request.header("api-client-key"));
    HttpResponse response;
    switch (plan.kind) {
    case FaultPlan::Kind::Status: {
        const SandboxError failure
            = Errors::injectedFailure(plan.status, QString::fromLatin1(HttpServer::reasonPhrase(plan.status)));
        m_requests.finish(sequence, headerKey, plan.status, u"answered"_s, plan.source);
        return HttpResponse::json(plan.status, failure.toJson());
    }
    case FaultPlan::Kind::DropBeforeCommit:
        response.delivery = HttpResponse::Delivery::ResetWithoutResponse;
        m_requests.finish(sequence, headerKey, 0, u"dropped"_s, plan.source);
        return response;
    case FaultPlan::Kind::None:
    case FaultPlan::Kind::CommitThenDrop:
    case FaultPlan::Kind::CommitThenReset:
    case FaultPlan::Kind::Truncate:
    case FaultPlan::Kind::Garbage:
        break;
    }

    const ApiDispatcher::Outcome outcome = m_dispatcher.dispatch(request, auth);
    response = HttpResponse::encodedJson(outcome.result.httpStatus, outcome.result.bytes());
    QString delivered = u"answered"_s;
    int loggedStatus = response.status;
    switch (plan.kind) {
    case FaultPlan::Kind::CommitThenDrop:
        response.delivery = HttpResponse::Delivery::HeadersThenClose;
        delivered = u"dropped"_s;
        break;
    case FaultPlan::Kind::CommitThenReset:
        response.delivery = HttpResponse::Delivery::ResetWithoutResponse;
        delivered = u"dropped"_s;
        loggedStatus = 0;
        break;
    case FaultPlan::Kind::Truncate:
        response.delivery = HttpResponse::Delivery::TruncatedBody;
        delivered = u"truncated"_s;
        break;
    case FaultPlan::Kind::Garbage:
        response.body = QByteArrayLiteral("<html><body>502 upstream \x01\x02 garbage {\"data\": [</body>");
        delivered = u"garbage"_s;
        break;
    case FaultPlan::Kind::None:
    case FaultPlan::Kind::Status:
    case FaultPlan::Kind::DropBeforeCommit:
        break;
    }
    m_requests.finish(sequence, outcome.clientKey, loggedStatus, delivered, plan.source);
    return response;
}

} // namespace cessio::sandbox
