// BatchLocator over real loopback HTTP (scripted server): finds a batch's configuration by trying
// each one, a bounded number at a time; tells "not found anywhere" from "could not look everywhere".
#include "jsonfixtures.h"
#include "services/batchlocator.h"
#include "support/scriptedserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using test::ScriptedReply;
using test::ScriptedServer;
using Status = BatchLocation::Status;

namespace {

QString configurationsPath(const QString &fund)
{
    return u"/trade_receivables/fund_class/"_s + fund + u"/assignment_configurations"_s;
}

QString batchPath(const QString &fund, const QString &cfg, const QString &ext)
{
    return u"/trade_receivables/fund_class/%1/assignment_configuration/%2/assignment/%3"_s.arg(fund, cfg, ext);
}

QJsonObject configurations(const QStringList &keys)
{
    QJsonArray data;
    for (const QString &key : keys)
        data.append(QJsonObject { { u"assignment_configuration_key"_s, key }, { u"assignment_configuration_name"_s, key } });
    return { { u"data"_s, data }, { u"limit"_s, 100 }, { u"page"_s, 0 }, { u"is_last_page"_s, true } };
}

QJsonObject batch(const QString &ext)
{
    QJsonObject json = loadQiFixture(u"batch_seed002.json"_s);
    json.insert(u"external_id"_s, ext);
    return json;
}

ScriptedReply notFound()
{
    return ScriptedReply::qiError(400, u"TRC000018"_s, u"Assignment not found"_s);
}

} // namespace

class TestBatchLocator : public QObject
{
    Q_OBJECT

    ScriptedServer *m_server = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;

