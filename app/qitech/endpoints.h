#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace cessio {

// Every QI Tech trade_receivables path, in one table (endpoints.cpp). The reference marks each
// fact confirmed [C] or inferred [I]; so does `provenance` here, so callers and the UI can say
// when they rely on a guess.
enum class Endpoint {
    ListConfigurations, // GET  /trade_receivables/fund_class/{fund}/assignment_configurations            [C]
    ListBatches, // GET  …/assignments?status=&page=&limit=                                         [I] not published
    CreateBatch, // POST …/assignment                                                               [C]
    GetBatch, // GET  …/assignment/{batch}                                                       [C]
    UpdateBatch, // PUT  …/assignment/{batch}: close, reopen, approve, deny                        [C]
    AssetsSummary, // GET  …/assignment/{batch}/assets_summary                                        [C]
    ListAssets, // GET  /trade_receivables/fund_class/{fund}/assignment/{batch}/assets             [C]
    GetAsset, // GET  …/assignment/{batch}/asset/{asset}                                         [I] not captured
    InsertAsset, // POST …/assignment/{batch}/asset                                                 [C]
    InsertRepurchasedAsset, // POST …/assignment/{batch}/repurchased_asset                                  [C]
    UpdateAsset, // PUT  …/assignment/{batch}/asset/{asset}: remove (deny) from a reopened batch    [C]
    UploadDocument, // POST …/assignment/{batch}/asset/{asset}/document                                [C]
    TermLink, // GET  …/assignment/{batch}/assignment_term_link                                  [C]
    ListAccounts, // GET  /assignor_registry/assignor_registry/{assignor}/account                    [I] not published
    AddAccount, // POST /assignor_registry/assignor_registry/{assignor}/account                    [C]
    UpdateAccount, // PUT  /assignor_registry/assignor_registry/{assignor}/account/{account}          [C]
    AuthenticationTest, // POST /authentication_test                                                       [C]
};

enum class Provenance { Confirmed, Inferred };

// Values for the placeholders of a path template. Empty ones must not be used by the endpoint.
struct PathParams
{
    QString fundClassKey; // {fund_class_key}
    QString configurationKey; // {assignment_configuration_key}
    QString batchExternalId; // {assignment_external_id}
    QString assetId; // {asset_external_id} (the document route also accepts the asset_key)
    QString assignorKey; // {assignor_registry_key}
    QString accountKey; // {account_key}
};

struct EndpointInfo
{
    Endpoint endpoint;
    QByteArray method; // "GET", "POST", "PUT"
    QString pathTemplate; // with {placeholders}
    Provenance provenance;
    bool paged = false; // answers one page of a list ({"data": [...], ...}): allowed a larger answer
};

namespace Endpoints {

const EndpointInfo &info(Endpoint endpoint);
const QList<EndpointInfo> &all();

// The path for `endpoint` with every placeholder replaced by its percent-encoded value,
// plus `query` when it is not empty ("?page=0&limit=100"). Exactly what is signed as `uri`.
QString path(Endpoint endpoint, const PathParams &params, const QUrlQuery &query = {});

// Documented alternative spellings a server must also answer (the simulator registers them):
// the asset listing with the configuration segment, the batch listing as …/assignment.
QList<QString> alternativeTemplates(Endpoint endpoint);

} // namespace Endpoints

// The QI Tech hosts for the manager profile (reference §1.1).
namespace Hosts {
inline constexpr char16_t managerSandbox[] = u"https://manager-api.sandbox.qidtvm.com.br";
inline constexpr char16_t managerProduction[] = u"https://manager-api.qidtvm.com.br";
} // namespace Hosts

} // namespace cessio
