#include "apiclient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

namespace {

template<typename T>
std::optional<T> parseObject(const JsonReader &reader, QString *error)
{
    return T::fromJson(reader, error);
}

template<typename T>
std::optional<Page<T>> parsePageOf(const JsonReader &reader, QString *error)
{
    return parsePage<T>(reader, error);
}

ApiError parseError(const RawResponse &response, const QString &problem)
{
    ApiError error(ApiError::Category::Parse, response.httpStatus, {}, {}, problem, {});
    return error;
}

// What an answer says, read on a worker thread.
template<typename T>
ApiResult<T> readAnswer(const RawResponse &raw, const ApiClient::Parser<T> &parse, bool mutation)
{
    ApiResult<T> result;
    result.requestId = raw.requestId;
    result.httpStatus = raw.httpStatus;
    result.body = raw.body;
    result.error = raw.error;
    if (raw.error.isError())
        return result;
    QJsonParseError jsonError {};
    const JsonTree tree = JsonTree::parse(raw.body, &jsonError);
    QString problem;
    if (tree.isNull() || tree.type(tree.root()) != JsonTree::Type::Object)
        problem = raw.body.isEmpty() ? u"empty answer"_s : u"not a JSON object: "_s + jsonError.errorString();
    else
        result.value = parse(JsonReader(tree, tree.root()), &problem);
    if (!result.value) {
        result.error = parseError(raw, problem);
        // The server said 2xx, but we cannot read what it did: the caller re-reads.
        result.error.setOutcomeUnknown(mutation);
    }
    return result;
}

} // namespace

ApiClient::ApiClient(ApiTransport *transport, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
{ }

template<typename T>
ApiCall *ApiClient::call(const ApiRequest &request, QObject *context, Callback<T> done, Parser<T> parse)
{
    ApiCall *apiCall = m_transport->send(request);
    const bool mutation = apiCall->isMutation();
    connect(apiCall, &ApiCall::finished, context,
            [context, done = std::move(done), parse = std::move(parse), mutation](const RawResponse &raw) {
                if (raw.error.isError()) {
                    done(readAnswer<T>(raw, parse, mutation));
                    return;
                }
                // The watcher belongs to the context: when the context goes first, nothing is called.
                auto *watcher = new QFutureWatcher<ApiResult<T>>(context);
                QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
                    watcher->deleteLater();
                    done(watcher->result());
                });
                watcher->setFuture(QtConcurrent::run([raw, parse, mutation] { return readAnswer<T>(raw, parse, mutation); }));
            });
    return apiCall;
}

// ---- Manager side

ApiCall *ApiClient::configurationsPage(const QString &fundClassKey, int page, int limit, QObject *context,
                                       Callback<Page<AssignmentConfiguration>> done)
{
    ApiRequest request { Endpoint::ListConfigurations, { fundClassKey, {}, {}, {}, {}, {} }, {}, {} };
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    return call<Page<AssignmentConfiguration>>(request, context, std::move(done), parsePageOf<AssignmentConfiguration>);
}

namespace {

// Maps a page's items with T::fromJson on the fetcher's worker thread, next to the JSON parsing.
template<typename T>
PageFetcher::ItemMapper mapperFor()
{
    return [](const JsonTree &page, const QList<JsonTree::Index> &objects, QString *problem) -> std::any {
        QList<T> items;
        items.reserve(objects.size());
        for (qsizetype i = 0; i < objects.size(); ++i) {
            QString error;
            auto item = T::fromJson(JsonReader(page, objects.at(i)), &error);
            if (!item) {
                *problem = u"data[%1]: %2"_s.arg(i).arg(error);
                return {};
            }
            items.append(std::move(*item));
        }
        return items;
    };
}

// Collects every item of a paged list, mapped with T::fromJson, into one list.
template<typename T>
PageFetcher *collectAll(ApiClient *client, PageFetcher::RequestFactory factory, QObject *context,
                        ApiClient::Callback<QList<T>> done)
{
    auto *fetcher = new PageFetcher(client->transport(), std::move(factory), mapperFor<T>(), client->pageSize(),
                                    client->pagesInFlight(), context);
    fetcher->setMaxPages(client->maxPages());
    auto items = std::make_shared<QList<T>>();
    QObject::connect(fetcher, &PageFetcher::pageReady, context,
                     [items](int, qsizetype, const std::any &mapped) { items->append(std::any_cast<const QList<T> &>(mapped)); });
    QObject::connect(fetcher, &PageFetcher::finished, context, [fetcher, items, done](const ApiError &error) {
        fetcher->deleteLater();
        ApiResult<QList<T>> result;
        result.error = error;
        if (!error.isError())
            result.value = std::move(*items);
        done(result);
    });
    fetcher->start();
    return fetcher;
}

} // namespace

