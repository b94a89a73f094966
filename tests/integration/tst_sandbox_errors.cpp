// Every documented error of the batch and asset routes (reference §8), the sandbox's own codes
// where the documentation is silent, profiles and permissions, and the error body's shape.
#include "sandboxharness.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxErrors : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    static void verifyErrorShape(const HttpReply &reply)
    {
        const QJsonObject body = reply.json();
        QCOMPARE(body.keys(), QStringList({ u"code"_s, u"description"_s, u"title"_s, u"translation"_s }));
        for (const QString &key : body.keys())
            QVERIFY2(!body.value(key).toString().isEmpty(), qPrintable(key));
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
        QVERIFY(h->prepareForManager(u"OPEN-DONE"_s, 1)); // a batch waiting for the manager
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"OPEN"_s).status, 201);
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"EMPTY"_s).status, 201);
        QCOMPARE(h->insertCcb(u"OPEN"_s, AssetBodies::spec(u"OPEN-A1"_s)).status, 201);
    }
    void cleanup() { h.reset(); }

    void documentedErrors_data()
    {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("description");

        using H = SandboxHarness;
        const QString create = H::path(Endpoint::CreateBatch, H::ccbConfig);
        const auto put = [](const QString &status) { return u"{\"assignment_status\":\"%1\"}"_s.arg(status).toUtf8(); };
        const QString done = H::path(Endpoint::UpdateBatch, H::ccbConfig, u"OPEN-DONE"_s);
        const QString open = H::path(Endpoint::UpdateBatch, H::ccbConfig, u"OPEN"_s);
        PathParams otherFund { H::fundBeta, H::ccbConfig, {}, {}, {}, {} };

        QTest::newRow("TRC000016 unknown configuration")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::CreateBatch, u"nope"_s) << "{\"external_id\":\"N1\"}"_ba << 404
            << u"TRC000016"_s << u"AssignmentConfiguration was not found"_s;
        QTest::newRow("TRC000016 configuration of another fund")
            << u"assignor"_s << "POST"_ba << Endpoints::path(Endpoint::CreateBatch, otherFund) << "{\"external_id\":\"N1\"}"_ba
            << 404 << u"TRC000016"_s << u"AssignmentConfiguration was not found"_s;
        QTest::newRow("TRC000014 inactive configuration")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::CreateBatch, H::inactiveConfig) << "{\"external_id\":\"N1\"}"_ba
            << 400 << u"TRC000014"_s << u"Assignment Configuration is not active."_s;
        QTest::newRow("TRC000083 assignment date")
            << u"assignor"_s << "POST"_ba << create << "{\"external_id\":\"N1\",\"assignment_date\":\"2026-11-24\"}"_ba << 400
            << u"TRC000083"_s << u"Given assignment date is different from fund accounting date."_s;
        QTest::newRow("TRC000041 duplicate external_id")
            << u"assignor"_s << "POST"_ba << create << "{\"external_id\":\"OPEN\"}"_ba << 400 << u"TRC000041"_s
            << u"Already Exists This External Id"_s;
        QTest::newRow("TRC000041 across configurations")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::CreateBatch, H::dupConfig) << "{\"external_id\":\"OPEN\"}"_ba
            << 400 << u"TRC000041"_s << u"Already Exists This External Id"_s;
        QTest::newRow("QIT000001 external_id missing") << u"assignor"_s << "POST"_ba << create << "{\"name\":\"x\"}"_ba << 400
                                                       << u"QIT000001"_s << u"Payload Inválido external_id: required string"_s;
        QTest::newRow("QIT000001 external_id too long")
            << u"assignor"_s << "POST"_ba << create << QByteArray("{\"external_id\":\"" + QByteArray(51, 'x') + "\"}") << 400
            << u"QIT000001"_s << u"Payload Inválido external_id: at most 50 characters"_s;
        QTest::newRow("QIT000001 invalid JSON")
            << u"assignor"_s << "POST"_ba << create << "{\"external_id\":"_ba << 400 << u"QIT000001"_s << QString();
        QTest::newRow("QIT000001 JSON array") << u"assignor"_s << "POST"_ba << create << "[]"_ba << 400 << u"QIT000001"_s
                                              << u"Payload Inválido body must be a JSON object"_s;
        QTest::newRow("TRC000018 unknown batch")
            << u"manager"_s << "PUT"_ba << H::path(Endpoint::UpdateBatch, H::ccbConfig, u"NOPE"_s) << put(u"approved"_s) << 400
            << u"TRC000018"_s << u"Assignment not found"_s;
        QTest::newRow("TRC000024 approve an open batch")
            << u"manager"_s << "PUT"_ba << open << put(u"approved"_s) << 400 << u"TRC000024"_s
            << u"This assignment can not receive 'approved' status"_s;
        QTest::newRow("TRC000024 deny an open batch") << u"manager"_s << "PUT"_ba << open << put(u"denied"_s) << 400
                                                      << u"TRC000024"_s << u"This assignment can not receive 'denied' status"_s;
        QTest::newRow("TRC000024 status no client may set")
            << u"manager"_s << "PUT"_ba << done << put(u"completed"_s) << 400 << u"TRC000024"_s
            << u"This assignment can not receive 'completed' status"_s;
        QTest::newRow("TRC000024 close twice")
            << u"assignor"_s << "PUT"_ba << done << put(u"completed_assets_insertion"_s) << 400 << u"TRC000024"_s
            << u"This assignment can not receive 'completed_assets_insertion' status"_s;
        QTest::newRow("TRC000024 reopen an open batch")
            << u"manager"_s << "PUT"_ba << open << put(u"pending_assets_insertion"_s) << 400 << u"TRC000024"_s
            << u"This assignment can not receive 'pending_assets_insertion' status"_s;
        QTest::newRow("TRC000042 close an empty batch")
            << u"assignor"_s << "PUT"_ba << H::path(Endpoint::UpdateBatch, H::ccbConfig, u"EMPTY"_s)
            << put(u"completed_assets_insertion"_s) << 400 << u"TRC000042"_s
            << u"Cannot close this assignment because there is no asset."_s;
        QTest::newRow("TRC000024 asset into a closed batch")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::InsertAsset, H::ccbConfig, u"OPEN-DONE"_s)
            << QJsonDocument(AssetBodies::ccb(AssetBodies::spec(u"N-A1"_s))).toJson() << 400 << u"TRC000024"_s
            << u"This assignment can not receive new assets"_s;
        QTest::newRow("TRC900002 duplicate asset external_id")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::InsertAsset, H::ccbConfig, u"OPEN"_s)
            << QJsonDocument(AssetBodies::ccb(AssetBodies::spec(u"OPEN-A1"_s))).toJson() << 400 << u"TRC900002"_s
            << u"Already Exists This Asset External Id"_s;
        QTest::newRow("TRC900003 asset id equals batch id")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::InsertAsset, H::ccbConfig, u"OPEN"_s)
            << QJsonDocument(AssetBodies::ccb(AssetBodies::spec(u"OPEN"_s))).toJson() << 400 << u"TRC900003"_s
            << u"The asset external_id must differ from the assignment external_id"_s;
        QTest::newRow("QIT000001 asset without its main object")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::InsertAsset, H::ccbConfig, u"OPEN"_s)
            << "{\"asset_type\":\"ccb\",\"total_purchase_value\":10.00}"_ba << 400 << u"QIT000001"_s
            << u"Payload Inválido credit_operation: required object"_s;
        QTest::newRow("QIT000001 sub-centavo value")
            << u"assignor"_s << "POST"_ba << H::path(Endpoint::InsertAsset, H::ccbConfig, u"OPEN"_s)
            << "{\"asset_type\":\"ccb\",\"total_purchase_value\":10.001}"_ba << 400 << u"QIT000001"_s
            << u"Payload Inválido total_purchase_value: expected a number with at most two decimals"_s;
        QTest::newRow("TRC000017 unknown asset")
            << u"manager"_s << "GET"_ba << H::path(Endpoint::GetAsset, H::ccbConfig, u"OPEN"_s, u"nope"_s) << QByteArray() << 404
            << u"TRC000017"_s << u"Asset not found"_s;
        QTest::newRow("TRC900005 term before approval")
            << u"manager"_s << "GET"_ba << H::path(Endpoint::TermLink, H::ccbConfig, u"OPEN"_s) << QByteArray() << 400
            << u"TRC900005"_s << u"The assignment term is generated after the manager approval"_s;
        QTest::newRow("TRC900007 inactive disbursement account")
            << u"manager"_s << "PUT"_ba << done
            << "{\"assignment_status\":\"approved\",\"disbursement_account_key\":\"account-inactive\"}"_ba << 400
            << u"TRC900007"_s << u"Disbursement account not found, not active or not the assignor's"_s;
        QTest::newRow("TRC900007 unknown disbursement account")
            << u"manager"_s << "PUT"_ba << done << "{\"assignment_status\":\"approved\",\"disbursement_account_key\":\"nope\"}"_ba
            << 400 << u"TRC900007"_s << u"Disbursement account not found, not active or not the assignor's"_s;
        QTest::newRow("MIT000017 read-only manager writes")
            << u"managerRead"_s << "PUT"_ba << done << put(u"approved"_s) << 403 << u"MIT000017"_s
            << u"Manager does not have permission to access this endpoint"_s;
        QTest::newRow("AIT900018 assignor approves")
            << u"assignor"_s << "PUT"_ba << done << put(u"approved"_s) << 403 << u"AIT900018"_s
            << u"Profile 'assignor' may not approve or deny an assignment"_s;
        QTest::newRow("AIT900018 assignor reopens")
            << u"assignor"_s << "PUT"_ba << done << put(u"pending_assets_insertion"_s) << 403 << u"AIT900018"_s
            << u"Profile 'assignor' may not reopen an assignment"_s;
        QTest::newRow("CIT900018 consultant removes an asset")
            << u"consultant"_s << "PUT"_ba << H::path(Endpoint::UpdateAsset, H::ccbConfig, u"OPEN"_s, u"OPEN-A1"_s)
            << "{\"asset_status\":\"denied\"}"_ba << 403 << u"CIT900018"_s << u"Profile 'consultant' may not remove an asset"_s;
        QTest::newRow("QIT000404 no route") << u"manager"_s << "GET"_ba << u"/trade_receivables/nothing"_s << QByteArray() << 404
                                            << u"QIT000404"_s << u"No route for this path"_s;
        QTest::newRow("QIT000405 method") << u"manager"_s << "DELETE"_ba << done << QByteArray() << 405 << u"QIT000405"_s
                                          << u"Method not allowed for this route"_s;
    }
    void documentedErrors()
    {
        QFETCH(QString, client);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, description);
        SignedClient &c = client == u"manager" ? h->manager()
            : client == u"managerRead"         ? h->managerReadOnly()
            : client == u"consultant"          ? h->consultant()
                                               : h->assignor();
        const HttpReply reply = c.send(method, path, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
        if (!description.isEmpty())
            QCOMPARE(reply.json().value(u"description"_s).toString(), description);
        verifyErrorShape(reply);
    }

    void readOnlyManager_reads_butNeverChangesAnything()
    {
        const QString done = SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, u"OPEN-DONE"_s);
        QCOMPARE(h->managerReadOnly().get(done).status, 200);
        QCOMPARE(h->managerReadOnly().put(done, { { u"assignment_status"_s, u"denied"_s } }).status, 403);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"OPEN-DONE"_s), u"pending_manager_approval"_s);
    }

    void assignmentDate_equalToAccountingDate_accepted_andUnknownFieldsIgnored()
    {
        const HttpReply reply = h->assignor().post(SandboxHarness::path(Endpoint::CreateBatch, SandboxHarness::ccbConfig),
                                                   { { u"external_id"_s, u"DATED"_s },
                                                     { u"assignment_date"_s, SandboxHarness::accountingDate },
                                                     { u"some_future_field"_s, QJsonObject { { u"x"_s, 1 } } } });
        QCOMPARE(reply.status, 201);
        const QJsonObject batch
            = h->manager().get(SandboxHarness::path(Endpoint::GetBatch, SandboxHarness::ccbConfig, u"DATED"_s)).json();
        QCOMPARE(batch.value(u"assignment_date"_s).toString(), SandboxHarness::accountingDate);
        QCOMPARE(batch.value(u"assignment_configuration"_s)[u"fund_class"_s][u"accounting_date"_s].toString(),
                 SandboxHarness::accountingDate);
        QVERIFY(batch.value(u"disbursement"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSandboxErrors)
#include "tst_sandbox_errors.moc"
