#include "pagefetcher.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace cessio {

PageFetcher::PageFetcher(ApiTransport *transport, RequestFactory factory, ItemMapper mapper, int pageSize, int pagesInFlight,
                         QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_factory(std::move(factory))
    , m_mapper(std::move(mapper))
    , m_pageSize(std::max(1, pageSize))
    , m_pagesInFlight(std::max(1, pagesInFlight))
{ }

void PageFetcher::start()
{
    requestMore();
}

void PageFetcher::cancel()
{
    if (m_done)
        return;
    stopCalls();
    fail(ApiError::make(ApiError::Category::Cancelled, {}));
}

void PageFetcher::stopCalls()
{
    const auto calls = std::exchange(m_calls, {});
    for (const auto &call : calls) {
        if (call)
            call->disconnect(this);
    }
    for (const auto &call : calls) {
        if (call)
            call->cancel();
    }
}

void PageFetcher::requestMore()
{
    while (!m_done && m_inFlight < m_pagesInFlight && m_nextToRequest < m_maxPages
           && (m_lastPage < 0 || m_nextToRequest <= m_lastPage)) {
        const int page = m_nextToRequest++;
        ApiRequest request = m_factory(page, m_pageSize);
        request.query.addQueryItem(u"page"_s, QString::number(page));
        request.query.addQueryItem(u"limit"_s, QString::number(m_pageSize));
        ++m_inFlight;
        ApiCall *call = m_transport->send(request);
        m_calls.removeIf([](const QPointer<ApiCall> &c) { return c.isNull(); });
        m_calls.append(call);
        connect(call, &ApiCall::finished, this, [this, page](const RawResponse &response) { onPage(page, response); });
    }
}

PageFetcher::ParsedPage PageFetcher::parse(const QByteArray &body, int limit, const ItemMapper &mapper)
{
    ParsedPage parsed;
    QJsonParseError error {};
    const JsonTree tree = JsonTree::parse(body, &error);
    if (tree.isNull() || tree.type(tree.root()) != JsonTree::Type::Object) {
        parsed.problem = u"not a JSON object: "_s + error.errorString();
        return parsed;
    }
    const JsonTree::Index data = tree.member(tree.root(), "data"_L1);
    if (data == JsonTree::npos || tree.type(data) != JsonTree::Type::Array) {
        parsed.problem = u"data: expected a list"_s;
        return parsed;
    }
    QList<JsonTree::Index> items;
    items.reserve(tree.size(data));
    JsonTree::Index item = tree.first(data);
    for (qsizetype i = 0; i < tree.size(data); ++i, item = tree.next(item)) {
        if (tree.type(item) != JsonTree::Type::Object) {
            parsed.problem = u"data[%1]: expected an object"_s.arg(i);
            return parsed;
        }
        items.append(item);
    }
    parsed.items = items.size();
    parsed.digest = qHash(tree.text(data));
    const JsonTree::Index last = tree.member(tree.root(), "is_last_page"_L1);
    const JsonTree::Type lastType = last == JsonTree::npos ? JsonTree::Type::Null : tree.type(last);
    // Without is_last_page, a short page is the last one [I].
    parsed.isLast = lastType == JsonTree::Type::True || lastType == JsonTree::Type::False ? lastType == JsonTree::Type::True
                                                                                          : items.size() < limit;
    if (mapper)
        parsed.mapped = mapper(tree, items, &parsed.problem);
    return parsed;
}

void PageFetcher::onPage(int page, const RawResponse &response)
{
    if (m_done)
        return;
    if (m_lastPage >= 0 && page > m_lastPage) {
        --m_inFlight;
        return; // requested ahead, past the end
    }
    if (response.error.isError()) {
        fail(response.error);
        return;
    }
    // JSON parsing and mapping are the expensive part: keep them off the UI thread.
    auto *watcher = new QFutureWatcher<ParsedPage>(this);
    connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher, page] {
        watcher->deleteLater();
        onParsed(page, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&PageFetcher::parse, response.body, m_pageSize, m_mapper));
}

void PageFetcher::onParsed(int page, const ParsedPage &parsed)
{
    --m_inFlight; // a page counts as in flight until it is parsed: that bounds the look-ahead
    if (m_done)
        return;
    if (!parsed.problem.isEmpty()) {
        fail(ApiError(ApiError::Category::Parse, 200, {}, {}, parsed.problem, {}));
        return;
    }
    if (parsed.isLast || parsed.items == 0) {
        if (m_lastPage < 0 || page < m_lastPage)
            m_lastPage = page;
    }
    m_ready.insert(page, parsed);
    deliver();
    if (m_done)
        return;
    if (m_lastPage >= 0 && m_nextToDeliver > m_lastPage) {
        m_done = true;
        stopCalls(); // pages requested past the end
        Q_EMIT finished(ApiError());
        return;
    }
    if (m_lastPage < 0 && m_nextToDeliver >= m_maxPages) {
        fail(ApiError::make(ApiError::Category::Parse,
                            tr("The list is longer than %Ln page(s); Cessio stopped reading it (the server may be ignoring "
                               "the page number).",
                               nullptr, m_maxPages)));
        return;
    }
    requestMore();
}

// In page order, so a repeat is named by the first page it repeats.
void PageFetcher::deliver()
{
    while (!m_done && m_ready.contains(m_nextToDeliver) && (m_lastPage < 0 || m_nextToDeliver <= m_lastPage)) {
        const ParsedPage parsed = m_ready.take(m_nextToDeliver);
        if (parsed.items > 0) {
            const auto earlier = m_seen.constFind(parsed.digest);
            if (earlier != m_seen.cend()) {
                const QLocale locale;
                fail(ApiError::make(ApiError::Category::Parse,
                                    tr("The server sent page %1 with the same items as page %2 (it seems to ignore the page "
                                       "number); Cessio stopped reading the list.")
                                        .arg(locale.toString(m_nextToDeliver + 1), locale.toString(*earlier + 1))));
                return;
            }
            m_seen.insert(parsed.digest, m_nextToDeliver);
        }
        m_items += parsed.items;
        Q_EMIT pageReady(m_nextToDeliver, parsed.items, parsed.mapped);
        ++m_nextToDeliver;
    }
}

void PageFetcher::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    stopCalls();
    Q_EMIT finished(error);
}

} // namespace cessio
