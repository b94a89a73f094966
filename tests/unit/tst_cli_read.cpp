// cessio-cli end to end, reading commands: configs, inbox, show, assets (and --csv), term, accounts,
// against a scripted local QI server. Checks the requests (method, path, query, signature), the
// table and JSON output (money with two places, formatted CNPJ) and the exit codes.
#include "clitest.h"
#include "services/decisionservice.h"
#include "services/fundrules.h"
#include "services/portfolio/batchhistory.h"
#include "services/workspace/sqlworkspacestore.h"
#include "services/settings.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace clitest;

class TestCliRead : public QObject
{
    Q_OBJECT

    CliHarness *m_h = nullptr;

private Q_SLOTS:
    void init()
    {
        m_h = new CliHarness;
        QVERIFY(m_h->setUp());
    }
    void cleanup()
    {
        // Every request any test made was signed correctly.
        const QStringList problems = m_h->server.signatureProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        delete m_h;
    }

    void configs_table_listsEveryConfigurationWithFormattedCnpj()
    {
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        const CliRun run = m_h->run({ u"configs"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"Duplicatas de Serviço - Alpha"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"Segundo Cedente S.A. (46.282.154/0001-14)"_s));
        QVERIFY(run.out.contains(cfgCcb));
        // The first page (the client asks a few pages ahead; those answer the same here).
        const ScriptedRequest &request = m_h->server.requests().constFirst();
        QCOMPARE(request.method, "GET");
        QCOMPARE(request.target, fundRoot() + u"/assignment_configurations?page=0&limit=100"_s);
        QCOMPARE(request.header("api-client-key"), clientKey.toLatin1());
    }

