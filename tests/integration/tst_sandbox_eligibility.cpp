// The sandbox's deterministic eligibility rules and the asset documents (pending_documentation,
// document errors TRC000017/24/26/55, a document that is not a PDF).
#include "sandboxharness.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;
using namespace cessio::testing;

class TestSandboxEligibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxHarness> h;

    QJsonObject asset(const QString &config, const QString &batch, const QString &id)
    {
        return h->manager().get(SandboxHarness::path(Endpoint::GetAsset, config, batch, id)).json();
    }

    HttpReply upload(const QString &config, const QString &batch, const QString &assetId, const QString &type,
                     const QByteArray &pdf)
    {
        return h->assignor().post(SandboxHarness::path(Endpoint::UploadDocument, config, batch, assetId),
                                  { { u"document_type"_s, type }, { u"document_b64"_s, QString::fromLatin1(pdf) } });
    }

private Q_SLOTS:
    void init()
    {
        h = std::make_unique<SandboxHarness>();
        QVERIFY2(h->start(), qPrintable(h->error()));
    }
    void cleanup() { h.reset(); }

    void rules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("deniedBy");
        QTest::addColumn<QString>("reason");
        const QByteArray pdf = AssetBodies::pdfBase64();
        const auto ccb = [](auto &&change) {
            AssetBodies::Spec spec = AssetBodies::spec(u"X-A1"_s);
            change(spec);
            return AssetBodies::ccb(spec);
        };
        QTest::newRow("eligible") << ccb([](auto &) {}) << pdf << u"pre_approved"_s << QString() << QString();
        QTest::newRow("borrower CPF check digits") << ccb([](auto &s) { s.borrower = u"123.456.789-00"_s; }) << pdf << u"denied"_s
                                                   << u"eligibility"_s << u"Invalid borrower document number"_s;
        QTest::newRow("originator CNPJ check digits")
            << ccb([](auto &s) { s.originator = u"12.345.678/0001-00"_s; }) << pdf << u"denied"_s << u"eligibility"_s
            << u"Invalid originator document number"_s;
        QTest::newRow("maturity on the accounting date")
            << ccb([](auto &s) { s.maturity = QDate(2026, 11, 23); }) << pdf << u"denied"_s << u"eligibility"_s
            << u"Maturity date 2026-11-23 is not after the fund accounting date 2026-11-23"_s;
        QTest::newRow("purchase above face")
            << ccb([](auto &s) { s.purchaseCentavos = 130000; }) << pdf << u"denied"_s << u"eligibility"_s
            << u"Total purchase value 1300.00 is above the face value 1200.00"_s;
        QTest::newRow("purchase equal to the face of two installments") << ccb([](auto &s) {
            s.installments = 2;
            s.purchaseCentavos = 240000;
        }) << pdf << u"pre_approved"_s << QString() << QString();
        QTest::newRow("asset type of another configuration")
            << AssetBodies::duplicata(u"duplicata_mercantil"_s, AssetBodies::spec(u"X-A1"_s)) << QByteArray() << u"denied"_s
            << u"eligibility"_s << u"Asset type 'duplicata_mercantil' is not the configuration's asset type 'ccb'"_s;
        QTest::newRow("document is not a PDF") << ccb([](auto &) {}) << QByteArray("plain text").toBase64() << u"denied"_s
                                               << u"document"_s << u"Invalid documents"_s;
    }
    void rules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QByteArray, document);
        QFETCH(QString, status);
        QFETCH(QString, deniedBy);
        QFETCH(QString, reason);
        const QString cfg = SandboxHarness::ccbConfig;
        QCOMPARE(h->createBatch(cfg, u"X"_s).status, 201);
        const HttpReply inserted = h->assignor().post(SandboxHarness::path(Endpoint::InsertAsset, cfg, u"X"_s), body);
        QCOMPARE(inserted.status, 201);
        if (!document.isEmpty())
            QCOMPARE(upload(cfg, u"X"_s, u"X-A1"_s, u"ccb"_s, document).status, 201);
        h->tick();
        const QJsonObject result = asset(cfg, u"X"_s, u"X-A1"_s);
        QCOMPARE(result.value(u"status"_s).toString(), status);
        QCOMPARE(result.value(u"denied_by"_s).toString(), deniedBy);
        QCOMPARE(result.value(u"denial_reason"_s).toString(), reason);
    }

    void everyAssetDenied_batchEligibility_deniesTheBatch()
    {
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"Y"_s).status, 201);
        AssetBodies::Spec spec = AssetBodies::spec(u"Y-A1"_s);
        spec.borrower = u"111.111.111-11"_s;
        QCOMPARE(h->insertCcb(u"Y"_s, spec).status, 201);
        QCOMPARE(h->setStatus(h->assignor(), SandboxHarness::ccbConfig, u"Y"_s,
                              { { u"assignment_status"_s, u"completed_assets_insertion"_s } })
                     .status,
                 200);
        h->tick(2);
        QCOMPARE(h->batchStatus(SandboxHarness::ccbConfig, u"Y"_s), u"denied"_s);
    }

    void missingDocument_assetWaitsInPendingDocumentation_thenPreApproved()
    {
        const QString cfg = SandboxHarness::ccbConfig;
        QCOMPARE(h->createBatch(cfg, u"Z"_s).status, 201);
        QCOMPARE(h->insertCcb(u"Z"_s, AssetBodies::spec(u"Z-A1"_s), false).status, 201);
        QCOMPARE(h->setStatus(h->assignor(), cfg, u"Z"_s, { { u"assignment_status"_s, u"completed_assets_insertion"_s } }).status,
                 200);
        h->tick(3);
        QCOMPARE(asset(cfg, u"Z"_s, u"Z-A1"_s).value(u"status"_s).toString(), u"pending_documentation"_s);
        QCOMPARE(h->batchStatus(cfg, u"Z"_s), u"pending_eligibility"_s); // waits for the asset

        // The document route takes the asset_key as well as the external id [C, both generations].
        const QString assetKey = asset(cfg, u"Z"_s, u"Z-A1"_s).value(u"asset_key"_s).toString();
        const HttpReply uploaded = upload(cfg, u"Z"_s, assetKey, u"ccb"_s, AssetBodies::pdfBase64());
        QCOMPARE(uploaded.status, 201);
        QVERIFY(!uploaded.json().value(u"document_key"_s).toString().isEmpty());
        h->tick();
        QCOMPARE(asset(cfg, u"Z"_s, u"Z-A1"_s).value(u"status"_s).toString(), u"pre_approved"_s);
        h->tick();
        QCOMPARE(h->batchStatus(cfg, u"Z"_s), u"pending_manager_approval"_s);
        QCOMPARE(upload(cfg, u"Z"_s, u"Z-A1"_s, u"ccb"_s, AssetBodies::pdfBase64()).code(), u"TRC000024"_s);
    }

    void documentErrors_data()
    {
        QTest::addColumn<QString>("assetId");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QByteArray pdf = AssetBodies::pdfBase64();
        QTest::newRow("unknown asset") << u"nope"_s << u"ccb"_s << pdf << 404 << u"TRC000017"_s;
        QTest::newRow("type of another asset type") << u"W-A1"_s << u"duplicata_servicos"_s << pdf << 400 << u"TRC000026"_s;
        QTest::newRow("second document of a type") << u"W-A1"_s << u"ccb"_s << pdf << 400 << u"TRC000055"_s;
        QTest::newRow("not base64") << u"W-A1"_s << u"ccb"_s << QByteArray("%%%") << 400 << u"QIT000001"_s;
        QTest::newRow("no document_type") << u"W-A1"_s << QString() << pdf << 400 << u"QIT000001"_s;
    }
    void documentErrors()
    {
        QFETCH(QString, assetId);
        QFETCH(QString, type);
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, code);
        QCOMPARE(h->createBatch(SandboxHarness::ccbConfig, u"W"_s).status, 201);
        QCOMPARE(h->insertCcb(u"W"_s, AssetBodies::spec(u"W-A1"_s)).status, 201); // with its ccb document
        const HttpReply reply = upload(SandboxHarness::ccbConfig, u"W"_s, assetId, type, content);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.code(), code);
    }

    void serviceDuplicata_needsItsDocument_andDiscountedContractFollowsConfiguration()
    {
        QCOMPARE(h->createBatch(SandboxHarness::svcConfig, u"S"_s).status, 201);
        QCOMPARE(h->assignor()
                     .post(SandboxHarness::path(Endpoint::InsertAsset, SandboxHarness::svcConfig, u"S"_s),
                           AssetBodies::duplicata(u"duplicata_servico"_s, AssetBodies::spec(u"S-A1"_s))) // older spelling
                     .status,
                 201);
        QCOMPARE(h->createBatch(SandboxHarness::dcConfig, u"C"_s).status, 201);
        QCOMPARE(h->assignor()
                     .post(SandboxHarness::path(Endpoint::InsertAsset, SandboxHarness::dcConfig, u"C"_s),
                           AssetBodies::discountedContract(AssetBodies::spec(u"C-A1"_s)))
                     .status,
                 201);
        h->tick();
        QCOMPARE(asset(SandboxHarness::svcConfig, u"S"_s, u"S-A1"_s).value(u"status"_s).toString(), u"pending_documentation"_s);
        QCOMPARE(asset(SandboxHarness::dcConfig, u"C"_s, u"C-A1"_s).value(u"status"_s).toString(), u"pending_documentation"_s);
        QCOMPARE(upload(SandboxHarness::svcConfig, u"S"_s, u"S-A1"_s, u"duplicata_servicos"_s, AssetBodies::pdfBase64()).status,
                 201);
        QCOMPARE(upload(SandboxHarness::dcConfig, u"C"_s, u"C-A1"_s, u"discounted_contract"_s, AssetBodies::pdfBase64()).status,
                 201);
        h->tick();
        QCOMPARE(asset(SandboxHarness::svcConfig, u"S"_s, u"S-A1"_s).value(u"status"_s).toString(), u"pre_approved"_s);
        QCOMPARE(asset(SandboxHarness::dcConfig, u"C"_s, u"C-A1"_s).value(u"status"_s).toString(), u"pre_approved"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEligibility)
#include "tst_sandbox_eligibility.moc"
