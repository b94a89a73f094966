// What a hostile or broken server can no longer do to the client, over real loopback HTTP (scripted
// server): an answer too large is refused while it streams in, a server trickling a byte now and then
// is cut off at the call's deadline, a listing that ignores `page` stops (same items again, or too many
// pages) with a message in the user's language, and a count of 2,147,483,647 assets sizes nothing.
#include "core/localization.h"
#include "jsonfixtures.h"
#include "qitech/apiclient.h"
#include "services/batchloader.h"
#include "support/scriptedserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using test::ScriptedReply;
using test::ScriptedRequest;
using test::ScriptedServer;

namespace {

const BatchRef ref { u"F1"_s, u"C1"_s, u"B1"_s };
const QString batchPath = u"/trade_receivables/fund_class/F1/assignment_configuration/C1/assignment/B1"_s;
const QString assetsPath = u"/trade_receivables/fund_class/F1/assignment/B1/assets"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject summary(int numberOfAssets)
{
    return { { u"assignment_external_id"_s, u"B1"_s },  { u"assignment_status"_s, u"pending_manager_approval"_s },
             { u"number_of_assets"_s, numberOfAssets }, { u"number_of_approved_assets"_s, 3 },
             { u"number_of_denied_assets"_s, 0 },       { u"assignment_total_value"_s, 30.0 } };
}

QJsonObject assetItem(int n)
{
    return { { u"asset_key"_s, QString::number(n) },
             { u"external_id"_s, u"A%1"_s.arg(n) },
             { u"total_purchase_value"_s, 10.0 },
             { u"asset_type"_s, u"ccb"_s },
             { u"status"_s, u"pre_approved"_s } };
}

QJsonObject assetPage(const QList<int> &items, bool last, int page = 0)
{
    QJsonArray data;
    for (const int n : items)
        data.append(assetItem(n));
    return { { u"data"_s, data }, { u"limit"_s, 100 }, { u"page"_s, page }, { u"is_last_page"_s, last } };
}

int pageOf(const ScriptedRequest &request)
{
    return QUrlQuery(request.target.section(u'?', 1)).queryItemValue(u"page"_s).toInt();
}

} // namespace

class TestApiBounds : public QObject
{
    Q_OBJECT

    ScriptedServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;

