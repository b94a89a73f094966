#pragma once

#include "apierror.h"
#include "apitransport.h"
#include "core/account.h"
#include "core/asset.h"
#include "core/batch.h"
#include "core/configuration.h"
#include "core/jsonreader.h"
#include "core/responses.h"
#include "pagefetcher.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace cessio {

// Which batch: the fund, the assignment configuration and the batch's external id.
struct BatchRef
{
    QString fundClassKey;
    QString configurationKey;
    QString externalId;
    PathParams params() const { return { fundClassKey, configurationKey, externalId, {}, {}, {} }; }
    bool operator==(const BatchRef &) const = default;
};

template<typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    QString requestId;
    int httpStatus = 0;
    QByteArray body; // the raw answer, for the record
    bool ok() const { return value.has_value() && !error.isError(); }
};

// The counts and total the manager saw, sent with an approval as a guard against a batch that
// changed in between (assets_summary says they "can be sent unchanged in the approval body" [C];
// that QI rejects a mismatch is [I]).
struct ApprovalGuard
{
    int numberOfApprovedAssets = 0;
    Money totalValue;
};

// One method per endpoint of the QI Tech trade_receivables API (reference §4), manager side and
// assignor side. Answers arrive asynchronously through the callback, bound to `context`: when the
// context is destroyed first, the callback is not called. Every answer is parsed and mapped on a
// worker thread (JsonTree, then T::fromJson), never on the caller's.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const ApiResult<T> &)>;
    // Maps an answer's JSON object; runs on a worker thread.
    template<typename T>
    using Parser = std::function<std::optional<T>(const JsonReader &, QString *)>;
    using Progress = std::function<void(int pagesDone, qsizetype itemsDone)>;

    explicit ApiClient(ApiTransport *transport, QObject *parent = nullptr);
    ApiTransport *transport() const { return m_transport; }

    // Paging defaults for whole-list loads.
    void setPageSize(int size) { m_pageSize = size; }
    int pageSize() const { return m_pageSize; }
    void setPagesInFlight(int pages) { m_pagesInFlight = pages; }
    int pagesInFlight() const { return m_pagesInFlight; }
    // A whole-list load longer than this is refused (PageFetcher::defaultMaxPages).
    void setMaxPages(int pages) { m_maxPages = pages; }
    int maxPages() const { return m_maxPages; }

    // ---- Manager side
    ApiCall *configurationsPage(const QString &fundClassKey, int page, int limit, QObject *context,
                                Callback<Page<AssignmentConfiguration>> done);
    PageFetcher *allConfigurations(const QString &fundClassKey, QObject *context, Callback<QList<AssignmentConfiguration>> done);
    // [I] The batch listing path and its status filter are not published (reference §5.4).
    ApiCall *batchesPage(const QString &fundClassKey, const QString &configurationKey, const QString &status, int page, int limit,
                         QObject *context, Callback<Page<BatchListItem>> done);
    PageFetcher *allBatches(const QString &fundClassKey, const QString &configurationKey, const QString &status, QObject *context,
                            Callback<QList<BatchListItem>> done);
    ApiCall *batch(const BatchRef &ref, QObject *context, Callback<Batch> done);
    ApiCall *assetsSummary(const BatchRef &ref, QObject *context, Callback<AssetsSummary> done);
    ApiCall *assetsPage(const BatchRef &ref, int page, int limit, QObject *context, Callback<Page<AssetListItem>> done);
    // Every asset, with `pagesInFlight()` pages in flight; `pageArrived` gets each page's items in order.
    PageFetcher *allAssets(const BatchRef &ref, QObject *context, std::function<void(const QList<AssetListItem> &)> pageArrived,
                           Callback<qsizetype> done);
    ApiCall *asset(const BatchRef &ref, const QString &assetExternalId, QObject *context, Callback<Asset> done); // [I] path
    ApiCall *approve(const BatchRef &ref, const QString &disbursementAccountKey, const std::optional<ApprovalGuard> &guard,
                     QObject *context, Callback<BatchUpdateResult> done);
    ApiCall *deny(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done);
    ApiCall *reopen(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done);
    ApiCall *closeInsertion(const BatchRef &ref, QObject *context, Callback<BatchUpdateResult> done);
    ApiCall *removeAsset(const BatchRef &ref, const QString &assetExternalId, QObject *context, Callback<AssetUpdateResult> done);
    ApiCall *termLinks(const BatchRef &ref, QObject *context, Callback<TermLinks> done);
    // [I] Not published: the simulator serves it; against QI it may answer 404 (then use the contract default).
    ApiCall *accounts(const QString &assignorKey, QObject *context, Callback<QList<BankAccount>> done);

    // ---- Assignor side (also allowed to a manager with write permission)
    ApiCall *createBatch(const QString &fundClassKey, const QString &configurationKey, const QString &externalId,
                         const std::optional<QDate> &assignmentDate, QObject *context, Callback<CreatedBatch> done);
    ApiCall *insertAsset(const BatchRef &ref, const QJsonObject &asset, QObject *context, Callback<CreatedAsset> done);
    ApiCall *insertRepurchasedAsset(const BatchRef &ref, const QJsonObject &asset, QObject *context, Callback<CreatedAsset> done);
    ApiCall *uploadDocument(const BatchRef &ref, const QString &assetId, const QString &documentType, const QByteArray &pdf,
                            QObject *context, Callback<CreatedDocument> done);
    ApiCall *addAccount(const QString &assignorKey, const BankAccount &account, QObject *context, Callback<BankAccount> done);
    ApiCall *updateAccount(const QString &assignorKey, const QString &accountKey, const QJsonObject &changes, QObject *context,
                           Callback<BankAccount> done);
    ApiCall *authenticationTest(QObject *context, Callback<QJsonObject> done);

    // The mutation requests, built without sending them, so a caller can record exactly what it is
    // about to send before it sends it (the decision service writes the audit entry first).
    static ApiRequest approveRequest(const BatchRef &ref, const QString &disbursementAccountKey,
                                     const std::optional<ApprovalGuard> &guard);
    static ApiRequest batchStatusRequest(const BatchRef &ref, const QString &newStatus); // deny, reopen, close
    static ApiRequest removeAssetRequest(const BatchRef &ref, const QString &assetExternalId);
    ApiCall *sendBatchUpdate(const ApiRequest &request, QObject *context, Callback<BatchUpdateResult> done);
    ApiCall *sendAssetUpdate(const ApiRequest &request, QObject *context, Callback<AssetUpdateResult> done);

    // The exact bytes sent for a JSON body (also what is hashed into payload_md5).
    static QByteArray serialize(const QJsonObject &body) { return QJsonDocument(body).toJson(QJsonDocument::Compact); }

private:
    // Sends `request` and maps the JSON object answer with `parse`.
    template<typename T>
    ApiCall *call(const ApiRequest &request, QObject *context, Callback<T> done, Parser<T> parse);

    ApiTransport *m_transport;
    int m_pageSize = 100;
    int m_pagesInFlight = 4;
    int m_maxPages = PageFetcher::defaultMaxPages;
};

} // namespace cessio