PageFetcher *ApiClient::allConfigurations(const QString &fundClassKey, QObject *context,
                                          Callback<QList<AssignmentConfiguration>> done)
{
    auto factory = [fundClassKey](int, int) {
        return ApiRequest { Endpoint::ListConfigurations, { fundClassKey, {}, {}, {}, {}, {} }, {}, {} };
    };
    return collectAll<AssignmentConfiguration>(this, factory, context, std::move(done));
}

ApiCall *ApiClient::batchesPage(const QString &fundClassKey, const QString &configurationKey, const QString &status, int page,
                                int limit, QObject *context, Callback<Page<BatchListItem>> done)
{
    ApiRequest request { Endpoint::ListBatches, { fundClassKey, configurationKey, {}, {}, {}, {} }, {}, {} };
    if (!status.isEmpty())
        request.query.addQueryItem(u"status"_s, status);
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    return call<Page<BatchListItem>>(request, context, std::move(done), parsePageOf<BatchListItem>);
}

PageFetcher *ApiClient::allBatches(const QString &fundClassKey, const QString &configurationKey, const QString &status,
                                   QObject *context, Callback<QList<BatchListItem>> done)
{
    auto factory = [=](int, int) {
        ApiRequest request { Endpoint::ListBatches, { fundClassKey, configurationKey, {}, {}, {}, {} }, {}, {} };
        if (!status.isEmpty())
            request.query.addQueryItem(u"status"_s, status);
        return request;
    };
    return collectAll<BatchListItem>(this, factory, context, std::move(done));
}

ApiCall *ApiClient::batch(const BatchRef &ref, QObject *context, Callback<Batch> done)
{
    return call<Batch>({ Endpoint::GetBatch, ref.params(), {}, {} }, context, std::move(done), parseObject<Batch>);
}

ApiCall *ApiClient::assetsSummary(const BatchRef &ref, QObject *context, Callback<AssetsSummary> done)
{
    return call<AssetsSummary>({ Endpoint::AssetsSummary, ref.params(), {}, {} }, context, std::move(done),
                               parseObject<AssetsSummary>);
}

ApiCall *ApiClient::assetsPage(const BatchRef &ref, int page, int limit, QObject *context, Callback<Page<AssetListItem>> done)
{
    ApiRequest request { Endpoint::ListAssets, ref.params(), {}, {} };
    request.query.addQueryItem(u"page"_s, QString::number(page));
    request.query.addQueryItem(u"limit"_s, QString::number(limit));
    return call<Page<AssetListItem>>(request, context, std::move(done), parsePageOf<AssetListItem>);
}

PageFetcher *ApiClient::allAssets(const BatchRef &ref, QObject *context,
                                  std::function<void(const QList<AssetListItem> &)> pageArrived, Callback<qsizetype> done)
{
    auto *fetcher = new PageFetcher(
        m_transport,
        [ref](int, int) {
            return ApiRequest { Endpoint::ListAssets, ref.params(), {}, {} };
        },
        mapperFor<AssetListItem>(), m_pageSize, m_pagesInFlight, context);
    fetcher->setMaxPages(m_maxPages);
    connect(fetcher, &PageFetcher::pageReady, context, [pageArrived](int, qsizetype, const std::any &mapped) {
        pageArrived(std::any_cast<const QList<AssetListItem> &>(mapped));
    });
    connect(fetcher, &PageFetcher::finished, context, [fetcher, done](const ApiError &error) {
        fetcher->deleteLater();
        ApiResult<qsizetype> result;
        result.error = error;
        if (!result.error.isError())
            result.value = fetcher->itemsDone();
        done(result);
    });
    fetcher->start();
    return fetcher;
}