    void configs_json_givesConfigurationsAndFund()
    {
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        const CliRun run = m_h->run({ u"configs"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonArray configurations = run.json().value(u"configurations"_s).toArray();
        QCOMPARE(configurations.size(), 2);
        QCOMPARE(configurations.at(1)[u"assignment_configuration_key"_s].toString(), cfgCcb);
        QCOMPARE(configurations.at(1)[u"fund_class_key"_s].toString(), fund);
        QCOMPARE(configurations.at(0)[u"asset_type"_s].toString(), u"duplicata_servicos"_s);
    }

    void inbox_everyConfiguration_moneyInTheLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("total");
        QTest::newRow("en") << u"en"_s << u"R$150,000.00"_s;
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"R$\u00a0150.000,00"_s;
    }
    void inbox_everyConfiguration_moneyInTheLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, total);
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        QJsonObject listed = loadQiFixture(u"batches_page.json"_s);
        listed.insert(u"page"_s, 0);
        m_h->server.on("GET", configRoot(cfgCcb) + u"/assignments"_s, ScriptedReply::json(listed));
        m_h->server.on("GET", configRoot(cfgDuplicatas) + u"/assignments"_s, ScriptedReply::json(page({})));
        const CliRun run = m_h->run({ u"inbox"_s }, lang);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(ext) && run.out.contains(u"b2"_s), run.describe().constData());
        QVERIFY2(run.out.contains(total), run.describe().constData());
        QVERIFY(run.out.contains(u"Segundo Cedente S.A."_s));
        QVERIFY(m_h->server.count("GET", configRoot(cfgCcb) + u"/assignments"_s) >= 1);
        QVERIFY(m_h->server.count("GET", configRoot(cfgDuplicatas) + u"/assignments"_s) >= 1);
        for (const ScriptedRequest &r : m_h->server.requests()) {
            if (r.path.endsWith(u"/assignments"_s))
                QVERIFY2(r.target.contains(u"status=pending_manager_approval"_s), qPrintable(r.target));
        }
    }

    void inbox_json_moneyHasTwoDecimals()
    {
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        m_h->server.on("GET", configRoot(cfgCcb) + u"/assignments"_s, ScriptedReply::json(loadQiFixture(u"batches_page.json"_s)));
        m_h->server.on("GET", configRoot(cfgDuplicatas) + u"/assignments"_s, ScriptedReply::json(page({})));
        const CliRun run = m_h->run({ u"inbox"_s, u"--json"_s, u"--status"_s, u"completed"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"\"assignment_total_value\": 150000.00,"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"\"total_value\": 150000.00"_s));
        const QJsonObject json = run.json();
        QCOMPARE(json[u"batches"_s].toArray().size(), 2);
        QCOMPARE(json[u"complete"_s].toBool(), true);
        QVERIFY(m_h->server.requests().last().target.contains(u"status=completed"_s));
    }

    void inbox_listingAnswers404_reportsItAndKeepsOtherRows()
    {
        m_h->server.on("GET", fundRoot() + u"/assignment_configurations"_s,
                       ScriptedReply::json(loadQiFixture(u"configurations_page.json"_s)));
        m_h->server.on("GET", configRoot(cfgCcb) + u"/assignments"_s, ScriptedReply::json(loadQiFixture(u"batches_page.json"_s)));
        // cfgDuplicatas: no rule, so the server's 404
        const CliRun run = m_h->run({ u"inbox"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        const QJsonObject json = run.json();
        QCOMPARE(json[u"batches"_s].toArray().size(), 2);
        QCOMPARE(json[u"complete"_s].toBool(), false);
        const QJsonObject error = json[u"errors"_s].toArray().at(0).toObject();
        QCOMPARE(error[u"assignment_configuration_key"_s].toString(), cfgDuplicatas);
        QCOMPARE(error[u"listing_unavailable"_s].toBool(), true);
        QVERIFY2(run.err.contains(u"batch listing (HTTP 404)"_s), run.describe().constData());
    }

    void inbox_unknownStatus_isUsageError()
    {
        const CliRun run = m_h->run({ u"inbox"_s, u"--status"_s, u"pending_everything"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"pending_manager_approval"_s));
        QCOMPARE(m_h->server.requests().size(), 0);
    }

    void show_withoutConfig_triesEachConfiguration()
    {
        m_h->routeBatch();
        const CliRun run = m_h->run({ u"show"_s, ext }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"Example Assignor Ltda (98.765.432/0001-10)"_s));
        QVERIFY2(run.out.contains(u"R$\u00a0123.456,78"_s), run.describe().constData()); // the summary's total
        QVERIFY(run.out.contains(u"pending_manager_approval"_s));
        QVERIFY(run.out.contains(u"01/04/2024"_s));
        QCOMPARE(m_h->server.count("GET", batchPath(cfgDuplicatas)), 1);
        QCOMPARE(m_h->server.count("GET", batchPath() + u"/assets_summary"_s), 1);
    }

    // A review kept in the workspace (the desktop's snapshot): show reads every asset and says what
    // changed since, in text and in JSON; without one it reads no asset at all.
    void show_afterAnEarlierReview_printsWhatChanged()
    {
        using namespace cessio;
        m_h->routeBatch();
        const QString path = fundRoot() + u"/assignment/"_s + ext + u"/assets"_s;
        m_h->server.on("GET", path, [](const ScriptedRequest &) {
            QJsonArray data;
            data.append(QJsonObject { { u"external_id"_s, u"A-1"_s }, { u"total_purchase_value"_s, 1500.00 },
                                      { u"asset_type"_s, u"ccb"_s }, { u"status"_s, u"pre_approved"_s } });
            data.append(QJsonObject { { u"external_id"_s, u"A-3"_s }, { u"total_purchase_value"_s, 300.00 },
                                      { u"asset_type"_s, u"ccb"_s }, { u"status"_s, u"pre_approved"_s } });
            return ScriptedReply::json(page(data, true, 0));
        });
        CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(m_h->server.count("GET", path), 0); // nothing to compare with

        WorkspaceSettings settings;
        settings.sqliteFile = m_h->dir.filePath(u"workspace.sqlite"_s);
        settings.login = u"ana"_s;
        auto store = SqlWorkspaceStore::open(settings, {});
        QVERIFY2(store.ok(), qPrintable(store.error));
        BatchSnapshot earlier;
        earlier.batchExternalId = ext;
        earlier.takenAt = QDateTime::currentDateTimeUtc().addDays(-1);
        earlier.items = { { u"A-1"_s, Money::fromCentavos(1000'00), AssetStatus::PreApproved },
                          { u"A-2"_s, Money::fromCentavos(200'00), AssetStatus::PreApproved } };
        const QString key = DecisionService::workspaceKey(m_h->server.baseUrl(), clientKey, BatchRef { fund, cfgCcb, ext });
        QVERIFY((*store.value)->addSnapshot(key, earlier.toJson(), earlier.takenAt.toMSecsSinceEpoch(), 5).ok());
        store.value->reset();

        run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"Since the review by ana on "_s), run.describe().constData());
        QVERIFY2(run.out.contains(u": 1 asset added, 1 removed, 1 value changed — +R$600.00"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"  Added: A-3 — R$300.00"_s));
        QVERIFY(run.out.contains(u"  Removed: A-2 — R$200.00"_s));
        QVERIFY(run.out.contains(u"  Value changed: A-1 — R$1,000.00 → R$1,500.00"_s));

        run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject since = run.json()[u"since_last_review"_s].toObject();
        QCOMPARE(since[u"reviewed_by"_s].toString(), u"ana"_s);
        QCOMPARE(since[u"added"_s].toArray().size(), 1);
        QCOMPARE(since[u"removed"_s].toArray().at(0)[u"asset"_s].toString(), u"A-2"_s);
        QCOMPARE(since[u"value_changed"_s].toArray().at(0)[u"after"_s].toDouble(), 1500.0);
        QCOMPARE(since[u"total_after"_s].toDouble(), 1800.0);
        QVERIFY(m_h->server.count("GET", path) >= 2);
    }

    void show_withConfig_asksOnlyThatConfiguration()
    {
        m_h->routeBatch();
        const CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(m_h->server.count("GET", fundRoot() + u"/assignment_configurations"_s), 0);
        QCOMPARE(m_h->server.requests().size(), 2);
        QVERIFY2(run.out.contains(u"\"assignment_total_value\": 150000.00"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"\"assignment_total_value\": 123456.78"_s));
        QCOMPARE(run.json()[u"batch"_s][u"status"_s].toString(), u"pending_manager_approval"_s);
        QCOMPARE(run.json()[u"assets_summary"_s][u"number_of_approved_assets"_s].toInt(), 195);
    }

    void show_notInAnyConfiguration_exit1()
    {
        m_h->routeBatch();
        const CliRun run = m_h->run({ u"show"_s, u"nope"_s });
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(u"not found in the 2 configuration"_s), run.describe().constData());
    }

    // With --config, the one configuration asked says TRC000018: our sentence, and QI's code and words
    // (its translation under pt_BR, its description in English) in the message and the JSON.
    void show_withConfig_notFound_keepsQiCodeAndText_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("qiText");
        QTest::newRow("pt_BR") << u"pt_BR"_s << u"não foi encontrado"_s << u"Cessão não foi encontrada"_s;
        QTest::newRow("en") << u"en"_s << u"was not found"_s << u"Assignment not found"_s;
    }
    void show_withConfig_notFound_keepsQiCodeAndText()
    {
        QFETCH(QString, lang);
        QFETCH(QString, sentence);
        QFETCH(QString, qiText);
        m_h->routeBatch();
        CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgDuplicatas }, lang);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(sentence), run.describe().constData());
        QVERIFY2(run.err.contains(qiText) && run.err.contains(u"TRC000018"_s), run.describe().constData());
        run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgDuplicatas, u"--json"_s }, lang);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        const QJsonObject error = run.json()[u"error"_s].toObject();
        QCOMPARE(error[u"code"_s].toString(), u"TRC000018"_s);
        QCOMPARE(error[u"category"_s].toString(), u"not_found"_s);
        QVERIFY(error[u"message"_s].toString().contains(qiText));
    }

    // English dates follow the system's English: day first in Britain, month first in the US;
    // Portuguese is always dd/MM/yyyy. Thousands separators on the counts.
    void show_datesAndCounts_followTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("systemLocale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("assets");
        QTest::newRow("en, British system") << u"en"_s << u"en_GB.UTF-8"_s << u"01/04/2024"_s << u"19,800 assets"_s;
        QTest::newRow("en, US system") << u"en"_s << u"en_US.UTF-8"_s << u"4/1/2024"_s << u"19,800 assets"_s;
        QTest::newRow("en, Portuguese system") << u"en"_s << u"pt_BR.UTF-8"_s << u"4/1/2024"_s << u"19,800 assets"_s;
        QTest::newRow("pt_BR, British system") << u"pt_BR"_s << u"en_GB.UTF-8"_s << u"01/04/2024"_s << u"19.800 ativos"_s;
    }
    void show_datesAndCounts_followTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, systemLocale);
        QFETCH(QString, date);
        QFETCH(QString, assets);
        m_h->server.on("GET", batchPath() + u"/assets_summary"_s, ScriptedReply::json(summaryJson(19800, 19799, 1)));
        m_h->routeBatch(); // its summary rule comes after this one, so this one answers
        QProcessEnvironment env = m_h->environment();
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_TIME"_s);
        env.remove(u"LC_NUMERIC"_s);
        env.insert(u"LANG"_s, systemLocale);
        const CliRun run = m_h->run({ u"show"_s, ext, u"--config"_s, cfgCcb }, lang, env);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(date), run.describe().constData());
        QVERIFY2(run.out.contains(assets), run.describe().constData());
    }

    void assets_everyPage_tableAndTotal()
    {
        m_h->routeBatch();
        const QString path = fundRoot() + u"/assignment/"_s + ext + u"/assets"_s;
        m_h->server.on("GET", path, [](const ScriptedRequest &r) {
            const int n = QUrlQuery(r.target.section(u'?', 1)).queryItemValue(u"page"_s).toInt();
            QJsonArray data;
            if (n == 0) {
                data.append(QJsonObject { { u"external_id"_s, u"A-1"_s },
                                          { u"total_purchase_value"_s, 1234.56 },
                                          { u"asset_type"_s, u"ccb"_s },
                                          { u"status"_s, u"pre_approved"_s } });
                data.append(QJsonObject { { u"external_id"_s, u"=HYPERLINK(\"http://x\")"_s },
                                          { u"total_purchase_value"_s, 10.5 },
                                          { u"asset_type"_s, u"ccb"_s },
                                          { u"status"_s, u"denied"_s },
                                          { u"denied_by"_s, u"document"_s },
                                          { u"denial_reason"_s, u"Invalid documents"_s } });
            } else if (n == 1) {
                data.append(QJsonObject { { u"external_id"_s, u"A-3"_s },
                                          { u"total_purchase_value"_s, 0.44 },
                                          { u"asset_type"_s, u"ccb"_s },
                                          { u"status"_s, u"pre_approved"_s },
                                          { u"duration"_s, 30 } });
            }
            return ScriptedReply::json(page(data, n >= 1, n));
        });
        CliRun run = m_h->run({ u"assets"_s, ext, u"--config"_s, cfgCcb });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"A-3"_s));
        QVERIFY2(run.out.contains(u"R$1,235.00"_s), run.describe().constData()); // 1234.56 + 0.44; the denied one left out
        QVERIFY(m_h->server.count("GET", path) >= 2);

        run = m_h->run({ u"assets"_s, ext, u"--config"_s, cfgCcb, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"\"total_purchase_value\": 10.50"_s));
        QCOMPARE(run.json()[u"assets"_s].toArray().size(), 3);

        // CSV: pt-BR Excel under pt_BR (BOM, ';', decimal comma), formulas defused.
        const QString csv = m_h->dir.filePath(u"assets.csv"_s);
        run = m_h->run({ u"assets"_s, ext, u"--config"_s, cfgCcb, u"--csv"_s, csv }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray excel = file.readAll();
        QVERIFY(excel.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(excel.contains("A-1;") && excel.contains(";1234,56;"), excel.constData());
        QVERIFY2(excel.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), excel.constData());
        file.close();

        run = m_h->run({ u"assets"_s, ext, u"--config"_s, cfgCcb, u"--csv"_s, csv, u"--csv-style"_s, u"plain"_s }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray plain = file.readAll();
        QVERIFY(plain.startsWith("batch_external_id,asset_external_id,asset_key,asset_type,status,purchase_value"));
        QVERIFY2(plain.contains(",A-3,,ccb,pre_approved,0.44,"), plain.constData());
    }

    // The desktop's Checks box from a terminal: alerts found in the assets, and the fund's rules read
    // from the desktop app's settings.
    void checks_alertsAndFundRules_tableAndJson()
    {
        m_h->routeBatch();
        const auto listed = [](const QString &id, const QString &debtor, qint64 faceCentavos) {
            cessio::Asset asset;
            asset.externalId = id;
            asset.type = cessio::AssetType::DuplicataMercantil;
            asset.status = cessio::AssetStatus::PreApproved;
            asset.totalPurchaseValue = cessio::Money::fromCentavos(faceCentavos * 9 / 10);
            cessio::DiscountedCreditRight right;
            right.externalId = id;
            right.maturityDate = QDate(2024, 6, 1);
            right.faceValue = cessio::Money::fromCentavos(faceCentavos);
            right.borrower.name = u"Debtor"_s;
            right.borrower.documentNumber = debtor;
            asset.creditRight = right;
            cessio::AssetListItem item = cessio::AssetListItem::fromAsset(asset);
            item.detail = asset;
            return item.toJson();
        };
        const QString path = fundRoot() + u"/assignment/"_s + ext + u"/assets"_s;
        const QJsonArray data { listed(u"D-1"_s, u"11.444.777/0001-61"_s, 100000), listed(u"D-2"_s, u"11444777000161"_s, 100000),
                                listed(u"D-3"_s, u"98.765.432/0001-10"_s, 50000),
                                listed(u"D-4"_s, u"11.444.777/0001-61"_s, 70000) };
        m_h->server.on("GET", path, ScriptedReply::json(page(data)));
        {
            cessio::Settings settings(m_h->dir.filePath(u"config/Cessio/Cessio.conf"_s)); // the desktop app's
            cessio::FundRules rules;
            rules.maxAssetValue = cessio::Money::fromCentavos(80000); // D-1 and D-2 (900,00) are over it
            cessio::FundRules::save(settings, fund, rules);
            QVERIFY(settings.sync());
        }

        CliRun run = m_h->run({ u"checks"_s, ext, u"--config"_s, cfgCcb, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject out = run.json();
        QCOMPARE(out[u"assets_checked"_s].toInt(), 4);
        QCOMPARE(out[u"assets_flagged"_s].toInt(), 3);
        QStringList alerts;
        for (const QJsonValue &alert : out[u"alerts"_s].toArray())
            alerts.append(alert[u"asset"_s].toString() + u':' + alert[u"rule"_s].toString());
        QCOMPARE(alerts,
                 (QStringList { u"D-1:duplicate_title"_s, u"D-1:outside_fund_rules"_s, u"D-2:duplicate_title"_s,
                                u"D-2:outside_fund_rules"_s, u"D-3:invalid_debtor_document"_s,
                                u"D-3:debtor_is_assignor"_s })); // the fixture's CNPJ has made-up digits
        const QJsonObject verdict = out[u"fund_rules"_s].toArray().first().toObject();
        QCOMPARE(verdict[u"passed"_s].toBool(), false);
        QCOMPARE(verdict[u"assets_outside"_s].toInt(), 2);
        {
            // The settings' rules were imported into the workspace once: changed there since, they are not read.
            cessio::Settings settings(m_h->dir.filePath(u"config/Cessio/Cessio.conf"_s));
            cessio::FundRules rules;
            rules.maxAssetValue = cessio::Money::fromCentavos(10);
            cessio::FundRules::save(settings, fund, rules);
            QVERIFY(settings.sync());
            const CliRun again = m_h->run({ u"checks"_s, ext, u"--config"_s, cfgCcb, u"--json"_s });
            QVERIFY2(again.exitCode == 0, again.describe().constData());
            QCOMPARE(again.json()[u"fund_rules"_s].toArray().first().toObject()[u"assets_outside"_s].toInt(), 2);
        }

        run = m_h->run({ u"checks"_s, ext, u"--config"_s, cfgCcb }, u"pt_BR"_s);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.out.contains(u"Sacado é o próprio cedente: 98.765.432/0001-10"_s), run.describe().constData());
        QVERIFY(run.out.contains(u"Possível título duplicado: igual a D-2"_s));
        QVERIFY(run.out.contains(u"Maior ativo"_s));
        QVERIFY(run.out.contains(u"3 dos 4 ativos verificados têm alertas."_s));

        // assets --csv carries the same alerts per asset, and the rules' verdicts in a file beside it.
        const QString csv = m_h->dir.filePath(u"checked.csv"_s);
        run = m_h->run({ u"assets"_s, ext, u"--config"_s, cfgCcb, u"--csv"_s, csv, u"--csv-style"_s, u"plain"_s, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json()[u"assets_flagged"_s].toInt(), 3);
        const QString rulesCsv = m_h->dir.filePath(u"checked-fund-rules.csv"_s);
        QCOMPARE(run.json()[u"fund_rules_file"_s].toString(), rulesCsv);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString plain = QString::fromUtf8(file.readAll());
        QVERIFY2(plain.section(u"\r\n"_s, 0, 0).endsWith(u",checked,alerts,alert_details,implied_monthly_rate"_s),
                 qPrintable(plain));
        QVERIFY2(plain.contains(u",true,duplicate_title outside_fund_rules,Possible duplicate title: the same as D-2 | "_s),
                 qPrintable(plain));
        QVERIFY2(plain.contains(u",true,invalid_debtor_document debtor_is_assignor,"_s), qPrintable(plain));
        QFile rules(rulesCsv);
        QVERIFY(rules.open(QIODevice::ReadOnly));
        QVERIFY2(rules.readAll().contains(",max_asset_value,Largest asset,"), qPrintable(rulesCsv));
    }

    void term_linksAndOpen()
    {
        m_h->routeBatch(u"pending_assignment_term_signature"_s);
        m_h->server.on("GET", batchPath() + u"/assignment_term_link"_s,
                       ScriptedReply::json(QJsonObject { { u"assignment_term_url"_s, u"https://files.example/term.pdf"_s },
                                                         { u"signed_assignment_term_url"_s, u"None"_s } }));
        CliRun run = m_h->run({ u"term"_s, ext, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.json()[u"assignment_term_url"_s].toString(), u"https://files.example/term.pdf"_s);
        QVERIFY(run.json()[u"signed_assignment_term_url"_s].isNull());

        // --open hands the URL to $BROWSER (here a script that writes it down).
        const QString opened = m_h->dir.filePath(u"opened.txt"_s);
        const QString browser = m_h->dir.filePath(u"browser.sh"_s);
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf %s \"$1\" > \"" + opened.toUtf8() + "\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = m_h->environment();
        env.insert(u"BROWSER"_s, browser);
        run = m_h->run({ u"term"_s, ext, u"--open"_s }, u"en"_s, env);
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"not signed yet"_s));
        const auto written = [&opened] {
            QFile file(opened);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QTRY_COMPARE(written(), QByteArray("https://files.example/term.pdf"));
    }

    // The server's term link goes through the same rule as the desktop's (UrlPolicy): a file: or smb:
    // link, or https with a name before the host, is printed with a warning and never opened.
    void term_open_refusesWhatIsNotHttps_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << u"file:///etc/passwd"_s;
        QTest::newRow("smb") << u"smb://evil.example/share/term.pdf"_s;
        QTest::newRow("ms-msdt") << u"ms-msdt:/id PCWDiagnostic"_s;
        QTest::newRow("http elsewhere") << u"http://files.example/term.pdf"_s;
        QTest::newRow("https with user") << u"https://bank.example@evil.example/term.pdf"_s;
    }
    void term_open_refusesWhatIsNotHttps()
    {
        QFETCH(QString, url);
        m_h->routeBatch(u"pending_assignment_term_signature"_s);
        m_h->server.on("GET", batchPath() + u"/assignment_term_link"_s,
                       ScriptedReply::json(
                           QJsonObject { { u"assignment_term_url"_s, url }, { u"signed_assignment_term_url"_s, u"None"_s } }));
        const QString opened = m_h->dir.filePath(u"opened.txt"_s);
        const QString browser = m_h->dir.filePath(u"browser.sh"_s);
        QFile script(browser);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf %s \"$1\" > \"" + opened.toUtf8() + "\"\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = m_h->environment();
        env.insert(u"BROWSER"_s, browser);
        const CliRun run = m_h->run({ u"term"_s, ext, u"--open"_s }, u"en"_s, env);
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.err.contains(u"Cessio did not open it"_s), run.describe().constData());
        QVERIFY2(run.err.contains(QUrl(url).toString(QUrl::FullyEncoded)), run.describe().constData());
        QTest::qWait(200);
        QVERIFY(!QFile::exists(opened));
    }

    void accounts_listedOr404Explained()
    {
        m_h->routeBatch();
        const QString path = u"/assignor_registry/assignor_registry/"_s + assignor + u"/account"_s;
        m_h->server.on("GET", path, ScriptedReply::json(loadQiFixture(u"accounts_list.json"_s)), 1);
        CliRun run = m_h->run({ u"accounts"_s, ext });
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY(run.out.contains(u"764746ce-a530-4a71-af66-3f7c879627df"_s));
        QVERIFY(run.out.contains(u"Itaú"_s));
        QVERIFY(run.out.contains(u"d1e2f3a4-b5c6-7890-abcd-ef1234567890"_s)); // the batch's current account

        run = m_h->run({ u"accounts"_s, ext, u"--json"_s }); // the rule is used up: 404 now
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY(run.err.contains(u"default account"_s));
        QCOMPARE(run.json()[u"error"_s][u"listing_unavailable"_s].toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliRead)
#include "tst_cli_read.moc"