    // Loads every asset; the error it ends with (None on success) and how many assets came.
    ApiError loadAll(qsizetype *count = nullptr)
    {
        bool done = false;
        ApiError error;
        qsizetype items = 0;
        m_client->allAssets(
            ref, this, [&](const QList<AssetListItem> &page) { items += page.size(); },
            [&](const ApiResult<qsizetype> &result) {
                done = true;
                error = result.error;
            });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
        if (!done)
            return ApiError::make(ApiError::Category::Cancelled, u"the load never ended"_s);
        if (count)
            *count = items;
        return error;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s)); }

    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
        m_transport = new ApiTransport(m_network, this);
        m_transport->setBaseUrl(m_server->baseUrl());
        m_transport->setSigner(RequestSigner(u"client"_s, EcPrivateKey::generate()));
        ApiTransport::Policy policy;
        policy.timeoutMs = 5000;
        policy.maxGetRetries = 0;
        m_transport->setPolicy(policy);
        m_client = new ApiClient(m_transport, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_network;
        delete m_server;
    }

    // A valid answer, made huge with whitespace and sent chunked (no Content-Length): refused once
    // more than the limit has arrived, without reading the rest.
    void singleAnswer_tooLarge_refusedAsItStreams()
    {
        ApiTransport::Policy policy = m_transport->policy();
        policy.maxObjectBytes = qint64(1) << 20;
        m_transport->setPolicy(policy);
        constexpr qint64 total = qint64(64) << 20;
        m_server->on("GET", batchPath + u"/assets_summary"_s, ScriptedReply::stream(compact(summary(3)), total));
        bool done = false;
        ApiResult<AssetsSummary> result;
        m_client->assetsSummary(ref, this, [&](const ApiResult<AssetsSummary> &r) {
            done = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY2(!result.ok(), "a 64 MB answer was read whole");
        QCOMPARE(result.error.category(), ApiError::Category::Parse);
        QVERIFY2(result.error.userMessage().contains(u"larger than 1 MB"_s), qPrintable(result.error.userMessage()));
        QVERIFY2(m_server->bodyBytesSent() < total, qPrintable(QString::number(m_server->bodyBytesSent())));
    }

    void page_tooLarge_refused()
    {
        ApiTransport::Policy policy = m_transport->policy();
        policy.maxPageBytes = qint64(2) << 20;
        m_transport->setPolicy(policy);
        m_server->on("GET", assetsPath, ScriptedReply::stream(compact(assetPage({ 1, 2 }, true)), qint64(64) << 20));
        const ApiError error = loadAll();
        QCOMPARE(error.category(), ApiError::Category::Parse);
        QVERIFY2(error.userMessage().contains(u"larger than 2 MB"_s), qPrintable(error.userMessage()));
    }

    // One byte every 200 ms: never idle long enough for the inactivity timeout, yet the call ends
    // at its deadline. A mutation cut off this way may have been applied: the caller must re-read.
    void trickle_endsAtTheDeadline()
    {
        ApiTransport::Policy policy = m_transport->policy();
        policy.timeoutMs = 1000;
        policy.deadlineMs = 3000;
        m_transport->setPolicy(policy);
        m_server->on("GET", batchPath, ScriptedReply::trickle(compact(loadQiFixture(u"batch_seed002.json"_s)), 200));
        m_server->on("PUT", batchPath, ScriptedReply::trickle(compact(loadQiFixture(u"approval_response.json"_s)), 200));
        bool done = false;
        ApiError error;
        m_client->batch(ref, this, [&](const ApiResult<Batch> &r) {
            done = true;
            error = r.error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(error.category(), ApiError::Category::Timeout);
        QVERIFY2(error.userMessage().contains(u"did not finish answering within 3 seconds"_s), qPrintable(error.userMessage()));
        QVERIFY(!error.outcomeUnknown());

        done = false;
        m_client->approve(ref, {}, std::nullopt, this, [&](const ApiResult<BatchUpdateResult> &r) {
            done = true;
            error = r.error;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
        QCOMPARE(error.category(), ApiError::Category::Timeout);
        QVERIFY(error.outcomeUnknown());
        QCOMPARE(m_server->count("PUT"), 1); // never sent twice
    }

    // The same two items on every page and never a last page: stopped at the first repeat.
    void pages_serverIgnoringPage_sameItemsRefused()
    {
        m_server->on("GET", assetsPath, ScriptedReply::json(assetPage({ 1, 2 }, false)));
        const ApiError error = loadAll();
        QCOMPARE(error.category(), ApiError::Category::Parse);
        QVERIFY2(error.userMessage().contains(u"with the same items as page 1"_s), qPrintable(error.userMessage()));
        QVERIFY(m_server->count("GET") <= 1 + 2 * m_client->pagesInFlight()); // stopped at once, not after 2,000 pages
    }

    // Different items on every page, never a last one: stopped at the page cap.
    void pages_endless_stopAtTheCap()
    {
        m_client->setMaxPages(7);
        m_server->on("GET", assetsPath, [](const ScriptedRequest &request) {
            const int page = pageOf(request);
            return ScriptedReply::json(assetPage({ 2 * page, 2 * page + 1 }, false, page));
        });
        qsizetype count = 0;
        const ApiError error = loadAll(&count);
        QCOMPARE(error.category(), ApiError::Category::Parse);
        QVERIFY2(error.userMessage().contains(u"longer than 7 pages"_s), qPrintable(error.userMessage()));
        QCOMPARE(m_server->count("GET"), 7); // nothing asked past the cap
        QCOMPARE(count, 14);
    }

    void pages_messagesInTheUsersLanguage()
    {
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        m_server->on("GET", assetsPath, ScriptedReply::json(assetPage({ 1, 2 }, false)));
        const ApiError repeated = loadAll();
        m_server->clearRules();
        m_client->setMaxPages(3);
        m_server->on("GET", assetsPath, [](const ScriptedRequest &request) {
            const int page = pageOf(request);
            return ScriptedReply::json(assetPage({ page }, false, page));
        });
        const ApiError endless = loadAll();
        ApiTransport::Policy policy = m_transport->policy();
        policy.timeoutMs = 1000;
        policy.deadlineMs = 2000;
        policy.maxObjectBytes = qint64(1) << 20;
        m_transport->setPolicy(policy);
        m_server->on("GET", batchPath, ScriptedReply::trickle(compact(loadQiFixture(u"batch_seed002.json"_s)), 100));
        m_server->on("GET", batchPath + u"/assets_summary"_s, ScriptedReply::stream(compact(summary(3)), qint64(4) << 20));
        ApiError late, large;
        int done = 0;
        m_client->batch(ref, this, [&](const ApiResult<Batch> &r) {
            late = r.error;
            ++done;
        });
        m_client->assetsSummary(ref, this, [&](const ApiResult<AssetsSummary> &r) {
            large = r.error;
            ++done;
        });
        QTRY_COMPARE_WITH_TIMEOUT(done, 2, 15000);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"en"_s));
        QVERIFY2(repeated.userMessage().contains(u"mesmos itens da página 1"_s), qPrintable(repeated.userMessage()));
        QVERIFY2(endless.userMessage().contains(u"mais de 3 páginas"_s), qPrintable(endless.userMessage()));
        QVERIFY2(late.userMessage().contains(u"em 2 segundos"_s), qPrintable(late.userMessage()));
        QVERIFY2(large.userMessage().contains(u"maior que 1 MB"_s), qPrintable(large.userMessage()));
    }

    // assets_summary claims more assets than any batch holds: the loader sizes nothing by it. Both a
    // count past what can be allocated and one that could be (a gigabyte reserved, untouched, before).
    void hugeCount_sizesNothing_data()
    {
        QTest::addColumn<int>("claimed");
        QTest::newRow("2,147,483,647") << std::numeric_limits<int>::max();
        QTest::newRow("1,000,000") << 1'000'000;
    }
    void hugeCount_sizesNothing()
    {
        QFETCH(int, claimed);
        m_server->on("GET", batchPath, ScriptedReply::json(loadQiFixture(u"batch_seed002.json"_s)));
        m_server->on("GET", batchPath + u"/assets_summary"_s, ScriptedReply::json(summary(claimed)));
        // The page comes after the summary, so the loader has seen the count when it arrives.
        m_server->on("GET", assetsPath, ScriptedReply::json(assetPage({ 1, 2, 3 }, true)).delayed(300));
        BatchLoader loader(m_client);
        QSignalSpy summaryLoaded(&loader, &BatchLoader::summaryLoaded);
        QSignalSpy finished(&loader, &BatchLoader::assetsFinished);
        QSignalSpy progress(&loader, &BatchLoader::assetsProgress);
        loader.load(ref);
        QVERIFY(finished.wait(10000));
        QCOMPARE(summaryLoaded.count(), 1);
        QCOMPARE(loader.summary()->numberOfAssets, claimed); // shown as the server said
        QVERIFY(!finished.first().first().value<ApiError>().isError());
        QCOMPARE(loader.assets().size(), 3);
        QVERIFY2(loader.assets().capacity() <= AssetsSummary::maxAssetsReserved,
                 qPrintable(QString::number(loader.assets().capacity())));
        QCOMPARE(progress.last().at(1).toInt(), claimed);
    }
};

QTEST_GUILESS_MAIN(TestApiBounds)
#include "tst_apibounds.moc"