ApiCall *ApiClient::asset(const BatchRef &ref, const QString &assetExternalId, QObject *context, Callback<Asset> done)
{
    PathParams params = ref.params();
    params.assetId = assetExternalId;
    return call<Asset>({ Endpoint::GetAsset, params, {}, {} }, context, std::move(done), parseObject<Asset>);
}

ApiRequest ApiClient::approveRequest(const BatchRef &ref, const QString &disbursementAccountKey,
                                     const std::optional<ApprovalGuard> &guard)
{
    QJsonObject body { { u"assignment_status"_s, u"approved"_s } };
    // Omitted: QI pays into the default account of the assignment contract [C].
    if (!disbursementAccountKey.isEmpty())
        body.insert(u"disbursement_account_key"_s, disbursementAccountKey);
    if (guard) {
        body.insert(u"number_of_approved_assets"_s, guard->numberOfApprovedAssets);
        body.insert(u"assignment_total_value"_s, guard->totalValue.toJson());
    }
    return { Endpoint::UpdateBatch, ref.params(), {}, serialize(body) };
}

ApiRequest ApiClient::batchStatusRequest(const BatchRef &ref, const QString &newStatus)
{
    return { Endpoint::UpdateBatch, ref.params(), {}, serialize({ { u"assignment_status"_s, newStatus } }) };
}

ApiRequest ApiClient::removeAssetRequest(const BatchRef &ref, const QString &assetExternalId)
{
    PathParams params = ref.params();
    params.assetId = assetExternalId;
    return { Endpoint::UpdateAsset, params, {}, serialize({ { u"asset_status"_s, u"denied"_s } }) };
}

ApiCall *ApiClient::sendBatchUpdate(const ApiRequest &request, QObject *context, Callback<BatchUpdateResult> done)
{
    return call<BatchUpdateResult>(request, context, std::move(done), parseObject<BatchUpdateResult>);
}

ApiCall *ApiClient::sendAssetUpdate(const ApiRequest &request, QObject *context, Callback<AssetUpdateResult> done)
{
    return call<AssetUpdateResult>(request, context, std::move(done), parseObject<AssetUpdateResult>);
}

ApiCall *ApiClient::approve(const BatchRef &ref, const QString &disbursementAccountKey, const std::optional<ApprovalGuard> &guard,
                            QObject *context, Callback<BatchUpdateResult> done)
{
    return sendBatchUpdate(approveRequest(ref, disbursementAccountKey, guard), context, std::move(done));
}

ApiCall *ApiClient::deny(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done)
{
    return sendBatchUpdate(batchStatusRequest(ref, u"denied"_s), context, std::move(done));
}

ApiCall *ApiClient::reopen(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done)
{
    return sendBatchUpdate(batchStatusRequest(ref, u"pending_assets_insertion"_s), context, std::move(done));
}

ApiCall *ApiClient::closeInsertion(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done)
{
    return sendBatchUpdate(batchStatusRequest(ref, u"completed_assets_insertion"_s), context, std::move(done));
}

ApiCall *ApiClient::removeAsset(const BatchRef &ref, const QString &assetExternalId, QObject *context,
                                Callback<AssetUpdateResult> done)
{
    return sendAssetUpdate(removeAssetRequest(ref, assetExternalId), context, std::move(done));
}

ApiCall *ApiClient::termLinks(const BatchRef &ref, QObject *context, Callback<TermLinks> done)
{
    return call<TermLinks>({ Endpoint::TermLink, ref.params(), {}, {} }, context, std::move(done), parseObject<TermLinks>);
}

