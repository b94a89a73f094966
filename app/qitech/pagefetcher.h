#pragma once

#include "apierror.h"
#include "apitransport.h"
#include "core/jsontree.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <any>
#include <functional>

namespace cessio {

// Fetches every page of a QI list ({"data": [...], "limit", "page", "is_last_page"}, page 0-based)
// with a bounded number of pages in flight. QI gives no total count, so pages are requested ahead
// until one says it is the last; pages are parsed and mapped off the UI thread and handed out in
// order.
//
// Bounded against a server that ignores `page`: a list longer than maxPages() is refused, and so
// is a page whose items repeat an earlier page's exactly (each stops with a Parse error that says
// so in the user's language).
class PageFetcher : public QObject
{
    Q_OBJECT

public:
    // Builds the request for a page; the fetcher adds page and limit to its query.
    using RequestFactory = std::function<ApiRequest(int page, int limit)>;
    // Turns a page's items (objects of the parsed answer) into typed values, on the worker thread
    // that parsed the page: for example QList<AssetListItem>. An empty `problem` means success.
    using ItemMapper = std::function<std::any(const JsonTree &page, const QList<JsonTree::Index> &items, QString *problem)>;

    // 2,000 pages: 200,000 assets at QI's usual 100 per page, ten times the largest batch seen.
    static constexpr int defaultMaxPages = 2000;

    PageFetcher(ApiTransport *transport, RequestFactory factory, ItemMapper mapper, int pageSize, int pagesInFlight,
                QObject *parent = nullptr);

    void setMaxPages(int pages) { m_maxPages = std::max(1, pages); }
    int maxPages() const { return m_maxPages; }
    void start();
    void cancel();
    int pagesDone() const { return m_nextToDeliver; }
    qsizetype itemsDone() const { return m_items; }

Q_SIGNALS:
    // In page order, each page once: how many items it had, and what the mapper made of them.
    void pageReady(int page, qsizetype items, const std::any &mapped);
    // Exactly once. error is None when every page arrived.
    void finished(const cessio::ApiError &error);

private:
    struct ParsedPage
    {
        std::any mapped;
        qsizetype items = 0;
        bool isLast = false;
        size_t digest = 0; // of the items' text, to notice a page served twice
        QString problem;
    };
    static ParsedPage parse(const QByteArray &body, int limit, const ItemMapper &mapper);
    void requestMore();
    void onPage(int page, const RawResponse &response);
    void onParsed(int page, const ParsedPage &parsed);
    void deliver();
    void fail(const ApiError &error);
    void stopCalls();

    ApiTransport *m_transport;
    RequestFactory m_factory;
    ItemMapper m_mapper;
    int m_pageSize;
    int m_pagesInFlight;
    int m_maxPages = defaultMaxPages;
    int m_nextToRequest = 0;
    int m_nextToDeliver = 0;
    int m_lastPage = -1; // known once a page says is_last_page
    int m_inFlight = 0;
    qsizetype m_items = 0;
    QMap<int, ParsedPage> m_ready;
    QHash<size_t, int> m_seen; // digest of a page's items -> that page
    QList<QPointer<ApiCall>> m_calls;
    bool m_done = false;
};

} // namespace cessio
