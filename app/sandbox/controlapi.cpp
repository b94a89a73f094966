#include "controlapi.h"

#include "batchapi.h"
#include "errors.h"
#include "faultinjector.h"
#include "pipeline.h"
#include "requestlog.h"
#include "termdocument.h"
#include "webhookdispatcher.h"
#include "world.h"
#include "worldjson.h"

#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace cessio::sandbox {

namespace {

HttpResponse error(const SandboxError &e)
{
    return HttpResponse::json(e.httpStatus, e.toJson());
}

HttpResponse list(const QJsonArray &data)
{
    return HttpResponse::json(200, QJsonObject { { u"data"_s, data }, { u"count"_s, data.size() } });
}

} // namespace

ControlApi::ControlApi(World &world, Pipeline &pipeline, BatchApi &batches, WebhookDispatcher &webhooks, FaultInjector &faults,
                       RequestLog &requests)
    : m_world(world)
    , m_pipeline(pipeline)
    , m_batches(batches)
    , m_webhooks(webhooks)
    , m_faults(faults)
    , m_requests(requests)
{ }

bool ControlApi::handles(const HttpRequest &request)
{
    return request.rawPath.startsWith("/_sandbox/");
}

HttpResponse ControlApi::handle(const HttpRequest &request)
{
    const QString path = QUrl::fromPercentEncoding(request.rawPath);
    const QByteArray &method = request.method;
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));

    if (path == u"/_sandbox/tick" && method == "POST") {
        m_pipeline.tick();
        return HttpResponse::json(200, QJsonObject { { u"active_batches"_s, m_pipeline.activeBatchCount() } });
    }
    if (path == u"/_sandbox/state" && method == "GET")
        return state(query.queryItemValue(u"assets"_s) != u"0");
    if (path == u"/_sandbox/requests") {
        if (method == "GET")
            return list(m_requests.toJson());
        if (method == "DELETE") {
            m_requests.clear();
            return HttpResponse::json(200, QJsonObject { { u"cleared"_s, true } });
        }
    }
    if (path == u"/_sandbox/webhooks") {
        if (method == "GET")
            return list(m_webhooks.log());
        if (method == "DELETE") {
            m_webhooks.clearLog();
            return HttpResponse::json(200, QJsonObject { { u"cleared"_s, true } });
        }
    }
    if (path == u"/_sandbox/faults") {
        if (method == "GET")
            return list(m_faults.targeted());
        if (method == "DELETE") {
            m_faults.clearTargeted();
            return HttpResponse::json(200, QJsonObject { { u"cleared"_s, true } });
        }
        if (method == "POST") {
            const QJsonDocument document = QJsonDocument::fromJson(request.body);
            QString problem = u"body must be a JSON object"_s;
            const int id = document.isObject() ? m_faults.addTargeted(document.object(), &problem) : -1;
            if (id < 0)
                return error(Errors::invalidPayload(problem));
            return HttpResponse::json(201, QJsonObject { { u"fault_id"_s, id } });
        }
    }
    if (path.startsWith(u"/_sandbox/assignments/"_s) && path.endsWith(u"/discard"_s) && method == "POST") {
        const QString externalId = path.mid(22, path.size() - 22 - 8);
        const ApiResult result = m_batches.discard(externalId);
        return HttpResponse::encodedJson(result.httpStatus, result.bytes());
    }
    if (path.startsWith(u"/_sandbox/terms/"_s) && method == "GET")
        return term(path);
    return error(Errors::noRoute());
}

HttpResponse ControlApi::state(bool withAssets) const
{
    QJsonArray funds, assignors, configurations, clients, batches;
    for (const Fund *fund : m_world.funds())
        funds.append(WorldJson::fund(*fund));
    for (const Assignor *assignor : m_world.assignors()) {
        QJsonArray accounts;
        for (const Account &account : assignor->accounts)
            accounts.append(WorldJson::account(account));
        assignors.append(QJsonObject { { u"assignor_key"_s, assignor->assignorKey },
                                       { u"document_number"_s, assignor->documentNumber },
                                       { u"name"_s, assignor->name },
                                       { u"accounts"_s, accounts } });
    }
    for (const Configuration *configuration : m_world.configurations())
        configurations.append(WorldJson::configuration(m_world, *configuration));
    for (const Client *client : m_world.clients()) {
        clients.append(QJsonObject { { u"api_client_key"_s, client->apiClientKey },
                                     { u"profile"_s, profileName(client->profile) },
                                     { u"permission"_s, client->permission == Permission::Write ? u"write"_s : u"read"_s },
                                     { u"public_key_pem"_s, QString::fromLatin1(client->publicKeyPem) } });
    }
    for (const Batch *batch : m_world.batches()) {
        QJsonObject json = WorldJson::batchSummary(m_world, *batch);
        json.insert(u"reopened"_s, batch->reopened);
        if (withAssets) {
            QJsonArray assets;
            for (const Asset &asset : batch->assets) {
                QJsonObject item { { u"asset_key"_s, asset.assetKey },
                                   { u"external_id"_s, asset.externalId },
                                   { u"asset_type"_s, asset.type.apiName() },
                                   { u"status"_s, asset.status.apiName() },
                                   { u"total_purchase_value"_s, asset.totalPurchaseValue.toJson() },
                                   { u"documents"_s, qint64(asset.documents.size()) } };
                if (!asset.deniedBy.isEmpty()) {
                    item.insert(u"denied_by"_s, asset.deniedBy);
                    item.insert(u"denial_reason"_s, asset.denialReason);
                }
                assets.append(item);
            }
            json.insert(u"assets"_s, assets);
        }
        batches.append(json);
    }
    return HttpResponse::json(200,
                              QJsonObject { { u"funds"_s, funds },
                                            { u"assignors"_s, assignors },
                                            { u"assignment_configurations"_s, configurations },
                                            { u"clients"_s, clients },
                                            { u"assignments"_s, batches } });
}

HttpResponse ControlApi::term(const QString &path) const
{
    QString termKey;
    bool signedVariant = false;
    const Batch *batch = TermDocument::parsePath(path, &termKey, &signedVariant) ? m_world.batchByTermKey(termKey) : nullptr;
    if (!batch || (signedVariant && !batch->termSigned))
        return HttpResponse::html(404, QByteArrayLiteral("<!DOCTYPE html><html><body><p>Not found</p></body></html>\n"));
    return HttpResponse::html(200, TermDocument::render(m_world, *batch, signedVariant));
}

} // namespace cessio::sandbox