    BatchLocation locate(const QStringList &funds, const QString &ext, const QString &config = {}, int inFlight = 4)
    {
        BatchLocator locator(m_client);
        locator.setMaxInFlight(inFlight);
        QSignalSpy finished(&locator, &BatchLocator::finished);
        if (!locator.locate(funds, ext, config) || !finished.wait(20000))
            return {};
        QTest::qWait(50); // nothing else may arrive
        if (finished.size() != 1)
            return {};
        return finished.takeFirst().at(0).value<BatchLocation>();
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
        m_transport->setPolicy({ 5000, 0, 10 }); // no retries: each scripted answer counts once
        m_client = new ApiClient(m_transport, this);
    }
    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_network;
        delete m_server;
    }

    void withoutConfig_findsTheConfigurationThatHasIt()
    {
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s, u"C3"_s })));
        m_server->on("GET", batchPath(u"F"_s, u"C1"_s, u"E"_s), notFound());
        m_server->on("GET", batchPath(u"F"_s, u"C2"_s, u"E"_s), ScriptedReply::json(batch(u"E"_s)));
        m_server->on("GET", batchPath(u"F"_s, u"C3"_s, u"E"_s), notFound());
        const BatchLocation location = locate({ u"F"_s }, u"E"_s);
        QCOMPARE(location.status, Status::Found);
        QCOMPARE(location.ref, (BatchRef { u"F"_s, u"C2"_s, u"E"_s }));
        QVERIFY(location.batch);
        QCOMPARE(location.batch->externalId, u"E"_s);
        QVERIFY(location.configuration);
        QCOMPARE(location.configuration->key, u"C2"_s);
    }

    void withConfig_triesOnlyThatConfigurationInEachFund()
    {
        m_server->on("GET", batchPath(u"F1"_s, u"K"_s, u"E"_s), notFound());
        m_server->on("GET", batchPath(u"F2"_s, u"K"_s, u"E"_s), ScriptedReply::json(batch(u"E"_s)));
        const BatchLocation location = locate({ u"F1"_s, u"F2"_s }, u"E"_s, u"K"_s);
        QCOMPARE(location.status, Status::Found);
        QCOMPARE(location.ref.fundClassKey, u"F2"_s);
        QVERIFY(!location.configuration);
        QCOMPARE(m_server->count("GET", u"/trade_receivables/fund_class/F1/assignment_configurations"_s), 0);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void notFoundAnywhere_isNotFound()
    {
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s })));
        m_server->on("GET", batchPath(u"F"_s, u"C1"_s, u"E"_s), notFound());
        // C2: the server's plain 404
        const BatchLocation location = locate({ u"F"_s }, u"E"_s);
        QCOMPARE(location.status, Status::NotFound);
        QCOMPARE(location.configurationsTried, 2);
        QVERIFY(location.failures.isEmpty());
        QVERIFY(location.message().contains(u"E"_s));
    }

    void errorElsewhere_notFound_isFailed()
    {
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s })));
        m_server->on("GET", batchPath(u"F"_s, u"C1"_s, u"E"_s), ScriptedReply::qiError(503, u"QIT000503"_s, u"Unavailable"_s));
        m_server->on("GET", batchPath(u"F"_s, u"C2"_s, u"E"_s), notFound());
        const BatchLocation location = locate({ u"F"_s }, u"E"_s);
        QCOMPARE(location.status, Status::Failed);
        QCOMPARE(location.failures.size(), 1);
        QCOMPARE(location.failures.at(0).configurationKey, u"C1"_s);
        QCOMPARE(location.firstError().category(), ApiError::Category::Server);
        QVERIFY(location.message().contains(u"C1"_s));
    }

    void errorElsewhere_found_isFound()
    {
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations({ u"C1"_s, u"C2"_s })));
        m_server->on("GET", batchPath(u"F"_s, u"C1"_s, u"E"_s), ScriptedReply::qiError(503, u"QIT000503"_s, u"Unavailable"_s));
        m_server->on("GET", batchPath(u"F"_s, u"C2"_s, u"E"_s), ScriptedReply::json(batch(u"E"_s)));
        QCOMPARE(locate({ u"F"_s }, u"E"_s).status, Status::Found);
    }

    void fundListingFails_reportedForTheFund()
    {
        m_server->on("GET", configurationsPath(u"F1"_s), ScriptedReply::qiError(403, u"MIT000017"_s, u"No permission"_s));
        m_server->on("GET", configurationsPath(u"F2"_s), ScriptedReply::json(configurations({ u"C"_s })));
        m_server->on("GET", batchPath(u"F2"_s, u"C"_s, u"E"_s), notFound());
        const BatchLocation location = locate({ u"F1"_s, u"F2"_s }, u"E"_s);
        QCOMPARE(location.status, Status::Failed);
        QCOMPARE(location.failures.size(), 1);
        QCOMPARE(location.failures.at(0).fundClassKey, u"F1"_s);
        QVERIFY(location.failures.at(0).configurationKey.isEmpty());
        QCOMPARE(location.firstError().category(), ApiError::Category::Permission);
    }

    void manyConfigurations_boundedInFlight_data()
    {
        QTest::addColumn<int>("inFlight");
        QTest::newRow("1") << 1;
        QTest::newRow("3") << 3;
    }
    void manyConfigurations_boundedInFlight()
    {
        QFETCH(int, inFlight);
        QStringList keys;
        for (int i = 0; i < 10; ++i)
            keys << u"C%1"_s.arg(i);
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations(keys)));
        for (const QString &key : std::as_const(keys))
            m_server->on("GET", batchPath(u"F"_s, key, u"E"_s), notFound().delayed(60));
        const BatchLocation location = locate({ u"F"_s }, u"E"_s, {}, inFlight);
        QCOMPARE(location.status, Status::NotFound);
        QCOMPARE(location.configurationsTried, 10);
        QCOMPARE(m_server->maxConcurrent(), inFlight);
    }

    void found_asksNoMore_andReportsOnce()
    {
        QStringList keys;
        for (int i = 0; i < 6; ++i)
            keys << u"C%1"_s.arg(i);
        m_server->on("GET", configurationsPath(u"F"_s), ScriptedReply::json(configurations(keys)));
        m_server->on("GET", batchPath(u"F"_s, u"C0"_s, u"E"_s), ScriptedReply::json(batch(u"E"_s)));
        for (const QString &key : keys.mid(1))
            m_server->on("GET", batchPath(u"F"_s, key, u"E"_s), notFound().delayed(300));
        const BatchLocation location = locate({ u"F"_s }, u"E"_s, {}, 2);
        QCOMPARE(location.status, Status::Found);
        QCOMPARE(location.ref.configurationKey, u"C0"_s);
        // C0 and C1 were in flight; C2..C5 were never asked (C1 answers later and is ignored).
        QCOMPARE(m_server->count("GET", u"/trade_receivables/fund_class/F/assignment_configuration/"_s), 2);
    }

    void refusesEmptyInputAndASecondSearch()
    {
        BatchLocator locator(m_client);
        QVERIFY(!locator.locate({}, u"E"_s));
        QVERIFY(!locator.locate({ u"F"_s }, {}));
        m_server->on("GET", batchPath(u"F"_s, u"K"_s, u"E"_s), notFound().delayed(100));
        QVERIFY(locator.locate({ u"F"_s }, u"E"_s, u"K"_s));
        QVERIFY(!locator.locate({ u"F"_s }, u"E"_s, u"K"_s));
        QSignalSpy finished(&locator, &BatchLocator::finished);
        locator.cancel();
        QTest::qWait(250);
        QCOMPARE(finished.size(), 0);
        QVERIFY(!locator.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestBatchLocator)
#include "tst_batchlocator.moc"
