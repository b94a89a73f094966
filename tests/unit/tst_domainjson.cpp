// JSON mapping of batches, configurations, parties and accounts, and the tolerant reader itself.
#include "core/account.h"
#include "core/batch.h"
#include "core/configuration.h"
#include "core/jsonreader.h"
#include "core/responses.h"
#include "jsonfixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace cessio;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestDomainJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reader_absentOrNull_givesEmptyWithoutProblem()
    {
        const QJsonObject json { { "nothing"_L1, QJsonValue() } };
        const JsonReader reader(json);
        QVERIFY(reader.string("nothing"_L1).isEmpty());
        QVERIFY(!reader.money("missing"_L1));
        QVERIFY(!reader.integer("nothing"_L1));
        QVERIFY(!reader.date("nothing"_L1).isValid());
        QVERIFY(!reader.object("nothing"_L1));
        QVERIFY(reader.objects("missing"_L1).isEmpty());
        QVERIFY(reader.ok());
    }

    void reader_wrongType_namesFieldAndProblem_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("3 decimals") << QJsonValue(12.345) << u"batch.v: not a two-decimal amount"_s;
        QTest::newRow("text amount") << QJsonValue(u"12,34"_s) << u"batch.v: not a two-decimal amount"_s;
        QTest::newRow("bool amount") << QJsonValue(true) << u"batch.v: not a two-decimal amount"_s;
        QTest::newRow("object as text") << QJsonValue(QJsonObject()) << u"batch.s: not text"_s;
        QTest::newRow("fraction as integer") << QJsonValue(1.5) << u"batch.i: not an integer"_s;
        QTest::newRow("bad date") << QJsonValue(u"01/04/2024"_s) << u"batch.d: not a date (YYYY-MM-DD)"_s;
        QTest::newRow("impossible date") << QJsonValue(u"2024-02-30"_s) << u"batch.d: not a date (YYYY-MM-DD)"_s;
        QTest::newRow("bad datetime") << QJsonValue(u"yesterday"_s) << u"batch.t: not a date and time (YYYY-MM-DD HH:MM:SS)"_s;
        QTest::newRow("bool yes") << QJsonValue(u"yes"_s) << u"batch.b: not true or false"_s;
        QTest::newRow("array as object") << QJsonValue(QJsonArray()) << u"batch.o: not an object"_s;
    }
    void reader_wrongType_namesFieldAndProblem()
    {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QString key = expected.section(u'.', 1, 1).section(u':', 0, 0);
        const QJsonObject json { { key, value } };
        const JsonReader reader(json, u"batch"_s);
        reader.money("v"_L1);
        reader.string("s"_L1);
        reader.integer("i"_L1);
        reader.date("d"_L1);
        reader.localDateTime("t"_L1);
        reader.boolean("b"_L1);
        reader.object("o"_L1);
        QVERIFY(!reader.ok());
        QCOMPARE(reader.problem(), expected);
    }

    void reader_tolerantValues_areAccepted()
    {
        const QJsonObject json { { "n"_L1, 341 },         { "i"_L1, u"45"_s },   { "m"_L1, u"1351.66"_s }, { "b"_L1, u"true"_s },
                                 { "r"_L1, u"0.0215"_s }, { "u"_L1, u"None"_s }, { "e"_L1, u""_s } };
        const JsonReader reader(json);
        QCOMPARE(reader.string("n"_L1), u"341"_s);
        QCOMPARE(reader.integer("i"_L1), 45);
        QCOMPARE(reader.money("m"_L1), Money::fromCentavos(135166));
        QCOMPARE(reader.boolean("b"_L1), true);
        QCOMPARE(reader.number("r"_L1), 0.0215);
        QVERIFY(reader.url("u"_L1).isEmpty());
        QVERIFY(!reader.date("e"_L1).isValid());
        QVERIFY2(reader.ok(), qPrintable(reader.problem()));
    }

    void reader_dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("local");
        QTest::addColumn<QDateTime>("expected");
        // QI's event_datetime has no zone: read as São Paulo time (UTC-3 since 2019) [I].
        QTest::newRow("event") << u"2024-04-01 10:00:00"_s << true << utc(u"2024-04-01T13:00:00Z"_s);
        QTest::newRow("event with T") << u"2024-04-01T16:00:00"_s << true << utc(u"2024-04-01T19:00:00Z"_s);
        QTest::newRow("event with Z") << u"2024-04-01 10:00:00Z"_s << true << utc(u"2024-04-01T10:00:00Z"_s);
        QTest::newRow("webhook") << u"2024-04-23T15:08:30Z"_s << false << utc(u"2024-04-23T15:08:30Z"_s);
        QTest::newRow("micros") << u"2023-06-26T19:48:32.759844Z"_s << false << utc(u"2023-06-26T19:48:32.759Z"_s);
        QTest::newRow("offset") << u"2024-04-23T12:08:30-03:00"_s << false << utc(u"2024-04-23T15:08:30Z"_s);
        QTest::newRow("no zone = UTC") << u"2024-04-23T15:08:30"_s << false << utc(u"2024-04-23T15:08:30Z"_s);
    }
    void reader_dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(bool, local);
        QFETCH(QDateTime, expected);
        const JsonReader reader(QJsonObject { { "at"_L1, text } });
        const QDateTime parsed = local ? reader.localDateTime("at"_L1) : reader.isoDateTime("at"_L1);
        QVERIFY2(reader.ok(), qPrintable(reader.problem()));
        QCOMPARE(parsed.toUTC(), expected);
    }

    void writer_formats_matchTheApi()
    {
        const QDateTime at = utc(u"2024-04-01T19:00:00Z"_s);
        QCOMPARE(json::localDateTimeText(at), u"2024-04-01 16:00:00"_s);
        QCOMPARE(json::isoDateTimeText(at), u"2024-04-01T19:00:00Z"_s);
        QCOMPARE(json::dateText(QDate(2024, 4, 1)), u"2024-04-01"_s);
    }

    void batch_seed002_mapsEveryField()
    {
        QString error;
        const auto batch = Batch::fromJson(loadQiFixture(u"batch_seed002.json"_s), &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->assignmentKey, u"41d6ff41-1dac-4df7-9e50-d15210ec57f3"_s);
        QCOMPARE(batch->externalId, u"931e9437-d025-41ab-bb53-6b94e10fd361"_s);
        QCOMPARE(batch->name, u"ASSIGNMENT #12345"_s);
        QCOMPARE(batch->number, u"00012345"_s);
        QCOMPARE(batch->date, QDate(2024, 4, 1));
        QCOMPARE(batch->status, BatchStatus(BatchStatus::Completed));
        QCOMPARE(batch->originType, u"client"_s);
        QCOMPARE(batch->termKey, u"b1c2d3e4-f5a6-7890-abcd-ef1234567890"_s);
        QCOMPARE(batch->totalValue, Money::fromCentavos(15000000));
        QCOMPARE(batch->irr, 0.0215);

        const AssignmentConfiguration &config = batch->configuration;
        QCOMPARE(config.key, u"a1b2c3d4-e5f6-7890-abcd-ef1234567890"_s);
        QCOMPARE(config.validationConfigurationKey, u"v1w2x3y4-z5a6-7890-abcd-ef1234567890"_s);
        QCOMPARE(config.name, u"CCB Config Fund Alpha"_s);
        QCOMPARE(config.contractKey, u"k1l2m3n4-o5p6-7890-abcd-ef1234567890"_s);
        QCOMPARE(config.registryType, u"internal_registry"_s);
        QCOMPARE(config.assetType, AssetType(AssetType::Ccb));
        QCOMPARE(config.configurationType, u"standard"_s);
        QCOMPARE(config.consultantDecision, ConsultantDecision::Manual);
        QCOMPARE(config.consultantDecisionName, u"manual_approval"_s);
        QVERIFY(config.assetFees.isNull());
        QVERIFY(config.assignmentReports.isNull());
        QVERIFY(!config.active);
        QCOMPARE(config.fund.fundClassKey, u"f1a2b3c4-d5e6-7890-abcd-ef1234567890"_s);
        QCOMPARE(config.fund.name, u"Alpha FIDC Fund"_s);
        QCOMPARE(config.fund.documentNumber, u"12.345.678/0001-90"_s);
        QCOMPARE(config.fund.accountingDate, QDate(2024, 4, 1));
        QCOMPARE(config.fund.manager,
                 (Party { u"e1f2a3b4-c5d6-7890-abcd-ef1234567890"_s, u"11.222.333/0001-44"_s, u"Example Manager S.A."_s }));
        QCOMPARE(config.assignor,
                 (Party { u"c1d2e3f4-a5b6-7890-abcd-ef1234567890"_s, u"98.765.432/0001-10"_s, u"Example Assignor Ltda"_s }));
        QCOMPARE(config.consultant,
                 (Party { u"g1h2i3j4-k5l6-7890-abcd-ef1234567890"_s, u"55.666.777/0001-88"_s, u"Example Consulting Ltda"_s }));
        QCOMPARE(config.originators.size(), 1);
        QCOMPARE(config.originators.at(0),
                 (Party { u"h1i2j3k4-l5m6-7890-abcd-ef1234567890"_s, u"22.333.444/0001-55"_s, u"Example Originator Ltda"_s }));
        QCOMPARE(config.webhookBonds.size(), 1);
        const WebhookBond &bond = config.webhookBonds.at(0);
        QCOMPARE(bond.configurationKey, u"w1x2y3z4-a5b6-7890-abcd-ef1234567890"_s);
        QCOMPARE(bond.agentType, u"assignor"_s);
        QCOMPARE(bond.agentKey, u"c1d2e3f4-a5b6-7890-abcd-ef1234567890"_s);
        QCOMPARE(bond.signatureKey, u"s1t2u3v4-w5x6-7890-abcd-ef1234567890"_s);
        QCOMPARE(bond.url, QUrl(u"https://partner.example.com/webhooks/trade_receivables"_s));

        QVERIFY(batch->disbursementAccount);
        const BankAccount &account = *batch->disbursementAccount;
        QCOMPARE(account.accountKey, u"d1e2f3a4-b5c6-7890-abcd-ef1234567890"_s);
        QCOMPARE(account.accountType, u"checking_account"_s);
        QCOMPARE(account.branch, u"001"_s);
        QCOMPARE(account.number, u"12345"_s);
        QCOMPARE(account.digit, u"4"_s);
        QCOMPARE(account.institutionCode, u"341"_s);
        QCOMPARE(account.institutionIspb, u"60701190"_s);
        QCOMPARE(account.ownerDocumentNumber, u"98.765.432/0001-10"_s);
        QCOMPARE(account.bankName(), u"Itaú"_s);

        QCOMPARE(batch->discounts.size(), 1);
        QCOMPARE(batch->discounts.at(0).key, u"ad12e3f4-a5b6-7890-abcd-ef1234567890"_s);
        QCOMPARE(batch->discounts.at(0).type, u"flat_rate"_s);
        QCOMPARE(batch->discounts.at(0).status, u"approved"_s);
        QCOMPARE(batch->discounts.at(0).totalValue, Money::fromCentavos(50000));
        QCOMPARE(batch->discounts.at(0).description, u"Administration fee"_s);

        QCOMPARE(batch->events.size(), 4);
        QCOMPARE(batch->events.at(0).status, BatchStatus(BatchStatus::PendingAssetsInsertion));
        QCOMPARE(batch->events.at(0).at.toUTC(), utc(u"2024-04-01T13:00:00Z"_s));
        QVERIFY(!batch->events.at(0).agent);
        QCOMPARE(batch->events.at(2).status, BatchStatus(BatchStatus::PendingEligibility));
        QCOMPARE(batch->events.at(3).agent,
                 (SelectedAgent { u"manager"_s, u"e1f2a3b4-c5d6-7890-abcd-ef1234567890"_s, u"manager@example.com"_s }));
        QCOMPARE(batch->waitingSince().toUTC(), utc(u"2024-04-01T19:00:00Z"_s));
    }

    void batch_toJson_reproducesSeed002()
    {
        const QJsonObject seed = loadQiFixture(u"batch_seed002.json"_s);
        const auto batch = Batch::fromJson(seed);
        QVERIFY(batch);
        QCOMPARE(batch->toJson(), seed);
        QCOMPARE(Batch::fromJson(batch->toJson()), batch);
    }

    // The holder: owner.document_number as QI sends it in target_account [C], a name when a server adds
    // one [I], and an owner in the registry shape kept too; absent stays empty (not guessed).
    void account_owner_nameAndDocumentInBothShapes()
    {
        QJsonObject json { { u"account_key"_s, u"k"_s },
                           { u"account_number"_s, u"12345"_s },
                           { u"owner"_s,
                             QJsonObject { { u"document_number"_s, u"12.345.678/0001-95"_s }, { u"name"_s, u"ACME Ltda"_s } } } };
        auto account = BankAccount::fromJson(json);
        QVERIFY(account);
        QCOMPARE(account->ownerName, u"ACME Ltda"_s);
        QCOMPARE(account->ownerDocumentNumber, u"12.345.678/0001-95"_s);
        QCOMPARE(BankAccount::fromJson(account->toJson(BankAccount::Shape::Registry)), account);
        QCOMPARE(BankAccount::fromJson(account->toJson(BankAccount::Shape::TargetAccount)), account);
        json.remove(u"owner"_s);
        account = BankAccount::fromJson(json);
        QVERIFY(account);
        QVERIFY(account->ownerName.isEmpty() && account->ownerDocumentNumber.isEmpty());
        QVERIFY(!account->toJson(BankAccount::Shape::Registry).contains(u"owner"_s));
    }

    void batch_documentedVariants_areAccepted()
    {
        QJsonObject json = loadQiFixture(u"batch_seed002.json"_s);
        json.insert("status"_L1, u"reproved"_s);
        json.insert("disbursement"_L1, QJsonValue());
        for (const auto key :
             { "assignment_total_value"_L1, "assignment_irr"_L1, "assignor_discounts"_L1, "assignment_term_key"_L1 })
            json.remove(key);
        QJsonObject config = json.value("assignment_configuration"_L1).toObject();
        config.insert("consultant_decision_type"_L1, u"auto_approval"_s);
        config.insert("asset_type"_L1, u"duplicata_servico"_s);
        config.remove("consultant"_L1);
        json.insert("assignment_configuration"_L1, config);
        json.insert("a_field_from_the_future"_L1, QJsonObject { { "x"_L1, 1 } });

        QString error;
        const auto batch = Batch::fromJson(json, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->status.value(), BatchStatus::Denied);
        QVERIFY(!batch->disbursementAccount);
        QVERIFY(!batch->totalValue);
        QVERIFY(!batch->irr);
        QVERIFY(batch->discounts.isEmpty());
        QVERIFY(batch->termKey.isEmpty());
        QCOMPARE(batch->configuration.consultantDecision, ConsultantDecision::Automatic);
        QCOMPARE(batch->configuration.assetType.value(), AssetType::DuplicataServicos);
        QVERIFY(!batch->configuration.consultant);
        QVERIFY(!batch->waitingSince().isValid()); // no "denied" event
    }

    void batch_unknownStatus_isKeptVerbatim()
    {
        QJsonObject json = loadQiFixture(u"batch_seed002.json"_s);
        json.insert("status"_L1, u"pending_custody_review"_s);
        const auto batch = Batch::fromJson(json);
        QVERIFY(batch);
        QVERIFY(!batch->status.isKnown());
        QCOMPARE(batch->status.apiName(), u"pending_custody_review"_s);
        QCOMPARE(batch->toJson().value("status"_L1).toString(), u"pending_custody_review"_s);
    }

    void batch_oldMinimalShape_needsOnlyExternalId()
    {
        const auto minimal
            = Batch::fromJson(QJsonObject { { "external_id"_L1, u"B-1"_s }, { "status"_L1, u"pending_manager_approval"_s } });
        QVERIFY(minimal);
        QVERIFY(minimal->configuration.key.isEmpty());
        QCOMPARE(Batch::fromJson(minimal->toJson()), minimal);
        QString error;
        QVERIFY(!Batch::fromJson(QJsonObject { { "assignment_key"_L1, u"k"_s }, { "status"_L1, u"completed"_s } }, &error));
        QCOMPARE(error, u"external_id: missing"_s);
    }

    void batch_badField_reportsItsPath_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("total") << u"assignment_total_value"_s << QJsonValue(u"abc"_s)
                               << u"assignment_total_value: not a two-decimal amount"_s;
        QTest::newRow("event time") << u"status_events/1/event_datetime"_s << QJsonValue(u"01/04/2024 11:30"_s)
                                    << u"status_events[1].event_datetime: not a date and time (YYYY-MM-DD HH:MM:SS)"_s;
        QTest::newRow("accounting date") << u"assignment_configuration/fund_class/accounting_date"_s << QJsonValue(20240401)
                                         << u"assignment_configuration.fund_class.accounting_date: not a date (YYYY-MM-DD)"_s;
        QTest::newRow("discount value") << u"assignor_discounts/0/total_value"_s << QJsonValue(500.001)
                                        << u"assignor_discounts[0].total_value: not a two-decimal amount"_s;
        QTest::newRow("account") << u"disbursement/target_account/owner"_s << QJsonValue(u"98.765.432/0001-10"_s)
                                 << u"disbursement.target_account.owner: not an object"_s;
        QTest::newRow("events") << u"status_events"_s << QJsonValue(u"none"_s) << u"status_events: not a list"_s;
        QTest::newRow("event status") << u"status_events/2/status"_s << QJsonValue() << u"status_events[2].status: missing"_s;
        QTest::newRow("bonds") << u"assignment_configuration/webhook_configuration_bonds/0/webhook_url"_s << QJsonValue(false)
                               << u"assignment_configuration.webhook_configuration_bonds[0].webhook_url: not text"_s;
    }
    void batch_badField_reportsItsPath()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonValue root = loadQiFixture(u"batch_seed002.json"_s);
        root = replaceAt(root, pointer.split(u'/'), value);
        QString error;
        QVERIFY(!Batch::fromJson(root.toObject(), &error));
        QCOMPARE(error, expected);
    }

    void batchListItem_inferredShape_parsesAndRoundTrips()
    {
        const QJsonObject json { { "assignment_key"_L1, u"k-1"_s },
                                 { "external_id"_L1, u"B-2024-0007"_s },
                                 { "assignment_number"_L1, u"00000007"_s },
                                 { "assignment_date"_L1, u"2024-04-01"_s },
                                 { "status"_L1, u"pending_manager_approval"_s },
                                 { "assignment_total_value"_L1, 150000.00 },
                                 { "number_of_assets"_L1, 198 },
                                 { "number_of_approved_assets"_L1, 195 },
                                 { "last_status_event_datetime"_L1, u"2024-04-01 11:35:00"_s } };
        QString error;
        const auto item = BatchListItem::fromJson(json, &error);
        QVERIFY2(item, qPrintable(error));
        QCOMPARE(item->status.value(), BatchStatus::PendingManagerApproval);
        QCOMPARE(item->totalValue, Money::fromCentavos(15000000));
        QCOMPARE(item->numberOfAssets, 198);
        QCOMPARE(item->numberOfApprovedAssets, 195);
        QCOMPARE(item->lastEventAt.toUTC(), utc(u"2024-04-01T14:35:00Z"_s));
        QCOMPARE(item->toJson(), json);

        const auto fromSeed = BatchListItem::fromJson(loadQiFixture(u"batch_seed002.json"_s));
        QVERIFY(fromSeed);
        QVERIFY(!fromSeed->numberOfAssets);
        QCOMPARE(fromSeed->lastEventAt.toUTC(), utc(u"2024-04-01T19:00:00Z"_s));
        QCOMPARE(*fromSeed, BatchListItem::fromBatch(*Batch::fromJson(loadQiFixture(u"batch_seed002.json"_s))));
    }

    void configurations_listingPage_parses()
    {
        QString error;
        const auto page = parsePage<AssignmentConfiguration>(loadQiFixture(u"configurations_page.json"_s), &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items.size(), 2);
        QVERIFY(page->isLastPage);
        const AssignmentConfiguration &services = page->items.at(0);
        QCOMPARE(services.assetType.value(), AssetType::DuplicataServicos);
        QCOMPARE(services.consultantDecision, ConsultantDecision::Automatic);
        QCOMPARE(services.consultant->name, u"Example Consulting Ltda"_s);
        QCOMPARE(services.fund.manager.name, u"Example Manager S.A."_s);
        QCOMPARE(services.fund.accountingDate, QDate(2024, 4, 1));
        QVERIFY(services.originators.isEmpty());
        const AssignmentConfiguration &ccb = page->items.at(1);
        QCOMPARE(ccb.consultantDecision, ConsultantDecision::Manual);
        QVERIFY(!ccb.consultant); // null means absent
        QCOMPARE(ccb.assignor.name, u"Segundo Cedente S.A."_s);
        QCOMPARE(AssignmentConfiguration::fromJson(ccb.toJson()), ccb);
    }

    void configuration_withoutKey_fails()
    {
        QString error;
        QVERIFY(!AssignmentConfiguration::fromJson(QJsonObject { { "assignment_configuration_name"_L1, u"x"_s } }, &error));
        QCOMPARE(error, u"assignment_configuration_key: missing"_s);
        QCOMPARE(consultantDecisionFromApi(u"something_new"), ConsultantDecision::Unknown);
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

QTEST_GUILESS_MAIN(TestDomainJson)
#include "tst_domainjson.moc"
