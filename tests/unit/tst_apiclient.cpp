// Every ApiClient method against the fake network: the request it sends (method, path, body) and
// what it makes of documented answers and of QI errors.
#include "jsonfixtures.h"
#include "qitech/apiclient.h"
#include "support/fakenetwork.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using test::FakeAnswer;
using test::FakeNetworkAccessManager;

namespace {

const BatchRef ref { u"F1"_s, u"C1"_s, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s };
const QString batchPath
    = u"/trade_receivables/fund_class/F1/assignment_configuration/C1/assignment/931e9437-d025-41ab-bb53-6b94e10fd361"_s;

QByteArray fixture(const QString &name)
{
    return QJsonDocument(loadQiFixture(name)).toJson(QJsonDocument::Compact);
}

// One row: how to call the method, the expected request, the canned answer and a check of the result.
struct Case
{
    std::function<void(ApiClient &, QObject *, std::function<void(bool ok, const ApiError &, QString detail)>)> invoke;
    QByteArray method;
    QString path;
    QByteArray body;
    QString answerFixture;
};

template<typename T>
std::function<void(const ApiResult<T> &)> report(std::function<void(bool, const ApiError &, QString)> done,
                                                 std::function<QString(const T &)> describe)
{
    return [done, describe](const ApiResult<T> &r) { done(r.ok(), r.error, r.ok() ? describe(*r.value) : QString()); };
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestApiClient : public QObject
{
    Q_OBJECT

    FakeNetworkAccessManager *m_network = nullptr;
    ApiTransport *m_transport = nullptr;
    ApiClient *m_client = nullptr;

private Q_SLOTS:
    void init()
    {
        m_network = new FakeNetworkAccessManager(this);
        m_transport = new ApiTransport(m_network, this);
        m_transport->setBaseUrl(QUrl(u"https://manager-api.sandbox.qidtvm.com.br"_s));
        m_transport->setSigner(RequestSigner(u"client"_s, EcPrivateKey::generate()));
        m_transport->setPolicy({ 2000, 0, 1 });
        m_client = new ApiClient(m_transport, this);
    }
    void cleanup()
    {
        delete m_client;
        delete m_transport;
        delete m_network;
    }

    void endpoint_data()
    {
        QTest::addColumn<Case>("c");
        QTest::addColumn<QString>("expected");
        const QString fund = u"/trade_receivables/fund_class/F1"_s;
        QTest::newRow("configurations") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.configurationsPage(u"F1"_s, 0, 10, ctx,
                                     report<Page<AssignmentConfiguration>>(done, [](const auto &p) -> QString {
                                         return p.items.first().name + u'|' + QString::number(p.items.size());
                                     }));
            },
            "GET",
            fund + u"/assignment_configurations?page=0&limit=10"_s,
            {},
            u"configurations_page.json"_s
        } << u"Duplicatas de Serviço - Alpha|2"_s;
        QTest::newRow("batch listing [I]") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.batchesPage(
                    u"F1"_s, u"C1"_s, u"pending_manager_approval"_s, 2, 50, ctx,
                    report<Page<BatchListItem>>(done, [](const auto &p) -> QString { return QString::number(p.items.size()); }));
            },
            "GET",
            fund + u"/assignment_configuration/C1/assignments?status=pending_manager_approval&page=2&limit=50"_s,
            {},
            u"batches_page.json"_s
        } << u"2"_s;
        QTest::newRow("batch") << Case { [](ApiClient &c, QObject *ctx, auto done) {
                                            c.batch(ref, ctx, report<Batch>(done, [](const Batch &b) -> QString {
                                                        return b.number + u'|' + b.totalValue->toDecimalString();
                                                    }));
                                        },
                                         "GET",
                                         batchPath,
                                         {},
                                         u"batch_seed002.json"_s }
                               << u"00012345|150000.00"_s;
        QTest::newRow("assets summary") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.assetsSummary(ref, ctx, report<AssetsSummary>(done, [](const AssetsSummary &s) -> QString {
                                    return QString::number(s.numberOfApprovedAssets) + u'|' + s.totalValue.toDecimalString();
                                }));
            },
            "GET",
            batchPath + u"/assets_summary"_s,
            {},
            u"assets_summary.json"_s
        } << u"195|123456.78"_s;
        QTest::newRow("assets page") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.assetsPage(ref, 0, 10, ctx, report<Page<AssetListItem>>(done, [](const auto &p) -> QString {
                                 return p.items.first().denialReason;
                             }));
            },
            "GET",
            fund + u"/assignment/931e9437-d025-41ab-bb53-6b94e10fd361/assets?page=0&limit=10"_s,
            {},
            u"assets_page.json"_s
        } << u"Invalid documents"_s;
        QTest::newRow("asset [I]") << Case { [](ApiClient &c, QObject *ctx, auto done) {
                                                c.asset(ref, u"A 1"_s, ctx, report<Asset>(done, [](const Asset &a) -> QString {
                                                            return a.faceValue().toDecimalString();
                                                        }));
                                            },
                                             "GET",
                                             batchPath + u"/asset/A%201"_s,
                                             {},
                                             u"asset_ccb.json"_s }
                                   << u"1472.22"_s;
        QTest::newRow("approve with account and guard") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.approve(ref, u"764746ce-a530-4a71-af66-3f7c879627df"_s, ApprovalGuard { 45, Money::fromCentavos(15000000) },
                          ctx, report<BatchUpdateResult>(done, [](const auto &r) -> QString { return r.status.apiName(); }));
            },
            "PUT", batchPath,
            R"({"assignment_status":"approved","assignment_total_value":150000,"disbursement_account_key":"764746ce-a530-4a71-af66-3f7c879627df","number_of_approved_assets":45})",
            u"approval_response.json"_s
        } << u"approved"_s;
        QTest::newRow("approve with contract default")
            << Case { [](ApiClient &c, QObject *ctx, auto done) {
                         c.approve(ref, {}, std::nullopt, ctx,
                                   report<BatchUpdateResult>(done, [](const auto &r) -> QString { return r.status.apiName(); }));
                     },
                      "PUT", batchPath, R"({"assignment_status":"approved"})", u"approval_response.json"_s }
            << u"approved"_s;
        QTest::newRow("deny") << Case { [](ApiClient &c, QObject *ctx, auto done) {
                                           c.deny(ref, ctx, report<BatchUpdateResult>(done, [](const auto &r) -> QString {
                                                      return r.totalValue->toDecimalString();
                                                  }));
                                       },
                                        "PUT", batchPath, R"({"assignment_status":"denied"})", u"denial_response.json"_s }
                              << u"0.00"_s;
        QTest::newRow("reopen") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.reopen(ref, ctx, report<BatchUpdateResult>(done, [](const auto &r) -> QString { return r.externalId; }));
            },
            "PUT", batchPath, R"({"assignment_status":"pending_assets_insertion"})", u"approval_response.json"_s
        } << u"931e9437-d025-41ab-bb53-6b94e10fd361"_s;
        QTest::newRow("close insertion") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.closeInsertion(ref, ctx,
                                 report<BatchUpdateResult>(done, [](const auto &r) -> QString { return r.externalId; }));
            },
            "PUT", batchPath, R"({"assignment_status":"completed_assets_insertion"})", u"approval_response.json"_s
        } << u"931e9437-d025-41ab-bb53-6b94e10fd361"_s;
        QTest::newRow("remove asset") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.removeAsset(ref, u"ASSET-9"_s, ctx,
                              report<AssetUpdateResult>(done, [](const auto &r) -> QString { return r.status.apiName(); }));
            },
            "PUT", batchPath + u"/asset/ASSET-9"_s, R"({"asset_status":"denied"})", u"asset_removal_response.json"_s
        } << u"denied"_s;
        QTest::newRow("term links") << Case { [](ApiClient &c, QObject *ctx, auto done) {
                                                 c.termLinks(ref, ctx, report<TermLinks>(done, [](const TermLinks &t) -> QString {
                                                                 return QString::number(t.signedTermUrl.isEmpty());
                                                             }));
                                             },
                                              "GET",
                                              batchPath + u"/assignment_term_link"_s,
                                              {},
                                              u"term_links_none.json"_s }
                                    << u"1"_s;
        QTest::newRow("accounts [I]") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.accounts(u"AS1"_s, ctx,
                           report<QList<BankAccount>>(done, [](const auto &l) -> QString { return l.first().bankName(); }));
            },
            "GET",
            u"/assignor_registry/assignor_registry/AS1/account"_s,
            {},
            u"accounts_list.json"_s
        } << u"Itaú"_s;
        QTest::newRow("create batch") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.createBatch(u"F1"_s, u"C1"_s, u"B-1"_s, QDate(2024, 4, 1), ctx,
                              report<CreatedBatch>(done, [](const auto &r) -> QString { return r.status.apiName(); }));
            },
            "POST", fund + u"/assignment_configuration/C1/assignment"_s,
            R"({"assignment_date":"2024-04-01","external_id":"B-1"})", u"created_batch.json"_s
        } << u"pending_assets_insertion"_s;
        QTest::newRow("insert asset") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.insertAsset(ref, QJsonObject { { u"asset_type"_s, u"ccb"_s } }, ctx,
                              report<CreatedAsset>(done, [](const auto &r) -> QString { return r.status.apiName(); }));
            },
            "POST", batchPath + u"/asset"_s, R"({"asset_type":"ccb"})", u"created_asset.json"_s
        } << u"pending_eligibility"_s;
        QTest::newRow("repurchased asset") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.insertRepurchasedAsset(ref, QJsonObject { { u"external_id"_s, u"X"_s } }, ctx,
                                         report<CreatedAsset>(done, [](const auto &r) -> QString { return r.assetKey; }));
            },
            "POST", batchPath + u"/repurchased_asset"_s, R"({"external_id":"X"})", u"created_asset.json"_s
        } << u"3f0e6a8b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"_s;
        QTest::newRow("upload document") << Case {
            [](ApiClient &c, QObject *ctx, auto done) {
                c.uploadDocument(ref, u"AK"_s, u"ccb"_s, "%PDF-1.4"_ba, ctx,
                                 report<CreatedDocument>(done, [](const auto &r) -> QString { return r.documentKey; }));
            },
            "POST", batchPath + u"/asset/AK/document"_s, R"({"document_b64":"JVBERi0xLjQ=","document_type":"ccb"})",
            u"created_document.json"_s
        } << u"9b4d1a7c-2e3f-4a5b-8c9d-0e1f2a3b4c5d"_s;
        QTest::newRow("authentication test")
            << Case { [](ApiClient &c, QObject *ctx, auto done) {
                         c.authenticationTest(ctx, report<QJsonObject>(done, [](const auto &) -> QString { return u"ok"_s; }));
                     },
                      "POST", u"/authentication_test"_s, R"({"name":"QI Tech"})", u"created_document.json"_s }
            << u"ok"_s;
    }

    void endpoint()
    {
        QFETCH(Case, c);
        QFETCH(QString, expected);
        // Success path.
        m_network->enqueue(FakeAnswer::json(fixture(c.answerFixture), c.method == "POST" ? 201 : 200));
        bool ok = false;
        QString detail;
        bool called = false;
        c.invoke(*m_client, this, [&](bool success, const ApiError &error, const QString &d) {
            called = true;
            ok = success;
            detail = success ? d : error.technicalSummary();
        });
        QTRY_VERIFY(called);
        QVERIFY2(ok, qPrintable(detail));
        QCOMPARE(detail, expected);
        QCOMPARE(m_network->requests().size(), 1);
        const auto &sent = m_network->requests().first();
        QCOMPARE(sent.method, c.method);
        QCOMPARE(sent.pathAndQuery(), c.path);
        QCOMPARE(sent.body, c.body);

        // Error path: a QI error body becomes a typed error with its code.
        m_network->enqueue(FakeAnswer::json(fixture(u"error_trc000024.json"_s), 400));
        called = false;
        ApiError seen;
        c.invoke(*m_client, this, [&](bool success, const ApiError &error, const QString &) {
            called = true;
            ok = success;
            seen = error;
        });
        QTRY_VERIFY(called);
        QVERIFY(!ok);
        QCOMPARE(seen.code(), u"TRC000024"_s);
        QCOMPARE(seen.httpStatus(), 400);

        // Garbage answer: a parse error, never a crash or a half-filled value.
        m_network->enqueue(FakeAnswer::json("<html>gateway</html>", 200));
        called = false;
        c.invoke(*m_client, this, [&](bool success, const ApiError &error, const QString &) {
            called = true;
            ok = success;
            seen = error;
        });
        QTRY_VERIFY(called);
        QVERIFY(!ok);
        QCOMPARE(seen.category(), ApiError::Category::Parse);
        QCOMPARE(seen.outcomeUnknown(), c.method != "GET"); // a mutation's effect is then unknown
    }

    void allAssets_fetchesEveryPageInOrderWithBoundedParallelism()
    {
        const int total = 1234;
        m_network->setHandler([total](const test::RecordedRequest &r) {
            const QUrlQuery query(r.url);
            const int page = query.queryItemValue(u"page"_s).toInt();
            const int limit = query.queryItemValue(u"limit"_s).toInt();
            QJsonArray data;
            for (int i = page * limit; i < std::min(total, (page + 1) * limit); ++i)
                data.append(QJsonObject { { u"asset_key"_s, QString::number(i) },
                                          { u"external_id"_s, u"A%1"_s.arg(i) },
                                          { u"total_purchase_value"_s, 10.01 },
                                          { u"asset_type"_s, u"ccb"_s },
                                          { u"status"_s, u"pre_approved"_s } });
            const QJsonObject body { { u"data"_s, data },
                                     { u"limit"_s, limit },
                                     { u"page"_s, page },
                                     { u"is_last_page"_s, (page + 1) * limit >= total } };
            // Later pages answer sooner, so the client must put them back in order.
            return FakeAnswer::json(QJsonDocument(body).toJson(QJsonDocument::Compact)).delayed(30 - page % 5 * 5);
        });
        m_client->setPageSize(100);
        m_client->setPagesInFlight(4);
        QStringList ids;
        bool done = false;
        qsizetype count = 0;
        m_client->allAssets(
            ref, this,
            [&](const QList<AssetListItem> &items) {
                for (const auto &item : items)
                    ids.append(item.externalId);
            },
            [&](const ApiResult<qsizetype> &r) {
                done = true;
                QVERIFY2(r.ok(), qPrintable(r.error.technicalSummary()));
                count = *r.value;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(count, total);
        QCOMPARE(ids.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(ids.at(i), u"A%1"_s.arg(i));
        QVERIFY(m_network->maxInFlight() <= 4);
        QVERIFY(m_network->maxInFlight() >= 2);
        QVERIFY2(m_network->requests().size() <= 13 + 4,
                 qPrintable(QString::number(m_network->requests().size()))); // 13 pages + look-ahead
    }

    void allAssets_errorMidwayStopsAndReports()
    {
        m_network->setHandler([](const test::RecordedRequest &r) {
            const int page = QUrlQuery(r.url).queryItemValue(u"page"_s).toInt();
            if (page == 2)
                return FakeAnswer::qiError(403, u"GDF000029"_s, u"IP not allowed"_s);
            const QJsonObject body {
                { u"data"_s, QJsonArray {} }, { u"limit"_s, 100 }, { u"page"_s, page }, { u"is_last_page"_s, false }
            };
            return FakeAnswer::json(QJsonDocument(body).toJson());
        });
        ApiError error;
        bool done = false;
        m_client->allAssets(
            ref, this, [](const auto &) {},
            [&](const ApiResult<qsizetype> &r) {
                done = true;
                error = r.error;
            });
        QTRY_VERIFY(done);
        QCOMPARE(error.code(), u"GDF000029"_s);
        QCOMPARE(error.category(), ApiError::Category::Permission);
    }

    // A single answer (batch, summary, accounts...) is parsed and mapped on a worker thread like the
    // pages: the callback does not run inside the call's finished signal, which the UI thread
    // delivers (the client's own slot is connected first, so a parse done there would be seen here).
    void singleAnswer_notParsedInsideFinished()
    {
        m_network->enqueue(FakeAnswer::json(fixture(u"batch_seed002.json"_s)));
        bool called = false;
        std::optional<bool> calledDuringFinished;
        ApiCall *call = m_client->batch(ref, this, [&](const ApiResult<Batch> &r) { called = r.ok(); });
        connect(call, &ApiCall::finished, this, [&] { calledDuringFinished = called; });
        QTRY_VERIFY(called);
        QCOMPARE(calledDuringFinished, false);
    }

    void callback_notCalledAfterContextIsGone()
    {
        m_network->enqueue(FakeAnswer::json(fixture(u"batch_seed002.json"_s)).delayed(20));
        auto *context = new QObject;
        bool called = false;
        m_client->batch(ref, context, [&](const ApiResult<Batch> &) { called = true; });
        delete context;
        QTest::qWait(100);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
