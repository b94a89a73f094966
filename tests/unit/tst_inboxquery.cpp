// InboxQuery over real loopback HTTP (scripted server): every batch with a status across funds and
// configurations, in a stable order, with per-configuration failures that keep the rows that loaded.
#include "services/inboxquery.h"
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

QString configurationsPath(const QString &fund)
{
    return u"/trade_receivables/fund_class/"_s + fund + u"/assignment_configurations"_s;
}

QString batchesPath(const QString &fund, const QString &cfg)
{
    return u"/trade_receivables/fund_class/%1/assignment_configuration/%2/assignments"_s.arg(fund, cfg);
}

QJsonObject page(const QJsonArray &data, bool last = true, int number = 0)
{
    return { { u"data"_s, data }, { u"limit"_s, 100 }, { u"page"_s, number }, { u"is_last_page"_s, last } };
}

QJsonObject configurations(const QStringList &keys)
{
    QJsonArray data;
    for (const QString &key : keys) {
        data.append(QJsonObject {
            { u"assignment_configuration_key"_s, key },
            { u"assignment_configuration_name"_s, QString(u"Name of "_s + key) },
            { u"assignor"_s, QJsonObject { { u"assignor_key"_s, QString(u"A-"_s + key) }, { u"name"_s, u"Assignor"_s } } } });
    }
    return page(data);
}

QJsonObject batches(const QStringList &ids, double value = 10.0)
{
    QJsonArray data;
    for (const QString &id : ids) {
        data.append(QJsonObject {
            { u"external_id"_s, id }, { u"status"_s, u"pending_manager_approval"_s }, { u"assignment_total_value"_s, value } });
    }
    return page(data);
}

QStringList idsOf(const InboxResult &result)
{
    QStringList ids;
    for (const InboxRow &row : result.rows)
        ids << row.fundClassKey + u'/' + row.configuration.key + u'/' + row.batch.externalId;
    return ids;
}

} // namespace

class TestInboxQuery : public QObject
{
    Q_OBJECT

    ScriptedServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;

    std::optional<InboxResult> query(const QStringList &funds, const QString &status = u"pending_manager_approval"_s,
                                     int inFlight = 4)
    {
        InboxQuery inbox(m_client);
        inbox.setMaxInFlight(inFlight);
        QSignalSpy finished(&inbox, &InboxQuery::finished);
        if (!inbox.start(funds, status) || !finished.wait(20000))
            return std::nullopt;
        QTest::qWait(50);
        if (finished.size() != 1)
            return std::nullopt;
        return finished.takeFirst().at(0).value<InboxResult>();
    }

private Q_SLOTS:
    void init()
    {
        m_server = new ScriptedServer(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
        m_transport = new ApiTransport(m_network, this);
        m_transport->setBaseUrl(m_server->baseUrl());
        m_transport->setSigner(RequestSigner(u"5f0c6a52-8d3e-4b1a-9c7e-2a4b6c8d0e1f"_s, EcPrivateKey::generate()));
        m_transport->setPolicy({ 5000, 0, 10 });
        m_client = new ApiClient(m_transport, this);
    }
    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_network;
        delete m_server;
    }

