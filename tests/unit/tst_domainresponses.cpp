// JSON mapping of the small responses, list pages, accounts and webhooks.
#include "core/account.h"
#include "core/asset.h"
#include "core/responses.h"
#include "core/webhook.h"
#include "jsonfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

class TestDomainResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary_parsesCountsAndExactTotal()
    {
        const QJsonObject json = loadQiFixture(u"assets_summary.json"_s);
        const auto summary = AssetsSummary::fromJson(json);
        QVERIFY(summary);
        QCOMPARE(summary->externalId, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s);
        QCOMPARE(summary->status.value(), BatchStatus::PendingManagerApproval);
        QCOMPARE(summary->numberOfAssets, 198);
        QCOMPARE(summary->numberOfApprovedAssets, 195);
        QCOMPARE(summary->numberOfDeniedAssets, 3);
        QCOMPARE(summary->totalValue, Money::fromCentavos(12345678));
        QCOMPARE(summary->toJson(), json);
    }

    void batchUpdate_approvalAndDenial_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("approved");
        QTest::addColumn<qint64>("centavos");
        QTest::newRow("approval") << u"approval_response.json"_s << int(BatchStatus::Approved) << 45 << qint64(15000000);
        QTest::newRow("denial") << u"denial_response.json"_s << int(BatchStatus::Denied) << 0 << qint64(0);
    }
    void batchUpdate_approvalAndDenial()
    {
        QFETCH(QString, file);
        QFETCH(int, status);
        QFETCH(int, approved);
        QFETCH(qint64, centavos);
        const QJsonObject json = loadQiFixture(file);
        const auto result = BatchUpdateResult::fromJson(json);
        QVERIFY(result);
        QCOMPARE(result->assignmentKey, u"41d6ff41-1dac-4df7-9e50-d15210ec57f3"_s);
        QCOMPARE(result->externalId, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s);
        QCOMPARE(int(result->status.value()), status);
        QCOMPARE(result->numberOfApprovedAssets, approved);
        QCOMPARE(result->totalValue, Money::fromCentavos(centavos));
        QCOMPARE(result->toJson(), json);
    }

    void batchUpdate_oldReproved_isDenied()
    {
        const auto result
            = BatchUpdateResult::fromJson(QJsonObject { { "assignment_key"_L1, u"k"_s }, { "status"_L1, u"reproved"_s } });
        QVERIFY(result);
        QCOMPARE(result->status.value(), BatchStatus::Denied);
        QVERIFY(!result->numberOfApprovedAssets);
        QVERIFY(!result->totalValue);
    }

    void created_andAssetUpdate_parse()
    {
        const auto batch = CreatedBatch::fromJson(loadQiFixture(u"created_batch.json"_s));
        QVERIFY(batch);
        QCOMPARE(batch->status.value(), BatchStatus::PendingAssetsInsertion);
        QCOMPARE(batch->externalId, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s);
        QVERIFY(CreatedBatch::fromJson(
            QJsonObject { { "assignment_key"_L1, u"k"_s }, { "status"_L1, u"pending_assets_insertion"_s } }));
        QString error;
        QVERIFY(!CreatedBatch::fromJson(QJsonObject { { "status"_L1, u"pending_assets_insertion"_s } }, &error));
        QCOMPARE(error, u"assignment_key: missing"_s);

        const auto document = CreatedDocument::fromJson(loadQiFixture(u"created_document.json"_s));
        QCOMPARE(document->documentKey, u"9b4d1a7c-2e3f-4a5b-8c9d-0e1f2a3b4c5d"_s);
        QVERIFY(!CreatedDocument::fromJson(QJsonObject(), &error));
        QCOMPARE(error, u"document_key: missing"_s);

        const CreatedAsset asset { u"a-1"_s, u"DUP-1"_s, AssetStatus::PendingEligibility };
        QCOMPARE(CreatedAsset::fromJson(asset.toJson()), asset);

        const auto removal = AssetUpdateResult::fromJson(loadQiFixture(u"asset_removal_response.json"_s));
        QCOMPARE(removal->externalId, u"DUP-2024-0001"_s);
        QCOMPARE(removal->status.value(), AssetStatus::Denied);
    }

    void termLinks_absentSpellings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("isSigned");
        QTest::newRow("signed") << u"term_links_signed.json"_s << true;
        QTest::newRow("null") << u"term_links_null.json"_s << false;
        QTest::newRow("None") << u"term_links_none.json"_s << false;
    }
    void termLinks_absentSpellings()
    {
        QFETCH(QString, file);
        QFETCH(bool, isSigned);
        const auto links = TermLinks::fromJson(loadQiFixture(file));
        QVERIFY(links);
        QCOMPARE(links->termUrl.host(), u"qi-trade-receivables.s3.amazonaws.com"_s);
        QCOMPARE(links->termUrl.query(), u"X-Amz-Expires=3600&X-Amz-Signature=abc123"_s);
        QCOMPARE(links->isSigned(), isSigned);
        QCOMPARE(links->signedTermUrl.isEmpty(), !isSigned);
        QCOMPARE(TermLinks::fromJson(links->toJson()), links);
        const auto empty = TermLinks::fromJson(QJsonObject { { "signed_assignment_term_url"_L1, u""_s } });
        QVERIFY(empty && empty->termUrl.isEmpty() && !empty->isSigned());
    }

    void errorBody_anyFieldMayBeMissing()
    {
        const auto full = QiErrorBody::fromJson(loadQiFixture(u"error_trc000024.json"_s));
        QVERIFY(full);
        QCOMPARE(full->code, u"TRC000024"_s);
        QCOMPARE(full->title, u"Invalid operation"_s);
        QCOMPARE(full->description, u"This assignment can not receive 'denied' status"_s);
        QCOMPARE(full->translation, u"Esse lote não pode receber o status 'denied'"_s);
        QCOMPARE(full->toJson(), loadQiFixture(u"error_trc000024.json"_s));
        QCOMPARE(QiErrorBody::fromJson(loadQiFixture(u"error_trc000018.json"_s))->translation, u"Cessão não foi encontrada"_s);

        const auto partial = QiErrorBody::fromJson(loadQiFixture(u"error_qit000001.json"_s));
        QVERIFY(partial);
        QCOMPARE(partial->code, u"QIT000001"_s);
        QVERIFY(partial->translation.isEmpty());
        QVERIFY(!partial->isEmpty());

        const auto unrelated = QiErrorBody::fromJson(QJsonObject { { "message"_L1, u"Bad gateway"_s } });
        QVERIFY(unrelated && unrelated->isEmpty());
        QString error;
        QVERIFY(!QiErrorBody::fromJson(QJsonObject { { "code"_L1, QJsonArray() } }, &error));
        QCOMPARE(error, u"code: not text"_s);
    }

    void page_isLastPage_explicitOrInferred_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<QJsonValue>("limit");
        QTest::addColumn<QJsonValue>("isLastPage");
        QTest::addColumn<bool>("expected");
        QTest::newRow("explicit true") << 3 << QJsonValue(3) << QJsonValue(true) << true;
        QTest::newRow("explicit false") << 1 << QJsonValue(3) << QJsonValue(false) << false;
        QTest::newRow("full page: more") << 3 << QJsonValue(3) << QJsonValue() << false;
        QTest::newRow("short page: last") << 2 << QJsonValue(3) << QJsonValue() << true;
        QTest::newRow("empty page: last") << 0 << QJsonValue(10) << QJsonValue() << true;
        QTest::newRow("no limit: default 10") << 9 << QJsonValue() << QJsonValue() << true;
    }
    void page_isLastPage_explicitOrInferred()
    {
        QFETCH(int, items);
        QFETCH(QJsonValue, limit);
        QFETCH(QJsonValue, isLastPage);
        QFETCH(bool, expected);
        QJsonArray data;
        for (int i = 0; i < items; ++i)
            data.append(QJsonObject { { "document_key"_L1, QString::number(i) } });
        QJsonObject json { { "data"_L1, data }, { "page"_L1, 2 } };
        if (!limit.isNull())
            json.insert("limit"_L1, limit);
        if (!isLastPage.isNull())
            json.insert("is_last_page"_L1, isLastPage);
        QString error;
        const auto page = parsePage<CreatedDocument>(json, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), items);
        QCOMPARE(page->page, 2);
        QCOMPARE(page->limit, limit.isNull() ? 10 : limit.toInt());
        QCOMPARE(page->isLastPage, expected);
    }

    void page_badEnvelopeOrItem_namesThePath_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no data") << QJsonObject { { "limit"_L1, 10 } } << u"data: missing"_s;
        QTest::newRow("data not a list") << QJsonObject { { "data"_L1, 5 } } << u"data: not a list"_s;
        QTest::newRow("item not an object") << QJsonObject { { "data"_L1,
                                                               QJsonArray { QJsonObject { { "document_key"_L1, u"a"_s } }, 7 } } }
                                            << u"data[1]: not an object"_s;
        QTest::newRow("item missing field") << QJsonObject { { "data"_L1, QJsonArray { QJsonObject() } } }
                                            << u"data[0].document_key: missing"_s;
        QTest::newRow("bad limit") << QJsonObject { { "data"_L1, QJsonArray() }, { "limit"_L1, u"ten"_s } }
                                   << u"limit: not an integer"_s;
    }
    void page_badEnvelopeOrItem_namesThePath()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!parsePage<CreatedDocument>(json, &error));
        QCOMPARE(error, expected);
    }

    void page_toJson_roundTrips()
    {
        Page<CreatedDocument> page;
        page.items = { CreatedDocument { u"a"_s }, CreatedDocument { u"b"_s } };
        page.limit = 2;
        page.page = 4;
        page.isLastPage = false;
        const auto parsed = parsePage<CreatedDocument>(page.toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->items, page.items);
        QCOMPARE(parsed->page, 4);
        QVERIFY(!parsed->isLastPage);
    }

    void account_registryShape_parsesAndRoundTrips()
    {
        const QJsonObject json { { "account_key"_L1, u"764746ce-a530-4a71-af66-3f7c879627df"_s },
                                 { "account_branch"_L1, u"0001"_s },
                                 { "account_number"_L1, u"123456"_s },
                                 { "account_digit"_L1, u"7"_s },
                                 { "account_type"_L1, u"checking_account"_s },
                                 { "status"_L1, u"active"_s },
                                 { "financial_institution_code"_L1, u"260"_s },
                                 { "financial_institution_ispb"_L1, u"18236120"_s },
                                 { "default_account"_L1, true } };
        const auto account = BankAccount::fromJson(json);
        QVERIFY(account);
        QVERIFY(account->isDefault);
        QCOMPARE(account->status, u"active"_s);
        QCOMPARE(account->bankName(), u"Nu Pagamentos"_s);
        QCOMPARE(account->displayText(), u"Nu Pagamentos (260) · br. 0001 · chk. 123456-7"_s);
        QCOMPARE(account->toJson(), json);
        QCOMPARE(BankAccount::fromJson(account->toJson(BankAccount::Shape::TargetAccount))->accountKey, account->accountKey);
    }

    void account_bankName_data()
    {
        QTest::addColumn<QJsonValue>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("341") << QJsonValue(u"341"_s) << u"Itaú"_s;
        QTest::newRow("001") << QJsonValue(u"001"_s) << u"Banco do Brasil"_s;
        QTest::newRow("1 as number") << QJsonValue(1) << u"Banco do Brasil"_s;
        QTest::newRow("77") << QJsonValue(u"77"_s) << u"Inter"_s;
        QTest::newRow("329") << QJsonValue(u"329"_s) << u"QI SCD"_s;
        QTest::newRow("756") << QJsonValue(u"756"_s) << u"Sicoob"_s;
        QTest::newRow("unknown") << QJsonValue(u"999"_s) << u"Bank 999"_s;
        QTest::newRow("absent") << QJsonValue() << u"Unknown bank"_s;
    }
    void account_bankName()
    {
        QFETCH(QJsonValue, code);
        QFETCH(QString, name);
        const auto account = BankAccount::fromJson(QJsonObject { { "financial_institution_code"_L1, code } });
        QVERIFY(account);
        QCOMPARE(account->bankName(), name);
    }

    void account_displayText_unknownBankAndSavings()
    {
        BankAccount account;
        account.institutionCode = u"999"_s;
        account.branch = u"12"_s;
        account.number = u"98765"_s;
        account.accountType = u"savings_account"_s;
        QCOMPARE(account.displayText(), u"Bank 999 · br. 12 · sav. 98765"_s);
    }

    void webhook_documentedTypes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("newStatus");
        QTest::addColumn<QString>("assetExternalId");
        QTest::addColumn<bool>("hasFund");
        QTest::newRow("batch") << u"webhook_assignment_status_change.json"_s << int(WebhookEvent::Type::AssignmentStatusChange)
                               << u"pending_manager_approval"_s << QString() << true;
        QTest::newRow("batch paid") << u"webhook_assignment_pending_payment.json"_s
                                    << int(WebhookEvent::Type::AssignmentStatusChange) << u"pending_payment"_s << QString()
                                    << true;
        QTest::newRow("batch old") << u"webhook_assignment_old.json"_s << int(WebhookEvent::Type::AssignmentStatusChange)
                                   << u"reproved"_s << QString() << false;
        QTest::newRow("asset") << u"webhook_asset_status_change.json"_s << int(WebhookEvent::Type::AssetStatusChange)
                               << u"pending_documentation"_s << u"DUP-2024-0001"_s << true;
        QTest::newRow("creation") << u"webhook_asset_creation.json"_s << int(WebhookEvent::Type::AssetCreation)
                                  << u"pending_eligibility"_s << u"5f0c6e8a-2b1d-4c3e-9f8a-7b6c5d4e3f2a"_s << true;
        QTest::newRow("creation old") << u"webhook_asset_creation_old.json"_s << int(WebhookEvent::Type::AssetCreation)
                                      << u"pending_eligibility"_s << u"ccf6f331-0e1d-4c2b-9a8f-7e6d5c4b3a29"_s << false;
    }
    void webhook_documentedTypes()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(QString, newStatus);
        QFETCH(QString, assetExternalId);
        QFETCH(bool, hasFund);
        const QJsonObject json = loadQiFixture(file);
        QString error;
        const auto event = WebhookEvent::fromJson(json, &error);
        QVERIFY2(event, qPrintable(error));
        QCOMPARE(int(event->type), type);
        QCOMPARE(event->batchExternalId, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s);
        QCOMPARE(event->newStatus, newStatus);
        QCOMPARE(event->assetExternalId, assetExternalId);
        QCOMPARE(event->fundClassKey.isEmpty(), !hasFund);
        QVERIFY(event->at.isValid());
        QCOMPARE(event->at.timeSpec(), Qt::UTC);
        QCOMPARE(event->toJson(), json); // the simulator sends exactly the documented shape
        if (event->type == WebhookEvent::Type::AssetCreation) {
            const auto asset = Asset::fromJson(event->assetPayload, &error);
            QVERIFY2(asset, qPrintable(error));
            QCOMPARE(asset->creditRightExternalId(), assetExternalId);
            QCOMPARE(event->assetStatus().value(), AssetStatus::PendingEligibility);
        }
    }

    void webhook_detailsAndVariants()
    {
        const auto paid = WebhookEvent::fromJson(loadQiFixture(u"webhook_assignment_pending_payment.json"_s));
        QCOMPARE(paid->batchStatus().value(), BatchStatus::PendingPayment);
        QCOMPARE(paid->signedTermUrl.path(), u"/terms/41d6ff41-signed.pdf"_s);
        QCOMPARE(paid->at, QDateTime(QDate(2024, 4, 24), QTime(9, 12, 5), Qt::UTC));
        QCOMPARE(WebhookEvent::fromJson(loadQiFixture(u"webhook_assignment_old.json"_s))->batchStatus().value(),
                 BatchStatus::Denied);
        QCOMPARE(WebhookEvent::typeFromApi(u"asset_status_change"), WebhookEvent::Type::AssetStatusChange);
        QCOMPARE(WebhookEvent::typeFromApi(u"trade-receivables.asset_creation"), WebhookEvent::Type::AssetCreation);
        QCOMPARE(WebhookEvent::typeApiName(WebhookEvent::Type::AssetCreation), u"trade_receivables.asset_creation"_s);

        QJsonObject future = loadQiFixture(u"webhook_assignment_status_change.json"_s);
        future.insert("webhook_type"_L1, u"trade_receivables.assignment_fee_change"_s);
        const auto unknown = WebhookEvent::fromJson(future);
        QVERIFY(unknown);
        QCOMPARE(unknown->type, WebhookEvent::Type::Unknown);
        QCOMPARE(unknown->typeName, u"trade_receivables.assignment_fee_change"_s);
        QCOMPARE(unknown->toJson().value("webhook_type"_L1).toString(), u"trade_receivables.assignment_fee_change"_s);
    }

    void webhook_missingOrWrong_namesThePath_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no type") << u"webhook_type"_s << QJsonValue() << u"webhook_type: missing"_s;
        QTest::newRow("no data") << u"data"_s << QJsonValue() << u"data: missing"_s;
        QTest::newRow("bad datetime") << u"webhook_datetime"_s << QJsonValue(u"23/04/2024"_s)
                                      << u"webhook_datetime: not an ISO 8601 date and time"_s;
        QTest::newRow("no batch id") << u"data"_s << QJsonValue(QJsonObject { { "assignment_new_status"_L1, u"denied"_s } })
                                     << u"data.assignment_external_id: missing"_s;
    }
    void webhook_missingOrWrong_namesThePath()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject json = loadQiFixture(u"webhook_assignment_status_change.json"_s);
        json.insert(field, value);
        QString error;
        QVERIFY(!WebhookEvent::fromJson(json, &error));
        QCOMPARE(error, expected);
    }
};

QTEST_GUILESS_MAIN(TestDomainResponses)
#include "tst_domainresponses.moc"