ApiCall *ApiClient::accounts(const QString &assignorKey, QObject *context, Callback<QList<BankAccount>> done)
{
    const ApiRequest request { Endpoint::ListAccounts, { {}, {}, {}, {}, assignorKey, {} }, {}, {} };
    return call<QList<BankAccount>>(request, context, std::move(done), [](const JsonReader &reader, QString *error) {
        std::optional<QList<BankAccount>> result;
        const auto page = parsePage<BankAccount>(reader, error);
        if (page)
            result = page->items;
        return result;
    });
}

// ---- Assignor side

ApiCall *ApiClient::createBatch(const QString &fundClassKey, const QString &configurationKey, const QString &externalId,
                                const std::optional<QDate> &assignmentDate, QObject *context, Callback<CreatedBatch> done)
{
    QJsonObject body { { u"external_id"_s, externalId } };
    if (assignmentDate) // omitted: QI uses the fund's accounting date [C]
        body.insert(u"assignment_date"_s, assignmentDate->toString(Qt::ISODate));
    const ApiRequest request { Endpoint::CreateBatch, { fundClassKey, configurationKey, {}, {}, {}, {} }, {}, serialize(body) };
    return call<CreatedBatch>(request, context, std::move(done), parseObject<CreatedBatch>);
}

ApiCall *ApiClient::insertAsset(const BatchRef &ref, const QJsonObject &asset, QObject *context, Callback<CreatedAsset> done)
{
    return call<CreatedAsset>({ Endpoint::InsertAsset, ref.params(), {}, serialize(asset) }, context, std::move(done),
                              parseObject<CreatedAsset>);
}

ApiCall *ApiClient::insertRepurchasedAsset(const BatchRef &ref, const QJsonObject &asset, QObject *context,
                                           Callback<CreatedAsset> done)
{
    return call<CreatedAsset>({ Endpoint::InsertRepurchasedAsset, ref.params(), {}, serialize(asset) }, context, std::move(done),
                              parseObject<CreatedAsset>);
}

ApiCall *ApiClient::uploadDocument(const BatchRef &ref, const QString &assetId, const QString &documentType,
                                   const QByteArray &pdf, QObject *context, Callback<CreatedDocument> done)
{
    PathParams params = ref.params();
    params.assetId = assetId;
    const QJsonObject body { { u"document_type"_s, documentType }, { u"document_b64"_s, QString::fromLatin1(pdf.toBase64()) } };
    return call<CreatedDocument>({ Endpoint::UploadDocument, params, {}, serialize(body) }, context, std::move(done),
                                 parseObject<CreatedDocument>);
}

ApiCall *ApiClient::addAccount(const QString &assignorKey, const BankAccount &account, QObject *context,
                               Callback<BankAccount> done)
{
    const QJsonObject body = account.toJson();
    return call<BankAccount>({ Endpoint::AddAccount, { {}, {}, {}, {}, assignorKey, {} }, {}, serialize(body) }, context,
                             std::move(done), parseObject<BankAccount>);
}

ApiCall *ApiClient::updateAccount(const QString &assignorKey, const QString &accountKey, const QJsonObject &changes,
                                  QObject *context, Callback<BankAccount> done)
{
    return call<BankAccount>({ Endpoint::UpdateAccount, { {}, {}, {}, {}, assignorKey, accountKey }, {}, serialize(changes) },
                             context, std::move(done), parseObject<BankAccount>);
}

ApiCall *ApiClient::authenticationTest(QObject *context, Callback<QJsonObject> done)
{
    const QJsonObject body { { u"name"_s, u"QI Tech"_s } }; // the documented test body [C]
    return call<QJsonObject>({ Endpoint::AuthenticationTest, {}, {}, serialize(body) }, context, std::move(done),
                             [](const JsonReader &reader, QString *) { return std::optional<QJsonObject>(reader.json()); });
}

} // namespace cessio
