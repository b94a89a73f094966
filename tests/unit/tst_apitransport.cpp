// ApiTransport over the fake network: signing headers, retries for GETs only, timeouts, unknown
// outcomes for mutations, TLS policy, QI error bodies.
#include "core/localization.h"
#include "qitech/apitransport.h"
#include "support/fakenetwork.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using test::FakeAnswer;
using test::FakeNetworkAccessManager;
using Category = ApiError::Category;

class TestApiTransport : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    EcPrivateKey m_key;

    RawResponse run(const ApiRequest &request)
    {
        ApiCall *call = m_transport->send(request);
        QSignalSpy spy(call, &ApiCall::finished);
        if (!spy.wait(20000))
            return {};
        return spy.at(0).at(0).value<RawResponse>();
    }
    static ApiRequest getBatch() { return { Endpoint::GetBatch, { u"F1"_s, u"C1"_s, u"EXT 1"_s, {}, {}, {} }, {}, {} }; }
    static ApiRequest putBatch()
    {
        return {
            Endpoint::UpdateBatch, { u"F1"_s, u"C1"_s, u"EXT1"_s, {}, {}, {} }, {}, R"({"assignment_status":"approved"})"_ba
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = EcPrivateKey::generate();
        QVERIFY(!m_key.isNull());
    }
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_transport = new ApiTransport(m_network, this);
        m_transport->setBaseUrl(QUrl(u"https://manager-api.sandbox.qidtvm.com.br"_s));
        m_transport->setSigner(RequestSigner(u"11111111-2222-3333-4444-555555555555"_s, m_key));
        m_transport->setPolicy({ 2000, 3, 10 });
    }
    void cleanup()
    {
        delete m_transport;
        delete m_network;
    }

    void get_isSignedAndEncoded()
    {
        m_network->enqueue(FakeAnswer::json(R"({"ok":true})"));
        const RawResponse response = run(getBatch());
        QVERIFY(!response.error.isError());
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(m_network->requests().size(), 1);
        const auto &sent = m_network->requests().first();
        QCOMPARE(sent.method, "GET"_ba);
        QCOMPARE(sent.pathAndQuery(), u"/trade_receivables/fund_class/F1/assignment_configuration/C1/assignment/EXT%201"_s);
        QCOMPARE(sent.header("API-CLIENT-KEY"), "11111111-2222-3333-4444-555555555555"_ba);
        const auto verified = Jwt::verifyEs512(sent.header("AUTHORIZATION"), EcPublicKey::fromPem(m_key.publicKeyPem()));
        QVERIFY2(verified.ok, qPrintable(verified.error));
        QCOMPARE(verified.claims.value("method"_L1).toString(), u"GET"_s);
        QCOMPARE(verified.claims.value("uri"_L1).toString(), sent.pathAndQuery());
        QVERIFY(!verified.claims.contains("payload_md5"_L1));
        QVERIFY(!response.requestId.isEmpty());
    }

    void put_signsTheExactBody()
    {
        m_network->enqueue(FakeAnswer::json(R"({"status":"approved"})"));
        const RawResponse response = run(putBatch());
        QVERIFY(!response.error.isError());
        const auto &sent = m_network->requests().first();
        QCOMPARE(sent.method, "PUT"_ba);
        QCOMPARE(sent.body, putBatch().body);
        const auto verified = Jwt::verifyEs512(sent.header("AUTHORIZATION"), EcPublicKey::fromPem(m_key.publicKeyPem()));
        QVERIFY(verified.ok);
        QCOMPARE(verified.claims.value("payload_md5"_L1).toString().toLatin1(), RequestSigner::payloadMd5(sent.body));
        QCOMPARE(sent.header("Content-Type"), "application/json"_ba);
    }

    void get_retriesServerErrorsAndResets()
    {
        m_network->enqueue(FakeAnswer::qiError(503, u"QIT000500"_s, u"Unavailable"_s));
        m_network->enqueue(FakeAnswer::reset());
        m_network->enqueue(FakeAnswer::json(R"({"ok":true})"));
        const RawResponse response = run(getBatch());
        QVERIFY(!response.error.isError());
        QCOMPARE(response.attempts, 3);
        QCOMPARE(m_network->requests().size(), 3);
    }

    void get_givesUpAfterMaxRetries()
    {
        m_network->setHandler([](const auto &) { return FakeAnswer::qiError(502, {}, u"Bad gateway"_s); });
        const RawResponse response = run(getBatch());
        QCOMPARE(response.error.category(), Category::Server);
        QCOMPARE(m_network->requests().size(), 4); // 1 + 3 retries
    }

    void get_doesNotRetryClientErrors()
    {
        m_network->enqueue(FakeAnswer::qiError(400, u"TRC000018"_s, u"Assignment not found"_s, u"Cessão não foi encontrada"_s));
        const RawResponse response = run(getBatch());
        QCOMPARE(response.error.category(), Category::NotFound);
        QCOMPARE(response.error.code(), u"TRC000018"_s);
        QCOMPARE(m_network->requests().size(), 1);
    }

    void put_isNeverResent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("reset after send") << 0 << true;
        QTest::newRow("server error") << 1 << true;
        QTest::newRow("timeout") << 2 << true;
        QTest::newRow("connection refused") << 3 << false;
        QTest::newRow("QI validation error") << 4 << false;
    }
    void put_isNeverResent()
    {
        QFETCH(int, kind);
        QFETCH(bool, unknown);
        const FakeAnswer answers[]
            = { FakeAnswer::reset(), FakeAnswer::qiError(500, {}, u"Internal"_s), FakeAnswer::hang(), FakeAnswer::refused(),
                FakeAnswer::qiError(400, u"TRC000024"_s, u"This assignment can not receive 'approved' status"_s) };
        m_network->setHandler([&](const auto &) { return answers[kind]; });
        m_transport->setPolicy({ 300, 3, 10 });
        const RawResponse response = run(putBatch());
        QVERIFY(response.error.isError());
        QCOMPARE(m_network->requests().size(), 1);
        QCOMPARE(response.error.outcomeUnknown(), unknown);
    }

    void hang_timesOut()
    {
        m_transport->setPolicy({ 200, 0, 10 });
        m_network->enqueue(FakeAnswer::hang());
        const RawResponse response = run(getBatch());
        QCOMPARE(response.error.category(), Category::Timeout);
    }

    void plainHttp_onlyForLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://manager-api.qidtvm.com.br"_s << true;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:8080"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("http remote") << u"http://manager-api.qidtvm.com.br"_s << false;
        QTest::newRow("http private lan") << u"http://192.168.0.10"_s << false;
        QTest::newRow("ftp") << u"ftp://example.com"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
        // A password in the address would end in settings, logs and the decision record.
        QTest::newRow("user:password") << u"https://gestora:s3nha@manager-api.qidtvm.com.br"_s << false;
        QTest::newRow("user only") << u"https://gestora@manager-api.qidtvm.com.br"_s << false;
        QTest::newRow("loopback with password") << u"http://a:b@127.0.0.1:8080"_s << false;
    }
    void plainHttp_onlyForLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiTransport::isAllowedBaseUrl(QUrl(url)), allowed);
        if (!allowed) {
            m_transport->setBaseUrl(QUrl(url));
            const RawResponse response = run(getBatch());
            QCOMPARE(response.error.category(), Category::Tls);
            QCOMPARE(m_network->requests().size(), 0);
        }
    }

    void noCredentials_isAConfigError()
    {
        m_transport->setSigner({});
        const RawResponse response = run(getBatch());
        QCOMPARE(response.error.category(), Category::Config);
        QCOMPARE(m_network->requests().size(), 0);
    }

    void cancel_finishesOnceAsCancelled()
    {
        m_network->enqueue(FakeAnswer::hang());
        ApiCall *call = m_transport->send(putBatch());
        QSignalSpy spy(call, &ApiCall::finished);
        QTRY_COMPARE(m_network->requests().size(), 1);
        call->cancel();
        QCOMPARE(spy.size(), 1);
        const auto response = spy.at(0).at(0).value<RawResponse>();
        QCOMPARE(response.error.category(), Category::Cancelled);
        QVERIFY(response.error.outcomeUnknown()); // the PUT was in flight
    }

    void errors_speakTheUsersLanguage()
    {
        const ApiError error = ApiError::fromHttp(
            400,
            R"({"title":"Invalid operation","description":"This assignment can not receive 'denied' status","translation":"Esse lote não pode receber o status 'denied'","code":"TRC000024"})"_ba);
        QCOMPARE(error.category(), Category::Conflict);
        QLocale::setDefault(QLocale(QLocale::English));
        QCOMPARE(error.userMessage(), u"This assignment can not receive 'denied' status (code TRC000024)"_s);
        QVERIFY(Localization::apply(*QCoreApplication::instance(), u"pt_BR"_s));
        QCOMPARE(error.userMessage(), u"Esse lote não pode receber o status 'denied' (código TRC000024)"_s);
        const ApiError ip = ApiError::fromHttp(403, R"({"code":"GDF000029"})"_ba);
        QCOMPARE(ip.category(), Category::Permission);
        QVERIFY2(ip.userMessage().contains(u"48"_s), qPrintable(ip.userMessage()));
        for (auto *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void categories_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("category");
        QTest::newRow("401") << 401 << QString() << int(Category::Auth);
        QTest::newRow("GDF000014") << 401 << u"GDF000014"_s << int(Category::Auth);
        QTest::newRow("MIT000017") << 403 << u"MIT000017"_s << int(Category::Permission);
        QTest::newRow("TRC000018 is a 400") << 400 << u"TRC000018"_s << int(Category::NotFound);
        QTest::newRow("404") << 404 << u"TRC000017"_s << int(Category::NotFound);
        QTest::newRow("TRC000041") << 400 << u"TRC000041"_s << int(Category::Validation);
        QTest::newRow("409") << 409 << QString() << int(Category::Conflict);
        QTest::newRow("429") << 429 << QString() << int(Category::RateLimited);
        QTest::newRow("500") << 500 << QString() << int(Category::Server);
    }
    void categories()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(int, category);
        QCOMPARE(int(ApiError::categoryFor(status, code)), category);
    }
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_apitransport.moc"
