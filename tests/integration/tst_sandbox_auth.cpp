// Request authentication like QI Tech (reference §2.1): every way a request can be refused has its
// own error, and the documented variants of an honest request are accepted.
#include "sandboxharness.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

Q_DECLARE_METATYPE(cessio::testing::RequestOptions)

class TestSandboxAuth : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    static QString batchPath() { return SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, u"A-1"_s); }
    static QString assetsPath()
    {
        return SandboxHarness::path(Endpoint::ListAssets, SandboxHarness::ccbConfig, u"A-1"_s, {},
                                    QUrlQuery(u"page=0&limit=10"_s));
    }
    static QJsonObject claims(const QString &method, const QString &uri, const QJsonValue &md5, const QString &timestamp)
    {
        QJsonObject claims { { u"method"_s, method }, { u"uri"_s, uri }, { u"timestamp"_s, timestamp } };
        if (!md5.isUndefined())
            claims.insert(u"payload_md5"_s, md5);
        return claims;
    }
    static QString now() { return RequestSigner::timestamp(QDateTime::currentDateTimeUtc()); }

private Q_SLOTS:
    void initTestCase()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"A-1"_s).status, 201);
    }
    void cleanupTestCase() { h.reset(); }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RequestOptions>("options");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QByteArray put = R"({"assignment_status":"completed_assets_insertion"})"_ba;
        const QString path = batchPath();
        RequestOptions o;
        o.omitClientKey = true;
        QTest::newRow("no API-CLIENT-KEY") << "GET"_ba << path << QByteArray() << o << 400 << u"GDF000003"_s;
        o = {};
        o.clientKey = "99999999-9999-4999-8999-999999999999";
        QTest::newRow("unknown client") << "GET"_ba << path << QByteArray() << o << 404 << u"GDF000018"_s;
        o = {};
        o.omitAuthorization = true;
        QTest::newRow("no AUTHORIZATION") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF000014"_s;
        o = {};
        o.authorization = "not-a-jwt";
        QTest::newRow("not a JWT") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF000014"_s;
        o.authorization = "Bearer a.b.c";
        QTest::newRow("garbage parts") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF000014"_s;
        o.authorization = Jwt::signHs256(claims(u"GET"_s, path, {}, now()), "secret");
        QTest::newRow("HS256 instead of ES512") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF000014"_s;
        o.authorization = Jwt::signEs512(claims(u"GET"_s, path, {}, now()), EcPrivateKey::generate());
        QTest::newRow("signed by another key") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900001"_s;
        {
            QByteArray token = Jwt::signEs512(claims(u"GET"_s, path, {}, now()), SandboxHarness::managerPrivateKey());
            token[token.size() - 5] = token[token.size() - 5] == 'A' ? 'B' : 'A';
            o.authorization = token;
        }
        QTest::newRow("tampered signature") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900001"_s;
        o = {};
        o.signedMethod = "POST";
        QTest::newRow("method mismatch") << "PUT"_ba << path << put << o << 401 << u"GDF900002"_s;
        o = {};
        o.signedUri = SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, u"OTHER"_s);
        QTest::newRow("uri of another batch") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900003"_s;
        o = {};
        o.claims = claims(u"GET"_s, u"http://127.0.0.1"_s + path, {}, now());
        QTest::newRow("uri with host") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900003"_s;
        o = {};
        o.signedBody = R"({"assignment_status":"approved"})"_ba;
        QTest::newRow("payload_md5 of another body") << "PUT"_ba << path << put << o << 401 << u"GDF900004"_s;
        o.claims = claims(u"PUT"_s, path, {}, now());
        QTest::newRow("payload_md5 missing with a body") << "PUT"_ba << path << put << o << 401 << u"GDF900004"_s;
        o.claims = claims(u"GET"_s, path, u"0123456789abcdef0123456789abcdef"_s, now());
        QTest::newRow("GET with a wrong md5") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900004"_s;
        o = {};
        o.signedAt = QDateTime::currentDateTimeUtc().addSecs(-301);
        QTest::newRow("timestamp 301 s old") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900005"_s;
        o.signedAt = QDateTime::currentDateTimeUtc().addSecs(400);
        QTest::newRow("timestamp in the future") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900005"_s;
        o = {};
        o.claims = claims(u"GET"_s, path, {}, u"yesterday"_s);
        QTest::newRow("timestamp not ISO") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900005"_s;
        o.claims = QJsonObject { { u"method"_s, u"GET"_s }, { u"uri"_s, path } };
        QTest::newRow("timestamp missing") << "GET"_ba << path << QByteArray() << o << 401 << u"GDF900005"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(RequestOptions, options);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply reply = h->assignor().send(method, path, body, options);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        QCOMPARE(reply.json().keys(), QStringList({ u"code"_s, u"description"_s, u"title"_s, u"translation"_s }));
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"A-1"_s), u"pending_assets_insertion"_s); // nothing changed
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<RequestOptions>("options");
        const QString assets = assetsPath();
        const QString withoutQuery = assets.left(assets.indexOf(u'?'));
        RequestOptions o;
        QTest::newRow("uri with the query") << assets << o;
        o.signedUri = withoutQuery;
        QTest::newRow("uri without the query") << assets << o;
        o = {};
        o.claims = claims(u"GET"_s, assets, QString::fromLatin1(RequestSigner::payloadMd5("{}")), now());
        QTest::newRow("GET with md5 of {}") << assets << o;
        o.claims = claims(u"GET"_s, assets, QString::fromLatin1(RequestSigner::payloadMd5("")), now());
        QTest::newRow("GET with md5 of empty") << assets << o;
        o.claims = claims(u"get"_s, assets, {}, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        QTest::newRow("lowercase method, timestamp with ms and Z") << assets << o;
        o.claims = claims(u"GET"_s, assets, {}, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"_s));
        QTest::newRow("timestamp with microseconds") << assets << o;
        o.claims = claims(u"GET"_s, assets, {}, QDateTime::currentDateTimeUtc().toOffsetFromUtc(-3 * 3600).toString(Qt::ISODate));
        QTest::newRow("timestamp with an offset") << assets << o;
        o = {};
        o.signedAt = QDateTime::currentDateTimeUtc().addSecs(-290);
        QTest::newRow("timestamp 290 s old") << assets << o;
    }
    void accepted()
    {
        QFETCH(QString, path);
        QFETCH(RequestOptions, options);
        const HttpReply reply = h->manager().send("GET", path, {}, options);
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    void honestPut_signedBodyBytes_accepted()
    {
        QCOMPARE(h->insertCcb(u"A-1"_s, AssetBodies::spec(u"A-1-X"_s)).status, 201);
        // Key order and spacing differ from what QJsonDocument would write: the hash is over the bytes sent.
        const QByteArray body = "{ \"assignment_status\" : \"completed_assets_insertion\", \"note\": [1, 2] }";
        const HttpReply reply = h->assignor().send("PUT", batchPath(), body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"status"_s).toString(), u"completed_assets_insertion"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