    void rows_inFundThenConfigurationOrder_withTheStatusFilter()
    {
        m_server->on("GET", configurationsPath(u"F1"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s })));
        m_server->on("GET", configurationsPath(u"F2"_s), ScriptedReply::json(configurations({ u"C3"_s })));
        // Later configurations answer first: the order must not depend on it.
        m_server->on("GET", batchesPath(u"F1"_s, u"C1"_s), ScriptedReply::json(batches({ u"b1"_s, u"b2"_s })).delayed(150));
        m_server->on("GET", batchesPath(u"F1"_s, u"C2"_s), ScriptedReply::json(batches({})));
        m_server->on("GET", batchesPath(u"F2"_s, u"C3"_s), ScriptedReply::json(batches({ u"b3"_s })));
        const auto result = query({ u"F1"_s, u"F2"_s, u"F1"_s }, u"completed"_s);
        QVERIFY(result);
        QCOMPARE(idsOf(*result), (QStringList { u"F1/C1/b1"_s, u"F1/C1/b2"_s, u"F2/C3/b3"_s }));
        QVERIFY(result->complete());
        QCOMPARE(result->configurationsListed, 3);
        QCOMPARE(result->rows.at(2).configuration.name, u"Name of C3"_s);
        QCOMPARE(result->rows.at(2).configuration.assignor.key, u"A-C3"_s);
        for (const ScriptedRequest &r : m_server->requests()) {
            if (r.path.endsWith(u"/assignments"_s))
                QCOMPARE(QUrlQuery(r.target.section(u'?', 1)).queryItemValue(u"status"_s), u"completed"_s);
        }
        int firstPages = 0; // the repeated fund is listed once (page 0 asked once; more pages go ahead)
        for (const ScriptedRequest &r : m_server->requests())
            firstPages += r.target == configurationsPath(u"F1"_s) + u"?page=0&limit=100"_s ? 1 : 0;
        QCOMPARE(firstPages, 1);
    }

    void failures_perConfigurationAndFund_keepTheRowsThatLoaded()
    {
        m_server->on("GET", configurationsPath(u"F1"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s, u"C3"_s })));
        m_server->on("GET", configurationsPath(u"F2"_s), ScriptedReply::qiError(403, u"MIT000017"_s, u"No permission"_s));
        m_server->on("GET", batchesPath(u"F1"_s, u"C1"_s), ScriptedReply::json(batches({ u"b1"_s })));
        // C2: the server's plain 404 (the listing endpoint is not there)
        m_server->on("GET", batchesPath(u"F1"_s, u"C3"_s), ScriptedReply::qiError(500, u"QIT000500"_s, u"Internal"_s));
        const auto result = query({ u"F1"_s, u"F2"_s });
        QVERIFY(result);
        QCOMPARE(idsOf(*result), QStringList { u"F1/C1/b1"_s });
        QVERIFY(!result->complete());
        QCOMPARE(result->configurationsListed, 1);
        QCOMPARE(result->failures.size(), 3);
        const InboxFailure &missing = result->failures.at(0);
        QCOMPARE(missing.configurationKey, u"C2"_s);
        QVERIFY(missing.listingUnavailable());
        QVERIFY2(missing.message().contains(u"HTTP 404"_s), qPrintable(missing.message()));
        QCOMPARE(result->failures.at(1).configurationKey, u"C3"_s);
        QVERIFY(!result->failures.at(1).listingUnavailable());
        QCOMPARE(result->failures.at(1).error.category(), ApiError::Category::Server);
        QCOMPARE(result->failures.at(2).fundClassKey, u"F2"_s);
        QVERIFY(result->failures.at(2).configurationKey.isEmpty());
        QCOMPARE(result->failures.at(2).error.category(), ApiError::Category::Permission);
    }

    void manyPages_allRowsArrive()
    {
        m_client->setPageSize(2);
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C"_s })));
        m_server->on("GET", batchesPath(u"F"_s, u"C"_s), [](const ScriptedRequest &r) {
            const int n = QUrlQuery(r.target.section(u'?', 1)).queryItemValue(u"page"_s).toInt();
            QJsonObject answer = n < 2 ? batches({ u"p%1a"_s.arg(n), u"p%1b"_s.arg(n) }) : batches({ u"p2a"_s });
            answer.insert(u"limit"_s, 2);
            answer.insert(u"page"_s, n);
            answer.insert(u"is_last_page"_s, n >= 2);
            return ScriptedReply::json(n > 2 ? batches({}) : answer);
        });
        const auto result = query({ u"F"_s });
        QVERIFY(result);
        QCOMPARE(idsOf(*result), (QStringList { u"F/C/p0a"_s, u"F/C/p0b"_s, u"F/C/p1a"_s, u"F/C/p1b"_s, u"F/C/p2a"_s }));
    }

    void manyConfigurations_boundedInFlight()
    {
        m_client->setPagesInFlight(1);
        QStringList keys;
        for (int i = 0; i < 8; ++i)
            keys << u"C%1"_s.arg(i);
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations(keys)));
        for (const QString &key : std::as_const(keys))
            m_server->on("GET", batchesPath(u"F"_s, key), ScriptedReply::json(batches({ key + u"-b"_s })).delayed(60));
        InboxQuery inbox(m_client);
        inbox.setMaxInFlight(2);
        QSignalSpy progress(&inbox, &InboxQuery::progress);
        QSignalSpy finished(&inbox, &InboxQuery::finished);
        QVERIFY(inbox.start({ u"F"_s }, u"pending_manager_approval"_s));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).value<InboxResult>().rows.size(), 8);
        QCOMPARE(m_server->maxConcurrent(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 8);
        QCOMPARE(progress.last().at(1).toInt(), 8);
    }

    void cancel_reportsNothing()
    {
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C"_s })).delayed(100));
        InboxQuery inbox(m_client);
        QSignalSpy finished(&inbox, &InboxQuery::finished);
        QVERIFY(inbox.start({ u"F"_s }, {}));
        QVERIFY(!inbox.start({ u"F"_s }, {}));
        inbox.cancel();
        QTest::qWait(250);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!inbox.start({}, {}));
    }
};

QTEST_GUILESS_MAIN(TestInboxQuery)
#include "tst_inboxquery.moc"
