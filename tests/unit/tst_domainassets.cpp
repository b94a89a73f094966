// JSON mapping of assets of every type, the asset listing, and the creation body round trip.
#include "core/asset.h"
#include "core/responses.h"
#include "jsonfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

class TestDomainAssets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asset_everyType_mapsCommonFacts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("externalId");
        QTest::addColumn<qint64>("purchase");
        QTest::addColumn<qint64>("face");
        QTest::addColumn<QString>("debtor");
        QTest::addColumn<QString>("document");
        QTest::addColumn<int>("maturities");
        QTest::newRow("ccb") << u"asset_ccb.json"_s << int(AssetType::Ccb) << u"ccf6f331-0e1d-4c2b-9a8f-7e6d5c4b3a29"_s
                             << qint64(135166) << qint64(147222) << u"Empresa Exemplo Ltda"_s << u"19.845.976/0001-93"_s << 3;
        QTest::newRow("duplicata mercantil") << u"asset_duplicata_mercantil.json"_s << int(AssetType::DuplicataMercantil)
                                             << u"5f0c6e8a-2b1d-4c3e-9f8a-7b6c5d4e3f2a"_s << qint64(123121) << qint64(102301)
                                             << u"Maria da Silva"_s << u"805.359.140-08"_s << 1;
        QTest::newRow("duplicata servicos") << u"asset_duplicata_servicos.json"_s << int(AssetType::DuplicataServicos)
                                            << u"DS-2024-000187"_s << qint64(480050) << qint64(500000)
                                            << u"Tomadora de Serviços S.A."_s << u"19.845.976/0001-93"_s << 1;
        QTest::newRow("discounted contract")
            << u"asset_discounted_contract.json"_s << int(AssetType::DiscountedContract) << u"CONTR-2023-00123-P03"_s
            << qint64(123121) << qint64(102301) << u"João Pereira"_s << u"805.359.140-08"_s << 1;
        QTest::newRow("cheque") << u"asset_check.json"_s << int(AssetType::Check) << u"CHQ-000451"_s << qint64(95000)
                                << qint64(100000) << u"Carlos Souza"_s << u"805.359.140-08"_s << 1;
    }
    void asset_everyType_mapsCommonFacts()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(QString, externalId);
        QFETCH(qint64, purchase);
        QFETCH(qint64, face);
        QFETCH(QString, debtor);
        QFETCH(QString, document);
        QFETCH(int, maturities);
        QString error;
        const auto asset = Asset::fromJson(loadQiFixture(file), &error);
        QVERIFY2(asset, qPrintable(error));
        QCOMPARE(int(asset->type.value()), type);
        QCOMPARE(asset->externalId, externalId);
        QCOMPARE(asset->creditRightExternalId(), externalId);
        QCOMPARE(asset->totalPurchaseValue.centavos(), purchase);
        QCOMPARE(asset->faceValue().centavos(), face);
        QCOMPARE(asset->debtorName(), debtor);
        QCOMPARE(asset->debtorDocument(), document);
        QCOMPARE(asset->maturities().size(), maturities);
        QVERIFY(asset->creditOperation.has_value() != asset->creditRight.has_value());
        QVERIFY(asset->assetKey.isEmpty());
        QVERIFY(!asset->status.isKnown());
    }

    void asset_toJson_isTheCreationBodyAndRoundTrips_data()
    {
        QTest::addColumn<QString>("file");
        for (const auto &file : { u"asset_ccb.json"_s, u"asset_duplicata_mercantil.json"_s, u"asset_duplicata_servicos.json"_s,
                                  u"asset_discounted_contract.json"_s, u"asset_check.json"_s })
            QTest::newRow(qPrintable(file)) << file;
    }
    void asset_toJson_isTheCreationBodyAndRoundTrips()
    {
        QFETCH(QString, file);
        const QJsonObject body = loadQiFixture(file);
        const auto asset = Asset::fromJson(body);
        QVERIFY(asset);
        QCOMPARE(asset->toJson(), body); // exactly the §5.5 request body it came from
        QCOMPARE(Asset::fromJson(asset->toJson()), asset);

        Asset stored = *asset; // as the simulator serves it back: plus key, status and denial
        stored.assetKey = u"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s;
        stored.status = AssetStatus::Denied;
        stored.deniedBy = u"document"_s;
        stored.denialReason = u"Invalid documents"_s;
        QCOMPARE(Asset::fromJson(stored.toJson()), stored);
    }

    void asset_ccb_mapsEveryField()
    {
        const auto asset = Asset::fromJson(loadQiFixture(u"asset_ccb.json"_s));
        QVERIFY(asset && asset->creditOperation);
        QCOMPARE(asset->premiums, (QList<Premium> { { u"spread"_s, Money::fromCentavos(1338) } }));
        const CreditOperation &ccb = *asset->creditOperation;
        QCOMPARE(ccb.originatorDocumentNumber, u"75.723.105/0001-78"_s);
        QCOMPARE(ccb.contract.number, u"0008309052/NBF"_s);
        QCOMPARE(ccb.contract.disbursementDate, QDate(2023, 7, 6));
        QCOMPARE(ccb.contract.issueDate, QDate(2023, 7, 6));
        QCOMPARE(ccb.contract.signatureDate, QDate(2023, 7, 6));
        QCOMPARE(ccb.contract.issueValue, Money::fromCentavos(133828));
        QCOMPARE(ccb.amortizationType, u"sac"_s);
        QCOMPARE(ccb.principalValue, Money::fromCentavos(133828));
        QCOMPARE(ccb.interestRateType, u"pre_fixed"_s);
        QCOMPARE(ccb.calendarBase, u"calendar_365"_s);
        QCOMPARE(ccb.monthlyRate, 0.018);
        QCOMPARE(ccb.modalityCode, u"0202"_s);
        QCOMPARE(ccb.installments.size(), 3);
        QCOMPARE(ccb.installments.at(1), (Installment { QDate(2024, 10, 1), 2, Money::fromCentavos(48253) }));
        QCOMPARE(ccb.borrower.personType, u"legal_person"_s);
        QCOMPARE(ccb.borrower.email, u"financeiro@exemplo.com.br"_s);
        QCOMPARE(ccb.borrower.address.city, u"São Paulo"_s);
        QCOMPARE(ccb.borrower.address.uf, u"SP"_s);
        QCOMPARE(ccb.borrower.address.postalCode, u"01001-000"_s);
        QCOMPARE(ccb.borrower.phone.text(), u"(11) 93636-0268"_s);
        QCOMPARE(ccb.borrower.legalPerson.value("activity_code"_L1).toString(), u"11.11-1-11"_s);
        QCOMPARE(ccb.delay.value("interest"_L1).toObject().value("method"_L1).toString(), u"compound"_s);
        QCOMPARE(asset->maturities().constLast(), (std::pair { QDate(2025, 10, 1), Money::fromCentavos(30036) }));
    }

    void asset_creditRights_mapTheirObjects()
    {
        const auto duplicata = Asset::fromJson(loadQiFixture(u"asset_duplicata_mercantil.json"_s));
        QVERIFY(duplicata && duplicata->creditRight && duplicata->creditRight->invoice);
        const DiscountedCreditRight &right = *duplicata->creditRight;
        QCOMPARE(right.maturityDate, QDate(2023, 12, 10));
        QCOMPARE(right.orderNumber, u"18923619954796912"_s);
        QCOMPARE(right.personType, u"natural_person"_s);
        QCOMPARE(right.participantControlNumber, u"ICX841HWCPUGU4U101XPLDW8D"_s);
        QCOMPARE(right.borrower.naturalPerson.value("mother_name"_L1).toString(), u"Ana da Silva"_s);
        QCOMPARE(right.invoice->accessKey.size(), 44);
        QCOMPARE(right.invoice->totalValue, Money::fromCentavos(123121));
        QCOMPARE(right.invoice->serie, u"123"_s);
        QCOMPARE(right.invoice->number, u"958431587"_s);
        QCOMPARE(right.invoice->issueDate, QDate(2023, 10, 10));
        QCOMPARE(right.bankslip.value("our_number"_L1).toObject().value("digit"_L1).toString(), u"P"_s);
        QVERIFY(!right.contract && !right.installmentNumber);

        const auto contract = Asset::fromJson(loadQiFixture(u"asset_discounted_contract.json"_s));
        QVERIFY(contract && contract->creditRight && contract->creditRight->contract);
        QCOMPARE(contract->creditRight->installmentNumber, 3);
        QCOMPARE(contract->creditRight->contract->numberOfInstallments, 12);
        QCOMPARE(contract->creditRight->contract->totalFaceValue, Money::fromCentavos(1227612));
        QCOMPARE(contract->creditRight->contract->number, u"CONTR-2023-00123"_s);
        QCOMPARE(contract->creditRight->contract->issueDate, QDate(2023, 1, 10));

        const auto cheque = Asset::fromJson(loadQiFixture(u"asset_check.json"_s));
        QVERIFY(cheque && cheque->creditRight);
        QCOMPARE(cheque->creditRight->check.value("check_number"_L1).toString(), u"000451"_s);
        QVERIFY(!cheque->creditRight->invoice);
    }

    void asset_variants_areAccepted()
    {
        QJsonObject json = loadQiFixture(u"asset_duplicata_servicos.json"_s);
        json.insert("asset_type"_L1, u"duplicata_servico"_s);
        QCOMPARE(Asset::fromJson(json)->type.value(), AssetType::DuplicataServicos);
        json.insert("asset_type"_L1, u"cte_v2"_s);
        QCOMPARE(Asset::fromJson(json)->type.apiName(), u"cte_v2"_s);

        QJsonObject ccb = loadQiFixture(u"asset_ccb.json"_s);
        ccb.remove("asset_type"_L1);
        ccb.remove("premiums"_L1);
        ccb.insert("deductions"_L1, QJsonValue());
        const auto asset = Asset::fromJson(ccb);
        QVERIFY(asset);
        QCOMPARE(asset->type.value(), AssetType::Ccb); // [I] inferred from credit_operation
        QVERIFY(asset->premiums.isEmpty() && asset->deductions.isEmpty());
    }

    void asset_badField_namesThePath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("installment value") << u"asset_ccb.json"_s
                                           << QStringList { u"credit_operation"_s, u"installments"_s, u"1"_s, u"face_value"_s }
                                           << QJsonValue(482.534)
                                           << u"credit_operation.installments[1].face_value: not a two-decimal amount"_s;
        QTest::newRow("installment date") << u"asset_ccb.json"_s
                                          << QStringList { u"credit_operation"_s, u"installments"_s, u"0"_s, u"maturity_date"_s }
                                          << QJsonValue() << u"credit_operation.installments[0].maturity_date: missing"_s;
        QTest::newRow("purchase value") << u"asset_ccb.json"_s << QStringList { u"total_purchase_value"_s } << QJsonValue()
                                        << u"total_purchase_value: missing"_s;
        QTest::newRow("borrower") << u"asset_duplicata_mercantil.json"_s
                                  << QStringList { u"discounted_credit_right"_s, u"borrower"_s, u"address"_s }
                                  << QJsonValue(u"Avenida Brasil, 2000"_s)
                                  << u"discounted_credit_right.borrower.address: not an object"_s;
        QTest::newRow("invoice") << u"asset_duplicata_mercantil.json"_s
                                 << QStringList { u"discounted_credit_right"_s, u"invoice"_s, u"issue_date"_s }
                                 << QJsonValue(u"10/10/2023"_s)
                                 << u"discounted_credit_right.invoice.issue_date: not a date (YYYY-MM-DD)"_s;
        QTest::newRow("right id") << u"asset_check.json"_s << QStringList { u"discounted_credit_right"_s, u"external_id"_s }
                                  << QJsonValue() << u"discounted_credit_right.external_id: missing"_s;
    }
    void asset_badField_namesThePath()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!Asset::fromJson(replaceAt(loadQiFixture(file), pointer, value).toObject(), &error));
        QCOMPARE(error, expected);
    }

    void listing_newShape_parses()
    {
        QString error;
        const auto page = parsePage<AssetListItem>(loadQiFixture(u"assets_page.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 3);
        QCOMPARE(page->limit, 3);
        QVERIFY(!page->isLastPage);
        const AssetListItem &denied = page->items.at(0);
        QCOMPARE(denied.assetKey, u"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);
        QCOMPARE(denied.externalId, u"DUP-2024-0001"_s);
        QCOMPARE(denied.totalPurchaseValue, Money::fromCentavos(123121));
        QCOMPARE(denied.type.value(), AssetType::DuplicataMercantil);
        QCOMPARE(denied.status.value(), AssetStatus::Denied);
        QCOMPARE(denied.durationDays, 9177);
        QCOMPARE(denied.deniedBy, u"document"_s);
        QCOMPARE(denied.denialReason, u"Invalid documents"_s);
        QVERIFY(!denied.detail);
        QCOMPARE(page->items.at(1).totalPurchaseValue, Money::fromCentavos(29));
        QCOMPARE(page->items.at(2).totalPurchaseValue, Money::fromCentavos(15000000));
        QVERIFY(!page->items.at(2).durationDays);
        QCOMPARE(page->items.at(2).status.apiName(), u"pending_custody_review"_s); // unknown, kept verbatim
        QCOMPARE(page->toJson(), loadQiFixture(u"assets_page.json"_s));
    }

    void listing_oldShape_keepsEmbeddedAsset()
    {
        QString error;
        const auto page = parsePage<AssetListItem>(loadQiFixture(u"assets_page_old.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        const AssetListItem &duplicata = page->items.at(0);
        QCOMPARE(duplicata.status.value(), AssetStatus::Denied); // "reproved"
        QVERIFY(duplicata.detail && duplicata.detail->creditRight);
        QCOMPARE(duplicata.detail->debtorName(), u"Maria da Silva"_s);
        QCOMPARE(duplicata.detail->creditRight->invoice->number, u"958431587"_s);
        const AssetListItem &ccb = page->items.at(1);
        QCOMPARE(ccb.totalPurchaseValue, Money::fromCentavos(135166));
        QCOMPARE(ccb.detail->faceValue(), Money::fromCentavos(68933));
        QCOMPARE(AssetListItem::fromJson(ccb.toJson()), ccb);
    }

    void listing_badItem_namesThePath_data()
    {
        QTest::addColumn<QStringList>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status") << QStringList { u"data"_s, u"1"_s, u"status"_s } << QJsonValue() << u"data[1].status: missing"_s;
        QTest::newRow("external id") << QStringList { u"data"_s, u"0"_s, u"external_id"_s } << QJsonValue(u""_s)
                                     << u"data[0].external_id: missing"_s;
        QTest::newRow("value") << QStringList { u"data"_s, u"2"_s, u"total_purchase_value"_s } << QJsonValue(u"R$ 10"_s)
                               << u"data[2].total_purchase_value: not a two-decimal amount"_s;
        QTest::newRow("duration") << QStringList { u"data"_s, u"0"_s, u"duration"_s } << QJsonValue(u"9177 days"_s)
                                  << u"data[0].duration: not an integer"_s;
    }
    void listing_badItem_namesThePath()
    {
        QFETCH(QStringList, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parsePage<AssetListItem>(replaceAt(loadQiFixture(u"assets_page.json"_s), pointer, value).toObject(), &error));
        QCOMPARE(error, expected);
    }

    void listing_deepProblem_namesTheFullPath()
    {
        // The brief's example: a bad installment of the fourth item of an old-shape page.
        QJsonObject page = loadQiFixture(u"assets_page_old.json"_s);
        QJsonArray data = page.value("data"_L1).toArray();
        QJsonObject ccb = loadQiFixture(u"asset_ccb.json"_s);
        ccb.insert("external_id"_L1, u"X"_s);
        ccb.insert("status"_L1, u"pre_approved"_s);
        data.append(data.at(0));
        data.append(replaceAt(ccb, { u"credit_operation"_s, u"installments"_s, u"1"_s, u"face_value"_s }, 0.001));
        page.insert("data"_L1, data);
        QString error;
        QVERIFY(!parsePage<AssetListItem>(page, &error));
        QCOMPARE(error, u"data[3].credit_operation.installments[1].face_value: not a two-decimal amount"_s);
    }

    void builtAsset_toJsonFromJson_roundTrips()
    {
        // What the simulator's demo data does: build in code, send as a creation body.
        Asset asset;
        asset.type = AssetType::DuplicataMercantil;
        asset.totalPurchaseValue = Money::fromCentavos(29);
        DiscountedCreditRight right;
        right.externalId = u"DEMO-1"_s;
        right.maturityDate = QDate(2024, 5, 31);
        right.faceValue = Money::fromCentavos(15000000);
        right.borrower.name = u"Sacado Demo"_s;
        right.borrower.documentNumber = u"805.359.140-08"_s;
        right.invoice = Invoice { u"3524"_s, Money::fromCentavos(15000000), u"1"_s, u"77"_s, QDate(2024, 4, 1) };
        asset.creditRight = right;
        asset.externalId = right.externalId;
        const QJsonObject body = asset.toJson();
        QVERIFY(!body.contains("asset_key"_L1) && !body.contains("status"_L1) && !body.contains("external_id"_L1));
        QCOMPARE(body.value("total_purchase_value"_L1).toDouble(), 0.29);
        QCOMPARE(Asset::fromJson(body), asset);
    }

private:
    static QJsonValue replaceAt(const QJsonValue &node, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString head = path.takeFirst();
        if (node.isArray()) {
            QJsonArray array = node.toArray();
            array.replace(head.toInt(), replaceAt(array.at(head.toInt()), path, value));
            return array;
        }
        QJsonObject object = node.toObject();
        object.insert(head, replaceAt(object.value(head), path, value));
        return object;
    }
};

QTEST_GUILESS_MAIN(TestDomainAssets)
#include "tst_domainassets.moc"
